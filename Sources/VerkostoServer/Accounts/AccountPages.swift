import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import VerkostoModel
import VerkostoStore
import VerkostoSupport

/// Sign-in and sign-out, the account page, and the administrator's pages (users, audit log).
/// Every form posts its CSRF token; nothing here is cached.
struct AccountRoutes: Sendable {
    let data: PlatformData
    let configuration: PlatformConfiguration
    let throttle = LoginThrottle()

    static let loginCookie = "verkosto_login"

    /// `Secure` on cookies when the platform is reached over TLS (configured, or told by the proxy).
    func secure(_ request: Request) -> Bool {
        configuration.secureCookies || request.headers[HTTPField.Name("X-Forwarded-Proto")!]?.lowercased() == "https"
    }

    func cookie(_ name: String, _ value: String, path: String, maxAge: Int?, request: Request) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: path, secure: secure(request), httpOnly: true, sameSite: .strict)
    }

    /// Where to go after signing in: a path of this site only (never `//host` or a URL).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"),
              next.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7f }) else { return "/" }
        return next
    }

    private func page(_ request: Request, title: String, body: String, language: Language) async throws -> String {
        let atlas = try await data.current().atlas
        return Pages.frame(Pages.Request(language: language, day: nil, path: request.uri.path), atlas: atlas, page: nil,
                           title: title, dateText: nil, body: .rendered(body), script: false)
    }

    // MARK: Sign in and out

    func loginPage(_ request: Request, message: String? = nil, status: HTTPResponse.Status = .ok, name: String = "",
                   next: String? = nil) async throws -> Response {
        let parameters = try Parameters(request)
        let language = try parameters.language(request)
        let words = Localisation(language).platform
        let token = Tokens.random()
        var values: [String: Any] = [
            "name": name, "csrf": token,
            "next": Self.safeNext(next ?? parameters.text("next")), "lang": language.rawValue,
            "nameLabel": words.userName, "passwordLabel": words.password, "submit": words.signIn,
        ]
        if let message { values["message"] = message }
        let body = AccountTemplates.login.render(values)
        var response = Routes.html(try await page(request, title: words.signIn, body: body, language: language))
        response.status = status
        response.headers[.cacheControl] = "no-store"
        response.setCookie(cookie(Self.loginCookie, token, path: "/login", maxAge: 1800, request: request))
        return response
    }

    func login(_ request: Request, _ context: PlatformContext) async throws -> Response {
        let form = context.form
        let words = Localisation((try? Parameters(request).language(request)) ?? .fi).platform
        guard let token = form["csrf"], let expected = request.cookies[Self.loginCookie]?.value, Tokens.equal(token, expected) else {
            throw PlatformError(.forbidden, "the form's security token is missing or wrong; reload the page and try again")
        }
        let name = form["name"] ?? "", password = form["password"] ?? ""
        let next = Self.safeNext(form["next"])
        guard await throttle.allows(account: name, address: context.remoteAddress) else {
            return try await loginPage(request, message: words.tooManyAttempts, status: .tooManyRequests, name: name, next: next)
        }
        let found = try await data.account(named: name)
        let ok = await HeavyWork.password { Passwords.verify(password, hash: found?.passwordHash) }
        guard ok, let account = found?.account else {
            await throttle.failed(account: name, address: context.remoteAddress)
            return try await loginPage(request, message: words.wrongCredentials, status: .unauthorized, name: name, next: next)
        }
        // A new session id at every sign-in (no fixation); an old session of this browser ends.
        if let old = request.cookies[SessionMiddleware.cookieName]?.value { try await data.endSession(idHash: Tokens.hash(old)) }
        let id = try await data.startSession(account: account, idle: configuration.sessionIdle, lifetime: configuration.sessionLifetime)
        var response = Response(status: .seeOther, headers: [.location: next, .cacheControl: "no-store"])
        response.setCookie(cookie(SessionMiddleware.cookieName, id, path: "/", maxAge: nil, request: request))
        response.setCookie(cookie(Self.loginCookie, "", path: "/login", maxAge: 0, request: request))
        return response
    }

    func logout(_ request: Request, _ context: PlatformContext) async throws -> Response {
        if let session = context.session { try await data.endSession(idHash: session.idHash) }
        var response = Response(status: .seeOther, headers: [.location: "/login"])
        response.setCookie(cookie(SessionMiddleware.cookieName, "", path: "/", maxAge: 0, request: request))
        return response
    }

    // MARK: Account and administration

    func accountPage(_ request: Request, _ context: PlatformContext) async throws -> Response {
        let language = try Parameters(request).language(request)
        let words = Localisation(language).platform
        let session = context.session!
        let body = AccountTemplates.account.render([
            "signedInAs": words.signedInAs, "name": session.account.name, "roleLabel": words.roleLabel,
            "role": session.account.role.rawValue, "networks": session.account.networks.joined(separator: ", "),
            "csrf": session.csrfToken, "signOut": words.signOut, "admin": session.account.role == .admin,
            "users": words.users, "auditLog": words.auditLog,
        ] as [String: Any])
        return Routes.html(try await page(request, title: words.account, body: body, language: language))
    }

    func usersPage(_ request: Request, _ context: PlatformContext, message: String? = nil,
                   status: HTTPResponse.Status = .ok) async throws -> Response {
        let language = try Parameters(request).language(request)
        let words = Localisation(language).platform
        let accounts = try await data.accounts().map { account -> [String: Any] in
            ["name": account.name, "role": account.role.rawValue, "networks": account.networks.joined(separator: ", "),
             "created": account.created, "self": account.name == context.session?.account.name]
        }
        var values: [String: Any] = [
            "users": accounts, "csrf": context.session!.csrfToken,
            "h": ["name": words.userName, "role": words.roleLabel, "networks": words.networksToEdit, "password": words.password,
                  "add": words.addUser, "remove": words.remove],
            "roles": AccountRole.allCases.map(\.rawValue),
        ]
        if let message { values["message"] = message }
        let body = AccountTemplates.users.render(values)
        var response = Routes.html(try await page(request, title: words.users, body: body, language: language))
        response.status = status
        return response
    }

    func addUser(_ request: Request, _ context: PlatformContext) async throws -> Response {
        let form = context.form
        guard let role = form["role"].flatMap(AccountRole.init(rawValue:)) else {
            return try await usersPage(request, context, message: "role: expected admin, coordinator or viewer", status: .badRequest)
        }
        let networks = (form["networks"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        do {
            let password = form["password"] ?? ""
            let hash = try await HeavyWork.passwordThrowing { try Passwords.hash(password) }
            _ = try await data.addAccount(name: form["name"] ?? "", role: role, passwordHash: hash,
                                          networks: role == .coordinator ? networks : [], by: context.session!.account.name)
        } catch let error as StoreError {
            return try await usersPage(request, context, message: error.description, status: .badRequest)
        } catch let error as PasswordError {
            return try await usersPage(request, context, message: error.description, status: .badRequest)
        }
        return Response(status: .seeOther, headers: [.location: "/admin/users"])
    }

    func removeUser(_ name: String, _ request: Request, _ context: PlatformContext) async throws -> Response {
        guard name.lowercased() != context.session!.account.name.lowercased() else {
            return try await usersPage(request, context, message: "an administrator cannot remove their own account", status: .badRequest)
        }
        do {
            try await data.removeAccount(name: name, by: context.session!.account.name)
        } catch let error as StoreError {
            throw PlatformError.notFound(error.description)
        }
        return Response(status: .seeOther, headers: [.location: "/admin/users"])
    }

    func auditPage(_ request: Request, _ context: PlatformContext) async throws -> Response {
        let language = try Parameters(request).language(request)
        let words = Localisation(language).platform
        let entries = try await data.auditEntries().reversed().prefix(500).map { entry -> [String: Any] in
            ["time": entry.time, "account": entry.account, "action": entry.action, "network": entry.network ?? "",
             "before": entry.before ?? "", "after": entry.after ?? ""]
        }
        let body = AccountTemplates.audit.render([
            "entries": Array(entries),
            "h": ["time": words.time, "account": words.userName, "action": words.action, "network": Localisation(language).words.network,
                  "before": words.before, "after": words.after],
        ] as [String: Any])
        return Routes.html(try await page(request, title: words.auditLog, body: body, language: language))
    }
}

extension HeavyWork {
    private static let passwords = DispatchQueue(label: "verkosto.serve.passwords", attributes: .concurrent)

    /// Bcrypt off the cooperative pool (a check takes a quarter of a second by design).
    static func password(_ work: @escaping @Sendable () -> Bool) async -> Bool {
        await withCheckedContinuation { continuation in passwords.async { continuation.resume(returning: work()) } }
    }

    static func passwordThrowing(_ work: @escaping @Sendable () throws -> String) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in passwords.async { continuation.resume(with: Result { try work() }) } }
    }
}

