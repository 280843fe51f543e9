import Hummingbird
import NIOCore

/// The context of one request: Hummingbird's core, the body limit and the client's address.
public struct PlatformContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client's IP address, when the connection has one (for the access log and rate limits).
    public let remoteAddress: String?
    /// The largest body a route decodes (``PlatformConfiguration/maxBodySize``; larger gets 413).
    public var maxUploadSize: Int { PlatformContext.bodyLimit }

    /// Set once by ``Platform/router(_:)`` before the server starts.
    nonisolated(unsafe) static var bodyLimit = 64 * 1024

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress
    }
}
