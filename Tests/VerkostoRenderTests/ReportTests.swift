import Foundation
import Testing
import VerkostoModel
import VerkostoStore
import VerkostoSupport
@testable import VerkostoRender

/// A loose HTML reader for the tests: start tags with their attributes, and the raw text of
/// `<script>` and `<style>` elements. It follows the HTML tokenizer where it matters here:
/// comments, `<!…>`, CDATA, quoted and unquoted attribute values, and raw-text elements
/// that end only at `</script` or `</style`.
struct LooseHTML {
    struct Tag { var name: String; var attributes: [(name: String, value: String)] }
    struct RawText { var tag: Tag; var text: String }
    var tags: [Tag] = []
    var rawTexts: [RawText] = []

    init(_ html: String) {
        let s = Array(html.unicodeScalars)
        var i = 0
        func starts(_ prefix: String, at j: Int) -> Bool {
            let p = Array(prefix.unicodeScalars)
            guard j + p.count <= s.count else { return false }
            for k in 0..<p.count where String(s[j + k]).lowercased() != String(p[k]).lowercased() { return false }
            return true
        }
        func skip(past end: String) {
            while i < s.count && !starts(end, at: i) { i += 1 }
            i = min(s.count, i + end.unicodeScalars.count)
        }
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}" }
        while i < s.count {
            guard s[i] == "<" else { i += 1; continue }
            if starts("<!--", at: i) { skip(past: "-->"); continue }
            if starts("<![CDATA[", at: i) { skip(past: "]]>"); continue }
            if starts("<!", at: i) || starts("</", at: i) || starts("<?", at: i) { skip(past: ">"); continue }
            guard i + 1 < s.count, s[i + 1].properties.isAlphabetic else { i += 1; continue }
            i += 1
            var name = ""
            while i < s.count, !isSpace(s[i]), s[i] != ">", s[i] != "/" { name.unicodeScalars.append(s[i]); i += 1 }
            var tag = Tag(name: name.lowercased(), attributes: [])
            while i < s.count, s[i] != ">" {
                if isSpace(s[i]) || s[i] == "/" { i += 1; continue }
                var attribute = ""
                while i < s.count, !isSpace(s[i]), s[i] != "=", s[i] != ">", s[i] != "/" || attribute.isEmpty {
                    attribute.unicodeScalars.append(s[i]); i += 1
                }
                var value = ""
                while i < s.count, isSpace(s[i]) { i += 1 }
                if i < s.count, s[i] == "=" {
                    i += 1
                    while i < s.count, isSpace(s[i]) { i += 1 }
                    if i < s.count, s[i] == "\"" || s[i] == "'" {
                        let quote = s[i]; i += 1
                        while i < s.count, s[i] != quote { value.unicodeScalars.append(s[i]); i += 1 }
                        i += 1
                    } else {
                        while i < s.count, !isSpace(s[i]), s[i] != ">" { value.unicodeScalars.append(s[i]); i += 1 }
                    }
                }
                tag.attributes.append((attribute.lowercased(), value))
            }
            i += 1
            tags.append(tag)
            if tag.name == "script" || tag.name == "style" {
                let start = i
                while i < s.count && !starts("</\(tag.name)", at: i) { i += 1 }
                var text = ""
                text.unicodeScalars.append(contentsOf: s[start..<i])
                rawTexts.append(RawText(tag: tag, text: text))
            }
        }
    }
}

@Suite("HTML report")
struct ReportTests {
    static let hostile: [String] = [
        "</script><script>alert(1)</script>",
        "\"onmouseover=alert(1) x=\"",
        "<img src=x onerror=alert(1)>",
        "rivi\u{2028}erotin\u{2029}kappale <!-- kommentti",
        "'><svg onload=alert(2)>&amp;",
    ]

