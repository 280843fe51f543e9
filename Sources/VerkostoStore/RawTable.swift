import Foundation
import VerkostoSupport

/// One table of input as text cells, from a CSV file or a JSON array, with the place of every cell.
struct RawTable {
    enum Origin {
        /// CSV: the physical line of each record.
        case csv(lines: [Int])
        /// JSON: rows are the array's elements, in order.
        case json
        /// A graph file: the element (node or edge) each row came from.
        case graph(elements: [String])
    }

    var table: String
    var file: String
    var header: [String]
    /// Row-major cells; `""` is an absent value (empty CSV cell, JSON `null` or missing key).
    var cells: [String]
    var origin: Origin
    var rowCount: Int

    /// Where column `column` (a name, or `nil` for the row as a whole) of `row` is.
    func place(row: Int, column: String?) -> SourcePlace {
        switch origin {
        case let .csv(lines):
            let position = column.flatMap { header.firstIndex(of: $0) } ?? 0
            return .csv(file: file, line: lines[row], column: position + 1)
        case .json:
            return .json(file: file, path: "\(table)[\(row)]" + (column.map { ".\($0)" } ?? ""))
        case let .graph(elements):
            return .graph(file: file, element: elements[row], attribute: column)
        }
    }

    /// Where the header (or the table's key in JSON) is.
    var headerPlace: SourcePlace {
        switch origin {
        case .csv: return .csv(file: file, line: 1, column: 1)
        case .json: return .json(file: file, path: table)
        case .graph: return .file(file)
        }
    }

    init(table: String, file: String, header: [String], cells: [String], origin: Origin, rowCount: Int) {
        self.table = table
        self.file = file
        self.header = header
        self.cells = cells
        self.origin = origin
        self.rowCount = rowCount
    }

    init(csv: CSVTable, table: String) {
        self.table = table
        file = csv.file
        header = csv.header.map { String($0.trimmingCharacters(in: .whitespaces)) }
        cells = csv.cells
        origin = .csv(lines: csv.lines)
        rowCount = csv.rowCount
    }

    /// Builds a table from JSON objects. Strings stay as they are, numbers become their decimal text.
    init(json rows: [Any], table: String, file: String) throws {
        self.table = table
        self.file = file
        origin = .json
        rowCount = rows.count
        var header = TableSpec.names(table)
        var objects: [[String: Any]] = []
        objects.reserveCapacity(rows.count)
        for (position, row) in rows.enumerated() {
            guard let object = row as? [String: Any] else {
                throw DataError(.json(file: file, path: "\(table)[\(position)]"), "expected an object with the columns as keys")
            }
            for key in object.keys.sorted() where !header.contains(key) { header.append(key) }
            objects.append(object)
        }
        self.header = header
        var cells: [String] = []
        cells.reserveCapacity(rows.count * header.count)
        for (position, object) in objects.enumerated() {
            for column in header {
                cells.append(try RawTable.text(object[column], .json(file: file, path: "\(table)[\(position)].\(column)")) ?? "")
            }
        }
        self.cells = cells
    }

    /// The text of a JSON value: a string as is, a number as its decimal text, `null` as `nil`.
    static func text(_ value: Any?, _ place: SourcePlace) throws -> String? {
        switch value {
        case nil, is NSNull: return nil
        case let string as String: return string.isEmpty ? nil : string
        case let number as NSNumber:
            // Integers beyond 2^53 keep every digit: read them as integers, not through Double.
            let type = String(cString: number.objCType)
            if ["q", "l", "i", "s", "c"].contains(type) { return String(number.int64Value) }
            if type == "Q" || type == "L" || type == "I" { return String(number.uint64Value) }
            let double = number.doubleValue
            guard double.isFinite else { throw DataError(place, "expected a finite number, found \(number)") }
            if double.rounded() == double, abs(double) < 9.0e15 { return String(Int64(double)) }
            return number.stringValue
        default:
            throw DataError(place, "expected text or a number, found \(type(of: value!))")
        }
    }
}
