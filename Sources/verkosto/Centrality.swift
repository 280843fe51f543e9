import ArgumentParser
import Foundation
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
                itinerant, representative, gatekeeper, liaison. "all" leaves brokerage out; ask for it \
                (--measure all,brokerage).

                Big graphs: exact betweenness costs one search per vertex (minutes on 100,000 \
                organisations). Before such a run the command says how long it will take; on a \
                terminal a bar shows the time left. --sample K estimates betweenness, closeness and \
                harmonic from K sources drawn with --seed (Brandes & Pich 2007; Eppstein & Wang 2004), \
                scaled as NetworkX's k= does; the columns are then betweenness_estimate and so on. \
                The organisation graph is a projection of memberships limited to --pair-budget pairs; \
                --min keeps only the stronger ties.

                Examples:
                  verkosto centrality --measure betweenness,pagerank --top 10
                  verkosto centrality --graph two-mode --at 2024 --format json
                  verkosto centrality --edges karate.csv --measure all
                  verkosto centrality --graph organisations --measure betweenness --sample 500 --seed 7 --top 20
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

        @Option(help: "Threads for betweenness, closeness and harmonic (default: all cores); the values do not depend on it.")
        var threads: Int?

        @Option(help: ArgumentHelp(
            "Estimate betweenness, closeness and harmonic from K sampled sources instead of all (Brandes & Pich 2007): "
                + "far faster on big graphs; the columns are then named *_estimate.", valueName: "K"))
        var sample: Int?

        @Option(help: "Seed of the sampled sources (with --sample; default 1): the same seed gives the same estimate.")
        var seed: UInt64?

        @Option(name: .customLong("min"), help: ArgumentHelp(
            "With --graph organisations: keep only ties of at least this weight (2: organisations sharing two or more networks).",
            valueName: "weight"))
        var minimumWeight: Double?

        @Option(name: .customLong("pair-budget"), help: ArgumentHelp(
            "With --graph organisations: the most organisation pairs the projection may keep "
                + "(default \(defaultProjectionPairBudget), about 0.5 GB).", valueName: "pairs"))
        var pairBudget: Int?

        @OptionGroup var source: GraphSourceOptions
        @OptionGroup var language: LanguageOptions
        @OptionGroup var output: OutputFormatOptions

        func validate() throws {
            _ = try measures()
            if let top, top < 1 { throw ValidationError("--top must be at least 1") }
            if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
            if let sample, sample < 1 { throw ValidationError("--sample must be at least 1") }
            if seed != nil && sample == nil { throw ValidationError("--seed needs --sample") }
            if weight == .given && source.edgesFile == nil {
                throw ValidationError("--weight given needs --edges; use count, jaccard, overlap or newman")
            }
            if source.edgesFile != nil && ![.none, .given].contains(weight) {
                throw ValidationError("--edges graphs carry their own weights: use --weight given or none")
            }
            if minimumWeight != nil || pairBudget != nil {
                guard graph == .organisations, source.edgesFile == nil else {
                    throw ValidationError("--min and --pair-budget apply to --graph organisations (the projection of memberships)")
                }
            }
            if let minimumWeight, !minimumWeight.isFinite { throw ValidationError("--min must be a finite number") }
            if let pairBudget, pairBudget < 1 { throw ValidationError("--pair-budget must be at least 1") }
        }

        /// The measures of --measure in order, each once; `all` stands for every measure but
        /// brokerage and can be combined with others (`all,brokerage`).
        func measures() throws -> [CentralityMeasure] {
            var out: [CentralityMeasure] = []
            for part in measure.split(separator: ",", omittingEmptySubsequences: false) {
                let name = part.trimmingCharacters(in: .whitespaces)
                let named: [CentralityMeasure]
                if name == "all" {
                    named = CentralityMeasure.allCases.filter { $0 != .brokerage }
                } else if let value = CentralityMeasure(rawValue: name) {
                    named = [value]
                } else {
                    throw ValidationError("--measure: unknown measure '\(name)'; expected one of \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")) or all")
                }
                for m in named where !out.contains(m) { out.append(m) }
            }
            return out
        }

        /// The sources of the path measures: all, or --sample pivots drawn with --seed.
        var sources: SourceSelection {
            sample.map { .sample(count: $0, seed: seed ?? 1) } ?? .all
        }

        /// The graph the measures run on.
        private enum Prepared {
            case oneMode(LabelledGraph, weighted: Bool)
            case twoMode(LabelledTwoMode)
        }

        func run() throws {
            let measures = try measures()
            let prepared: Prepared
            switch try source.load(language: language.language) {
            case .edges(let graph): prepared = .oneMode(graph, weighted: weight == .given)
            case .affiliations(let twoMode): prepared = try prepare(twoMode: twoMode, atlas: nil)
            case .atlas(let atlas): prepared = try prepare(twoMode: nil, atlas: atlas)
            }
            let (pathGraph, weighted): (Graph, Bool)
            switch prepared {
            case let .oneMode(graph, weighted: w): (pathGraph, weighted) = (graph.graph, w)
            case let .twoMode(twoMode): (pathGraph, weighted) = (twoMode.graph.unifiedGraph(), false)
            }
            let sources = sources
            let estimates = estimatedCentralityWork(pathGraph, measures: measures, weighted: weighted, sources: sources,
                                                    threads: threads)
            var watchers: [CentralityMeasure: ComputationProgress] = [:]
            for estimate in estimates {
                let announced = estimate.seconds > ComputationProgress.longRun
                if announced { Terminal.warning(Self.longRunWarning(estimate, seconds: estimate.seconds, sampled: sample != nil)) }
                let sampled = sample != nil
                watchers[estimate.measure] = ComputationProgress(estimate.measure.rawValue, warned: announced) { seconds in
                    Terminal.warning(Self.longRunWarning(estimate, seconds: seconds, sampled: sampled))
                }
            }
            let watching = watchers
            let progress: CentralityProgress = { measure, done, total in watching[measure]?.update(done, total) }
            let table: CentralityTable
            switch prepared {
            case let .oneMode(graph, weighted: w):
                table = try centralityTable(graph, measures: measures, weighted: w, threads: threads, sources: sources,
                                            progress: progress)
            case let .twoMode(twoMode):
                table = try twoModeCentralityTable(twoMode, measures: measures, threads: threads, sources: sources,
                                                   progress: progress)
            }
            Terminal.clearProgress()
            var estimated: Set<CentralityMeasure> = []
            if let sample, sample < pathGraph.vertexCount {
                estimated = CentralityMeasure.pathBased.intersection(measures)
                if !estimated.isEmpty {
                    let names = measures.filter(estimated.contains).map(\.rawValue).joined(separator: ", ")
                    Terminal.warning("note: \(names) estimated from \(Terminal.count(sample)) sampled sources of "
                                     + "\(Terminal.count(pathGraph.vertexCount)) (seed \(seed ?? 1)); leave out --sample for exact values")
                }
            }
            Self.rows(table, top: top, showKind: graph == .twoMode, estimated: estimated).print(output.format)
        }

        /// What a user reads before (or early in) a long computation: the estimate, and how to go faster.
        static func longRunWarning(_ estimate: CentralityWorkEstimate, seconds: Double, sampled: Bool) -> String {
            let what = sampled ? "\(estimate.measure.rawValue) from \(Terminal.count(estimate.sources)) sources"
                : "exact \(estimate.measure.rawValue) of \(Terminal.count(estimate.vertices)) vertices"
            var faster: [String] = []
            let scaled = estimate.with(seconds: seconds)
            if let pivots = scaled.pivots(forSeconds: 10) {
                faster.append("--sample \(pivots) estimates it in about \(Terminal.duration(seconds * Double(pivots) / Double(max(1, estimate.sources))))")
            }
            faster.append("leave \(estimate.measure.rawValue) out of --measure")
            return "warning: \(what) will take about \(Terminal.duration(seconds)); " + faster.joined(separator: ", or ")
        }

        private func prepare(twoMode given: LabelledTwoMode?, atlas: Atlas?) throws -> Prepared {
            let lang = language.language
            let weighting = weight.weighting ?? .count
            switch graph {
            case .twoMode:
                return .twoMode(given ?? atlas!.twoModeGraph(language: lang))
            case .networks:
                if let atlas {
                    let view = NetworkGraphView(atlas: atlas, ties: ties, weighting: weighting, language: lang)
                    return .oneMode(view.labelled, weighted: weight != .none)
                }
                let twoMode = given!
                let projected = try project(twoMode.graph, onto: .right, weighting: weighting)
                let graph = LabelledGraph(graph: projected, ids: twoMode.networkIds, labels: twoMode.networkLabels,
                                          kinds: nil, weightsAreSimilarities: true)
                return .oneMode(graph, weighted: weight != .none)
            case .organisations:
                let budget = pairBudget ?? defaultProjectionPairBudget
                do {
                    let graph: LabelledGraph
                    if let atlas {
                        graph = try atlas.organisationGraph(weighting: weighting, minimumWeight: minimumWeight,
                                                            pairBudget: budget, language: lang)
                    } else {
                        let twoMode = given!
                        graph = LabelledGraph(graph: try project(twoMode.graph, onto: .left, weighting: weighting,
                                                                 minimumWeight: minimumWeight, pairBudget: budget),
                                              ids: twoMode.organisationIds, labels: twoMode.organisationLabels,
                                              kinds: nil, weightsAreSimilarities: true)
                    }
                    return .oneMode(graph, weighted: weight != .none)
                } catch let error as ProjectionTooLargeError {
                    throw CommandError(.failure, Self.budgetMessage(error, minimumWeight: minimumWeight, weighting: weighting))
                }
            }
        }

        /// The pair-budget error in this command's own options.
        static func budgetMessage(_ error: ProjectionTooLargeError, minimumWeight: Double?,
                                  weighting: ProjectionWeighting) -> String {
            let suggestedMinimum = weighting == .count ? "2" : "0.2"
            let minimumAdvice = minimumWeight.map { "a higher --min than \(Table.format($0))" }
                ?? "--min \(suggestedMinimum) (only ties of at least that weight)"
            return "the organisation graph would keep \(Terminal.count(error.pairs)) organisation pairs, over the budget of "
                + "\(Terminal.count(error.budget)); use \(minimumAdvice), a --pair-budget of at least \(error.pairs) "
                + "(about 25 bytes a pair), or --graph networks or two-mode"
        }

        /// One row per vertex: id, label, kind (two-mode only), then one column per measure; the
        /// columns of `estimated` measures are named `measure_estimate`.
        static func rows(_ table: CentralityTable, top: Int?, showKind: Bool,
                         estimated: Set<CentralityMeasure> = []) -> Table {
            var columns = ["id", "label"]
            if showKind { columns.append("kind") }
            columns += table.measures.map { estimated.contains($0) ? $0.rawValue + "_estimate" : $0.rawValue }
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
