import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VerkostoStore
@testable import VerkostoServer

/// The routes of ``Platform``: status, content type and headers of every page and API route,
/// 400s for bad parameters, and answers checked against the fixture by hand
/// (`Tests/Fixtures/small`: two networks, four memberships).
@Suite("Platform routes")
struct PlatformRouteTests {
    /// Every GET route with good parameters, and the content type it answers with.
    static let routes: [(uri: String, type: String)] = [
        ("/", "text/html"), ("/?at=2024-06-01&lang=sv", "text/html"), ("/gaps?at=2024", "text/html"),
        ("/coverage?lang=en", "text/html"), ("/sectors", "text/html"), ("/trend", "text/html"),
        ("/diff", "text/html"), ("/diff?from=2023&to=2024-12-31&lang=en", "text/html"),
        ("/networks/n-johtajuus?at=2024-06-01", "text/html"), ("/networks/n-pienet?at=2026-06-01", "text/html"),
        ("/maps/overview.svg?at=2024-06-01", "image/svg+xml"), ("/maps/coverage.svg", "image/svg+xml"),
        ("/maps/ego.svg?network=n-johtajuus&at=2024-06-01", "image/svg+xml"), ("/maps/sectors.png?at=2024", "image/png"),
        ("/maps/overview.pdf?at=2024", "application/pdf"),
        ("/api/networks?at=2024-06-01", "application/json"), ("/api/networks?format=csv", "text/csv"),
        ("/api/networks/n-johtajuus?at=2024-06-01", "application/json"), ("/api/gaps?at=2024", "application/json"),
        ("/api/gaps?kind=isolated,overload&format=csv&lang=sv", "text/csv"),
        ("/api/diff?from=2023&to=2024", "application/json"), ("/api/briefing?at=2024-06-01", "application/json"),
        ("/api/openapi.json", "application/json"), ("/assets/report.css", "text/css"), ("/assets/report.js", "text/javascript"),
        ("/assets/platform.css", "text/css"), ("/healthz", "text/plain"),
    ]

    /// Requests with a bad parameter: each gets 400 (or 404 for what does not exist) and a message naming it.
    static let refused: [(uri: String, status: Int, says: String)] = [
        ("/?at=2024-13-45", 400, "at"), ("/?at=yesterday", 400, "at"), ("/gaps?lang=de", 400, "lang"),
        ("/api/networks?at=x", 400, "at"), ("/api/networks?format=xml", 400, "format"),
        ("/api/gaps?kind=nope", 400, "kind"), ("/api/gaps?top=0", 400, "top"), ("/api/diff?from=2024", 400, "to"),
        ("/api/diff?from=2025&to=2024", 400, "after"), ("/diff?from=2024&to=bad", 400, "to"),
        ("/api/networks?at=2024&at=2025", 400, "more than once"),
        ("/networks/n-missing", 404, "n-missing"), ("/api/networks/n-missing", 404, "n-missing"),
        ("/api/networks/n-pienet?at=2026-06-01", 404, "not active"),
        ("/maps/overview.exe", 404, "no map"), ("/maps/ego.svg", 400, "network"),
        ("/maps/overview.svg?network=n-johtajuus", 400, "network"), ("/maps/heatmap.png", 400, "SVG only"),
        ("/assets/..%2F..%2Fetc%2Fpasswd", 404, "no such file"), ("/assets/Package.swift", 404, "no such file"),
        ("/no/such/page", 404, ""),
    ]

    @Test func everyRouteAnswers() async throws {
        try await PlatformFixture.withPlatform { client in
            for route in Self.routes {
                try await client.execute(uri: route.uri, method: .get) { response in
                    #expect(response.status == .ok, "\(route.uri): \(response.status) \(response.text.prefix(300))")
                    #expect(response.headers[.contentType]?.hasPrefix(route.type) == true, "\(route.uri)")
                }
            }
        }
    }

    @Test func securityHeadersOnEveryResponse() async throws {
        try await PlatformFixture.withPlatform { client in
            for uri in Self.routes.map(\.uri) + Self.refused.map(\.uri) {
                try await client.execute(uri: uri, method: .get) { response in
                    let csp = response.headers[.contentSecurityPolicy] ?? ""
                    #expect(csp.contains("frame-ancestors 'none'"), "\(uri)")
                    #expect(csp.contains("script-src 'self'"), "\(uri)")
                    #expect(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), "\(uri)")
                    #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
                    #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer", "\(uri)")
                    #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY", "\(uri)")
                }
            }
        }
    }

