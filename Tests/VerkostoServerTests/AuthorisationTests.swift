import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VerkostoStore
@testable import VerkostoServer

/// Accounts on the platform: sign-in, sessions, CSRF, and the access of every route for every
/// role, from the router's own table of routes (a new route without a row here fails).
@Suite("Platform accounts and authorisation")
struct AuthorisationTests {
    enum Role: String, CaseIterable { case anonymous, viewer, coordinator, admin }

    /// A database with one account per role and a session for each, made without Bcrypt (the
    /// sessions go straight into the store, as a sign-in would leave them).
    struct Accounts {
        let database: String
        let sessions: [Role: (id: String, csrf: String)]
    }

    static func accounts() throws -> Accounts {
        let database = PlatformFixture.database(from: PlatformFixture.packageRoot.appendingPathComponent("Tests/Fixtures/small"))
        let store = try AtlasDatabase(path: database)
        var sessions: [Role: (String, String)] = [:]
        for role in [Role.viewer, .coordinator, .admin] {
            let account = try store.addAccount(name: role.rawValue, role: AccountRole(rawValue: role.rawValue)!, passwordHash: "-",
                                               networks: role == .coordinator ? ["n-pienet"] : [])
            let id = Tokens.random(), csrf = Tokens.random()
            try store.insertSession(idHash: Tokens.hash(id), account: account.id, csrfToken: csrf, now: Date().timeIntervalSince1970)
            sessions[role] = (id, csrf)
        }
        return Accounts(database: database, sessions: sessions)
    }

    static func cookie(_ accounts: Accounts, _ role: Role) -> HTTPFields {
        guard let session = accounts.sessions[role] else { return [:] }
        return [.cookie: "verkosto_session=\(session.id)"]
    }

    static let formType: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    /// What each state-changing route answers to each role with a good CSRF token (303: done and
    /// redirected; 401: sign in first; 403: not allowed). Every POST route of the router must be here.
    static let mutating: [String: [Role: Int]] = [
        "/login": [.anonymous: 403, .viewer: 403, .coordinator: 403, .admin: 403],  // the sign-in token is not the session's
        "/logout": [.anonymous: 401, .viewer: 303, .coordinator: 303, .admin: 303],
        "/admin/users": [.anonymous: 401, .viewer: 403, .coordinator: 403, .admin: 400],  // 400: the test's form has no name
        "/admin/users/:name/remove": [.anonymous: 401, .viewer: 403, .coordinator: 403, .admin: 404],  // no such user
    ]

    @Test func everyMutatingRouteHasItsRow() throws {
        let accounts = try Self.accounts()
        let guarded = try Platform.guardedRouter(PlatformConfiguration(databasePath: accounts.database, accessLog: { _ in }))
        let posts = Set(guarded.table.filter { $0.method != .get }.map(\.path))
        #expect(posts == Set(Self.mutating.keys), "routes that change state and their expected statuses")
        // Every route of the router has an access, and no GET route is in the table twice.
        let routed = Set(guarded.router.routes.map { route in
            let path = route.path.description.replacing(/\{([a-z]+)\}/) { ":" + $0.output.1 }
            return "\(route.method) \(path.hasPrefix("/") ? "" : "/")\(path)"
        })
        let tabled = Set(guarded.table.map { "\($0.method) \($0.path)" })
        #expect(routed == tabled)
        #expect(guarded.table.filter { $0.method == .get && $0.access == .admin }.map(\.path).sorted() == ["/admin/audit", "/admin/users"])
    }

