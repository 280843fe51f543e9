import Foundation
import Testing
import VerkostoAnalysis
import VerkostoExchange
import VerkostoModel
import VerkostoSupport

/// Files Verkosto writes, read by NetworkX (`Fixtures/read_exports.py`), compared with the Atlas
/// they came from; igraph reads the GraphML too. Installs NetworkX and igraph from PyPI when missing.
@Suite(.serialized) struct NetworkXReadsTests {
    /// What NetworkX saw in one graph file: its class, graph values, nodes and edges.
    struct Seen {
        var `class`: String
        var graph: [String: Any]
        var nodes: [String: [String: Any]]
        /// `[u, v, attributes]` per edge.
        var edges: [(String, String, [String: Any])]

        init(_ json: Any?) {
            let object = json as? [String: Any] ?? [:]
            self.class = object["class"] as? String ?? ""
            graph = object["graph"] as? [String: Any] ?? [:]
            nodes = object["nodes"] as? [String: [String: Any]] ?? [:]
            edges = (object["edges"] as? [[Any]] ?? []).map { ($0[0] as! String, $0[1] as! String, $0[2] as? [String: Any] ?? [:]) }
        }
    }

    /// What NetworkX saw in the files of one name.
    struct Files {
        var graphml, gexf, json: Seen
        var jsonKeys: [String]
        var csvNodes: [[String: String]]
        var csvEdges: [[String: String]]
        /// What igraph saw in the GraphML file: vertex and edge counts, and each node's name.
        var igraphCounts: (vertices: Int, edges: Int)
        var igraphNames: [String: String]

        init(_ json: Any?) {
            let object = json as? [String: Any] ?? [:]
            graphml = Seen(object["graphml"])
            gexf = Seen(object["gexf"])
            self.json = Seen(object["json"])
            jsonKeys = object["json_keys"] as? [String] ?? []
            csvNodes = object["csv_nodes"] as? [[String: String]] ?? []
            csvEdges = object["csv_edges"] as? [[String: String]] ?? []
            let igraph = object["igraph"] as? [String: Any] ?? [:]
            igraphCounts = (igraph["vertices"] as? Int ?? -1, igraph["edges"] as? Int ?? -1)
            igraphNames = igraph["names"] as? [String: String] ?? [:]
        }
    }

    struct Output {
        var oph, hostile: Files
        var metricNodes: Int, metricEdges: Int
        var worst: [String: Double]

        init(_ data: Data) throws {
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
            oph = Files(object["oph"])
            hostile = Files(object["hostile"])
            let metrics = object["metrics"] as? [String: Any] ?? [:]
            metricNodes = metrics["nodes"] as? Int ?? -1
            metricEdges = metrics["edges"] as? Int ?? -1
            worst = metrics["worst"] as? [String: Double] ?? [:]
        }
    }

