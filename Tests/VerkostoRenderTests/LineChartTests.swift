import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import VerkostoRender

@Suite struct LineChartTests {
    static let chart = LineChart(
        title: "Osuudet <&> \"äöå\"", xLabels: ["2022", "2023", "2024"], xAxisTitle: "vuosi", yAxisTitle: "osuus (%)",
        series: [
            .init(name: "Sektorirajat ylittävät", values: [0.27, 0.33, 0.38]),
            .init(name: "Maaseutu & <kunnat>", values: [0.2, nil, 0.32]),
            .init(name: "Tyhjä", values: [nil, nil, nil]),
        ],
        format: .percent, yRange: 0...1)

    static func parse(_ svg: String) throws -> XMLDocument {
        try XMLDocument(data: Data(svg.utf8), options: [])
    }

    @Test func isWellFormedWithOneGroupPerSeries() throws {
        let document = try Self.parse(Self.chart.svg())
        let series = try document.nodes(forXPath: "//*[local-name()='g'][@class='series']")
        #expect(series.count == 3)
        let names = try series.compactMap { try $0.nodes(forXPath: "@data-name").first?.stringValue }
        #expect(names == ["Sektorirajat ylittävät", "Maaseutu & <kunnat>", "Tyhjä"])
        // Hostile text survives escaping and reads back the same.
        let title = try document.nodes(forXPath: "//*[local-name()='text'][@class='title']").first?.stringValue
        #expect(title == "Osuudet <&> \"äöå\"")
    }

    @Test func aMissingValueBreaksTheLine() throws {
        let document = try Self.parse(Self.chart.svg())
        let paths = try document.nodes(forXPath: "//*[local-name()='g'][@class='series']")
            .map { try $0.nodes(forXPath: "./*[local-name()='path']").count }
        let markers = try document.nodes(forXPath: "//*[local-name()='g'][@class='series']")
            .map { try $0.nodes(forXPath: "./*[local-name()='circle']").count }
        #expect(paths == [1, 2, 0])
        #expect(markers == [3, 2, 0])
    }

    @Test func axesAreLabelledAndLegendNamesEverySeries() throws {
        let document = try Self.parse(Self.chart.svg())
        let axisTitles = try document.nodes(forXPath: "//*[local-name()='text'][@class='axis-title']").map(\.stringValue)
        #expect(axisTitles.contains("vuosi") && axisTitles.contains("osuus (%)"))
        let ticks = try document.nodes(forXPath: "//*[local-name()='g'][@class='axis x']/*[local-name()='text']").compactMap(\.stringValue)
        #expect(Array(ticks.prefix(3)) == ["2022", "2023", "2024"])
        let yTicks = try document.nodes(forXPath: "//*[local-name()='g'][@class='axis y']/*[local-name()='text']").compactMap(\.stringValue)
        #expect(yTicks.contains("0 %") && yTicks.contains("100 %"))
        let legend = try document.nodes(forXPath: "//*[local-name()='g'][@class='legend']/*[local-name()='text']").compactMap(\.stringValue)
        #expect(legend == ["Sektorirajat ylittävät", "Maaseutu & <kunnat>", "Tyhjä"])
    }

    @Test func stackedChartsShareOneDocument() throws {
        var second = Self.chart
        second.series = [.init(name: "Verkostot", values: [34, 39, 40])]
        second.format = .number
        second.yRange = nil
        let document = try Self.parse(LineChart.svg(stacking: [Self.chart, second]))
        #expect(try document.nodes(forXPath: "//*[local-name()='g'][@class='chart']").count == 2)
        #expect(try document.nodes(forXPath: "//*[local-name()='g'][@class='series']").count == 4)
    }

    @Test func ticksAreRoundNumbers() {
        let unit = LineChart.ticks(0, 1)
        #expect(unit.count == 6 && unit.first == 0 && abs(unit.last! - 1) < 1e-9)
        #expect(LineChart.ticks(80, 160) == [80, 100, 120, 140, 160])
        #expect(LineChart.ticks(-1, 1) == [-1, -0.5, 0, 0.5, 1])
    }
}
