import Foundation
import Hummingbird
import Logging
import VerkostoAnalysis
import VerkostoModel
import VerkostoRender
import VerkostoSupport

/// `verkosto serve`: the shared platform. One Hummingbird application over one database: the
/// viewer's pages, the JSON API and the static assets, behind the access log, the security
/// headers and the error pages (``SecurityHeadersMiddleware``, ``ErrorMiddleware``).
public enum Platform {
    /// The application for `configuration`; `run()` or `runService()` serves it.
    /// - Throws: ``StoreError`` when the database cannot be opened.
    public static func application(_ configuration: PlatformConfiguration, logger: Logger? = nil) throws -> some ApplicationProtocol {
        let router = try router(configuration)
        var logger = logger ?? Logger(label: "verkosto-serve")
        if logger.logLevel > .info { logger.logLevel = .info }
        return Application(router: router,
                           configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                                                serverName: nil),
                           logger: logger)
    }

    /// The router: every route of the platform, behind its middleware, each with its ``Access``.
    /// - Throws: ``StoreError`` when the database cannot be opened.
    static func router(_ configuration: PlatformConfiguration) throws -> Router<PlatformContext> {
        try guardedRouter(configuration).router
    }

    /// The router and the table of its routes with their access (for the tests).
    static func guardedRouter(_ configuration: PlatformConfiguration) throws -> GuardedRouter {
        PlatformContext.bodyLimit = configuration.maxBodySize
        let data = try PlatformData(path: configuration.databasePath, capacity: configuration.cachedDays * 8)
        let routes = Routes(data: data)
        let accounts = AccountRoutes(data: data, configuration: configuration)
        if configuration.warmUp {
            Task.detached(priority: .background) {
                guard let snapshot = try? await data.current() else { return }
                for language in Language.allCases {
                    _ = try? await data.parts(snapshot, day: .today, language: language)
                }
            }
        }
        let router = Router(context: PlatformContext.self)
        router.add(middleware: AccessLogMiddleware(write: configuration.accessLog))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: BodyLimitMiddleware(limit: configuration.maxBodySize))
        router.add(middleware: SessionMiddleware(data: data, idle: configuration.sessionIdle, lifetime: configuration.sessionLifetime))
        let guarded = GuardedRouter(router, anonymousViewers: configuration.anonymousViewers)

        for page in Pages.Page.allCases where page != .diff {
            guarded.get(page.path, .read) { request, _ in try await routes.reportPage(page, request) }
        }
        guarded.get("/diff", .read) { request, _ in try await routes.diffPage(request) }
        guarded.get("/networks/:id", .read) { request, context in
            try await routes.networkPage(try context.parameters.require("id"), request)
        }
        guarded.get("/maps/:file", .read) { request, context in try await routes.map(try context.parameters.require("file"), request) }
        guarded.get("/assets/:name", .open) { _, context in try Assets.response(try context.parameters.require("name")) }
        guarded.get("/api/networks", .read) { request, _ in try await routes.apiNetworks(request) }
        guarded.get("/api/networks/:id", .read) { request, context in
            try await routes.apiNetworkCard(try context.parameters.require("id"), request)
        }
        guarded.get("/api/gaps", .read) { request, _ in try await routes.apiGaps(request) }
        guarded.get("/api/diff", .read) { request, _ in try await routes.apiDiff(request) }
        guarded.get("/api/briefing", .read) { request, _ in try await routes.apiBriefing(request) }
        guarded.get("/api/openapi.json", .read) { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        }
        guarded.get("/healthz", .open) { _, _ in
            _ = try await data.current()
            return Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        }
        // Accounts.
        guarded.get("/login", .open) { request, _ in try await accounts.loginPage(request) }
        guarded.post("/login", .open, checksOwnToken: true) { request, context in try await accounts.login(request, context) }
        guarded.post("/logout", .signedIn) { request, context in try await accounts.logout(request, context) }
        guarded.get("/account", .signedIn) { request, context in try await accounts.accountPage(request, context) }
        guarded.get("/admin/users", .admin) { request, context in try await accounts.usersPage(request, context) }
        guarded.post("/admin/users", .admin) { request, context in try await accounts.addUser(request, context) }
        guarded.post("/admin/users/:name/remove", .admin) { request, context in
            try await accounts.removeUser(try context.parameters.require("name"), request, context)
        }
        guarded.get("/admin/audit", .admin) { request, context in try await accounts.auditPage(request, context) }
        return guarded
    }
}

