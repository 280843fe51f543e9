import ArgumentParser
import Foundation
import VerkostoAnalysis
import VerkostoExchange
import VerkostoGraph
import VerkostoModel
import VerkostoSupport

extension ExportFormat: ExpressibleByArgument {}
extension ExportGraphKind: ExpressibleByArgument {}
extension CollaborationKind: ExpressibleByArgument {}

extension Verkosto {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a graph for other tools: GraphML (yEd, NetworkX, igraph), GEXF (Gephi), node-link JSON (NetworkX, D3) or CSV.",
            discussion: """
                --graph two-mode (default): organisations and networks, one edge per membership (role, \
                since, until). networks: networks tied by shared members and collaborations (weight, \
                shared_members, collaborations). organisations: organisations tied by shared networks (weight).

                Without --at the whole history is written: every network and membership with its dates \
                (an organisation that left and came back has two parallel edges). With --at, the \
                snapshot on that day. Nodes carry kind (network/organisation), label (in --lang), names \
                in fi/sv/en, sector and its names and colour, org_kind, municipality, region and their \
                names; --with-metrics adds degree, strength, betweenness, closeness, harmonic, \
                eigenvector and pagerank (as `verkosto centrality`; weighted by --weight on one-mode graphs).

                GEXF colours nodes by sector (viz:color, the maps' Okabe–Ito colours); --dynamic adds \
                spells from the since/until dates (mode="dynamic", timeformat="date") for Gephi's timeline. \
                JSON is node-link data as NetworkX 3.6 node_link_graph reads by default (edges under \
                "edges"; for D3: d3.forceLink(graph.edges).id(d => d.id)). CSV writes two tables: \
                -o out.csv gives out-nodes.csv and out-edges.csv; -o DIR/ gives DIR/nodes.csv and \
                DIR/edges.csv. The folder must exist; files are replaced atomically.

                Examples:
                  verkosto export graphml -o oph.graphml --with-metrics
                  verkosto export gexf -o oph.gexf --dynamic
                  verkosto export json --graph networks --weight jaccard --at 2025 -o networks.json
                  verkosto export csv -o tables/
                """)

        @Argument(help: "The format: graphml, gexf, json or csv.")
        var format: ExportFormat

        @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp(
            "The file to write (for csv: NAME.csv or DIR/, see below).", valueName: "file"))
        var output: String

        @Option(help: "The graph: two-mode, networks or organisations.")
        var graph: ExportGraphKind = .twoMode

        @Option(name: .customLong("at"), help: ArgumentHelp(
            "The snapshot day: YYYY-MM-DD or a year (default: the whole history).", valueName: "date"))
        var date: Day?

        @Flag(help: "Add centrality measures as node attributes.")
        var withMetrics = false

        @Option(help: "How shared members weigh a tie: count, jaccard, overlap or newman.")
        var weight: ProjectionWeighting = .count

        @Option(help: "What ties networks (--graph networks): members, collaborations or both.")
        var ties: NetworkTies = .both

        @Flag(help: "GEXF: add spells from the since/until dates, for Gephi's timeline.")
        var dynamic = false

        @OptionGroup var language: LanguageOptions
        @OptionGroup var database: DatabaseOptions

        func validate() throws {

            if dynamic && format != .gexf { throw ValidationError("--dynamic is for gexf only") }
            if dynamic && date != nil { throw ValidationError("--dynamic writes the whole history; leave out --at") }
        }

        func run() throws {
            var atlas = try database.open().load()
            if let date { atlas = atlas.at(date) }
            let exported = try atlas.exchangeGraph(GraphExportOptions(
                graph: graph, weighting: weight, ties: ties, language: language.language,
                withMetrics: withMetrics, dynamic: dynamic))
            let files = try ExchangeOutput.write(exported, as: format, to: output)
            Swift.print("wrote \(exported.nodes.count) nodes and \(exported.edges.count) edges to "
                        + files.joined(separator: " and "))
        }
    }
}
