/// The address of one cell: a 1-based row and a 1-based column, written `C12` (A1 style).
///
/// Bounds are those of SpreadsheetML (ECMA-376 Part 1, §18.3.1.4 and Excel's limits):
/// 1,048,576 rows and 16,384 columns (A…XFD).
public struct CellAddress: Hashable, Comparable, Sendable, CustomStringConvertible {
    public static let maximumRow = 1_048_576
    public static let maximumColumn = 16_384

    public let row: Int
    public let column: Int

    /// The address of row `row` and column `column`, or `nil` when either is out of bounds.
    public init?(row: Int, column: Int) {
        guard (1...CellAddress.maximumRow).contains(row), (1...CellAddress.maximumColumn).contains(column) else { return nil }
        self.row = row
        self.column = column
    }

    /// Parses an A1 reference such as `C12` or `$C$12` (letters in either case).
    public init?(_ reference: some StringProtocol) {
        var letters = 0, column = 0, row = 0, digits = 0
        var bytes = reference.utf8[...]
        if bytes.first == UInt8(ascii: "$") { bytes = bytes.dropFirst() }
        while let byte = bytes.first, let value = CellAddress.letterValue(byte) {
            column = column * 26 + value
            letters += 1
            guard letters <= 3 else { return nil }
            bytes = bytes.dropFirst()
        }
        if bytes.first == UInt8(ascii: "$") { bytes = bytes.dropFirst() }
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 7 else { return nil }
            guard digits > 0 || byte != UInt8(ascii: "0") else { return nil }
            row = row * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
        }
        guard letters > 0, digits > 0 else { return nil }
        self.init(row: row, column: column)
    }

    /// The column's letters: 1 → `A`, 26 → `Z`, 27 → `AA`, 16,384 → `XFD` (bijective base 26).
    ///
    /// - Complexity: O(log₂₆ *column*).
    public static func columnName(_ column: Int) -> String {
        precondition(column >= 1, "columns are numbered from 1")
        var scalars: [UInt8] = []
        var rest = column
        while rest > 0 {
            rest -= 1
            scalars.append(UInt8(ascii: "A") + UInt8(rest % 26))
            rest /= 26
        }
        return String(decoding: scalars.reversed(), as: UTF8.self)
    }

    /// The column number of letters such as `C` or `xfd`, or `nil` when they name no column.
    public static func columnNumber(_ letters: some StringProtocol) -> Int? {
        var column = 0
        for byte in letters.utf8 {
            guard let value = letterValue(byte), column <= CellAddress.maximumColumn else { return nil }
            column = column * 26 + value
        }
        return (1...CellAddress.maximumColumn).contains(column) ? column : nil
    }

    private static func letterValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(byte - UInt8(ascii: "A")) + 1
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(byte - UInt8(ascii: "a")) + 1
        default: return nil
        }
    }

    /// The column's letters, such as `C`.
    public var columnName: String { CellAddress.columnName(column) }

    /// `C12`.
    public var description: String { columnName + String(row) }

    /// Row-major order: by row, then by column.
    public static func < (lhs: CellAddress, rhs: CellAddress) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}

/// A rectangle of cells from `first` (top left) to `last` (bottom right), written `A2:C100`.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    public let first: CellAddress
    public let last: CellAddress

    /// The rectangle spanned by two corners, in either order.
    public init(_ corner: CellAddress, _ other: CellAddress) {
        first = CellAddress(row: min(corner.row, other.row), column: min(corner.column, other.column))!
        last = CellAddress(row: max(corner.row, other.row), column: max(corner.column, other.column))!
    }

    /// The cells of column `column` from row `rows.lowerBound` to `rows.upperBound`, or `nil` out of bounds.
    public init?(column: Int, rows: ClosedRange<Int>) {
        guard let top = CellAddress(row: rows.lowerBound, column: column),
              let bottom = CellAddress(row: rows.upperBound, column: column) else { return nil }
        self.init(top, bottom)
    }

    /// Parses `A2:C100`, or a single cell `B3`.
    public init?(_ reference: some StringProtocol) {
        let parts = reference.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard let cell = CellAddress(parts[0]) else { return nil }
            self.init(cell, cell)
        case 2:
            guard let top = CellAddress(parts[0]), let bottom = CellAddress(parts[1]) else { return nil }
            self.init(top, bottom)
        default:
            return nil
        }
    }

    public func contains(_ address: CellAddress) -> Bool {
        (first.row...last.row).contains(address.row) && (first.column...last.column).contains(address.column)
    }

    /// `A2:C100`, or `B3` for a single cell.
    public var description: String { first == last ? first.description : "\(first):\(last)" }
}
