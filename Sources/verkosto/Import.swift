import ArgumentParser
import Foundation
import VerkostoExchange
import VerkostoModel
import VerkostoStore
import VerkostoSupport

extension Verkosto {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a data set (a CSV folder or a JSON file) or a graph (GraphML, GEXF), all or nothing.",
            discussion: """
                PATH is a folder of CSV files named as in Data/FORMAT.md (networks.csv, memberships.csv, ...; \
                each optional, but every reference must resolve) or one .json document with one key per table. \
                CSV may use , or ; and may be UTF-8 (with or without BOM) or Windows-1252 (converted, with a warning).

                By default the import MERGES into what the database holds: rows with the same key are \
                updated, others added (keys: id or code; memberships organisation+network+since; \
                network_directions network+direction; collaborations the network pair+kind+since). \
                With --replace, the database is emptied first.

                The resulting data set is validated before anything is committed: one error rolls \
                everything back, and the first error is printed as file:line:column: message. \
                Warnings go to stderr and do not stop the import.

                A .graphml or .gexf file, or a node-link .json file as NetworkX writes (found by its \
                'nodes' array; --graph forces it), is \
                read as a graph: nodes are networks or organisations, told apart by the node attribute \
                --node-kind-attribute (default kind) with values --network-value (network) and \
                --organisation-value (organisation); with no such attribute, every node is a network. \
                Network nodes need sector and since; organisation nodes org_kind and municipality. \
                Organisation–network edges become memberships (role, since, until; since defaults to the \
                network's start). Network–network edges become collaborations when they carry \
                collaboration_kind (or --collaboration-kind is given); others are skipped with a warning. \
                Sectors, municipalities and regions missing from the database are created from the \
                nodes' sector_name_fi, municipality_name_fi, municipality_type, municipality_language, \
                region and region_name_fi. `verkosto export` writes all of these.

                Example:
                  verkosto import Data/oph --db verkosto.sqlite
                  verkosto import oph.graphml --replace --db copy.sqlite
                  verkosto import from-networkx.gexf --node-kind-attribute bipartite --network-value 1 --organisation-value 0
                  verkosto import more-members.json
                  verkosto import Data/oph --replace
                """)

        @Argument(help: ArgumentHelp("A folder of CSV files, a .json file, or a .graphml or .gexf graph.", valueName: "path"))
        var path: String

        @Flag(help: "Read a .json file as a node-link graph (as NetworkX's node_link_data writes); found by itself when the file has 'nodes' and no data-set tables.")
        var graph = false

        @Option(help: ArgumentHelp("Graph files: the node attribute that tells networks from organisations.", valueName: "name"))
        var nodeKindAttribute = "kind"

        @Option(help: ArgumentHelp("Graph files: its value for networks.", valueName: "value"))
        var networkValue = "network"

        @Option(help: ArgumentHelp("Graph files: its value for organisations.", valueName: "value"))
        var organisationValue = "organisation"

        @Option(help: ArgumentHelp("Graph files: the kind of collaboration for network–network edges without collaboration_kind.",
                                   valueName: "kind"))
        var collaborationKind: CollaborationKind?

        @Flag(help: "Empty the database first, instead of merging by key.")
        var replace = false

        @OptionGroup var database: DatabaseOptions

        /// The graph format of `path`, or `nil` for a data set. A .json file is a graph with
        /// --graph, or when it is node-link data (a `nodes` array and no data-set tables).
        var graphFormat: GraphFileFormat? {
            switch GraphFileFormat(path: path) {
            case .graphml?: return .graphml
            case .gexf?: return .gexf
            case .json?: return graph || NodeLinkDetection.isNodeLink(URL(fileURLWithPath: path)) ? .json : nil
            case nil: return nil
            }
        }

        func validate() throws {
            if graph && GraphFileFormat(path: path) == nil {
                throw ValidationError("--graph needs a .graphml, .gexf or .json file")
            }
        }

        func run() throws {
            let summary: ImportSummary
            let store: AtlasDatabase
            if let format = graphFormat {
                // Read the file before the database is opened or created.
                TerminalProgress().begin("reading \(URL(fileURLWithPath: path).lastPathComponent)")
                let read = try format.read(URL(fileURLWithPath: path))
                let databaseExists = FileManager.default.fileExists(atPath: database.path)
                let existing = replace || !databaseExists ? Atlas() : try database.open().load()
                let options = GraphImportOptions(kindAttribute: nodeKindAttribute, networkValue: networkValue,
                                                 organisationValue: organisationValue, collaborationKind: collaborationKind)
                let file = URL(fileURLWithPath: path).lastPathComponent
                let data = try graphDataSet(read, file: file, options: options, existing: existing)
                store = try database.open(create: true)
                summary = try store.importGraphData(data.atlas, file: file, elements: data.elements, warnings: data.warnings,
                                                    mode: replace ? .replace : .merge, progress: TerminalProgress())
            } else {
                store = try database.open(create: true)
                summary = try store.importData(from: URL(fileURLWithPath: path), mode: replace ? .replace : .merge,
                                               progress: TerminalProgress())
            }
            TerminalProgress().begin("done")
            Terminal.clearProgress()
            Terminal.warnings(summary.warnings.map(\.description))
            let read = summary.rowsRead.values.reduce(0, +)
            let memberships = summary.counts["memberships"] ?? 0
            let networks = summary.counts["networks"] ?? 0
            let organisations = summary.counts["organisations"] ?? 0
            Swift.print("\(replace ? "replaced with" : "merged") \(read) rows from \(path) into \(store.path): "
                        + "\(networks) networks, \(organisations) organisations, \(memberships) memberships")
        }
    }
}