    /// With a CSP of `script-src 'self'` and `style-src 'self'`, a page may hold no inline
    /// script, no inline style element or attribute and no event handler attribute.
    @Test func pagesHaveNoInlineScriptOrStyle() async throws {
        try await PlatformFixture.withPlatform { client in
            for uri in Self.routes.map(\.uri) where !uri.hasPrefix("/api") && !uri.hasPrefix("/maps") && !uri.hasPrefix("/assets") && uri != "/healthz" {
                try await client.execute(uri: uri, method: .get) { response in
                    let html = response.text
                    #expect(!html.contains("<style"), "\(uri)")
                    #expect(!html.contains(" style=\""), "\(uri)")
                    #expect(!html.contains("<script>"), "\(uri)")
                    #expect(!html.contains(" onclick=") && !html.contains(" onload="), "\(uri)")
                    // Every script element is either the JSON data block or loads a file of the platform.
                    var rest = Substring(html)
                    while let open = rest.range(of: "<script") {
                        let tag = rest[open.lowerBound...].prefix { $0 != ">" }
                        #expect(tag.contains("type=\"application/json\"") || tag.contains("src=\"/assets/"), "\(uri): \(tag)")
                        rest = rest[open.upperBound...]
                    }
                }
            }
        }
    }

    @Test func badParametersGetAMessage() async throws {
        try await PlatformFixture.withPlatform { client in
            for case let (uri, status, says) in Self.refused {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(Int(response.status.code) == status, "\(uri): \(response.status)")
                    #expect(says.isEmpty || response.text.contains(says), "\(uri): \(response.text.prefix(400))")
                    #expect(!response.text.contains("Swift/") && !response.text.contains(".swift:"), "\(uri): no stack trace")
                    if uri.hasPrefix("/api/") {
                        let object = try response.json() as? [String: Any]
                        #expect(object?["error"] is String, "\(uri)")
                    }
                }
            }
        }
    }

    @Test func largeBodiesAreRefused() async throws {
        try await PlatformFixture.withPlatform { client in
            let body = ByteBuffer(repeating: 0x61, count: 70 * 1024)
            try await client.execute(uri: "/", method: .post, headers: [.contentLength: String(body.readableBytes)], body: body) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
    }

    /// The networks on 2024-06-01, from the fixture's CSV by hand: n-johtajuus has o-hki and
    /// o-aland (until 2024-06-30), main direction leadership; n-pienet has o-kirkonkyla and o-hki,
    /// community. On 2026-06-01 n-pienet has ended (2025-12-31) and o-aland has left.
    @Test func apiNetworksMatchesTheData() async throws {
        try await PlatformFixture.withPlatform { client in
            try await client.execute(uri: "/api/networks?at=2024-06-01", method: .get) { response in
                let rows = try #require(try response.json() as? [[String: Any]])
                #expect(rows.map { $0["id"] as? String } == ["n-johtajuus", "n-pienet"])
                #expect(rows.map { $0["members"] as? Int } == [2, 2])
                #expect(rows.map { $0["main direction"] as? String } == ["leadership", "community"])
                #expect(rows[0]["until"] is NSNull && rows[1]["until"] as? String == "2025-12-31")
                #expect(Set(rows[0].keys) == Set(["id", "name", "sector", "unit", "since", "until", "members", "main direction"]))
            }
            try await client.execute(uri: "/api/networks?at=2026-06-01&format=csv", method: .get) { response in
                let lines = response.text.split(separator: "\n")
                #expect(lines.first == "id,name,sector,unit,since,until,members,main direction")
                #expect(lines.count == 2)
                #expect(lines.last?.hasPrefix("n-johtajuus,Johtajuusverkosto,basic,") == true)
                #expect(lines.last?.hasSuffix(",1,leadership") == true)
            }
            try await client.execute(uri: "/api/networks/n-johtajuus?at=2024-06-01", method: .get) { response in
                let card = try #require(try response.json() as? [String: Any])
                #expect(card["network"] as? String == "n-johtajuus")
                #expect(card["members"] as? Int == 2)
                let directions = (card["directions"] as? [[String: Any]])?.compactMap { $0["direction"] as? String }
                #expect(directions == ["leadership", "community"])
            }
        }
    }

    /// Between 2023-01-01 and 2024-12-31 (by hand): n-pienet started; o-kirkonkyla and o-hki
    /// joined it; o-aland left n-johtajuus (until 2024-06-30).
    @Test func apiDiffMatchesTheData() async throws {
        try await PlatformFixture.withPlatform { client in
            try await client.execute(uri: "/api/diff?from=2023-01-01&to=2024-12-31", method: .get) { response in
                let rows = try #require(try response.json() as? [[String: Any]])
                let networks = rows.filter { $0["section"] as? String == "network" }
                #expect(networks.map { $0["subject"] as? String } == ["n-pienet"])
                #expect(networks.first?["change"] as? String == "started")
                #expect(Self.membershipChanges(rows) == ["o-kirkonkyla n-pienet joined", "o-hki n-pienet joined", "o-aland n-johtajuus left"])
            }
            try await client.execute(uri: "/diff?from=2023-01-01&to=2024-12-31&lang=en", method: .get) { response in
                #expect(response.text.contains("Pienten lasten verkosto"))
                #expect(response.text.contains("<html lang=\"en\">"))
            }
        }
    }

    /// "organisation network change" of each membership row.
    static func membershipChanges(_ rows: [[String: Any]]) -> Set<String> {
        var out: Set<String> = []
        for row in rows where row["section"] as? String == "membership" {
            let subject = row["subject"] as? String ?? "", other = row["other"] as? String ?? "", change = row["change"] as? String ?? ""
            out.insert("\(subject) \(other) \(change)")
        }
        return out
    }

    @Test func languageFollowsAcceptLanguageUnlessChosen() async throws {
        try await PlatformFixture.withPlatform { client in
            try await client.execute(uri: "/trend", method: .get, headers: [.acceptLanguage: "sv-FI,sv;q=0.9,en;q=0.5"]) { response in
                #expect(response.text.contains("<html lang=\"sv\">"))
            }
            try await client.execute(uri: "/trend?lang=en", method: .get, headers: [.acceptLanguage: "sv"]) { response in
                #expect(response.text.contains("<html lang=\"en\">"))
                // The switch offers every language and marks the current one.
                #expect(response.text.contains("hreflang=\"fi\""))
                #expect(response.text.contains("hreflang=\"en\" aria-current=\"true\""))
            }
            try await client.execute(uri: "/trend", method: .get) { response in
                #expect(response.text.contains("<html lang=\"fi\">"))
            }
        }
    }

    @Test func networkPageShowsItsFactsAndHistory() async throws {
        try await PlatformFixture.withPlatform { client in
            try await client.execute(uri: "/networks/n-johtajuus?at=2024-12-31&lang=fi", method: .get) { response in
                let html = response.text
                #expect(html.contains("<h1>Johtajuusverkosto</h1>"))
                // The member who left stays in the history, marked ended.
                #expect(html.contains("Ålands lyceum"))
                #expect(html.contains("2024-06-30"))
                #expect(html.contains("class=\"ended\""))
                #expect(html.contains("/maps/ego.svg?at=2024-12-31&amp;network=n-johtajuus&amp;lang=fi")
                        || html.contains("/maps/ego.svg?at=2024-12-31&network=n-johtajuus&lang=fi"))
            }
        }
    }

    /// The access log: one JSON object per request, with the path but no query values.
    @Test func accessLogIsStructured() async throws {
        let log = PlatformFixture.Log()
        try await PlatformFixture.withPlatform(log: log) { client in
            _ = try await client.execute(uri: "/api/networks?at=2024-06-01&secret=hunter2", method: .get)
            _ = try await client.execute(uri: "/no/such/page", method: .get)
        }
        let lines = log.lines
        #expect(lines.count == 2)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["time", "remote", "method", "path", "status", "bytes", "ms"])
            #expect(!line.contains("hunter2"))
        }
        #expect(lines.last?.contains("\"status\": 404") == true)
    }

    @Test func acceptLanguageNegotiation() {
        #expect(Parameters.negotiate(nil) == .fi)
        #expect(Parameters.negotiate("en-GB,en;q=0.8") == .en)
        #expect(Parameters.negotiate("de,sv;q=0.4,en;q=0.6") == .en)
        #expect(Parameters.negotiate("de, fr") == .fi)
        #expect(Parameters.negotiate("sv;q=0, en;q=0.1") == .en)
        #expect(Parameters.negotiate("fi-FI") == .fi)
    }
}

