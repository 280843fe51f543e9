import VerkostoAnalysis
import VerkostoModel

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
        let strings = MapStrings(language)
        let lists = series.map(\.indicators)
        let header = LineChart.Header(
            title: strings.trendTitle,
            subtitle: series.first?.day.flatMap { first in
                series.last?.day.map { strings.snapshotRange(from: first, to: $0, count: series.count) }
            },
            source: DomainMap.source(atlas, strings: strings))
        guard let first = lists.first, !labels.isEmpty else { return LineChart.svg(stacking: [], header: header) }
        func values(_ position: Int) -> [Double?] { lists.map { $0[position].value } }
        var shares: [LineChart.Series] = [], counts: [LineChart.Series] = [], indices: [LineChart.Series] = []
        for (position, indicator) in first.enumerated() {
            let name = strings.indicatorName(indicator, atlas: atlas)
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
        let t = strings.pick
        let xTitle = quarterly ? t("neljänneksen loppu", "kvartalets slut", "end of quarter")
            : t("vuoden loppu", "årets slut", "end of year")
        let charts = [
            LineChart(title: t("Osuudet", "Andelar", "Shares"), xLabels: labels, xAxisTitle: xTitle,
                      yAxisTitle: t("osuus (%)", "andel (%)", "share (%)"), series: shares, format: .percent,
                      yRange: 0...1),
            LineChart(title: t("Määrät indeksinä (\(labels[0]) = 100)", "Antal som index (\(labels[0]) = 100)",
                               "Counts as an index (\(labels[0]) = 100)"),
                      xLabels: labels, xAxisTitle: xTitle, yAxisTitle: t("indeksi", "index", "index"), series: counts),
            LineChart(title: t("E-I-indeksi sektoreittain", "E-I-index per sektor", "E-I index by sector"),
                      xLabels: labels, xAxisTitle: xTitle, yAxisTitle: "(E − I) / (E + I)", series: indices,
                      yRange: -1...1),
        ]
        return LineChart.svg(stacking: charts, header: header)
    }
}

extension MapStrings {
    /// The name of a municipality type, in the plural ("maaseutumaiset kunnat").
    public func municipalityType(_ key: String) -> String {
        switch key {
        case MunicipalityType.urban.rawValue: return pick("kaupunkimaiset kunnat", "stadskommuner", "urban municipalities")
        case MunicipalityType.semiUrban.rawValue: return pick("taajaan asutut kunnat", "tätortskommuner", "semi-urban municipalities")
        case MunicipalityType.rural.rawValue: return pick("maaseutumaiset kunnat", "landsbygdskommuner", "rural municipalities")
        default: return key
        }
    }

    /// The name of a headline indicator (``Indicator``).
    public func indicatorName(_ indicator: Indicator, atlas: Atlas) -> String {
        switch indicator.key {
        case "networks": return pick("Aktiiviset verkostot", "Aktiva nätverk", "Active networks")
        case "organisations": return pick("Osallistuvat organisaatiot", "Deltagande organisationer", "Participating organisations")
        case "municipalities": return pick("Tavoitetut kunnat", "Nådda kommuner", "Municipalities reached")
        case "ties": return pick("Verkostojen väliset yhteydet", "Band mellan nätverk", "Ties between networks")
        case "cross_sector_ties": return pick("Sektorirajat ylittävät yhteydet", "Sektorsöverskridande band", "Cross-sector ties")
        case "cross_sector_share":
            return pick("Sektorirajat ylittävien yhteyksien osuus", "Andel sektorsöverskridande band", "Share of cross-sector ties")
        case "ei_index":
            let sector = indicator.subject.map { atlas.sector($0)?.name.text(language) ?? $0 } ?? ""
            return pick("E-I-indeksi: ", "E-I-index: ", "E-I index: ") + sector
        case "coverage":
            return pick("Johtamisverkostojen kattavuus: ", "Ledarskapsnätverkens täckning: ", "Leadership coverage: ")
                + municipalityType(indicator.subject ?? "")
        case "direction_gaps":
            return pick("Suuntakatveet (sama suunta, ei yhteyttä)", "Riktningsluckor (samma riktning, inget band)",
                        "Direction gaps (same direction, no tie)")
        case "isolated_networks": return pick("Erilliset verkostot", "Isolerade nätverk", "Isolated networks")
        default: return indicator.id
        }
    }
}