/// The handlers: read the parameters, get the facts from ``PlatformData``, hand them to a page or the API.
struct Routes: Sendable {
    let data: PlatformData

    static func html(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The language, the day and the page's request.
    private func pageRequest(_ request: Request, _ parameters: Parameters) throws -> (Pages.Request, Day) {
        let language = try parameters.language(request)
        let asked = try parameters.day("at")
        return (Pages.Request(language: language, day: asked, path: request.uri.path), asked ?? .today)
    }

    func reportPage(_ page: Pages.Page, _ request: Request) async throws -> Response {
        let parameters = try Parameters(request)
        let (pageRequest, day) = try pageRequest(request, parameters)
        let snapshot = try await data.current()
        let html = try await data.memoised("page|\(page.rawValue)|\(day)|\(pageRequest.language.rawValue)|\(pageRequest.dayText ?? "")",
                                           generation: snapshot.generation) { [data] in
            let parts = try await data.parts(snapshot, day: day, language: pageRequest.language)
            return Pages.reportPage(page, parts: parts, request: pageRequest, atlas: snapshot.atlas, day: day)
        }
        return Self.html(html)
    }

    func networkPage(_ id: String, _ request: Request) async throws -> Response {
        let parameters = try Parameters(request)
        let (pageRequest, day) = try pageRequest(request, parameters)
        let snapshot = try await data.current()
        guard let network = snapshot.atlas.network(id) else { throw PlatformError.notFound("no network '\(id)'") }
        let html = try await data.memoised("network|\(id)|\(day)|\(pageRequest.language.rawValue)|\(pageRequest.dayText ?? "")",
                                           generation: snapshot.generation) { [data] in
            let briefing = try await data.briefing(snapshot, day: day)
            let parts = try await data.parts(snapshot, day: day, language: pageRequest.language)
            let card = briefing.cards.first { $0.network == id }
            let map = card == nil ? nil
                : try await data.map(snapshot, kind: .ego, day: day, network: id, language: pageRequest.language, format: .svg)
            return Pages.networkPage(network, card: card, cardCount: briefing.cards.count, map: map, parts: parts,
                                     atlas: snapshot.atlas, request: pageRequest, day: day)
        }
        return Self.html(html)
    }

    /// The two days of a diff: `from` and `to`, both required, `from` ≤ `to`.
    private func interval(_ parameters: Parameters) throws -> (Day, Day) {
        guard let from = try parameters.day("from") else { throw PlatformError.badRequest("from: a day is required") }
        guard let to = try parameters.day("to") else { throw PlatformError.badRequest("to: a day is required") }
        guard from <= to else { throw PlatformError.badRequest("from \(from) is after to \(to)") }
        return (from, to)
    }

    func diffPage(_ request: Request) async throws -> Response {
        let parameters = try Parameters(request)
        let language = try parameters.language(request)
        let snapshot = try await data.current()
        let today = Day.today
        let from: Day, to: Day
        if parameters.text("from") == nil && parameters.text("to") == nil {
            (from, to) = (today.adding(years: -1), today)
        } else {
            (from, to) = try interval(parameters)
        }
        let pageRequest = Pages.Request(language: language, day: nil, path: "/diff",
                                        extra: [("from", from.description), ("to", to.description)])
        let html = try await data.memoised("diff-page|\(from)|\(to)|\(language.rawValue)", generation: snapshot.generation) {
            let diff = try await HeavyWork.run { VerkostoAnalysis.diff(snapshot.atlas, from: from, to: to) }
            return Pages.diffPage(diff, atlas: snapshot.atlas, request: pageRequest, from: from, to: to)
        }
        return Self.html(html)
    }

    /// `/maps/KIND.FORMAT`: a map as `verkosto render KIND` draws it (`network=ID` for `ego`).
    func map(_ file: String, _ request: Request) async throws -> Response {
        let parameters = try Parameters(request)
        let parts = file.split(separator: ".")
        guard parts.count == 2, let kind = MapKind(rawValue: String(parts[0])),
              let format = MapFormat(rawValue: String(parts[1])), [.svg, .png, .pdf].contains(format) else {
            throw PlatformError.notFound("no map '\(file)'; maps are KIND.svg, .png or .pdf, KIND one of \(MapKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let language = try parameters.language(request)
        let day = try parameters.snapshotDay()
        let snapshot = try await data.current()
        let network = parameters.text("network")
        if kind.needsNetwork {
            guard let network else { throw PlatformError.badRequest("network: the \(kind.rawValue) map needs a network id") }
            guard snapshot.atlas.at(day).network(network) != nil else {
                throw PlatformError.notFound("no network '\(network)' active on \(day)")
            }
        } else if network != nil {
            throw PlatformError.badRequest("network: only the ego map takes a network")
        }
        if !kind.usesGraphviz && format != .svg {
            throw PlatformError.badRequest("the \(kind.rawValue) map is drawn as SVG only")
        }
        let bytes = try await data.map(snapshot, kind: kind, day: day, network: network, language: language, format: format)
        let contentType = format == .svg ? "image/svg+xml" : format == .png ? "image/png" : "application/pdf"
        let name = [kind.rawValue, network, day.description].compactMap { $0 }.joined(separator: "-")
        return Response(status: .ok, headers: [.contentType: contentType,
                                               .contentDisposition: "inline; filename=\"\(LabelText.identifier(name)).\(format.rawValue)\""],
                        body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    func apiNetworks(_ request: Request) async throws -> Response {
        let parameters = try Parameters(request)
        let format = try API.format(parameters)
        let day = try parameters.snapshotDay()
        let snapshot = try await data.current().atlas.at(day)
        return try API.networks(snapshot.networks.map { NetworkListRow($0, in: snapshot) }, format: format)
    }

    func apiNetworkCard(_ id: String, _ request: Request) async throws -> Response {
        let parameters = try Parameters(request)
        let day = try parameters.snapshotDay()
        let snapshot = try await data.current()
        guard snapshot.atlas.network(id) != nil else { throw PlatformError.notFound("no network '\(id)'") }
        let briefing = try await data.briefing(snapshot, day: day)
        guard let card = briefing.cards.first(where: { $0.network == id }) else {
            throw PlatformError.notFound("network '\(id)' is not active on \(day)")
        }
        return try API.json(card)
    }

    func apiGaps(_ request: Request) async throws -> Response {
        let parameters = try Parameters(request)
        let format = try API.format(parameters)
        let language = try parameters.language(request)
        let day = try parameters.snapshotDay()
        let kinds = try API.gapKinds(parameters)
        let top: Int? = try parameters.text("top").map { text in
            guard let value = Int(text), value >= 1 else { throw PlatformError.badRequest("top: expected a whole number ≥ 1, got '\(text)'") }
            return value
        }
        let snapshot = try await data.current()
        let settings = GapSettings()
        let key = "gaps|\(day)|\(kinds.map(\.rawValue).joined(separator: ","))|\(top ?? 0)|\(language.rawValue)"
        let rows = try await data.memoised(key, generation: snapshot.generation) {
            try await HeavyWork.run {
                let onDay = snapshot.atlas.at(day)
                let findings = findGaps(onDay, kinds: kinds, settings: settings)
                return GapRow.rows(findings, kinds: kinds, top: top, text: Localisation(language), settings: settings, atlas: onDay)
            }
        }
        return try API.gaps(rows, format: format)
    }

    func apiDiff(_ request: Request) async throws -> Response {
        let parameters = try Parameters(request)
        let format = try API.format(parameters)
        let language = try parameters.language(request)
        let (from, to) = try interval(parameters)
        let snapshot = try await data.current()
        let rows = try await data.memoised("diff-rows|\(from)|\(to)|\(language.rawValue)", generation: snapshot.generation) {
            try await HeavyWork.run {
                VerkostoAnalysis.diff(snapshot.atlas, from: from, to: to).rows(Localisation(language), atlas: snapshot.atlas, numbers: true)
            }
        }
        return try API.diff(rows, format: format)
    }

    func apiBriefing(_ request: Request) async throws -> Response {
        let parameters = try Parameters(request)
        let day = try parameters.snapshotDay()
        let snapshot = try await data.current()
        return try API.json(try await data.briefing(snapshot, day: day))
    }
}
