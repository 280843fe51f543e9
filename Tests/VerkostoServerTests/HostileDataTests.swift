import Foundation
import HummingbirdTesting
import Testing
@testable import VerkostoServer

/// Hostile names in the data (the report tests' corpus) never reach a page's HTML, SVG or
/// JSON-in-HTML unescaped, and JSON answers stay valid JSON that holds them unchanged.
@Suite("Hostile data on the platform")
struct HostileDataTests {
    static let hostile: [String] = [
        "</script><script>alert(1)</script>",
        "\"onmouseover=alert(1) x=\"",
        "<img src=x onerror=alert(1)>",
        "rivi\u{2028}erotin\u{2029}kappale <!-- kommentti",
        "'><svg onload=alert(2)>&amp;",
    ]

    /// `Tests/Fixtures/small` with hostile network names, goals, units and organisation names.
    static let database: String = {
        let source = PlatformFixture.packageRoot.appendingPathComponent("Tests/Fixtures/small")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verkosto-hostile-\(UUID().uuidString)")
        try! FileManager.default.copyItem(at: source, to: folder)
        func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let networks = """
            id,name_fi,name_sv,name_en,sector,unit,goal,operating_model,since,until
            n-johtajuus,\(quoted(hostile[0])),\(quoted(hostile[1])),\(quoted(hostile[2])),basic,\(quoted(hostile[3])),\(quoted(hostile[4])),\(quoted(hostile[2])),2022-01-01,
            n-pienet,\(quoted(hostile[1])),,,ecec,\(quoted(hostile[4])),\(quoted(hostile[0])),,2023-08-01,2025-12-31

            """
        try! networks.write(to: folder.appendingPathComponent("networks.csv"), atomically: true, encoding: .utf8)
        let organisations = """
            id,name,kind,municipality,language
            o-hki,\(quoted(hostile[2])),municipality,091,fi-sv
            o-aland,\(quoted(hostile[0])),upper-secondary,478,sv
            o-kirkonkyla,\(quoted(hostile[4])),ecec-unit,543,

            """
        try! organisations.write(to: folder.appendingPathComponent("organisations.csv"), atomically: true, encoding: .utf8)
        return PlatformFixture.database(from: folder)
    }()

    static let pages = ["/?at=2024-06-01", "/gaps?at=2024-06-01", "/coverage?at=2024-06-01", "/sectors?at=2024-06-01",
                        "/trend?at=2024-06-01", "/diff?from=2022&to=2025", "/networks/n-johtajuus?at=2024-06-01&lang=en",
                        "/networks/n-pienet?at=2024-06-01&lang=sv", "/maps/overview.svg?at=2024-06-01",
                        "/maps/ego.svg?network=n-johtajuus&at=2024-06-01"]

    @Test func pagesEscapeEveryName() async throws {
        try await PlatformFixture.withPlatform(Self.database) { client in
            for uri in Self.pages {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    let html = response.text
                    #expect(!html.contains("<script><"), "\(uri)")
                    #expect(!html.contains("alert(1)</script>"), "\(uri)")
                    #expect(!html.contains("<img src=x"), "\(uri)")
                    #expect(!html.contains("<svg onload"), "\(uri)")
                    // No tag gains an event handler (a `"` in a name breaking out of an attribute).
                    let tags = html.matches(of: /<[a-zA-Z][^>]*>/).map { String($0.output).replacing(/"[^"]*"/, with: "\"\"") }
                    #expect(!tags.contains { $0.contains(/\son[a-z]+=/) }, "\(uri): \(tags.filter { $0.contains(/\son[a-z]+=/) }.prefix(2))")
                    #expect(!html.contains("<!-- kommentti"), "\(uri): \(html.range(of: "<!-- kommentti").map { String(html[..<$0.upperBound].suffix(150)) } ?? "")")
                }
            }
        }
    }

    @Test func jsonKeepsNamesUnchanged() async throws {
        try await PlatformFixture.withPlatform(Self.database) { client in
            try await client.execute(uri: "/api/networks?at=2024-06-01", method: .get) { response in
                let rows = try #require(try response.json() as? [[String: Any]])
                #expect(rows.compactMap { $0["name"] as? String } == [Self.hostile[0], Self.hostile[1]])
            }
            try await client.execute(uri: "/api/gaps?at=2024-06-01&lang=en", method: .get) { response in
                #expect(response.status == .ok)
                let rows = try response.json()
                #expect(rows is [[String: Any]])
            }
        }
    }
}
