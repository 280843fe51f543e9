import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import VerkostoModel
import VerkostoSupport

/// A graph read from a file, with where each node and edge was, for messages.
public struct ReadGraph: Sendable {
    public var graph: ExchangeGraph
    /// For each node, a description such as `node 'n-7' (line 12)`.
    public var nodePlaces: [String]
    /// For each edge, a description such as `edge 'o-1' – 'n-7' (line 40)`.
    public var edgePlaces: [String]
    public var warnings: [DataError]
}

/// The graph file formats Verkosto reads and writes.
public enum GraphFileFormat: String, Sendable, CaseIterable {
    case graphml, gexf, json

    /// The format of a file by its extension (`.graphml`, `.gexf`, `.json`), or `nil`.
    public init?(path: String) {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "json": self = .json
        default: return nil
        }
    }

    /// Reads a graph file of this format.
    ///
    /// - Throws: ``ExchangeError`` `.missingInput` when the file is absent, `.inputOutput` when it
    ///   cannot be read; ``DataError`` when it is not well-formed or not a graph of this format.
    public func read(_ url: URL) throws -> ReadGraph {
        let file = url.lastPathComponent
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw ExchangeError(.missingInput, "\(url.path): no such file")
        }
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw ExchangeError(.inputOutput, "\(file): cannot read the file")
        }
        switch self {
        case .graphml: return try XMLGraphReader(file: file, dialect: .graphml).read(url)
        case .gexf: return try XMLGraphReader(file: file, dialect: .gexf).read(url)
        case .json:
            let data: Data
            do { data = try Data(contentsOf: url) } catch {
                throw ExchangeError(.inputOutput, "\(file): cannot read: \(error.localizedDescription)")
            }
            return try NodeLinkReader.read(data, file: file)
        }
    }
}

/// Reads GraphML and GEXF with Foundation's `XMLParser` (libxml2's SAX parser; external
/// entities are not resolved).
///
/// GraphML: `<key>` declarations (`for` node, edge, graph or all; `attr.name`; `attr.type`;
/// `<default>`), `<node>`, `<edge>` and their `<data>`. Keys without `attr.name` (yEd's
/// graphics) are skipped. Nested graphs and hyperedges are refused.
/// GEXF 1.1–1.3: `<attributes>` (`id`, `title`, `type`, `<default>`), node `label`, edge
/// `weight`, `<attvalue for=... value=...>`, and `<spell start= end=>` (or `start`/`end` on the
/// node or edge) as spells. `viz:` elements are ignored.
final class XMLGraphReader: NSObject, XMLParserDelegate {
    enum Dialect { case graphml, gexf }

    struct Key { var name: String; var domain: String; var type: ExchangeGraph.AttributeType; var fallback: String? }

    let file: String
    let dialect: Dialect
    var keys: [String: Key] = [:]
    var graph = ExchangeGraph()
    var nodePlaces: [String] = []
    var edgePlaces: [String] = []
    var warnings: [DataError] = []
    var failure: DataError?
    weak var parser: XMLParser?

    // Parse state.
    var path: [String] = []
    var currentNode: ExchangeGraph.Node?
    var currentEdge: ExchangeGraph.Edge?
    var currentPlace = ""
    var currentData: Key?
    var currentKeyId: String?
    var attributeClass = "node"
    var text = ""
    var graphDepth = 0

    init(file: String, dialect: Dialect) {
        self.file = file
        self.dialect = dialect
    }

    /// Parses the file from a stream: on Linux, `XMLParser(data:)` fails on documents of about
    /// a megabyte and more (swift-corelibs-foundation issue 4851), a stream does not.
    func read(_ url: URL) throws -> ReadGraph {
        guard let stream = InputStream(url: url) else {
            throw ExchangeError(.inputOutput, "\(file): cannot open the file")
        }
        let parser = XMLParser(stream: stream)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        self.parser = parser
        let ok = parser.parse()
        if let failure { throw failure }
        if !ok {
            let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unknown error"
            throw DataError(.file(file), "not well-formed XML near line \(parser.lineNumber), column \(parser.columnNumber): \(reason)")
        }
        if !path.isEmpty || (graph.nodes.isEmpty && graphDepth == 0) {
            throw DataError(.file(file), dialect == .graphml ? "expected a GraphML document with a <graph>" : "expected a GEXF document with a <graph>")
        }
        // Defaults for values a node or edge does not give.
        for key in keys.values {
            guard let fallback = key.fallback, let value = ExchangeGraph.Value(parsing: fallback, as: key.type) else { continue }
            if key.domain == "node" || key.domain == "all" {
                for i in graph.nodes.indices where graph.nodes[i].values[key.name] == nil { graph.nodes[i].values[key.name] = value }
            }
            if key.domain == "edge" || key.domain == "all" {
                for i in graph.edges.indices where graph.edges[i].values[key.name] == nil { graph.edges[i].values[key.name] = value }
            }
        }
        return ReadGraph(graph: graph, nodePlaces: nodePlaces, edgePlaces: edgePlaces, warnings: warnings)
    }