/// What another process commits (a CLI import) is served at the next request.
@Suite("Platform data reload")
struct PlatformReloadTests {
    @Test func importWhileServingIsSeen() async throws {
        let small = PlatformFixture.packageRoot.appendingPathComponent("Tests/Fixtures/small")
        let database = PlatformFixture.database(from: small)
        try await PlatformFixture.withPlatform(database) { client in
            try await client.execute(uri: "/api/networks?at=2024-06-01", method: .get) { response in
                let rows = try response.json() as? [Any]
                #expect(rows?.count == 2)
            }
            // A second connection, as the CLI's import would be: one more network.
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verkosto-more-\(UUID().uuidString)")
            try FileManager.default.copyItem(at: small, to: folder)
            let networks = folder.appendingPathComponent("networks.csv")
            try (String(contentsOf: networks, encoding: .utf8) + "n-uusi,Uusi verkosto,,,basic,,,,2024-01-01,\n")
                .write(to: networks, atomically: true, encoding: .utf8)
            try AtlasDatabase(path: database).importData(from: folder, mode: .merge)
            try await client.execute(uri: "/api/networks?at=2024-06-01", method: .get) { response in
                let ids = (try response.json() as? [[String: Any]])?.compactMap { $0["id"] as? String }
                #expect(ids == ["n-johtajuus", "n-pienet", "n-uusi"])
            }
        }
    }
}
