/// A sheet read as a table: a header row naming the columns, and the rows below it.
///
/// Columns are found by their header, so a user may reorder them; headers compare without
/// case and without white space at either end.
///
///     let table = try sheet.table()
///     let id = try table.column("id"), since = try table.column("since")
///     for row in table.rows { let day = try row.day(since) ... }
public struct Table: Sendable {
    public let sheet: Worksheet
    public let headerRow: Int
    /// Each column's header text, by column number.
    public let headers: [Int: String]
    /// The rows below the header that are not blank.
    public let rows: [Row]

    /// The column headed `header`.
    ///
    /// - Throws: naming the header row when no column, or more than one, has that header.
    public func column(_ header: String) throws -> Int {
        let matches = columns(headed: header)
        switch matches.count {
        case 1: return matches[0]
        case 0:
            let found = headers.sorted { $0.key < $1.key }.map { "'\($0.value)'" }.joined(separator: ", ")
            throw sheet.error(row: headerRow, "no column is headed '\(header)'"
                              + (found.isEmpty ? " (the row is empty)" : " (the headers are \(found))"))
        default:
            let letters = matches.map { CellAddress.columnName($0) }.joined(separator: " and ")
            throw sheet.error(row: headerRow, "columns \(letters) are both headed '\(header)'")
        }
    }

    /// The column headed `header`, or `nil` when there is none.
    ///
    /// - Throws: when more than one column has that header.
    public func optionalColumn(_ header: String) throws -> Int? {
        columns(headed: header).isEmpty ? nil : try column(header)
    }

    /// Headers that are none of `known`, for a warning or an error about unexpected columns.
    public func unknownHeaders(_ known: [String]) -> [(column: Int, header: String)] {
        let keys = Set(known.map(Table.key))
        return headers.sorted { $0.key < $1.key }.filter { !keys.contains(Table.key($0.value)) }.map { ($0.key, $0.value) }
    }

    private func columns(headed header: String) -> [Int] {
        let key = Table.key(header)
        return headers.filter { Table.key($0.value) == key }.map(\.key).sorted()
    }

    static func key(_ header: String) -> String { header.trimmingWhitespace().lowercased() }
}

extension Worksheet {
    /// The sheet as a table whose headers are in `headerRow`.
    ///
    /// - Throws: when the header row is empty or a header is not text.
    public func table(headerRow: Int = 1) throws -> Table {
        guard let header = row(headerRow) else {
            throw error(row: headerRow, "expected a header row naming the columns, found an empty row")
        }
        var headers: [Int: String] = [:]
        for cell in header.cells {
            guard let text = try header.text(cell.column), !text.isEmpty else { continue }
            headers[cell.column] = text
        }
        let body = rows.filter { $0.number > headerRow && !$0.isBlank }
        return Table(sheet: self, headerRow: headerRow, headers: headers, rows: body)
    }
}