    func fail(_ place: SourcePlace, _ message: String) {
        if failure == nil { failure = DataError(place, message) }
        parser?.abortParsing()
    }

    var line: Int { parser?.lineNumber ?? 0 }

    func declare(_ name: String, _ type: ExchangeGraph.AttributeType, domain: String) {
        let attribute = ExchangeGraph.Attribute(name, type)
        if domain == "node" || domain == "all", !graph.nodeAttributes.contains(where: { $0.name == name }) {
            graph.nodeAttributes.append(attribute)
        }
        if domain == "edge" || domain == "all", !graph.edgeAttributes.contains(where: { $0.name == name }) {
            graph.edgeAttributes.append(attribute)
        }
    }

    func set(_ key: Key, _ raw: String) {
        guard let value = ExchangeGraph.Value(parsing: raw, as: key.type) else {
            fail(.graph(file: file, element: currentPlace, attribute: key.name), "expected \(key.type.rawValue), got '\(raw)'")
            return
        }
        if currentNode != nil { currentNode!.values[key.name] = value } else if currentEdge != nil { currentEdge!.values[key.name] = value }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        let name = elementName
        defer { path.append(name) }
        text = ""
        if path.isEmpty {
            let root = dialect == .graphml ? "graphml" : "gexf"
            if name != root {
                fail(.file(file), "expected a <\(root)> document, found <\(qualifiedName ?? name)>")
            }
            return
        }
        if currentData != nil { return }  // inside <data>: only the text counts
        switch (dialect, name) {
        case (_, "graph"):
            graphDepth += 1
            if graphDepth > 1 || currentNode != nil {
                fail(.graph(file: file, element: currentPlace.isEmpty ? "graph" : currentPlace, attribute: nil),
                     "nested graphs are not supported")
            }
            let edgeDefault = attributes[dialect == .graphml ? "edgedefault" : "defaultedgetype"] ?? "undirected"
            // NetworkX writes the graph's name as a (non-standard) GEXF graph attribute.
            if dialect == .gexf, let name = attributes["name"], !name.isEmpty { graph.graphValues["name"] = name }
            graph.directed = edgeDefault == "directed"
        case (.graphml, "key"):
            guard let id = attributes["id"] else { fail(.file(file), "a <key> without id (line \(line))"); return }
            guard let attributeName = attributes["attr.name"] else { return }  // yEd graphics and the like
            let domain = attributes["for"] ?? "all"
            let key = Key(name: attributeName, domain: domain, type: .init(typeName: attributes["attr.type"] ?? "string"), fallback: nil)
            keys[id] = key
            currentKeyId = id
            if domain == "graph" { return }
            declare(attributeName, key.type, domain: domain)
        case (.gexf, "attributes"):
            attributeClass = attributes["class"] ?? "node"
        case (.gexf, "attribute"):
            guard let id = attributes["id"] else { fail(.file(file), "an <attribute> without id (line \(line))"); return }
            let title = attributes["title"] ?? id
            let key = Key(name: title, domain: attributeClass, type: .init(typeName: attributes["type"] ?? "string"), fallback: nil)
            keys[attributeClass + "\u{0}" + id] = key
            currentKeyId = attributeClass + "\u{0}" + id
            declare(title, key.type, domain: attributeClass)
        case (_, "node"):
            guard let id = attributes["id"] else { fail(.file(file), "a <node> without id (line \(line))"); return }
            currentPlace = "node '\(id)' (line \(line))"
            currentNode = ExchangeGraph.Node(id: id)
            if dialect == .gexf {
                if let label = attributes["label"] { currentNode!.values["label"] = .string(label) }
                addElementSpell(attributes)
            }
        case (_, "edge"):
            guard let source = attributes["source"], let target = attributes["target"] else {
                fail(.file(file), "an <edge> without source or target (line \(line))")
                return
            }
            let id = attributes["id"] ?? "e\(graph.edges.count)"
            currentPlace = "edge '\(source)' – '\(target)' (line \(line))"
            currentEdge = ExchangeGraph.Edge(id: id, source: source, target: target)
            if dialect == .gexf {
                if let weight = attributes["weight"] {
                    guard let number = Double(weight) else {
                        fail(.graph(file: file, element: currentPlace, attribute: "weight"), "expected a number, got '\(weight)'")
                        return
                    }
                    currentEdge!.values["weight"] = .double(number)
                }
                if let label = attributes["label"] { currentEdge!.values["label"] = .string(label) }
                addElementSpell(attributes)
            }
        case (.graphml, "data"):
            guard let keyId = attributes["key"] else { fail(.file(file), "a <data> without key (line \(line))"); return }
            if currentNode == nil && currentEdge == nil {
                if let key = keys[keyId] { currentData = key }  // graph-level value
                return
            }
            guard let key = keys[keyId] else {
                // A key without attr.name (yEd graphics) or an undeclared one.
                currentData = Key(name: "", domain: "", type: .string, fallback: nil)
                return
            }
            currentData = key
        case (.graphml, "hyperedge"):
            fail(.file(file), "hyperedges are not supported (line \(line))")
        case (.gexf, "attvalue"):
            guard let reference = attributes["for"] ?? attributes["id"], let raw = attributes["value"] else { return }
            let domain = currentNode != nil ? "node" : "edge"
            guard let key = keys[domain + "\u{0}" + reference] ?? keys.values.first(where: { $0.domain == domain && $0.name == reference }) else {
                fail(.graph(file: file, element: currentPlace, attribute: reference), "attvalue for an undeclared attribute '\(reference)'")
                return
            }
            set(key, raw)
        case (.gexf, "spell"):
            addElementSpell(attributes)
        default:
            break
        }
    }