    /// The tiny Atlas of the map tests with hostile text in every field the report shows.
    static var hostileAtlas: Atlas {
        let base = MapAtlases.tiny(networkNames: Array(hostile[0..<3]), organisationNames: [hostile[3], hostile[4], "o3", "o4", "o5"],
                                   sectorNames: [hostile[1], hostile[2]])
        let networks = base.networks.enumerated().map { i, network in
            var n = network
            n.goal = hostile[i % hostile.count] + " goal"
            n.operatingModel = hostile[(i + 1) % hostile.count]
            n.unit = hostile[(i + 2) % hostile.count]
            return n
        }
        let directions = base.directions.enumerated().map { i, d in
            Direction(id: d.id, name: LocalizedText(fi: hostile[i + 3], sv: hostile[i + 3], en: hostile[i + 3]))
        }
        return Atlas(metadata: ["name": hostile[0], "source": hostile[2], "notice": hostile[3]], sectors: base.sectors,
                     directions: directions, regions: base.regions, municipalities: base.municipalities, networks: networks,
                     organisations: base.organisations, memberships: base.memberships,
                     networkDirections: base.networkDirections, collaborations: base.collaborations)
    }

    @Test("every section is there, by id, in page order")
    func sections() throws {
        guard Fixtures.requireGraphviz() else { return }
        let html = try Report.html(MapAtlases.tiny(), day: MapAtlases.day)
        var last = html.startIndex
        for id in Report.sectionIDs {
            let range = try #require(html.range(of: "<section id=\"\(id)\""), "section \(id)")
            #expect(range.lowerBound > last, "section \(id) out of order")
            last = range.lowerBound
        }
        // Headings in order: one h1, then h2 and h3 only.
        let tags = LooseHTML(html).tags.map(\.name)
        #expect(tags.filter { $0 == "h1" }.count == 1)
        #expect(tags.firstIndex(of: "h1")! < tags.firstIndex(of: "h2")!)
        #expect(!tags.contains("h4") || tags.firstIndex(of: "h4")! > tags.firstIndex(of: "h3")!)
    }

    @Test("nothing is loaded from elsewhere: no external src or href, no @import, no url(http)")
    func offline() throws {
        guard Fixtures.requireGraphviz() else { return }
        let html = try Report.html(MapAtlases.tiny(), day: MapAtlases.day, language: .en)
        for tag in LooseHTML(html).tags {
            for (name, value) in tag.attributes where name == "src" || name == "href" || name.hasSuffix(":href") || name == "srcset" {
                let v = value.trimmingCharacters(in: .whitespaces).lowercased()
                #expect(!v.hasPrefix("http:") && !v.hasPrefix("https:") && !v.hasPrefix("//"), "\(tag.name) \(name)=\(value)")
            }
            #expect(tag.name != "link" && tag.name != "img" && tag.name != "iframe", "\(tag.name)")
        }
        let lower = html.lowercased()
        #expect(!lower.contains("@import"))
        #expect(!lower.contains("url(http") && !lower.contains("url(//") && !lower.contains("url(\"http") && !lower.contains("url('http"))
    }

    @Test("the answers are computed from the data", arguments: [Language.fi, .en])
    func answers(_ language: Language) throws {
        guard Fixtures.requireGraphviz() else { return }
        // Hand counts of MapAtlases.tiny: 2 ties, 1 of them cross-sector; 1 direction gap
        // (aalto–cera); the leadership networks reach 2 of 3 municipalities.
        let html = try Report.html(MapAtlases.tiny(), day: MapAtlases.day, language: language)
        switch language {
        case .en:
            #expect(html.contains("1 of the 2 ties between networks (50%) cross sector lines."))
            #expect(html.contains("1 pairs of networks share a development direction"))
            #expect(html.contains("The leadership networks reach 2 of 3 municipalities"))
            #expect(html.contains("EDUFI leads 3 active networks in 2 sectors"))
        default:
            #expect(html.contains("Verkostojen välisistä yhteyksistä 1/2 (50 %) ylittää sektorirajan."))
            #expect(html.contains("1 verkostoparilla on sama kehittämissuunta"))
            #expect(html.contains("Johtamisverkostot tavoittavat 2 kuntaa 3 kunnasta"))
            #expect(html.contains("OPH johtaa 3 aktiivista verkostoa 2 sektorilla"))
        }
    }

