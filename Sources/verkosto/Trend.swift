import ArgumentParser
import Foundation
import VerkostoAnalysis
import VerkostoModel
import VerkostoRender
import VerkostoStore
import VerkostoSupport

extension TrendStep: ExpressibleByArgument {}



extension Verkosto {
    struct Trend: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The headline indicators as a time series, as a table and as an SVG line chart.",
            discussion: """
                Takes a snapshot at the end of each year (31 December) or quarter from --from to --to, \
                and computes the headline indicators on each: active networks, participating \
                organisations, municipalities reached, ties between networks, cross-sector ties and \
                their share, the E-I index of every sector ((E − I) / (E + I) over ties, E = ties \
                with one end in the sector, I = ties with both ends in it), the coverage of the \
                leadership networks by municipality type, direction gaps and isolated networks. \
                A row is active on day d when since ≤ d ≤ until: a membership that ends on a \
                snapshot day still counts that day.

                Output: a table with one row per indicator and one column per snapshot; with \
                --format csv or json, one row per snapshot with one column per indicator (shares as \
                proportions in [0, 1]).

                With -o FILE.svg, also writes a line chart in three panels: shares in percent (the \
                cross-sector share and coverage by municipality type); counts as an index where the \
                first snapshot is 100, so that counts of very different size fit one scale; and the \
                E-I index per sector on its own −1…1 scale. The file is written atomically; a missing \
                folder exits with 73.

                Examples:
                  verkosto trend --from 2022 --to 2026
                  verkosto trend --from 2022 --to 2026 --every quarter -o Graphs/trend.svg --lang en
                """)

        @Option(name: .customLong("from"), help: ArgumentHelp("The first year.", valueName: "year"))
        var fromYear: Int

        @Option(name: .customLong("to"), help: ArgumentHelp("The last year.", valueName: "year"))
        var toYear: Int

        @Option(help: "A snapshot at the end of each year or of each quarter.")
        var every: TrendStep = .year

        @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp(
            "Also write the line chart to this SVG file.", valueName: "file.svg"))
        var chartFile: String?

        @OptionGroup var output: OutputFormatOptions
        @OptionGroup var language: LanguageOptions
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard (1...9999).contains(fromYear), (1...9999).contains(toYear) else {
                throw ValidationError("--from and --to take years such as 2022")
            }
            if toYear < fromYear { throw ValidationError("--from \(fromYear) is after --to \(toYear)") }
            if toYear - fromYear > 100 { throw ValidationError("--from and --to are at most 100 years apart") }
            if let chartFile, URL(fileURLWithPath: chartFile).pathExtension.lowercased() != "svg" {
                throw ValidationError("-o: the chart is SVG; give a file name ending in .svg, got '\(chartFile)'")
            }
        }

        func run() throws {
            if let chartFile {
                // Fail before the work when the chart cannot be written.
                try AtomicFile.checkFolder(of: URL(fileURLWithPath: chartFile))
            }
            let atlas = try database.open().load()
            let days = trendDays(fromYear: fromYear, toYear: toYear, every: every)
            let series = trend(atlas, days: days)
            let text = Localisation(language.language)
            let labels = days.map { Self.label($0, every: every) }
            Self.table(series, labels: labels, atlas: atlas, text: text, format: output.format).print(output.format)
            if let chartFile {
                let svg = Self.chart(series, labels: labels, atlas: atlas, text: text, every: every)
                try AtomicFile.write(svg, to: URL(fileURLWithPath: chartFile))
            }
        }

        /// "2024" for a year, "2024 Q3" for a quarter.
        static func label(_ day: Day, every: TrendStep) -> String {
            every == .year ? String(day.year) : "\(day.year) Q\((day.month + 2) / 3)"
        }

        /// Indicators as rows and snapshots as columns (table), or snapshots as rows (csv, json).
        static func table(_ series: [HeadlineIndicators], labels: [String], atlas: Atlas, text: Localisation,
                          format: OutputFormat) -> Table {
            let lists = series.map(\.indicators)
            guard let first = lists.first else { return Table(columns: ["day"]) }
            if format == .table {
                var table = Table(columns: [text.words.indicatorColumn] + labels)
                for (position, indicator) in first.enumerated() {
                    table.append([.text(indicator.name(text, atlas: atlas))]
                        + lists.map { .text($0[position].valueText(text)) })
                }
                return table
            }
            var table = Table(columns: ["day"] + first.map(\.id))
            for (day, list) in zip(series.map(\.day), lists) {
                table.append([.day(day)] + list.map { indicator in
                    indicator.value.map { .number(($0 * 10_000).rounded() / 10_000) } ?? .empty
                })
            }
            return table
        }

        /// The three-panel chart (``TrendChart``): shares (%), counts as an index, E-I per sector.
        static func chart(_ series: [HeadlineIndicators], labels: [String], atlas: Atlas, text: Localisation,
                          every: TrendStep) -> String {
            TrendChart.svg(series, labels: labels, atlas: atlas, language: text.language, quarterly: every != .year)
        }
    }
}