    /// A spell from `start`/`end` (or `startopen`/`endopen`) attributes, on the current node or edge.
    func addElementSpell(_ attributes: [String: String]) {
        let start = attributes["start"] ?? attributes["startopen"]
        let end = attributes["end"] ?? attributes["endopen"]
        guard start != nil || end != nil else { return }
        func day(_ text: String?, _ name: String) -> Day?? {
            guard let text else { return .some(nil) }
            guard let day = Day(iso: text.prefix(10)) else {
                fail(.graph(file: file, element: currentPlace, attribute: name), "expected a date YYYY-MM-DD, got '\(text)'")
                return nil
            }
            return .some(day)
        }
        guard let since = day(start, "start"), let until = day(end, "end") else { return }
        let period = Period(since: since, until: until)
        if currentNode != nil { currentNode!.spells.append(period) } else if currentEdge != nil { currentEdge!.spells.append(period) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) { text += String(decoding: CDATABlock, as: UTF8.self) }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        path.removeLast()
        if let key = currentData {
            guard elementName == "data" else { return }
            currentData = nil
            if key.name.isEmpty { return }
            if currentNode == nil && currentEdge == nil {
                graph.graphValues[key.name] = text
            } else {
                set(key, text)
            }
            return
        }
        switch elementName {
        case "default":
            if let id = currentKeyId { keys[id]?.fallback = text }
        case "key", "attribute":
            currentKeyId = nil
        case "node":
            if let node = currentNode {
                graph.nodes.append(node)
                nodePlaces.append(currentPlace)
            }
            currentNode = nil
        case "edge":
            if let edge = currentEdge {
                graph.edges.append(edge)
                edgePlaces.append(currentPlace)
            }
            currentEdge = nil
        default:
            break
        }
    }
}