    @Test("hostile labels are escaped everywhere: no script but ours, no event handler, JSON intact")
    func hostileLabels() throws {
        guard Fixtures.requireGraphviz() else { return }
        let html = try Report.html(Self.hostileAtlas, day: MapAtlases.day)
        let page = LooseHTML(html)
        // Exactly our two script elements: the JSON data and the inline script.
        let scripts = page.rawTexts.filter { $0.tag.name == "script" }
        #expect(scripts.count == 2)
        #expect(page.tags.filter { $0.name == "script" }.count == 2)
        let data = try #require(scripts.first { $0.tag.attributes.contains { $0 == ("type", "application/json") } })
        let code = try #require(scripts.first { $0.tag.attributes.isEmpty })
        #expect(code.text == ReportTemplate.script.description)
        for hostile in Self.hostile { #expect(!code.text.contains(hostile)) }
        // The JSON block: no `<`, `>`, `&` or raw line separators, and it decodes to the hostile text.
        #expect(!data.text.contains("<") && !data.text.contains(">") && !data.text.contains("&"))
        #expect(!data.text.unicodeScalars.contains("\u{2028}") && !data.text.unicodeScalars.contains("\u{2029}"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(data.text.utf8)) as? [String: Any])
        let cards = try #require(json["networks"] as? [[String: Any]])
        #expect(Set(cards.compactMap { $0["name"] as? String }) == Set(Self.hostile[0..<3]))
        #expect(cards.contains { ($0["goal"] as? String) == Self.hostile[0] + " goal" })
        // No element or attribute came from the data.
        for tag in page.tags {
            #expect(!["img", "iframe", "object", "embed", "foreignobject"].contains(tag.name), "\(tag.name)")
            for (name, _) in tag.attributes { #expect(!name.hasPrefix("on"), "\(tag.name) \(name)") }
        }
        #expect(page.tags.filter { $0.name == "svg" }.count >= 6)
        // The text is there, escaped.
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;onmouseover=alert(1) x=&quot;"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<!-- kommentti"))
    }

    @Test("the template inserts raw markup only from TrustedMarkup values")
    func rawOnlyTrusted() throws {
        let page = ReportTemplate.page
        var rest = Substring(page)
        var count = 0
        while let open = rest.range(of: "{{{") {
            let close = try #require(rest.range(of: "}}}", range: open.upperBound..<rest.endIndex))
            let name = rest[open.upperBound..<close.lowerBound]
            #expect(name == "markup" || name.hasSuffix(".markup"), "{{{\(name)}}}")
            count += 1
            rest = rest[close.upperBound...]
        }
        // The overview, a question's figure and its map of Finland, the heatmap, the trend
        // chart, the card data, the style and the script.
        #expect(count == 8)
        #expect(!page.contains("{{&"), "Mustache's other unescaped form")
    }

