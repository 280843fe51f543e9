import Foundation
import VerkostoSupport

/// Writes an ``ExchangeGraph`` as two CSV tables, nodes and edges, for spreadsheets and
/// Gephi's spreadsheet import.
///
/// Nodes: `id`, then every node attribute. Edges: `source`, `target`, `id`, then every edge
/// attribute. RFC 4180 quoting, UTF-8 without BOM, LF line ends. Text cells that a
/// spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) get a
/// leading `'` (``CSVText/neutralised(_:)``, the rule of every CSV for people); numbers are
/// written as they are.
public enum CSVGraphWriter {
    /// The nodes table.
    public static func nodes(_ graph: ExchangeGraph) -> [UInt8] {
        var out = record(["id"] + graph.nodeAttributes.map(\.name))
        for node in graph.nodes {
            out += record([node.id] + graph.nodeAttributes.map { node.values[$0.name] }.map(cell), neutralise: false)
        }
        return Array(out.utf8)
    }

    /// The edges table.
    public static func edges(_ graph: ExchangeGraph) -> [UInt8] {
        var out = record(["source", "target", "id"] + graph.edgeAttributes.map(\.name))
        for edge in graph.edges {
            out += record([edge.source, edge.target, edge.id].map(CSVText.neutralised)
                          + graph.edgeAttributes.map { edge.values[$0.name] }.map(cell), neutralise: false)
        }
        return Array(out.utf8)
    }

    /// A cell's text: strings neutralised, numbers as they are, nothing as empty.
    static func cell(_ value: ExchangeGraph.Value?) -> String {
        switch value {
        case nil: return ""
        case let .string(text)?: return CSVText.neutralised(text)
        case let .double(number)? where !number.isFinite: return ""
        case let value?: return value.description
        }
    }

    static func record(_ fields: [String], neutralise: Bool = true) -> String {
        fields.map { CSVText.field(neutralise ? CSVText.neutralised($0) : $0) }.joined(separator: ",") + "\n"
    }
}
