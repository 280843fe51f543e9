import ArgumentParser
import VerkostoAnalysis
import VerkostoGraph
import VerkostoModel
import VerkostoSupport

extension Verkosto {
    struct Overlap: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Pairs of networks that share members, with every overlap measure.",
            discussion: """
                Columns: a, b (network ids), shared (members in common), jaccard (shared / union), \
                overlap (shared / the smaller network), newman (Σ 1/(k−1) over shared members, k the \
                member's network count), then a_name and b_name. Definitions as NetworkX's bipartite \
                projections. Rows are ordered by --metric, highest first; --min drops pairs below it.

                Examples:
                  verkosto overlap --metric jaccard --min 0.1
                  verkosto overlap --at 2023 --format csv > overlap-2023.csv
                  verkosto overlap --affiliations memberships.csv --metric newman
                """)

        @Option(help: "Order by, and apply --min to: count, jaccard, overlap or newman.")
        var metric: ProjectionWeighting = .jaccard

        @Option(help: ArgumentHelp("Keep pairs whose --metric is at least this.", valueName: "x"))
        var min: Double?

        @Option(help: "Show only the first N pairs.")
        var top: Int?

        @OptionGroup var source: GraphSourceOptions
        @OptionGroup var language: LanguageOptions
        @OptionGroup var output: OutputFormatOptions

        func validate() throws {
            if source.edgesFile != nil {
                throw ValidationError("overlap needs two-mode data: the database or --affiliations, not --edges")
            }
            if let min, !min.isFinite { throw ValidationError("--min must be a finite number") }
        }

        func run() throws {
            let twoMode: LabelledTwoMode
            switch try source.load(language: language.language) {
            case .atlas(let atlas): twoMode = atlas.twoModeGraph(language: language.language)
            case .affiliations(let given): twoMode = given
            case .edges: throw CommandError(.failure, "overlap needs two-mode data")
            }
            var rows = overlapRows(twoMode, metric: metric, minimum: min)
            if let top { rows = Array(rows.prefix(Swift.max(0, top))) }
            var table = Table(columns: ["a", "b", "shared", "jaccard", "overlap", "newman", "a_name", "b_name"])
            for row in rows {
                table.append([.text(twoMode.networkIds[row.a]), .text(twoMode.networkIds[row.b]), .integer(row.shared),
                              .number(row.jaccard), .number(row.overlap), .number(row.newman),
                              .text(twoMode.networkLabels[row.a]), .text(twoMode.networkLabels[row.b])])
            }
            table.print(output.format)
        }
    }
}
