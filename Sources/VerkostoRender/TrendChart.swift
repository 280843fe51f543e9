import VerkostoAnalysis
import VerkostoModel
import VerkostoSupport

/// The trend chart of the headline indicators, shared by `verkosto trend -o` and the HTML report.
///
/// Three stacked panels: shares in percent (the cross-sector share and the coverage of the
/// leadership networks by municipality type); counts as an index where the first snapshot is
/// 100, so that counts of very different size fit one scale; and the E-I index per sector on
/// its own −1…1 scale, each sector in its colour on the maps (``SectorColours``). Lines that
/// are not sectors are neutral grey with dash patterns. Like the maps, the chart has a title,
/// the range of its snapshots and the source line of the data.
public enum TrendChart {
    /// The chart as SVG text.
    ///
    /// - Parameters:
    ///   - series: the indicators on each snapshot day, oldest first (``trend(_:days:)``).
    ///   - labels: one x-axis label per snapshot ("2024", "2024 Q3").
    ///   - atlas: the Atlas whose sector names label the E-I panel.
    ///   - quarterly: the snapshots are quarter ends, not year ends (axis title only).
    /// - Complexity: O(*snapshots* × *indicators*).
    public static func svg(_ series: [HeadlineIndicators], labels: [String], atlas: Atlas, language: Language,
                           quarterly: Bool = false) -> String {
        let text = Localisation(language)
        let words = text.words
        let lists = series.map(\.indicators)
        let header = LineChart.Header(
            title: words.trendTitle,
            subtitle: series.first?.day.flatMap { first in
                series.last?.day.map { words.snapshotRange(from: first.text(text), to: $0.text(text), count: series.count) }
            },
            source: DomainMap.source(atlas, text: text))
        guard let first = lists.first, !labels.isEmpty else { return LineChart.svg(stacking: [], header: header) }
        func values(_ position: Int) -> [Double?] { lists.map { $0[position].value } }
        var shares: [LineChart.Series] = [], counts: [LineChart.Series] = [], indices: [LineChart.Series] = []
        for (position, indicator) in first.enumerated() {
            let name = indicator.name(text, atlas: atlas)
            switch indicator.kind {
            case .share: shares.append(.init(name: name, values: values(position)))
            case .index:
                // The panel's title says "E-I index"; the legend names the sector only.
                let sector = indicator.subject.map { atlas.sector($0)?.name.text(language) ?? $0 } ?? name
                let colour = indicator.subject.flatMap { Colour(hex: SectorColours.hex(forSector: $0, in: atlas)) }
                indices.append(.init(name: sector, values: values(position), colour: colour))
            case .count:
                let raw = values(position)
                let base = raw.first.flatMap { $0 }
                counts.append(.init(name: name, values: raw.map { value in
                    guard let value, let base, base != 0 else { return nil }
                    return value / base * 100
                }))
            }
        }
        let xTitle = quarterly ? words.endOfQuarter : words.endOfYear
        let charts = [
            LineChart(title: words.sharesPanel, xLabels: labels, xAxisTitle: xTitle,
                      yAxisTitle: words.shareAxis, series: shares, format: .percent,
                      yRange: 0...1),
            LineChart(title: words.countsPanel(base: labels[0]),
                      xLabels: labels, xAxisTitle: xTitle, yAxisTitle: words.indexAxis, series: counts),
            LineChart(title: words.eiIndexPanel,
                      xLabels: labels, xAxisTitle: xTitle, yAxisTitle: "(E − I) / (E + I)", series: indices,
                      yRange: -1...1),
        ]
        return LineChart.svg(stacking: charts, header: header)
    }
}