    /// Exports Data/oph and the hostile Atlas in every format, runs NetworkX on them.
    static func readWithNetworkX() throws -> (oph: Atlas, output: Output) {
        try Support.ensurePythonPackages()
        let oph = try Support.ophAtlas()
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, atlas) in [("oph", oph), ("hostile", Support.hostileAtlas)] {
            let graph = try atlas.exchangeGraph(GraphExportOptions(graph: .twoMode))
            let dynamic = try atlas.exchangeGraph(GraphExportOptions(graph: .twoMode, dynamic: true))
            try ExchangeOutput.write(graph, as: .graphml, to: folder.appendingPathComponent("\(name).graphml").path)
            try ExchangeOutput.write(dynamic, as: .gexf, to: folder.appendingPathComponent("\(name).gexf").path)
            try ExchangeOutput.write(graph, as: .json, to: folder.appendingPathComponent("\(name).json").path)
            try ExchangeOutput.write(graph, as: .csv, to: folder.appendingPathComponent("\(name).csv").path)
        }
        let snapshot = oph.at(Day(iso: "2025-06-30")!)
        let metrics = try snapshot.exchangeGraph(GraphExportOptions(graph: .networks, weighting: .count, withMetrics: true))
        try ExchangeOutput.write(metrics, as: .graphml, to: folder.appendingPathComponent("metrics.graphml").path)
        let data = try Support.run(["python3", Support.fixtures.appendingPathComponent("read_exports.py").path, folder.path])
        return (oph, try Output(data))
    }

    /// The node values NetworkX should see for `atlas`'s two-mode graph, straight from the Atlas.
    static func expectedNodes(_ atlas: Atlas) -> [String: [String: String]] {
        var nodes: [String: [String: String]] = [:]
        for network in atlas.networks {
            let sector = atlas.sector(network.sector)!
            var values = ["kind": "network", "label": network.name.fi, "name_fi": network.name.fi, "sector": network.sector,
                          "sector_name_fi": sector.name.fi, "since": network.period.since!.description,
                          "colour": SectorColours.hex[atlas.index.sector[network.sector]!]]
            if !network.name.sv.isEmpty { values["name_sv"] = network.name.sv }
            if !network.name.en.isEmpty { values["name_en"] = network.name.en }
            if !network.goal.isEmpty { values["goal"] = network.goal }
            if let until = network.period.until { values["until"] = until.description }
            nodes[network.id] = values
        }
        for organisation in atlas.participatingOrganisations {
            let municipality = atlas.municipality(organisation.municipality)!
            nodes[organisation.id] = ["kind": "organisation", "label": organisation.name, "name": organisation.name,
                                      "org_kind": organisation.kind.rawValue, "municipality": organisation.municipality,
                                      "language": organisation.language.rawValue, "region": municipality.region,
                                      "municipality_name_fi": municipality.name.fi,
                                      "region_name_fi": atlas.region(municipality.region)!.name.fi]
        }
        return nodes
    }

    /// Memberships as NetworkX should see them: organisation, network, role, since, until.
    static func expectedEdges(_ atlas: Atlas) -> [String] {
        atlas.memberships.map {
            [$0.organisation, $0.network, $0.role.rawValue, $0.period.since?.description ?? "", $0.period.until?.description ?? ""]
                .joined(separator: "|")
        }.sorted()
    }

    static func check(_ seen: Seen, _ atlas: Atlas, format: String) {
        let expected = expectedNodes(atlas)
        #expect(seen.nodes.count == expected.count, "\(format): nodes")
        #expect(seen.edges.count == atlas.memberships.count, "\(format): edges")
        for (id, values) in expected {
            guard let node = seen.nodes[id] else { Issue.record("\(format): no node \(id)"); continue }
            for (key, value) in values {
                #expect(node[key] as? String == value, "\(format): node \(id) \(key)")
            }
        }
        let edges = seen.edges.map { (u, v, data) -> String in
            let (o, n) = expected[u]?["kind"] == "organisation" ? (u, v) : (v, u)
            return [o, n, data["role"] as? String ?? "", data["since"] as? String ?? "", data["until"] as? String ?? ""]
                .joined(separator: "|")
        }.sorted()
        #expect(edges == expectedEdges(atlas), "\(format): memberships")
    }

    @Test("NetworkX reads GraphML, GEXF, node-link JSON and CSV with every attribute of the Atlas")
    func networkXReadsEverything() throws {
        let (oph, output) = try Self.readWithNetworkX()
        for (atlas, files) in [(oph, output.oph), (Support.hostileAtlas, output.hostile)] {
            Self.check(files.graphml, atlas, format: "graphml")
            Self.check(files.gexf, atlas, format: "gexf")
            Self.check(files.json, atlas, format: "json")
            // Whole history: an organisation that came back has two parallel edges.
            let parallel = Set(atlas.memberships.map { $0.organisation + "|" + $0.network }).count < atlas.memberships.count
            #expect(files.graphml.class == (parallel ? "MultiGraph" : "Graph"))
            #expect(files.json.class == (parallel ? "MultiGraph" : "Graph"))
            #expect(files.jsonKeys == ["directed", "edges", "graph", "multigraph", "nodes"])
            // GEXF: sector colours and dynamic spells.
            for network in atlas.networks {
                let node = files.gexf.nodes[network.id]!
                let colour = SectorColours.components(SectorColours.hex[atlas.index.sector[network.sector]!])
                let viz = (node["viz"] as? [String: Any])?["color"] as? [String: Any]
                #expect(viz?["r"] as? Int == colour.red && viz?["g"] as? Int == colour.green
                        && viz?["b"] as? Int == colour.blue, "gexf colour of \(network.id)")
                #expect(node["spells"] != nil)
            }
            #expect(files.gexf.graph["mode"] as? String == "dynamic")
            // CSV: the same nodes and edges, formula-like text neutralised.
            #expect(files.csvNodes.count == Self.expectedNodes(atlas).count)
            #expect(files.csvEdges.count == atlas.memberships.count)
            for row in files.csvNodes {
                guard let expected = Self.expectedNodes(atlas)[row["id"]!] else { Issue.record("csv: node \(row["id"]!)"); continue }
                for (key, value) in expected {
                    #expect(row[key] == CSVText.neutralised(value), "csv: node \(row["id"]!) \(key)")
                }
            }
            // igraph reads the GraphML too.
            #expect(files.igraphCounts.vertices == Self.expectedNodes(atlas).count)
            #expect(files.igraphCounts.edges == atlas.memberships.count)
            for (id, values) in Self.expectedNodes(atlas) {
                #expect(files.igraphNames[id] == (values["name_fi"] ?? values["name"]), "igraph: name of \(id)")
            }
            let csvEdges = files.csvEdges.map { [$0["source"]!, $0["target"]!, $0["role"]!, $0["since"]!, $0["until"]!].joined(separator: "|") }
            #expect(csvEdges.sorted() == Self.expectedEdges(atlas))
        }
        // The hostile names, exactly.
        let n1 = output.hostile.graphml.nodes["n-1"]!
        #expect(n1["name_fi"] as? String == "Ääninen & <Öljy> \"Åbo\" ]]> 'koulu'")
        #expect(n1["goal"] as? String == "Rivi 1\nRivi 2 & ]]>")
        #expect(n1["unit"] as? String == "Yksikkö\tsarkain")
        #expect(output.hostile.gexf.nodes["n-1"]!["goal"] as? String == "Rivi 1\nRivi 2 & ]]>")
        #expect(output.hostile.json.nodes["n-1"]!["goal"] as? String == "Rivi 1\nRivi 2 & ]]>")
        let csvN1 = output.hostile.csvNodes.first { $0["id"] == "n-1" }!
        #expect(csvN1["name_en"] == "'=cmd|' /C calc'!A0")
        #expect(csvN1["operating_model"] == "'-2+3")
        #expect(output.hostile.csvNodes.first { $0["id"] == "o-2" }!["name"] == "'@Åbo Akademi, \"ÅA\"; +358")

        // Centralities written with --with-metrics agree with NetworkX's own on the graph it read.
        let snapshot = oph.at(Day(iso: "2025-06-30")!)
        #expect(output.metricNodes == snapshot.networks.count)
        #expect(output.metricEdges == NetworkGraphView(atlas: snapshot).ties.count)
        #expect(output.worst.count == 7)
        for (measure, worst) in output.worst {
            // Eigenvector and PageRank iterate to a tolerance (NetworkX's defaults, 1e-6 per node
            // in Verkosto; the script runs eigenvector to 1e-12), so they agree to about 1e-5.
            let tolerance = ["eigenvector", "pagerank"].contains(measure) ? 1e-4 : 1e-9
            #expect(worst < tolerance, "\(measure): largest difference from NetworkX \(worst)")
        }
    }
}
