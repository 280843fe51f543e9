import Foundation
import Hummingbird
import HTTPTypes
import VerkostoStore

/// Who may use a route. Checked on the server by ``GuardedRouter`` for every route before its
/// handler runs; hiding a button is never the check.
enum Access: String, Sendable, CaseIterable {
    /// Anyone: the sign-in page, the style sheets and script, the health check.
    case open
    /// A signed-in account of any role, or anyone when the platform allows anonymous viewers.
    case read
    /// A signed-in account of any role (its own account page, signing out).
    case signedIn
    /// An administrator.
    case admin
}

/// A request that needs a signed-in account: pages send the browser to the sign-in page, the API
/// and form posts answer 401.
struct SignInRequired: Error {
    let returnTo: String?
}

/// The router with an ``Access`` on every route: `get` and `post` register a route together
/// with its access, check the access before the handler, and for every POST check the CSRF
/// token. ``table`` lists every route with its access, for the tests' table of routes × roles.
final class GuardedRouter: @unchecked Sendable {
    let router: Router<PlatformContext>
    let anonymousViewers: Bool
    private(set) var table: [(method: HTTPRequest.Method, path: String, access: Access)] = []

    init(_ router: Router<PlatformContext>, anonymousViewers: Bool) {
        self.router = router
        self.anonymousViewers = anonymousViewers
    }

    typealias Handler = @Sendable (Request, PlatformContext) async throws -> Response

    /// A GET route: reads, never changes state.
    func get(_ path: String, _ access: Access, _ handler: @escaping Handler) {
        table.append((.get, path, access))
        let anonymous = anonymousViewers
        router.get(RouterPath(path)) { request, context in
            try Self.check(access, request: request, context: context, anonymousViewers: anonymous)
            return try await handler(request, context)
        }
    }

    /// A POST route: changes state. The form must carry the session's CSRF token as `csrf`
    /// (``PlatformContext/form``); `csrf` is checked here unless `checksOwnToken` (sign-in, which
    /// has no session yet and checks its own token).
    func post(_ path: String, _ access: Access, checksOwnToken: Bool = false, _ handler: @escaping Handler) {
        table.append((.post, path, access))
        let anonymous = anonymousViewers
        router.post(RouterPath(path)) { request, context in
            var context = context
            try Self.check(access, request: request, context: context, anonymousViewers: anonymous, posting: true)
            context.form = try await Self.form(request, context: context)
            if !checksOwnToken {
                guard let session = context.session, let token = context.form["csrf"], Tokens.equal(token, session.csrfToken) else {
                    throw PlatformError(.forbidden, "the form's security token is missing or wrong; reload the page and try again")
                }
            }
            return try await handler(request, context)
        }
    }

    static func check(_ access: Access, request: Request, context: PlatformContext, anonymousViewers: Bool,
                      posting: Bool = false) throws {
        let returnTo = posting || request.uri.path.hasPrefix("/api/") ? nil : request.uri.path
        switch access {
        case .open:
            return
        case .read:
            if context.session != nil || anonymousViewers { return }
            throw SignInRequired(returnTo: returnTo)
        case .signedIn:
            guard context.session != nil else { throw SignInRequired(returnTo: returnTo) }
        case .admin:
            guard let session = context.session else { throw SignInRequired(returnTo: returnTo) }
            guard session.account.role == .admin else { throw PlatformError(.forbidden, "only an administrator may do this") }
        }
    }

    /// The request's body as an HTML form (`application/x-www-form-urlencoded`, at most the body
    /// limit); a field given twice is refused.
    static func form(_ request: Request, context: PlatformContext) async throws -> [String: String] {
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true else {
            throw PlatformError(.unsupportedMediaType, "expected a form (application/x-www-form-urlencoded)")
        }
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        let text = String(buffer: buffer).replacingOccurrences(of: "+", with: "%20")
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let key = parts.first.flatMap({ String($0).removingPercentEncoding }) else {
                throw PlatformError.badRequest("the form is not well encoded")
            }
            let value = parts.count > 1 ? String(parts[1]).removingPercentEncoding : ""
            guard let value else { throw PlatformError.badRequest("\(key): not well encoded") }
            guard fields[key] == nil else { throw PlatformError.badRequest("\(key): given more than once") }
            fields[key] = value
        }
        return fields
    }
}

/// Reads the session cookie: a session that exists and is neither idle for longer than
/// ``PlatformConfiguration/sessionIdle`` nor older than ``PlatformConfiguration/sessionLifetime``
/// becomes ``PlatformContext/session``; an expired one is deleted.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = PlatformContext
    let data: PlatformData
    let idle: TimeInterval
    let lifetime: TimeInterval

    static let cookieName = "verkosto_session"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let id = request.cookies[Self.cookieName]?.value, id.count == 64 {
            let hash = Tokens.hash(id)
            let now = Date().timeIntervalSince1970
            if let session = try await data.session(idHash: hash) {
                if now - session.lastSeen > idle || now - session.created > lifetime {
                    try await data.endSession(idHash: hash)
                } else {
                    if now - session.lastSeen > 30 { try await data.touchSession(idHash: hash, now: now) }
                    context.session = session
                }
            }
        }
        return try await next(request, context)
    }
}
