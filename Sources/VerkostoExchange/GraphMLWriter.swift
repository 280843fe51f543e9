/// Writes an ``ExchangeGraph`` as GraphML (http://graphml.graphdrawing.org/).
///
/// Every attribute is declared with a `<key>` (`for="node"` or `for="edge"`, `attr.name`,
/// `attr.type` of `string`, `int`, `double` or `boolean`); graph-level values get
/// `for="graph"` keys. NetworkX's `read_graphml`, igraph's `Graph.Read_GraphML`, Gephi and
/// yEd read it. Spells are not written (GraphML has no time); `since` and `until` are attributes.
public enum GraphMLWriter {
    /// The GraphML document for `graph`, as UTF-8 bytes.
    /// - Complexity: O(size of the output).
    public static func write(_ graph: ExchangeGraph) -> [UInt8] {
        var xml = XMLWriter()
        xml.start("graphml", [
            ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"),
        ])
        let graphKeys = graph.graphValues.keys.sorted()
        for (position, name) in graphKeys.enumerated() {
            xml.empty("key", [("id", "g\(position)"), ("for", "graph"), ("attr.name", name), ("attr.type", "string")])
        }
        for (position, attribute) in graph.nodeAttributes.enumerated() {
            xml.empty("key", [("id", "n\(position)"), ("for", "node"), ("attr.name", attribute.name),
                              ("attr.type", attribute.type.graphML)])
        }
        for (position, attribute) in graph.edgeAttributes.enumerated() {
            xml.empty("key", [("id", "e\(position)"), ("for", "edge"), ("attr.name", attribute.name),
                              ("attr.type", attribute.type.graphML)])
        }
        xml.start("graph", [("id", "G"), ("edgedefault", graph.directed ? "directed" : "undirected")])
        for (position, name) in graphKeys.enumerated() {
            xml.element("data", [("key", "g\(position)")], text: graph.graphValues[name]!)
        }
        for node in graph.nodes {
            xml.start("node", [("id", node.id)])
            for (position, attribute) in graph.nodeAttributes.enumerated() {
                guard let value = node.values[attribute.name] else { continue }
                xml.element("data", [("key", "n\(position)")], text: value.description)
            }
            xml.end()
        }
        for edge in graph.edges {
            xml.start("edge", [("id", edge.id), ("source", edge.source), ("target", edge.target)])
            for (position, attribute) in graph.edgeAttributes.enumerated() {
                guard let value = edge.values[attribute.name] else { continue }
                xml.element("data", [("key", "e\(position)")], text: value.description)
            }
            xml.end()
        }
        return xml.finish()
    }
}
