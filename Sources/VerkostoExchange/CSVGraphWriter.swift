import Foundation

/// Writes an ``ExchangeGraph`` as two CSV tables, nodes and edges, for spreadsheets and
/// Gephi's spreadsheet import.
///
/// Nodes: `id`, then every node attribute. Edges: `source`, `target`, `id`, then every edge
/// attribute. RFC 4180 quoting, UTF-8 without BOM, LF line ends. Text cells that a
/// spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) get a
/// leading `'`, the rule of the CLI's table output; numbers are written as they are.
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
            out += record([neutralised(edge.source), neutralised(edge.target), neutralised(edge.id)]
                          + graph.edgeAttributes.map { edge.values[$0.name] }.map(cell), neutralise: false)
        }
        return Array(out.utf8)
    }

    /// A cell's text: strings neutralised, numbers as they are, nothing as empty.
    static func cell(_ value: ExchangeGraph.Value?) -> String {
        switch value {
        case nil: return ""
        case let .string(text)?: return neutralised(text)
        case let .double(number)? where !number.isFinite: return ""
        case let value?: return value.description
        }
    }

    /// `text` with a leading `'` when a spreadsheet would read it as a formula.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        return "=+-@\t\r".unicodeScalars.contains(first) ? "'" + text : text
    }

    static func record(_ fields: [String], neutralise: Bool = true) -> String {
        fields.map { field in
            let text = neutralise ? neutralised(field) : field
            guard text.unicodeScalars.contains(where: { ",\"\n\r;".unicodeScalars.contains($0) }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\n"
    }
}
