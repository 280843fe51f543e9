import ArgumentParser
import VerkostoAnalysis
import VerkostoGraph
import VerkostoModel
import VerkostoSupport

extension Verkosto {
    struct Centrality: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Centrality of networks or organisations: who is central, who holds the field together.",
            discussion: """
                Measures follow NetworkX's definitions and defaults: degree (normalised by n−1), strength \
                (sum of tie weights), betweenness (Brandes, normalised), closeness (Wasserman–Faust for \
                disconnected graphs), harmonic, eigenvector (unit length), pagerank (damping 0.85). \
                On --graph two-mode, degree, betweenness and closeness use the Borgatti–Everett two-mode \
                normalisation.

                Weights (--weight): none, or how shared members are weighed: count, jaccard, overlap, \
                newman. Path measures (betweenness, closeness, harmonic) read a tie's weight w as the \
                distance 1/w, so stronger ties are shorter; strength, eigenvector and pagerank read it as \
                strength. With --edges, --weight given uses the file's weights (as distances for path \
                measures, as NetworkX does).

                Structural holes: constraint (Burt; low is a broker), effective_size and efficiency. \
                brokerage counts the open two-paths a vertex brokers (Gould & Fernandez, as R's \
                sna::brokerage, undirected ties read as two arcs), with groups by sector for networks \
                and by kind for organisations, and adds the five roles as columns: coordinator, \
                itinerant, representative, gatekeeper, liaison. "all" leaves brokerage out; ask for it.

                Examples:
                  verkosto centrality --measure betweenness,pagerank --top 10
                  verkosto centrality --graph two-mode --at 2024 --format json
                  verkosto centrality --edges karate.csv --measure all
                """)

        enum GraphKind: String, ExpressibleByArgument, CaseIterable {
            case networks, organisations, twoMode = "two-mode"
        }

        enum WeightChoice: String, ExpressibleByArgument, CaseIterable {
            case none, count, jaccard, overlap, newman, given
            var weighting: ProjectionWeighting? { ProjectionWeighting(rawValue: rawValue) }
        }

        @Option(help: "The graph: networks, organisations or two-mode.")
        var graph: GraphKind = .networks

        @Option(help: ArgumentHelp("Comma-separated measures, or all: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ",")).",
                                   valueName: "list"))
        var measure: String = "all"

        @Option(help: "Tie weights: none, count, jaccard, overlap, newman (or given, with --edges).")
        var weight: WeightChoice = .none

        @Option(help: "What ties networks: members, collaborations or both.")
        var ties: NetworkTies = .both

        @Option(help: "Show only the N highest by the first measure.")
        var top: Int?

        @Option(help: "Threads for betweenness and closeness (default: all cores).")
        var threads: Int?

        @OptionGroup var source: GraphSourceOptions
        @OptionGroup var language: LanguageOptions
        @OptionGroup var output: OutputFormatOptions

        func validate() throws {
            _ = try measures()
            if let top, top < 1 { throw ValidationError("--top must be at least 1") }
            if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
            if weight == .given && source.edgesFile == nil {
                throw ValidationError("--weight given needs --edges; use count, jaccard, overlap or newman")
            }
            if source.edgesFile != nil && ![.none, .given].contains(weight) {
                throw ValidationError("--edges graphs carry their own weights: use --weight given or none")
            }
        }

        func measures() throws -> [CentralityMeasure] {
            if measure == "all" { return CentralityMeasure.allCases.filter { $0 != .brokerage } }
            return try measure.split(separator: ",").map {
                let name = $0.trimmingCharacters(in: .whitespaces)
                guard let value = CentralityMeasure(rawValue: name) else {
                    throw ValidationError("--measure: unknown measure '\(name)'; expected one of \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")) or all")
                }
                return value
            }
        }

        func run() throws {
            let measures = try measures()
            let lang = language.language
            let table: CentralityTable
            switch try source.load(language: lang) {
            case .edges(let graph):
                table = try centralityTable(graph, measures: measures, weighted: weight == .given, threads: threads)
            case .affiliations(let twoMode):
                table = try compute(twoMode: twoMode, atlas: nil, measures: measures)
            case .atlas(let atlas):
                table = try compute(twoMode: nil, atlas: atlas, measures: measures)
            }
            Self.rows(table, top: top, showKind: graph == .twoMode).print(output.format)
        }

        private func compute(twoMode given: LabelledTwoMode?, atlas: Atlas?, measures: [CentralityMeasure]) throws -> CentralityTable {
            let lang = language.language
            let weighting = weight.weighting ?? .count
            switch graph {
            case .twoMode:
                let twoMode = given ?? atlas!.twoModeGraph(language: lang)
                return try twoModeCentralityTable(twoMode, measures: measures, threads: threads)
            case .networks:
                if let atlas {
                    let view = NetworkGraphView(atlas: atlas, ties: ties, weighting: weighting, language: lang)
                    return try centralityTable(view.labelled, measures: measures, weighted: weight != .none, threads: threads)
                }
                let twoMode = given!
                let projected = try project(twoMode.graph, onto: .right, weighting: weighting)
                let graph = LabelledGraph(graph: projected, ids: twoMode.networkIds, labels: twoMode.networkLabels,
                                          kinds: nil, weightsAreSimilarities: true)
                return try centralityTable(graph, measures: measures, weighted: weight != .none, threads: threads)
            case .organisations:
                let graph: LabelledGraph
                if let atlas {
                    graph = try atlas.organisationGraph(weighting: weighting, language: lang)
                } else {
                    let twoMode = given!
                    graph = LabelledGraph(graph: try project(twoMode.graph, onto: .left, weighting: weighting),
                                          ids: twoMode.organisationIds, labels: twoMode.organisationLabels,
                                          kinds: nil, weightsAreSimilarities: true)
                }
                return try centralityTable(graph, measures: measures, weighted: weight != .none, threads: threads)
            }
        }

        /// One row per vertex: id, label, kind (two-mode only), then one column per measure.
        static func rows(_ table: CentralityTable, top: Int?, showKind: Bool) -> Table {
            var columns = ["id", "label"]
            if showKind { columns.append("kind") }
            columns += table.measures.map(\.rawValue)
            if table.roles != nil { columns += ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"] }
            var out = Table(columns: columns)
            for v in table.ranking(top: top) {
                var row: [Table.Cell] = [.text(table.ids[v]), .text(table.labels[v])]
                if showKind { row.append(.text(table.kinds[v])) }
                row += table.values.map { .number($0[v]) }
                if let roles = table.roles {
                    row += [roles.coordinator[v], roles.itinerant[v], roles.representative[v], roles.gatekeeper[v],
                            roles.liaison[v]].map { .integer($0) }
                }
                out.append(row)
            }
            return out
        }
    }
}
