import Foundation
import Testing
import VerkostoExchange
import VerkostoModel
import VerkostoStore
import VerkostoSupport

/// The readers on their own: what they refuse, and what the writers' escaping gives back.
@Suite final class ReaderTests {
    /// A temporary folder for this test, removed when it ends.
    let folder: URL

    init() throws { folder = try Support.temporaryFolder() }
    deinit { try? FileManager.default.removeItem(at: folder) }

    func write(_ text: String, _ name: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test("Characters XML cannot carry become U+FFFD; everything else comes back exactly",
          arguments: [ExportFormat.graphml, .gexf, .json])
    func escaping(format: ExportFormat) throws {
        let nasty = "a\u{01}b & <c> \"d\" 'e' ]]> \r\n\tf ä ö å 😀"
        let graph = ExchangeGraph(nodeAttributes: [.init("label", .string), .init("note", .string), .init("n", .int)],
                                  edgeAttributes: [.init("weight", .double)],
                                  nodes: [ExchangeGraph.Node(id: "x&<\"", values: ["label": .string(nasty), "note": .string("]]>"), "n": .int(-3)]),
                                          ExchangeGraph.Node(id: "y", values: ["note": .string("")])],
                                  edges: [ExchangeGraph.Edge(id: "e0", source: "x&<\"", target: "y", values: ["weight": .double(0.1)])])
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("g.\(format.rawValue)")
        try ExchangeOutput.write(graph, as: format, to: url.path)
        let read = try GraphFileFormat(path: url.path)!.read(url).graph
        let expected = format == .json ? nasty : nasty.replacingOccurrences(of: "\u{01}", with: "\u{FFFD}")
        #expect(read.nodes.map(\.id) == ["x&<\"", "y"])
        #expect(read.nodes[0].values["label"] == .string(expected))
        #expect(read.nodes[0].values["note"] == .string("]]>"))
        #expect(read.nodes[0].values["n"] == .int(-3))
        #expect(read.edges.first?.values["weight"] == .double(0.1))
    }

    @Test("Not XML, the wrong root, and undeclared GEXF attributes are refused with the file's name")
    func refusals() throws {
        let broken = try write("<graphml><graph><node id='a'></graph>", "broken.graphml")
        #expect(throws: DataError.self) { try GraphFileFormat.graphml.read(broken) }
        let wrong = try write("<?xml version='1.0'?><gexf><graph/></gexf>", "wrong.graphml")
        let error = #expect(throws: DataError.self) { try GraphFileFormat.graphml.read(wrong) }
        #expect(error?.description == "wrong.graphml: expected a <graphml> document, found <gexf>")
        let undeclared = try write("""
            <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>
            <node id="a"><attvalues><attvalue for="9" value="x"/></attvalues></node>
            </nodes></graph></gexf>
            """, "undeclared.gexf")
        let gexfError = #expect(throws: DataError.self) { try GraphFileFormat.gexf.read(undeclared) }
        #expect(gexfError?.description.hasPrefix("undeclared.gexf: node 'a' (line 2), attribute '9'") == true)
        let badType = try write("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <key id="d0" for="node" attr.name="size" attr.type="int"><default>1</default></key>
            <graph edgedefault="undirected"><node id="a"><data key="d0">many</data></node></graph></graphml>
            """, "badtype.graphml")
        let typeError = #expect(throws: DataError.self) { try GraphFileFormat.graphml.read(badType) }
        #expect(typeError?.description == "badtype.graphml: node 'a' (line 3), attribute 'size': expected int, got 'many'")
    }

    @Test("GraphML defaults fill missing values; yEd's graphics keys are skipped")
    func defaultsAndYEd() throws {
        let url = try write("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
              <key id="d0" for="node" attr.name="sector" attr.type="string"><default>basic</default></key>
              <key id="d6" for="node" yfiles.type="nodegraphics"/>
              <graph edgedefault="undirected">
                <node id="a"><data key="d6"><y:ShapeNode><y:NodeLabel>A</y:NodeLabel></y:ShapeNode></data></node>
                <node id="b"><data key="d0">arts</data></node>
              </graph>
            </graphml>
            """, "yed.graphml")
        let read = try GraphFileFormat.graphml.read(url).graph
        #expect(read.nodes.map { $0.values["sector"] } == [.string("basic"), .string("arts")])
        #expect(read.nodeAttributes == [.init("sector", .string)])
    }

    @Test("Files past libxml2's in-memory limits (15 MB here) are read whole", arguments: [ExportFormat.graphml, .gexf])
    func largeFiles(format: ExportFormat) throws {
        let filler = String(repeating: "ä", count: 60)
        let nodes = (0..<100_000).map { ExchangeGraph.Node(id: "v\($0)", values: ["note": .string(filler)]) }
        let graph = ExchangeGraph(nodeAttributes: [.init("note", .string)], nodes: nodes)
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("large.\(format.rawValue)")
        try ExchangeOutput.write(graph, as: format, to: url.path)
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
        #expect(size > 15_000_000)
        let read = try GraphFileFormat(path: url.path)!.read(url).graph
        #expect(read.nodes.count == nodes.count)
        #expect(read.nodes.last == nodes.last)
    }
}