    @Test("the script JSON escape keeps the value and cannot end the element")
    func scriptJSON() throws {
        let value = ["a": "</script><!--\u{2028}\u{2029}&<>"]
        let json = String(decoding: try JSONSerialization.data(withJSONObject: value), as: UTF8.self)
        let escaped = TrustedMarkup.scriptJSON(json).markup
        #expect(!escaped.contains("<") && !escaped.contains(">") && !escaped.contains("&"))
        for code in ["\\u003c", "\\u003e", "\\u0026", "\\u2028", "\\u2029"] { #expect(escaped.contains(code)) }
        let back = try JSONSerialization.jsonObject(with: Data(escaped.utf8)) as? [String: String]
        #expect(back == value)
    }

    @Test("an inlined SVG loses its prolog and gains role img and an escaped label")
    func renderedSVG() {
        let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg width=\"1\"><title>x</title></svg>"
        let markup = TrustedMarkup.renderedSVG(svg, label: "A \"B\" <C>").markup
        #expect(markup == "<svg role=\"img\" aria-label=\"A &quot;B&quot; &lt;C&gt;\" width=\"1\"><title>x</title></svg>")
    }

    @Test("the coverage section shows the map of Finland, the central section where the top network's members are; each map has ids of its own")
    func mapsOfFinland() throws {
        guard Fixtures.requireGraphviz() else { return }
        let atlas = MapAtlases.tiny()
        let html = try Report.html(atlas, day: MapAtlases.day)
        func section(_ id: String) throws -> Substring {
            let start = try #require(html.range(of: "<section id=\"\(id)\""))
            let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
            return html[start.lowerBound..<end.upperBound]
        }
        let coverage = try section("coverage"), central = try section("central")
        #expect(coverage.contains("<figure class=\"map finland\"><svg role=\"img\" aria-label=\"Verkostojen tavoittamat kunnat\""))
        #expect(central.contains("<figure class=\"map finland\"><svg role=\"img\" aria-label=\""))
        #expect(central.contains(": jäsenten sijainti\""))
        // Every municipality of the tiny Atlas (m1, m2, m3) is a dot on both maps, under each map's prefix.
        for municipality in atlas.municipalities {
            #expect(coverage.contains("id=\"finland-coverage-node&#45;municipality&#45;\(municipality.id)\""))
            #expect(central.contains("id=\"finland-members-node&#45;municipality&#45;\(municipality.id)\""))
        }
        // No id of the two maps occurs twice on the page, nor an id of theirs elsewhere.
        let ids = LooseHTML(html).tags.flatMap { tag in tag.attributes.filter { $0.0 == "id" }.map(\.1) }
        let finland = ids.filter { $0.hasPrefix("finland-") }
        #expect(finland.count > 2 * atlas.municipalities.count)
        #expect(Set(finland).count == finland.count)
        #expect(finland.contains("finland-coverage-graph0") && finland.contains("finland-members-graph0"))

        // A data set without municipal centres still gets its report, without the maps of Finland.
        let bare = Atlas(metadata: atlas.metadata, sectors: atlas.sectors, directions: atlas.directions, regions: atlas.regions,
                         municipalities: atlas.municipalities.map {
                             Municipality(id: $0.id, name: $0.name, region: $0.region, type: $0.type, language: $0.language,
                                          population: $0.population)
                         },
                         networks: atlas.networks, organisations: atlas.organisations, memberships: atlas.memberships,
                         networkDirections: atlas.networkDirections, collaborations: atlas.collaborations)
        let plain = try Report.html(bare, day: MapAtlases.day)
        #expect(!plain.contains("map finland") && plain.contains("<section id=\"coverage\""))
    }

    @Test("the report is written atomically; a missing folder fails before any work")
    func write() throws {
        guard Fixtures.requireGraphviz() else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verkosto-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("report.html")
        try Report.write(MapAtlases.tiny(), day: MapAtlases.day, language: .sv, to: url)
        let html = try String(contentsOf: url, encoding: .utf8)
        #expect(html.contains("<html lang=\"sv\">"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"])
        #expect(throws: OutputError.self) {
            try Report.write(MapAtlases.tiny(), day: MapAtlases.day, to: folder.appendingPathComponent("missing/report.html"))
        }
    }

    @Test("on the OPH data every network card points at a node of the overview map")
    func ophCards() throws {
        guard Fixtures.requireGraphviz() else { return }
        let folder = MapAtlases.packageRoot.appendingPathComponent("Data/oph")
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("verkosto-report-\(UUID().uuidString).sqlite")
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database.path + suffix) } }
        let store = try AtlasDatabase(path: database.path, create: true)
        try store.importData(from: folder, mode: .replace)
        let atlas = try store.load()
        let html = try Report.html(atlas, day: MapAtlases.day, language: .en)
        let page = LooseHTML(html)
        let data = try #require(page.rawTexts.first { $0.tag.attributes.contains { $0 == ("id", "report-data") } })
        let json = try #require(try JSONSerialization.jsonObject(with: Data(data.text.utf8)) as? [String: Any])
        let cards = try #require(json["networks"] as? [[String: Any]])
        #expect(cards.count == atlas.at(MapAtlases.day).networks.count)
        let overview = try #require(html.range(of: "id=\"overview-map\""))
        let overviewEnd = try #require(html.range(of: "</figure>", range: overview.upperBound..<html.endIndex))
        // Graphviz writes `-` in ids as `&#45;`, which the browser reads as `-`.
        let mapText = html[overview.upperBound..<overviewEnd.lowerBound].replacingOccurrences(of: "&#45;", with: "-")
        for card in cards {
            let id = try #require(card["svgId"] as? String)
            #expect(mapText.contains("id=\"\(id)\""), "\(id)")
            #expect(!((card["goal"] as? String) ?? "").isEmpty)
        }
        // The story's figures: the cross-sector share on 1 Nov 2026 and its growth over the year.
        #expect(html.contains("(49%) cross sector lines. The share has grown"))
    }
}
