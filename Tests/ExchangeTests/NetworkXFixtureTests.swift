import Foundation
import Testing
import VerkostoExchange
import VerkostoModel
import VerkostoStore
import VerkostoSupport

/// Imports files that NetworkX wrote (`Fixtures/make_fixtures.py`) and compares the database
/// with what the script put in them (`Fixtures/expected.json`).
@Suite struct NetworkXFixtureTests {
    struct Expected: Decodable {
        struct Edge: Decodable {
            var source: String, target: String
            var role: String?, since: String?, until: String?
            var collaboration_kind: String?
        }
        struct Graph: Decodable {
            var nodes: [String: [String: JSONValue]]
            var edges: [Edge]
        }
        var two_mode: Graph
        var one_mode: Graph
        var bipartite_numbers: Graph
    }

    enum JSONValue: Decodable, Equatable {
        case text(String), number(Double)
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) { self = .text(text) } else { self = .number(try container.decode(Double.self)) }
        }
        var text: String? { if case let .text(text) = self { text } else { nil } }
    }

    static let expected: Expected = try! JSONDecoder().decode(
        Expected.self, from: Data(contentsOf: Support.fixtures.appendingPathComponent("expected.json")))

    /// Checks an imported two-mode data set against the NetworkX graph it was written from.
    static func check(_ atlas: Atlas, against graph: Expected.Graph, collaborations: Bool) {
        let networks = graph.nodes.filter { $0.value["sector"] != nil }
        let organisations = graph.nodes.filter { $0.value["org_kind"] != nil }
        #expect(Set(atlas.networks.map(\.id)) == Set(networks.keys))
        #expect(Set(atlas.organisations.map(\.id)) == Set(organisations.keys))
        for (id, values) in networks {
            let network = atlas.network(id)!
            #expect(network.name.fi == values["name_fi"]?.text)
            #expect(network.name.sv == values["name_sv"]?.text ?? "")
            #expect(network.goal == values["goal"]?.text ?? "")
            #expect(network.sector == values["sector"]?.text)
            #expect(network.period.since?.description == values["since"]?.text)
            #expect(network.period.until?.description == values["until"]?.text)
            #expect(atlas.sector(network.sector)?.name.fi == values["sector_name_fi"]?.text)
        }
        for (id, values) in organisations {
            let organisation = atlas.organisation(id)!
            #expect(organisation.name == values["name"]?.text)
            #expect(organisation.kind.rawValue == values["org_kind"]?.text)
            #expect(organisation.language.rawValue == values["language"]?.text)
            let municipality = atlas.municipality(organisation.municipality)
            #expect(municipality?.name.sv == values["municipality_name_sv"]?.text)
            #expect(municipality?.type.rawValue == values["municipality_type"]?.text)
            #expect(atlas.region(ofOrganisation: organisation)?.name.fi == values["region_name_fi"]?.text)
        }
        let memberships = graph.edges.filter { organisations[$0.source] != nil || organisations[$0.target] != nil }
        #expect(atlas.memberships.count == memberships.count)
        for edge in memberships {
            let (o, n) = organisations[edge.source] != nil ? (edge.source, edge.target) : (edge.target, edge.source)
            let found = atlas.memberships.first { $0.organisation == o && $0.network == n }
            #expect(found != nil, "membership \(o)–\(n)")
            guard let found else { continue }
            #expect(found.role.rawValue == edge.role ?? "member")
            // An edge without since starts with its network.
            #expect(found.period.since?.description == edge.since ?? networks[n]?["since"]?.text)
            #expect(found.period.until?.description == edge.until)
        }
        let links = graph.edges.filter { networks[$0.source] != nil && networks[$0.target] != nil && $0.collaboration_kind != nil }
        #expect(atlas.collaborations.count == (collaborations ? links.count : 0))
    }

    @Test("Two-mode GraphML, GEXF and node-link JSON written by NetworkX",
          arguments: ["two_mode.graphml", "two_mode.gexf", "two_mode.json"])
    func twoMode(file: String) throws {
        let (atlas, _) = try Support.importGraph(Support.fixtures.appendingPathComponent(file))
        Self.check(atlas, against: Self.expected.two_mode, collaborations: true)
        #expect(atlas.collaborations.first?.kind == .jointEvent)
        #expect(atlas.metadata["name"] == "NetworkX-kuvitteellinen")
    }

    @Test("NetworkX's bipartite=0/1 convention, told with the kind options",
          arguments: ["bipartite_numbers.graphml", "bipartite_numbers.gexf"])
    func bipartiteNumbers(file: String) throws {
        let options = GraphImportOptions(kindAttribute: "bipartite", networkValue: "1", organisationValue: "0")
        let (atlas, _) = try Support.importGraph(Support.fixtures.appendingPathComponent(file), options: options)
        Self.check(atlas, against: Self.expected.bipartite_numbers, collaborations: false)
    }

    @Test("A one-mode network graph: networks, and collaborations from edges with a kind")
    func oneMode() throws {
        let (atlas, summary) = try Support.importGraph(Support.fixtures.appendingPathComponent("one_mode.graphml"))
        let graph = Self.expected.one_mode
        #expect(Set(atlas.networks.map(\.id)) == Set(graph.nodes.keys))
        #expect(atlas.organisations.isEmpty)
        let kinds = graph.edges.compactMap(\.collaboration_kind)
        #expect(atlas.collaborations.map(\.kind.rawValue).sorted() == kinds.sorted())
        let peer = atlas.collaborations.first { $0.kind == .peerLearning }!
        #expect(peer.period == Period(since: Day(iso: "2022-09-01"), until: Day(iso: "2023-05-31")))
        // Without since: the later start of the two networks.
        let shared = atlas.collaborations.first { $0.kind == .sharedProject }!
        #expect(shared.period.since == Day(iso: "2023-01-01"))
        #expect(summary.warnings.contains { $0.message.hasPrefix("1 network–network edges without 'collaboration_kind'") })
    }

    @Test("A network without a sector: the message names the file, the node and the attribute")
    func missingSector() throws {
        let url = Support.fixtures.appendingPathComponent("missing_sector.graphml")
        let error = #expect(throws: DataError.self) { try Support.importGraph(url) }
        #expect(error?.description.hasPrefix("missing_sector.graphml: node 'n-1' (line ") == true)
        #expect(error?.description.contains("attribute 'sector': no 'sector' attribute") == true)
    }

    @Test("An unknown sector with no names to create it: validation names the node, nothing is written")
    func unknownSector() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("bad.graphml")
        try Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d0" for="node" attr.name="sector" attr.type="string"/>
              <key id="d1" for="node" attr.name="since" attr.type="string"/>
              <graph edgedefault="undirected">
                <node id="n-ok"><data key="d0">basic</data><data key="d1">2022-01-01</data></node>
                <node id="n-bad"><data key="d0">no-such-sector</data><data key="d1">2022-01-01</data></node>
              </graph>
            </graphml>
            """.utf8).write(to: url)
        let store = try AtlasDatabase(path: folder.appendingPathComponent("db.sqlite").path, create: true)
        try store.importGraphData(Support.hostileAtlas, file: "seed", elements: ["sectors": ["s"]], mode: .replace)
        let read = try GraphFileFormat.graphml.read(url)
        let data = try graphDataSet(read, file: "bad.graphml", existing: try store.load())
        let error = #expect(throws: InvalidDataError.self) {
            try store.importGraphData(data.atlas, file: "bad.graphml", elements: data.elements, mode: .merge)
        }
        #expect(error?.description == "bad.graphml: node 'n-bad' (line 7), attribute 'sector': unknown sector 'no-such-sector'")
        #expect(try store.load().networks.isEmpty)
    }
}
