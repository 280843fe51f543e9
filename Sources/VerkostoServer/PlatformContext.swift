import Hummingbird
import NIOCore
import VerkostoStore

/// The context of one request: Hummingbird's core, the body limit and the client's address.
public struct PlatformContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client's IP address, when the connection has one (for the access log and rate limits).
    public let remoteAddress: String?
    /// The largest body a route decodes (``PlatformConfiguration/maxBodySize``; larger gets 413).
    public var maxUploadSize: Int { PlatformContext.bodyLimit }
    /// The signed-in session, set by ``SessionMiddleware``; `nil` for an anonymous request.
    public var session: StoredSession?
    /// A POST's form fields, read by ``GuardedRouter/post(_:_:checksOwnToken:_:)``.
    public var form: [String: String] = [:]

    /// Set once by ``Platform/router(_:)`` before the server starts.
    nonisolated(unsafe) static var bodyLimit = 64 * 1024

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress
    }
}
