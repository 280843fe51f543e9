import Hummingbird

/// A request the platform refuses or cannot answer, with the status and a message for the
/// client. The message names the parameter and what was expected; it never holds a stack
/// trace, a path on the server or an SQL text.
struct PlatformError: Error, Sendable {
    let status: HTTPResponse.Status
    let message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    static func badRequest(_ message: String) -> PlatformError { PlatformError(.badRequest, message) }
    static func notFound(_ message: String) -> PlatformError { PlatformError(.notFound, message) }
}
