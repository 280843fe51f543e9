import Foundation
import HTTPTypes
import Hummingbird
import Logging
import VerkostoSupport

/// The headers every response carries, whatever its status:
/// - a Content-Security-Policy that allows scripts and styles from the platform itself only (no
///   `unsafe-inline`: the pages have no inline script or style; the card data is a JSON
///   `<script type="application/json">`, which is not run), no plug-ins, no framing
///   (`frame-ancestors 'none'`), forms posting to the platform only;
/// - `X-Content-Type-Options: nosniff`, `X-Frame-Options: DENY` for older browsers,
///   `Referrer-Policy: no-referrer`, a Permissions-Policy that turns off what a page never uses,
///   and `Cross-Origin-Opener-Policy`/`-Resource-Policy: same-origin`.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var contentSecurityPolicy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; object-src 'none'"
    }

    static var headers: HTTPFields {
        [
            .contentSecurityPolicy: contentSecurityPolicy,
            .xContentTypeOptions: "nosniff",
            HTTPField.Name("X-Frame-Options")!: "DENY",
            HTTPField.Name("Referrer-Policy")!: "no-referrer",
            HTTPField.Name("Permissions-Policy")!: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
            HTTPField.Name("Cross-Origin-Opener-Policy")!: "same-origin",
            HTTPField.Name("Cross-Origin-Resource-Policy")!: "same-origin",
        ]
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        for field in Self.headers { response.headers[field.name] = field.value }
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-cache" }
        return response
    }
}

/// Turns every error into a response with a message and no internals: a ``PlatformError`` or an
/// `HTTPError` keeps its status and message; anything else is a 500 whose details go to the
/// server's log only. `/api/` answers in JSON (`{"error": "…"}`), pages in HTML.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as SignInRequired {
            if let returnTo = error.returnTo {
                let next = returnTo == "/" ? "" : "?next=" + (returnTo.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
                return Response(status: .seeOther, headers: [.location: "/login" + next])
            }
            return Self.response(.unauthorized, message: "sign in first", request: request)
        } catch let error as PlatformError {
            return Self.response(error.status, message: error.message, request: request)
        } catch let error as HTTPError {
            return Self.response(error.status, message: error.body ?? error.status.reasonPhrase, request: request)
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
            return Self.response(.internalServerError, message: "the server could not answer; the error is in its log", request: request)
        }
    }

    static func response(_ status: HTTPResponse.Status, message: String, request: Request) -> Response {
        if request.uri.path.hasPrefix("/api/") {
            let body = "{\"error\": \(JSONText.string(message))}\n"
            return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        let language = (try? Parameters(request).language(request)) ?? Parameters.negotiate(request.headers[.acceptLanguage])
        let html = Pages.errorPage(status: status, message: message, language: language)
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}

/// Refuses a request whose declared body is larger than the limit (413) before reading it.
struct BodyLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let limit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw PlatformError(.contentTooLarge, "the request body is larger than \(limit) bytes")
        }
        return try await next(request, context)
    }
}

/// The access log: one JSON object a line for each request, with the time, the client, the
/// method, the path (never the query's values nor a header: no secret reaches the log), the
/// status, the body size and the duration in milliseconds.
struct AccessLogMiddleware: RouterMiddleware {
    typealias Context = PlatformContext
    let write: @Sendable (String) -> Void

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let fields: [(String, String)] = [
            ("time", JSONText.string(ISO8601DateFormatter().string(from: Date()))),
            ("remote", context.remoteAddress.map(JSONText.string) ?? "null"),
            ("method", JSONText.string(request.method.rawValue)),
            ("path", JSONText.string(request.uri.path)),
            ("status", String(response.status.code)),
            ("bytes", response.body.contentLength.map(String.init) ?? "null"),
            ("ms", String(format: "%.1f", milliseconds)),
        ]
        write("{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}")
        return response
    }
}
