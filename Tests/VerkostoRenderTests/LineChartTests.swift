import Foundation
import FoundationXML
import Testing
@testable import VerkostoRender

@Suite("LineChart")
struct LineChartTests {
    static func sample() -> LineChart {
        LineChart(title: "Sektorirajat ylittävä yhteistyö", subtitle: "2022–2026", source: "Lähde: OPH",
                  ticks: ["2022", "2023", "2024", "2025", "2026"],
                  series: [.init(name: "E-I-indeksi", values: [-0.4, -0.3, nil, -0.1, 0.05]),
                           .init(name: "Yhteiset jäsenet", values: [0.1, 0.2, 0.3, 0.35, 0.5], dashed: true),
                           .init(name: "Tyhjä", values: [nil, nil, nil, nil, nil])],
                  xAxisLabel: "Vuosi", yAxisLabel: "Osuus")
    }

    @Test("draws a well-formed SVG with one group per series, axes and legend")
    func content() throws {
        let svg = try Self.sample().svg()
        guard let doc = Fixtures.parseXML(svg) else { return }
        let groups = try doc.nodes(forXPath: "//*[local-name()='g'][starts-with(@class,'series')]")
        #expect(groups.count == 3)
        let text = Fixtures.allText(doc)
        for expected in ["Sektorirajat ylittävä yhteistyö", "2022–2026", "Lähde: OPH", "Vuosi", "Osuus",
                         "2022", "2026", "E-I-indeksi", "Yhteiset jäsenet"] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        // The gap in the first series splits its line into two paths.
        let firstPaths = try doc.nodes(forXPath: "//*[local-name()='g'][@data-series='E-I-indeksi']/*[local-name()='path']")
        #expect(firstPaths.count == 2)
        let points = try doc.nodes(forXPath: "//*[local-name()='circle']")
        #expect(points.count == 9)
        #expect(svg.contains("stroke-dasharray=\"6 4\""))
        // Negative values get a y axis below zero.
        #expect(text.contains("−0.4") || text.contains("−0.5"))
    }

    @Test("escapes hostile names and ticks")
    func hostile() throws {
        let chart = LineChart(title: "<script>alert(1)</script>", subtitle: "\"><svg onload=x>", source: "&amp;",
                              ticks: ["javascript:alert(1)", "\\N", String(repeating: "å", count: 100_000)],
                              series: [.init(name: "<b>bold</b> & \u{0}", values: [1, 2, 3]),
                                       .init(name: "🎓 רשת", values: [3, .nan, 1])],
                              xAxisLabel: "<x>", yAxisLabel: "'y'")
        let svg = try chart.svg()
        guard let doc = Fixtures.parseXML(svg) else { return }
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<b>"))
        for (name, value) in Fixtures.attributes(doc) {
            #expect(!name.lowercased().hasPrefix("on") && !name.contains("href"), "attribute \(name)")
            // Data may say "javascript:" as text or in a data-* attribute, never in a URL-bearing one.
            if !name.hasPrefix("data-") { #expect(!value.lowercased().contains("javascript:"), "javascript: in \(name)") }
        }
        #expect(Fixtures.allText(doc).contains("<b>bold</b> &"))
    }

    @Test("rejects a series whose length differs from the ticks")
    func invalid() {
        #expect(throws: RenderError.self) {
            try LineChart(title: "t", ticks: ["a", "b"], series: [.init(name: "s", values: [1])]).svg()
        }
    }

    @Test("nice ticks cover the data with round steps")
    func ticks() {
        #expect(niceTicks(low: 0, high: 0.87) == [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1] || niceTicks(low: 0, high: 0.87).count == 6)
        let t = niceTicks(low: 3, high: 97)
        #expect(t.first! <= 3 && t.last! >= 97)
        #expect(t == [0, 20, 40, 60, 80, 100])
        let flat = niceTicks(low: 5, high: 5)
        #expect(flat.count >= 2 && flat.first! <= 5 && flat.last! >= 5)
    }
}
