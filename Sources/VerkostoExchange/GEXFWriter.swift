import VerkostoAnalysis
import VerkostoModel

/// Writes an ``ExchangeGraph`` as GEXF 1.3 (https://gexf.net), the format Gephi reads best.
///
/// - The node attribute `label` becomes the node's `label`, and the edge attribute `weight`
///   the edge's `weight`; other attributes are declared in `<attributes>` and given as
///   `<attvalue>`s.
/// - A node with a `colour` attribute (`#RRGGBB`, the sector colour) gets that `viz:color`;
///   other nodes get grey (``SectorColours/other``).
/// - A dynamic graph (any spells) is written with `mode="dynamic"`, `timeformat="date"` and a
///   `<spells>` list per node and edge, so Gephi's timeline can replay it. An open end is left
///   out, which GEXF reads as "still going on".
public enum GEXFWriter {
    /// The GEXF document for `graph`, as UTF-8 bytes.
    /// - Complexity: O(size of the output).
    public static func write(_ graph: ExchangeGraph) -> [UInt8] {
        var xml = XMLWriter()
        let dynamic = graph.isDynamic
        xml.start("gexf", [
            ("xmlns", "http://gexf.net/1.3"), ("xmlns:viz", "http://gexf.net/1.3/viz"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"), ("version", "1.3"),
        ])
        xml.start("meta")
        xml.element("creator", text: "Verkosto")
        let description = graph.graphValues.keys.sorted().map { "\($0): \(graph.graphValues[$0]!)" }.joined(separator: "; ")
        if !description.isEmpty { xml.element("description", text: description) }
        xml.end()
        xml.start("graph", [("mode", dynamic ? "dynamic" : "static"),
                            ("defaultedgetype", graph.directed ? "directed" : "undirected"),
                            ("timeformat", dynamic ? "date" : nil), ("timerepresentation", dynamic ? "interval" : nil)])
        let nodeAttributes = graph.nodeAttributes.filter { $0.name != "label" }
        let edgeAttributes = graph.edgeAttributes.filter { $0.name != "weight" }
        for (kind, attributes) in [("node", nodeAttributes), ("edge", edgeAttributes)] where !attributes.isEmpty {
            xml.start("attributes", [("class", kind), ("mode", "static")])
            for (position, attribute) in attributes.enumerated() {
                xml.empty("attribute", [("id", "\(position)"), ("title", attribute.name), ("type", attribute.type.gexf)])
            }
            xml.end()
        }
        func spells(_ periods: [Period]) {
            guard dynamic, !periods.isEmpty else { return }
            xml.start("spells")
            for period in periods {
                xml.empty("spell", [("start", period.since?.description), ("end", period.until?.description)])
            }
            xml.end()
        }
        func attvalues(_ values: [String: ExchangeGraph.Value], _ attributes: [ExchangeGraph.Attribute]) {
            let present = attributes.enumerated().filter { values[$0.element.name] != nil }
            guard !present.isEmpty else { return }
            xml.start("attvalues")
            for (position, attribute) in present {
                xml.empty("attvalue", [("for", "\(position)"), ("value", values[attribute.name]!.description)])
            }
            xml.end()
        }
        xml.start("nodes")
        for node in graph.nodes {
            xml.start("node", [("id", node.id), ("label", node.values["label"]?.description)])
            attvalues(node.values, nodeAttributes)
            spells(node.spells)
            let (red, green, blue) = SectorColours.components(node.values["colour"]?.text ?? SectorColours.other)
            xml.empty("viz:color", [("r", "\(red)"), ("g", "\(green)"), ("b", "\(blue)")])
            xml.end()
        }
        xml.end()
        xml.start("edges")
        for edge in graph.edges {
            xml.start("edge", [("id", edge.id), ("source", edge.source), ("target", edge.target),
                               ("weight", edge.values["weight"]?.description)])
            attvalues(edge.values, edgeAttributes)
            spells(edge.spells)
            xml.end()
        }
        xml.end()
        return xml.finish()
    }
}
