import Foundation
import Testing
import VerkostoExchange
import VerkostoModel
import VerkostoStore
import VerkostoSupport

/// Export, import into a new database, export again: the same graph.
@Suite struct RoundTripTests {
    static let formats: [GraphFileFormat] = [.graphml, .gexf, .json]

    /// Writes `graph` in `format` into `folder` and returns the file.
    static func write(_ graph: ExchangeGraph, _ format: GraphFileFormat, in folder: URL, name: String) throws -> URL {
        let exportFormat: ExportFormat = switch format {
        case .graphml: .graphml
        case .gexf: .gexf
        case .json: .json
        }
        let url = folder.appendingPathComponent("\(name).\(format.rawValue)")
        try ExchangeOutput.write(graph, as: exportFormat, to: url.path)
        return url
    }

    /// Checks two graphs node by node and edge by edge, so that a failure names the first difference.
    static func expectSame(_ before: ExchangeGraph, _ after: ExchangeGraph, _ format: GraphFileFormat) {
        #expect(after.nodes.count == before.nodes.count, "\(format): node count")
        #expect(after.edges.count == before.edges.count, "\(format): edge count")
        #expect(after.nodeAttributes == before.nodeAttributes, "\(format): node attributes")
        #expect(after.edgeAttributes == before.edgeAttributes, "\(format): edge attributes")
        if let at = zip(before.nodes, after.nodes).first(where: { $0 != $1 }) {
            Issue.record("\(format): node \(at.0.id) differs: \(at.0) vs \(at.1)")
        }
        if let at = zip(before.edges, after.edges).first(where: { $0 != $1 }) {
            Issue.record("\(format): edge \(at.0.id) differs: \(at.0) vs \(at.1)")
        }
        // GEXF has no graph attributes: the data set's name does not travel in it.
        if format != .gexf { #expect(after.graphValues == before.graphValues, "\(format): graph values") }
    }

    @Test("Data/oph, two-mode, whole history with dates: same graph after export and import", arguments: formats)
    func ophTwoMode(format: GraphFileFormat) throws {
        let atlas = try Support.ophAtlas()
        let options = GraphExportOptions(graph: .twoMode, language: .fi, dynamic: format == .gexf)
        let before = try atlas.exchangeGraph(options)
        #expect(before.nodes.count == atlas.participatingOrganisations.count + atlas.networks.count)
        #expect(before.edges.count == atlas.memberships.count)
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try Self.write(before, format, in: folder, name: "oph")
        let (imported, summary) = try Support.importGraph(url)
        #expect(summary.counts["memberships"] == atlas.memberships.count)
        #expect(imported.networks == atlas.networks)
        #expect(imported.memberships == atlas.memberships)
        #expect(imported.organisations == atlas.participatingOrganisations)
        Self.expectSame(before, try imported.exchangeGraph(options), format)
    }

    @Test("Names with ä/ö/å, &, <, quotes, ]]>, tabs and line breaks survive every format", arguments: formats)
    func hostileNames(format: GraphFileFormat) throws {
        let atlas = Support.hostileAtlas
        #expect(atlas.errors().isEmpty)
        let options = GraphExportOptions(graph: .twoMode, language: .sv, dynamic: format == .gexf)
        let before = try atlas.exchangeGraph(options)
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try Self.write(before, format, in: folder, name: "hostile")
        let (imported, _) = try Support.importGraph(url)
        #expect(imported.networks == atlas.networks)
        #expect(imported.organisations == atlas.organisations)
        #expect(imported.memberships == atlas.memberships)
        #expect(imported.sectors == atlas.sectors)
        #expect(imported.regions == atlas.regions)
        #expect(imported.municipalities == atlas.municipalities)
        if format != .gexf { #expect(imported.metadata == atlas.metadata) }
        Self.expectSame(before, try imported.exchangeGraph(options), format)
    }

    @Test("A snapshot of the networks graph keeps its nodes through GraphML")
    func networksGraph() throws {
        let atlas = try Support.ophAtlas().at(Day(iso: "2025-06-30")!)
        let graph = try atlas.exchangeGraph(GraphExportOptions(graph: .networks, weighting: .jaccard))
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try Self.write(graph, .graphml, in: folder, name: "networks")
        let read = try GraphFileFormat.graphml.read(url)
        #expect(read.graph == graph)
        let (imported, summary) = try Support.importGraph(url)
        #expect(imported.networks == atlas.networks)
        #expect(summary.warnings.contains { $0.message.contains("without 'collaboration_kind' skipped") } == !graph.edges.isEmpty)
    }

    @Test("GEXF --dynamic: spells from the dates, merged per organisation")
    func spells() throws {
        let graph = try Support.hostileAtlas.exchangeGraph(GraphExportOptions(graph: .twoMode, dynamic: true))
        let o2 = graph.nodes.first { $0.id == "o-2" }!
        #expect(o2.spells == [Period(since: Day(iso: "2022-02-01"), until: Day(iso: "2023-01-31")),
                              Period(since: Day(iso: "2023-06-01"), until: nil)])
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try Self.write(graph, .gexf, in: folder, name: "dynamic")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("mode=\"dynamic\""))
        #expect(text.contains("timeformat=\"date\""))
        #expect(text.contains("<spell start=\"2023-06-01\"/>"))
        let read = try GraphFileFormat.gexf.read(url)
        #expect(read.graph.nodes.map(\.spells) == graph.nodes.map(\.spells))
        #expect(read.graph.edges.map(\.spells) == graph.edges.map(\.spells))
    }
}
