import VerkostoSupport

/// Writes an ``ExchangeGraph`` as node-link JSON, the shape NetworkX 3.6's
/// `node_link_graph(data)` reads with its defaults and D3's force layout takes.
///
/// ```json
/// {"directed": false, "multigraph": false, "graph": {"name": "..."},
///  "nodes": [{"id": "n-1", "kind": "network", ...}],
///  "edges": [{"source": "o-1", "target": "n-1", "id": "m0", "role": "member", ...}]}
/// ```
///
/// The edge list is under `edges`: NetworkX 3.6 reads `edges` by default (its old default,
/// `links`, now needs `edges="links"`). D3 has no fixed key: pass the array to
/// `d3.forceLink(graph.edges).id(d => d.id)`. A graph with parallel edges is written with
/// `"multigraph": true` and each edge's id as its `key`. Numbers that are not finite
/// (which JSON cannot carry) are written as `null`.
public enum NodeLinkWriter {
    /// The JSON document for `graph`, as UTF-8 bytes.
    /// - Complexity: O(size of the output).
    public static func write(_ graph: ExchangeGraph) -> [UInt8] {
        let multigraph = graph.hasParallelEdges
        var out = "{\"directed\": \(graph.directed), \"multigraph\": \(multigraph), \"graph\": {"
        out += graph.graphValues.keys.sorted().map {
            JSONText.string($0) + ": " + JSONText.string(graph.graphValues[$0]!)
        }.joined(separator: ", ")
        out += "},\n\"nodes\": ["
        func value(_ value: ExchangeGraph.Value) -> String {
            switch value {
            case let .string(text): return JSONText.string(text)
            case let .int(number): return String(number)
            case let .double(number): return number.isFinite ? "\(number)" : "null"
            case let .boolean(flag): return flag ? "true" : "false"
            }
        }
        func members(_ values: [String: ExchangeGraph.Value], _ attributes: [ExchangeGraph.Attribute]) -> String {
            attributes.compactMap { attribute in
                values[attribute.name].map { ", " + JSONText.string(attribute.name) + ": " + value($0) }
            }.joined()
        }
        for (position, node) in graph.nodes.enumerated() {
            out += (position == 0 ? "\n  {" : ",\n  {") + "\"id\": " + JSONText.string(node.id)
            out += members(node.values, graph.nodeAttributes.filter { $0.name != "id" }) + "}"
        }
        out += "\n],\n\"edges\": ["
        let edgeAttributes = graph.edgeAttributes.filter { !["source", "target", "id", "key"].contains($0.name) }
        for (position, edge) in graph.edges.enumerated() {
            out += (position == 0 ? "\n  {" : ",\n  {")
            out += "\"source\": " + JSONText.string(edge.source) + ", \"target\": " + JSONText.string(edge.target)
            out += ", \"id\": " + JSONText.string(edge.id)
            if multigraph { out += ", \"key\": " + JSONText.string(edge.id) }
            out += members(edge.values, edgeAttributes) + "}"
        }
        out += "\n]}\n"
        return Array(out.utf8)
    }
}