/// The account pages' Mustache templates (every value escaped).
enum AccountTemplates {
    static let login = try! MustacheTemplate(string: #"""
<section class="section" aria-labelledby="login-h">
<h2 id="login-h" class="visually-hidden">{{submit}}</h2>
{{#message}}<p class="form-error" role="alert" id="login-error">{{message}}</p>{{/message}}
<form method="post" action="/login?lang={{lang}}" class="stacked">
  <input type="hidden" name="csrf" value="{{csrf}}">
  <input type="hidden" name="next" value="{{next}}">
  <label for="login-name">{{nameLabel}}</label>
  <input id="login-name" name="name" value="{{name}}" autocomplete="username" required maxlength="64">
  <label for="login-password">{{passwordLabel}}</label>
  <input id="login-password" name="password" type="password" autocomplete="current-password" required maxlength="200">
  <button type="submit">{{submit}}</button>
</form>
</section>
"""#)

    static let account = try! MustacheTemplate(string: #"""
<section class="section">
<p>{{signedInAs}} <strong>{{name}}</strong> · {{roleLabel}}: {{role}}{{#networks}} · {{networks}}{{/networks}}</p>
{{#admin}}<ul><li><a href="/admin/users">{{users}}</a></li><li><a href="/admin/audit">{{auditLog}}</a></li></ul>{{/admin}}
<form method="post" action="/logout"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{signOut}}</button></form>
</section>
"""#)

    static let users = try! MustacheTemplate(string: #"""
{{#message}}<p class="form-error" role="alert">{{message}}</p>{{/message}}
<section class="section">
<div class="table-wrap"><table>
<thead><tr><th scope="col">{{h.name}}</th><th scope="col">{{h.role}}</th><th scope="col">{{h.networks}}</th><th scope="col"><span class="visually-hidden">{{h.remove}}</span></th></tr></thead>
<tbody>{{#users}}<tr><td>{{name}}</td><td>{{role}}</td><td>{{networks}}</td><td>{{^self}}<form method="post" action="/admin/users/{{name}}/remove"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{h.remove}} {{name}}</button></form>{{/self}}</td></tr>{{/users}}</tbody>
</table></div>
</section>
<section class="section" aria-labelledby="add-h">
<h2 id="add-h">{{h.add}}</h2>
<form method="post" action="/admin/users" class="stacked">
  <input type="hidden" name="csrf" value="{{csrf}}">
  <label for="add-name">{{h.name}}</label><input id="add-name" name="name" required maxlength="64" autocomplete="off">
  <label for="add-role">{{h.role}}</label><select id="add-role" name="role">{{#roles}}<option>{{.}}</option>{{/roles}}</select>
  <label for="add-networks">{{h.networks}}</label><input id="add-networks" name="networks" autocomplete="off">
  <label for="add-password">{{h.password}}</label><input id="add-password" name="password" type="password" required minlength="12" autocomplete="new-password">
  <button type="submit">{{h.add}}</button>
</form>
</section>
"""#)

    static let audit = try! MustacheTemplate(string: #"""
<section class="section"><div class="table-wrap"><table>
<thead><tr><th scope="col">{{h.time}}</th><th scope="col">{{h.account}}</th><th scope="col">{{h.action}}</th><th scope="col">{{h.network}}</th><th scope="col">{{h.before}}</th><th scope="col">{{h.after}}</th></tr></thead>
<tbody>{{#entries}}<tr><td>{{time}}</td><td>{{account}}</td><td>{{action}}</td><td>{{network}}</td><td><code>{{before}}</code></td><td><code>{{after}}</code></td></tr>{{/entries}}</tbody>
</table></div></section>
"""#)
}
