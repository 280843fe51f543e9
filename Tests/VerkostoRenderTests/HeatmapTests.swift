import Foundation
import FoundationXML
import Testing
@testable import VerkostoRender

@Suite("Heatmap")
struct HeatmapTests {
    static let sectors = ["Varhaiskasvatus", "Esi- ja perusopetus", "Lukiokoulutus", "Ammatillinen koulutus"]

    static func sample() -> Heatmap {
        Heatmap(title: "Sektorien välinen yhteistyö", subtitle: "Tilanne 2026-11-01", source: "Lähde: OPH",
                labels: sectors,
                values: [[4, 2, 0, 1], [2, 6, 3, .nan], [0, 3, 5, 2], [1, .nan, 2, 7]],
                groups: ["yleissivistävä", "yleissivistävä", "toinen aste", "toinen aste"],
                order: [2, 3, 0, 1], valueCaption: "Yhteiset verkostot")
    }

    @Test("draws a well-formed SVG with labels, cells, legend and captions")
    func content() throws {
        let svg = try Self.sample().svg()
        guard let doc = Fixtures.parseXML(svg) else { return }
        let text = Fixtures.allText(doc)
        for expected in Self.sectors + ["Sektorien välinen yhteistyö", "Tilanne 2026-11-01", "Lähde: OPH",
                                        "Yhteiset verkostot", "yleissivistävä", "toinen aste"] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        let cells = try doc.nodes(forXPath: "//*[local-name()='rect'][contains(@class,'cell')]")
        #expect(cells.count == 16)
        let missing = try doc.nodes(forXPath: "//*[local-name()='rect'][@class='cell missing']")
        #expect(missing.count == 2)
        let rows = try doc.nodes(forXPath: "//*[local-name()='g'][starts-with(@class,'row')]/@data-row")
        #expect(rows.compactMap(\.stringValue)
                == ["Lukiokoulutus", "Ammatillinen koulutus", "Varhaiskasvatus", "Esi- ja perusopetus"])
        #expect(svg.contains("viewBox=\"0 0 "))
        #expect(svg.contains("data-value=\"7.0\""))
        // The largest value gets the dark end of the scale, the smallest the light end.
        #expect(svg.contains("fill=\"\(Palette.sequentialHigh.hex)\" stroke=\"#FFFFFF\" data-row=\"Ammatillinen koulutus\" data-column=\"Ammatillinen koulutus\""))
        #expect(svg.contains("fill=\"\(Palette.sequentialLow.hex)\" stroke=\"#FFFFFF\" data-row=\"Lukiokoulutus\" data-column=\"Varhaiskasvatus\""))
    }

    @Test("escapes hostile labels and groups")
    func hostile() throws {
        let labels = ["<script>alert(1)</script>", "\"><svg onload=x>", "&amp; \\N", String(repeating: "ö", count: 100_000),
                      "javascript:alert(1)", "nul\u{0}\u{1B}", "🎓 רשת"]
        let n = labels.count
        let values = (0..<n).map { i in (0..<n).map { j in Double(i * j) } }
        let map = Heatmap(title: labels[0], subtitle: labels[1], source: labels[2], labels: labels, values: values,
                          groups: labels, order: Array((0..<n).reversed()), valueCaption: labels[1])
        let svg = try map.svg()
        guard let doc = Fixtures.parseXML(svg) else { return }
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<svg onload"))
        for (name, value) in Fixtures.attributes(doc) {
            #expect(!name.lowercased().hasPrefix("on") && !name.contains("href"), "attribute \(name)")
            // Data may say "javascript:" as text or in a data-* attribute, never in a URL-bearing one.
            if !name.hasPrefix("data-") { #expect(!value.lowercased().contains("javascript:"), "javascript: in \(name)") }
        }
        #expect(Fixtures.allText(doc).contains("<script>alert(1)</script>"))
        #expect(svg.utf8.count < 200_000, "a 100,000-character label is shortened")
    }

    @Test("rejects a matrix that does not match the labels")
    func invalid() {
        #expect(throws: RenderError.self) { try Heatmap(title: "t", labels: ["a", "b"], values: [[1, 2]]).svg() }
        #expect(throws: RenderError.self) { try Heatmap(title: "t", labels: ["a"], values: [[1]], order: [1]).svg() }
        #expect(throws: RenderError.self) { try Heatmap(title: "t", labels: ["a"], values: [[1]], groups: []).svg() }
    }

    @Test("formats values with the requested decimal separator")
    func decimals() throws {
        let map = Heatmap(title: "t", labels: ["a"], values: [[0.25]], decimals: 2, decimalSeparator: ",")
        let svg = try map.svg()
        #expect(svg.contains(">0,25</text>"))
    }
}
