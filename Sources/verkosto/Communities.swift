import ArgumentParser
import VerkostoAnalysis
import VerkostoGraph
import VerkostoModel
import VerkostoSupport

extension Verkosto {
    struct Communities: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Communities of networks (or organisations): groups more tied inside than outside.",
            discussion: """
                Louvain (Blondel et al. 2008) or Leiden (Traag, Waltman & van Eck 2019) on the weighted \
                graph, maximising modularity with resolution γ (--resolution; larger gives more, smaller \
                communities). Results repeat exactly for the same --seed. Rows: every vertex with its \
                community, communities numbered from 0 by size. The table ends with the modularity.

                Compare communities with sectors with `verkosto gaps --kind communities`.

                Examples:
                  verkosto communities
                  verkosto communities --method leiden --resolution 1.5 --seed 7 --format json
                  verkosto communities --edges karate.csv
                """)

        enum Method: String, ExpressibleByArgument, CaseIterable { case louvain, leiden }
        enum GraphKind: String, ExpressibleByArgument, CaseIterable { case networks, organisations }

        @Option(help: "louvain or leiden.")
        var method: Method = .louvain

        @Option(help: "Resolution γ of modularity (default 1).")
        var resolution: Double = 1

        @Option(help: "Seed of the random order; the same seed gives the same communities.")
        var seed: UInt64 = 1

        @Option(help: "The graph: networks or organisations.")
        var graph: GraphKind = .networks

        @Option(help: "How shared members weigh a tie: count, jaccard, overlap or newman.")
        var weight: ProjectionWeighting = .count

        @Option(help: "What ties networks: members, collaborations or both.")
        var ties: NetworkTies = .both

        @OptionGroup var source: GraphSourceOptions
        @OptionGroup var language: LanguageOptions
        @OptionGroup var output: OutputFormatOptions

        func validate() throws {
            guard resolution.isFinite, resolution > 0 else { throw ValidationError("--resolution must be a positive number") }
        }

        func run() throws {
            let lang = language.language
            let labelled: LabelledGraph
            switch try source.load(language: lang) {
            case .edges(let given): labelled = given
            case .affiliations(let twoMode):
                let side: BipartiteGraph.Side = graph == .networks ? .right : .left
                labelled = LabelledGraph(graph: try project(twoMode.graph, onto: side, weighting: weight),
                                         ids: side == .right ? twoMode.networkIds : twoMode.organisationIds,
                                         labels: side == .right ? twoMode.networkLabels : twoMode.organisationLabels,
                                         weightsAreSimilarities: true)
            case .atlas(let atlas):
                labelled = graph == .networks
                    ? NetworkGraphView(atlas: atlas, ties: ties, weighting: weight, language: lang).labelled
                    : try atlas.organisationGraph(weighting: weight, language: lang)
            }
            let partition = method == .louvain
                ? louvain(labelled.graph, resolution: resolution, seed: seed)
                : leiden(labelled.graph, resolution: resolution, seed: seed)
            var table = Table(columns: ["id", "label", "community", "community_size"])
            let sizes = partition.sizes
            let order = labelled.ids.indices.sorted {
                let (a, b) = (partition.membership[$0], partition.membership[$1])
                return a != b ? a < b : labelled.ids[$0] < labelled.ids[$1]
            }
            for v in order {
                let community = Int(partition.membership[v])
                table.append([.text(labelled.ids[v]), .text(labelled.labels[v]), .integer(community), .integer(sizes[community])])
            }
            table.print(output.format)
            if output.format == .table {
                print("\(partition.count) communities, modularity \(Table.format(partition.modularity)) (\(method.rawValue), resolution \(Table.format(resolution)), seed \(seed))")
            }
        }
    }
}
