import Foundation
import Testing
import VerkostoAnalysis
import VerkostoSupport
@testable import VerkostoRender

/// The report's markup for every reader (issue 13): ids, captions, landmarks, the sort arrows
/// and the colours of focus and form fields. The browser test (Tests/Browser/report_test.py)
/// runs axe-core and the keyboard over the same page in Chromium.
@Suite("Report accessibility")
struct ReportAccessibilityTests {
    /// WCAG 2.x contrast ratio, worked from the relative luminances of ``Colour``.
    static func contrast(_ a: Colour, _ b: Colour) -> Double {
        let (x, y) = (min(a.luminance, b.luminance), max(a.luminance, b.luminance))
        return (y + 0.05) / (x + 0.05)
    }

    /// The value of a custom property (`--name:#rrggbb`) in the report's style sheet.
    static func property(_ name: String) throws -> Colour {
        let css = ReportTemplate.css.description
        let start = try #require(css.range(of: "--\(name):"), "--\(name) in the style sheet")
        let value = css[start.upperBound...].prefix { $0 != ";" && $0 != "}" }
        return try #require(Colour(hex: String(value)), "--\(name): \(value)")
    }

    @Test("no id occurs twice: every inlined figure has its own prefix", arguments: [Language.fi, .sv, .en])
    func uniqueIDs(_ language: Language) throws {
        guard Fixtures.requireGraphviz() else { return }
        let html = try Report.html(MapAtlases.tiny(), day: MapAtlases.day, language: language)
        let ids = LooseHTML(html).tags.flatMap { tag in tag.attributes.filter { $0.name == "id" }.map(\.value) }
        var seen: [String: Int] = [:]
        for id in ids { seen[id, default: 0] += 1 }
        let twice = seen.filter { $0.value > 1 }.keys.sorted()
        #expect(twice.isEmpty, "ids twice: \(twice.prefix(10))")
        // Each Graphviz drawing names its root `graph0`: once per figure, each under its own prefix.
        let roots = ids.filter { $0.hasSuffix("graph0") }
        #expect(roots.count >= 6)
        #expect(Set(roots.map { $0.dropLast("graph0".count) }).count == roots.count)
        #expect(!ids.contains("graph0") && !ids.contains("legend"))
        // The network cards point at the overview's nodes under its prefix.
        #expect(ids.contains { $0.hasPrefix(Report.overviewIDPrefix + "node&#45;network") })
    }

    @Test("tables have captions, sort arrows are hidden from screen readers, no landmark in main, the map is a group")
    func structure() throws {
        guard Fixtures.requireGraphviz() else { return }
        let html = try Report.html(MapAtlases.tiny(), day: MapAtlases.day, language: .en)
        let tags = LooseHTML(html).tags
        let tables = tags.filter { $0.name == "table" }.count
        #expect(tables >= 5)
        #expect(tags.filter { $0.name == "caption" }.count == tables)
        #expect(html.contains("<caption>Table: "))
        #expect(!tags.contains { $0.name == "aside" })
        let buttons = tags.filter { $0.name == "th" }.count
        let arrows = tags.filter { tag in tag.name == "span" && tag.attributes.contains { $0 == ("class", "sort") } }
        #expect(arrows.count == buttons && buttons > 0)
        #expect(arrows.allSatisfy { $0.attributes.contains { $0 == ("aria-hidden", "true") } })
        #expect(!ReportTemplate.css.description.contains("button::after"), "the arrow is generated inside the aria-hidden span")
        let svgs = tags.filter { $0.name == "svg" }
        let roles = svgs.compactMap { $0.attributes.first { $0.name == "role" }?.value }
        #expect(roles.count == svgs.count)
        #expect(roles.filter { $0 == "group" }.count == 1, "only the interactive map is a group of buttons")
        // The close button's name comes from the page's language, through the card data.
        #expect(html.contains("\"close\":\"Close\""))
        #expect(ReportTemplate.script.description.contains("setAttribute(\"aria-label\",L.close)"))
    }

    @Test("the focus ring reaches 3:1 on its halo, on white and on every sector fill; field borders 3:1 on white")
    func focusColours() throws {
        let focus = try Self.property("focus"), halo = try Self.property("halo"), field = try Self.property("field")
        #expect(Self.contrast(focus, halo) >= 3)
        #expect(halo == .white)
        let fills = (SectorColours.hex + [SectorColours.other]).map { Colour(hex: $0)! } + [.white, Colour(hex: "#F6F7F9")!]
        for fill in fills {
            #expect(Self.contrast(focus, fill) >= 3, "focus ring on \(fill.hex): \(Self.contrast(focus, fill))")
        }
        #expect(Self.contrast(field, .white) >= 3)
        #expect(Self.contrast(field, Colour(hex: "#F6F7F9")!) >= 3)
        // The ring's colours are the properties, and nothing else sets an outline colour.
        let css = ReportTemplate.css.description
        #expect(css.contains(".focus-ring{fill:none;stroke:var(--focus)") && css.contains(".focus-halo{fill:none;stroke:var(--halo)"))
        #expect(css.contains(":focus-visible,button.link:focus-visible,th button:focus-visible{outline:3px solid var(--focus)"))
        #expect(!css.contains("#f59e0b"))
    }
}
