import Foundation

/// Command output: named columns and rows of typed cells, printed as an aligned table, CSV or JSON.
/// The CLI prints it; the platform (`verkosto serve`) writes its CSV downloads with it, so both
/// write the same bytes for the same rows.
public struct TextTable: Sendable {
    /// One typed value.
    public enum Cell: Sendable {
        case text(String)
        case integer(Int)
        case number(Double)
        case empty

        /// A date, or empty when `nil`.
        public static func day(_ day: Day?) -> Cell { day.map { .text($0.description) } ?? .empty }

        public var text: String {
            switch self {
            case let .text(text): return text
            case let .integer(value): return String(value)
            case let .number(value): return value.isFinite ? TextTable.format(value) : ""
            case .empty: return ""
            }
        }

        public var isNumeric: Bool {
            switch self {
            case .integer, .number: return true
            default: return false
            }
        }
    }

    public var columns: [String]
    public var rows: [[Cell]] = []

    public init(columns: [String], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }

    public mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "a row needs \(columns.count) cells")
        rows.append(row)
    }

    /// Columns padded to their widest cell (in characters); numbers right-aligned.
    public func aligned() -> String {
        var widths = columns.map(\.count)
        for row in rows {
            for (position, cell) in row.enumerated() { widths[position] = max(widths[position], cell.text.count) }
        }
        let numeric = columns.indices.map { column in
            !rows.isEmpty && rows.allSatisfy { $0[column].isNumeric || { if case .empty = $0[column] { return true } else { return false } }($0) }
        }
        func line(_ texts: [String]) -> String {
            var parts: [String] = []
            for (position, text) in texts.enumerated() {
                let padding = String(repeating: " ", count: widths[position] - text.count)
                parts.append(numeric[position] ? padding + text : text + padding)
            }
            var result = parts.joined(separator: "  ")
            while result.hasSuffix(" ") { result.removeLast() }
            return result + "\n"
        }
        var out = line(columns)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for row in rows { out += line(row.map(\.text)) }
        return out
    }

    /// RFC 4180 CSV. Text cells that a spreadsheet would run as a formula (starting with
    /// `=`, `+`, `-`, `@`, tab or CR) get a leading `'`; number cells are left as they are.
    public func csv() -> String {
        var out = columns.map { CSVText.field(CSVText.neutralised($0)) }.joined(separator: ",") + "\n"
        for row in rows {
            out += row.map { cell in
                switch cell {
                case .text(let text): return CSVText.field(CSVText.neutralised(text))
                case .number(let value): return TextTable.exact(value)
                default: return CSVText.field(cell.text)
                }
            }.joined(separator: ",") + "\n"
        }
        return out
    }

    /// An array of row objects keyed by column name; numbers as numbers, empty cells as `null`.
    public func json() -> String {
        let keys = columns.map { JSONText.string($0) }
        var out = "["
        for (index, row) in rows.enumerated() {
            out += index == 0 ? "\n  {" : ",\n  {"
            for (position, cell) in row.enumerated() {
                out += (position == 0 ? "" : ", ") + keys[position] + ": "
                switch cell {
                case let .text(text): out += JSONText.string(text)
                case let .integer(value): out += String(value)
                case let .number(value): out += value.isFinite ? TextTable.exact(value) : "null"
                case .empty: out += "null"
                }
            }
            out += "}"
        }
        return out + (rows.isEmpty ? "]\n" : "\n]\n")
    }

    /// A double as the shortest text that reads back as the same value (for CSV and JSON, where
    /// other tools compute with it); integral values without a decimal point.
    public static func exact(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.isFinite ? "\(value)" : ""
    }

    /// A double with up to six significant decimals, no exponent for ordinary magnitudes.
    public static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(format: "%.6g", value)
    }
}