/// Reads node-link JSON as NetworkX's `node_link_data` writes it (and D3 examples use):
/// `nodes` with `id`, and `edges` (NetworkX ≥ 3.4) or `links` (older NetworkX, D3), each with
/// `source` and `target`. Other members become attributes: text as strings, whole numbers as
/// `int` (unless the attribute also has fractions), other numbers as `double`, `true`/`false`
/// as `boolean`. Nested values are refused.
enum NodeLinkReader {
    static func read(_ data: Data, file: String) throws -> ReadGraph {
        let document: Any
        do { document = try JSONSerialization.jsonObject(with: data) } catch {
            throw DataError(.file(file), "not valid JSON: \(error.localizedDescription)")
        }
        guard let root = document as? [String: Any], let nodes = root["nodes"] as? [Any] else {
            throw DataError(.json(file: file, path: "$"), "expected node-link JSON: an object with a 'nodes' array")
        }
        let edgesKey = root["edges"] != nil ? "edges" : "links"
        let edges = root[edgesKey] as? [Any] ?? []
        var graph = ExchangeGraph()
        graph.directed = (root["directed"] as? Bool) ?? false
        if let values = root["graph"] as? [String: Any] {
            for (key, value) in values { if let text = value as? String { graph.graphValues[key] = text } }
        }
        var nodePlaces: [String] = [], edgePlaces: [String] = []
        var types: [String: ExchangeGraph.AttributeType] = [:]
        var nodeNames: [String] = [], edgeNames: [String] = []

        func text(_ value: Any?, _ path: String) throws -> String {
            switch value {
            case let string as String: return string
            case let number as NSNumber: return number.stringValue
            default: throw DataError(.json(file: file, path: path), "expected an id (text or a number)")
            }
        }
        func values(_ object: [String: Any], skipping: Set<String>, place: String, names: inout [String],
                    prefix: String) throws -> [String: ExchangeGraph.Value] {
            var result: [String: ExchangeGraph.Value] = [:]
            for key in object.keys.sorted() where !skipping.contains(key) {
                let value = object[key]!
                let typed: ExchangeGraph.Value
                switch value {
                case is NSNull: continue
                case let flag as Bool where type(of: value) == Bool.self: typed = .boolean(flag)
                case let string as String: typed = .string(string)
                case let number as NSNumber:
                    if isBoolean(number) { typed = .boolean(number.boolValue) }
                    else if let whole = Int(exactly: number.doubleValue), !number.stringValue.contains(".") { typed = .int(whole) }
                    else { typed = .double(number.doubleValue) }
                default:
                    throw DataError(.graph(file: file, element: place, attribute: key), "expected text, a number or true/false, not a list or object")
                }
                if !names.contains(key) { names.append(key) }
                let slot = prefix + key
                switch (types[slot], typed) {
                case (nil, .string): types[slot] = .string
                case (nil, .int): types[slot] = .int
                case (nil, .double), (.int?, .double): types[slot] = .double
                case (nil, .boolean): types[slot] = .boolean
                default: break
                }
                result[key] = typed
            }
            return result
        }
        for (position, element) in nodes.enumerated() {
            guard let object = element as? [String: Any] else {
                throw DataError(.json(file: file, path: "nodes[\(position)]"), "expected an object")
            }
            let id = try text(object["id"], "nodes[\(position)].id")
            let place = "node '\(id)' (nodes[\(position)])"
            graph.nodes.append(ExchangeGraph.Node(id: id, values: try values(object, skipping: ["id"], place: place,
                                                                             names: &nodeNames, prefix: "n:")))
            nodePlaces.append(place)
        }
        for (position, element) in edges.enumerated() {
            guard let object = element as? [String: Any] else {
                throw DataError(.json(file: file, path: "\(edgesKey)[\(position)]"), "expected an object")
            }
            let source = try text(object["source"], "\(edgesKey)[\(position)].source")
            let target = try text(object["target"], "\(edgesKey)[\(position)].target")
            let id = (object["id"] as? String) ?? (object["key"].flatMap { try? text($0, "") }) ?? "e\(position)"
            let place = "edge '\(source)' – '\(target)' (\(edgesKey)[\(position)])"
            graph.edges.append(ExchangeGraph.Edge(id: id, source: source, target: target,
                                                  values: try values(object, skipping: ["source", "target", "id", "key"],
                                                                     place: place, names: &edgeNames, prefix: "e:")))
            edgePlaces.append(place)
        }
        // Whole numbers of an attribute that also has fractions are doubles.
        for (slot, type) in types where type == .double {
            let name = String(slot.dropFirst(2))
            if slot.hasPrefix("n:") {
                for i in graph.nodes.indices { if case let .int(n)? = graph.nodes[i].values[name] { graph.nodes[i].values[name] = .double(Double(n)) } }
            } else {
                for i in graph.edges.indices { if case let .int(n)? = graph.edges[i].values[name] { graph.edges[i].values[name] = .double(Double(n)) } }
            }
        }
        graph.nodeAttributes = nodeNames.map { .init($0, types["n:" + $0] ?? .string) }
        graph.edgeAttributes = edgeNames.map { .init($0, types["e:" + $0] ?? .string) }
        return ReadGraph(graph: graph, nodePlaces: nodePlaces, edgePlaces: edgePlaces, warnings: [])
    }

    /// Whether a number from `JSONSerialization` was a JSON `true` or `false`.
    static func isBoolean(_ number: NSNumber) -> Bool {
        #if canImport(Darwin)
        return CFGetTypeID(number) == CFBooleanGetTypeID()
        #else
        return String(cString: number.objCType) == "c"
        #endif
    }
}

/// Tells node-link JSON from a Verkosto data set without reading it twice into models.
public enum NodeLinkDetection {
    /// Whether `url` is a JSON object with a `nodes` array and none of the data set's table keys.
    /// Unreadable or invalid files answer `false`, so that the data-set reader reports them.
    public static func isNodeLink(_ url: URL) -> Bool {
        guard let data = try? Data(contentsOf: url),
              let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              root["nodes"] is [Any] else { return false }
        return !Atlas.tableNames.contains { root[$0] != nil }
    }
}