    @Test func mutatingRoutesByRole() async throws {
        let accounts = try Self.accounts()
        try await PlatformFixture.withPlatform(accounts.database, anonymousViewers: false) { client in
            for (path, expected) in Self.mutating {
                for role in Role.allCases {
                    // A fresh database state per role would be cleaner; logout ends the session, so it goes last.
                    guard let status = expected[role] else { continue }
                    let uri = path.replacingOccurrences(of: ":name", with: "nobody")
                    let csrf = accounts.sessions[role]?.csrf ?? "x"
                    var headers = Self.formType
                    headers.append(contentsOf: Self.cookie(accounts, role))
                    if path == "/logout" { continue }
                    try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: "csrf=\(csrf)")) { response in
                        #expect(Int(response.status.code) == status, "POST \(uri) as \(role): \(response.status)")
                    }
                }
            }
            for role in Role.allCases {
                var headers = Self.formType
                headers.append(contentsOf: Self.cookie(accounts, role))
                let csrf = accounts.sessions[role]?.csrf ?? "x"
                try await client.execute(uri: "/logout", method: .post, headers: headers, body: ByteBuffer(string: "csrf=\(csrf)")) { response in
                    #expect(Int(response.status.code) == Self.mutating["/logout"]![role]!, "POST /logout as \(role)")
                }
            }
        }
    }

    @Test func csrfMissingOrWrongIs403() async throws {
        let accounts = try Self.accounts()
        try await PlatformFixture.withPlatform(accounts.database, anonymousViewers: false) { client in
            var headers = Self.formType
            headers.append(contentsOf: Self.cookie(accounts, .admin))
            for body in ["", "csrf=", "csrf=\(accounts.sessions[.viewer]!.csrf)", "name=x&role=viewer&password=abcdefghijklmn"] {
                try await client.execute(uri: "/admin/users", method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .forbidden, "body '\(body)'")
                }
            }
            // The admin's own token works: a user is added.
            let body = "csrf=\(accounts.sessions[.admin]!.csrf)&name=new.user&role=viewer&password=correct-horse-battery"
            try await client.execute(uri: "/admin/users", method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .seeOther)
            }
            let added = try AtlasDatabase(path: accounts.database).account(named: "new.user")
            #expect(added?.passwordHash.hasPrefix("$2b$12$") == true)
            #expect(try AtlasDatabase(path: accounts.database).auditEntries().map(\.action) == ["user add"])
        }
    }

    @Test func readingNeedsASessionUnlessAnonymous() async throws {
        let accounts = try Self.accounts()
        try await PlatformFixture.withPlatform(accounts.database, anonymousViewers: false) { client in
            try await client.execute(uri: "/gaps?at=2024", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/login?next=%2Fgaps")
            }
            try await client.execute(uri: "/api/networks", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
            for role in [Role.viewer, .coordinator, .admin] {
                try await client.execute(uri: "/api/networks", method: .get, headers: Self.cookie(accounts, role)) { response in
                    #expect(response.status == .ok, "\(role)")
                }
                try await client.execute(uri: "/admin/users", method: .get, headers: Self.cookie(accounts, role)) { response in
                    #expect(response.status == (role == .admin ? .ok : .forbidden), "\(role)")
                }
            }
            // Open routes stay open.
            for uri in ["/login", "/assets/report.css", "/healthz"] {
                try await client.execute(uri: uri, method: .get) { response in #expect(response.status == .ok, "\(uri)") }
            }
            // A made-up session id is no session.
            try await client.execute(uri: "/api/networks", method: .get, headers: [.cookie: "verkosto_session=\(Tokens.random())"]) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    /// Signing in: the cookie's flags, a new session id even when the browser brings one
    /// (fixation), the same message for a wrong password and an unknown user, and the limit on
    /// failed attempts.
    @Test func signIn() async throws {
        let database = PlatformFixture.database(from: PlatformFixture.packageRoot.appendingPathComponent("Tests/Fixtures/small"))
        try AtlasDatabase(path: database).addAccount(name: "ada", role: .admin, passwordHash: try Passwords.hash("correct horse battery"))
        try await PlatformFixture.withPlatform(database, anonymousViewers: false) { client in
            func loginForm() async throws -> (token: String, cookie: String) {
                try await client.execute(uri: "/login", method: .get) { response in
                    let setCookie = response.headers[.setCookie] ?? ""
                    #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"))
                    let token = String(response.text.firstMatch(of: /name="csrf" value="([0-9a-f]{64})"/)!.output.1)
                    return (token, "verkosto_login=\(token)")
                }
            }
            func attempt(_ name: String, _ password: String, session: String? = nil) async throws -> TestResponse {
                let (token, cookie) = try await loginForm()
                var headers = Self.formType
                headers[.cookie] = cookie + (session.map { "; verkosto_session=\($0)" } ?? "")
                let body = "csrf=\(token)&name=\(name)&password=\(password.replacingOccurrences(of: " ", with: "+"))&next=%2Fgaps"
                return try await client.execute(uri: "/login", method: .post, headers: headers, body: ByteBuffer(string: body))
            }
            let wrong = try await attempt("ada", "wrong password here")
            let unknown = try await attempt("nobody", "wrong password here")
            #expect(wrong.status == .unauthorized && unknown.status == .unauthorized)
            let message = { (r: TestResponse) in r.text.firstMatch(of: /id="login-error">([^<]*)</).map { String($0.output.1) } }
            #expect(message(wrong) != nil && message(wrong) == message(unknown))
            // Fixation: a session id planted in the browser is not the one given at sign-in.
            let planted = Tokens.random()
            let good = try await attempt("ada", "correct horse battery", session: planted)
            #expect(good.status == .seeOther)
            #expect(good.headers[.location] == "/gaps")
            let setCookies = good.headers[values: .setCookie]
            let session = try #require(setCookies.first { $0.hasPrefix("verkosto_session=") })
            #expect(!session.contains(planted))
            #expect(session.contains("HttpOnly") && session.contains("SameSite=Strict") && session.contains("Path=/"))
            #expect(!session.contains("Secure"))
            let id = String(session.dropFirst("verkosto_session=".count).prefix(64))
            try await client.execute(uri: "/account", method: .get, headers: [.cookie: "verkosto_session=\(id)"]) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<strong>ada</strong>"))
            }
            // The database holds the session's hash, never its id.
            let store = try AtlasDatabase(path: database)
            #expect(try store.session(idHash: id) == nil)
            #expect(try store.session(idHash: Tokens.hash(id))?.account.name == "ada")
            // Behind TLS (as the proxy says), the cookie is Secure.
            let (token, cookie) = try await loginForm()
            var headers = Self.formType
            headers[.cookie] = cookie
            headers[HTTPField.Name("X-Forwarded-Proto")!] = "https"
            let secure = try await client.execute(uri: "/login", method: .post, headers: headers,
                                                  body: ByteBuffer(string: "csrf=\(token)&name=ada&password=correct+horse+battery"))
            #expect(secure.headers[values: .setCookie].first { $0.hasPrefix("verkosto_session=") }?.contains("Secure") == true)
            // Five failures lock the account for a while, even with the right password, with a message that does not say whether it exists.
            for _ in 0..<4 { _ = try await attempt("ada", "still the wrong one") }
            let locked = try await attempt("ada", "correct horse battery")
            #expect(locked.status == .tooManyRequests)
        }
    }

    @Test func redirectAfterSignInStaysOnTheSite() {
        #expect(AccountRoutes.safeNext("/gaps?at=2024") == "/gaps?at=2024")
        #expect(AccountRoutes.safeNext("//evil.example/") == "/")
        #expect(AccountRoutes.safeNext("https://evil.example/") == "/")
        #expect(AccountRoutes.safeNext("/\\evil") == "/")
        #expect(AccountRoutes.safeNext(nil) == "/")
    }
}
