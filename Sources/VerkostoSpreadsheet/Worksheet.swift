import VerkostoSupport

/// A sheet as read from a workbook: its rows with values, in order, and its data validations.
///
/// Rows hold only cells with a value (or a formula); blank cells, and rows with no such cell,
/// are not stored, so an empty trailing row or a formatted but empty cell leaves no trace.
public struct Worksheet: Sendable {
    public let name: String
    /// The workbook file, for messages.
    public let file: String
    public let isHidden: Bool
    /// Rows in increasing row number.
    public let rows: [Row]
    /// The validations the sheet carries that this reader knows (lists, whole numbers, numbers
    /// and days between bounds, prompts); others are left out.
    public let validations: [DataValidation]

    /// The row numbered `number`, or `nil` when it has no values.
    ///
    /// - Complexity: O(log *rows*).
    public func row(_ number: Int) -> Row? {
        rows.element(withKey: number, \.number)
    }

    /// The cell at `address`, or `nil` when it is blank.
    public func cell(at address: CellAddress) -> Cell? { row(address.row)?.cell(address.column) }

    /// Every cell whose value is the saved result of a formula.
    public var formulaCells: [CellAddress] {
        rows.flatMap { row in row.cells.filter { $0.formula != nil }.map { CellAddress(row: row.number, column: $0.column)! } }
    }

    /// An error about this sheet, or about a row or cell in it.
    public func error(row: Int? = nil, column: Int? = nil, _ message: String) -> SpreadsheetError {
        SpreadsheetError(file: file, sheet: name, row: row, column: column, message: message)
    }
}

/// A cell with a value: its column, the value, and the formula when the value is a formula's
/// saved result.
public struct Cell: Hashable, Sendable {
    public let column: Int
    /// The value; `nil` only for a formula that has no saved result (a file written by a
    /// program that does not calculate).
    public let value: CellValue?
    /// The formula's text when the value was calculated by a formula (empty for a cell that
    /// shares another cell's formula). The reader never evaluates it.
    public let formula: String?

    public init(column: Int, value: CellValue?, formula: String? = nil) {
        self.column = column
        self.value = value
        self.formula = formula
    }
}

/// One row with values, and typed access to its cells that throws errors naming the file, the
/// sheet, the row and the column.
public struct Row: Sendable {
    public let number: Int
    /// Cells in increasing column order.
    public let cells: [Cell]
    let file: String
    let sheet: String

    init(number: Int, cells: [Cell], file: String, sheet: String) {
        self.number = number
        self.cells = cells
        self.file = file
        self.sheet = sheet
    }

    /// The cell in `column`, or `nil` when it is blank.
    ///
    /// - Complexity: O(log *cells*).
    public func cell(_ column: Int) -> Cell? {
        cells.element(withKey: column, \.column)
    }

    /// Whether no cell has a value other than empty or white-space text.
    public var isBlank: Bool { cells.allSatisfy { Row.isBlank($0.value) && $0.formula == nil } }

    private static func isBlank(_ value: CellValue?) -> Bool {
        guard let value else { return true }
        if case let .text(text) = value { return text.allSatisfy(\.isWhitespace) }
        return false
    }

    /// An error about the cell in `column` of this row.
    public func error(_ column: Int, _ message: String) -> SpreadsheetError {
        SpreadsheetError(file: file, sheet: sheet, row: number, column: column, message: message)
    }

    /// The value in `column`, or `nil` when the cell is blank or holds only white space.
    ///
    /// - Throws: for a formula with no saved result.
    public func value(_ column: Int) throws -> CellValue? {
        guard let cell = cell(column) else { return nil }
        guard let value = cell.value else {
            throw error(column, "the formula has no saved result; open the workbook in Excel or LibreOffice and save it again")
        }
        return Row.isBlank(value) ? nil : value
    }

    /// The value in `column` as text without white space at either end, or `nil` when blank.
    /// Numbers are given in their shortest form (`12`, `3.5`), days in ISO 8601, and truth
    /// values as `TRUE` or `FALSE`.
    public func text(_ column: Int) throws -> String? {
        guard let value = try value(column) else { return nil }
        switch value {
        case let .text(text): return text.trimmingWhitespace()
        case let .error(code): throw error(column, "expected text, found the error value \(code)")
        default: return value.displayText
        }
    }

    /// The text in `column`, which must not be blank.
    public func requiredText(_ column: Int) throws -> String {
        guard let text = try text(column) else { throw error(column, "expected a value, found an empty cell") }
        return text
    }

    /// The number in `column`, or `nil` when blank. Text is accepted when it is a number, with
    /// a decimal point or a decimal comma (`3.5`, `3,5`).
    public func number(_ column: Int) throws -> Double? {
        guard let value = try value(column) else { return nil }
        switch value {
        case let .number(number): return number
        case let .text(text):
            if let number = Row.parseNumber(text.trimmingWhitespace()) { return number }
        default: break
        }
        throw error(column, "expected a number, found \(value.displayText)")
    }

    /// The whole number in `column`, or `nil` when blank; within `range` when one is given.
    public func integer(_ column: Int, in range: ClosedRange<Int>? = nil) throws -> Int? {
        guard let value = try value(column) else { return nil }
        let number: Double?
        switch value {
        case let .number(found): number = found
        case let .text(text): number = Row.parseNumber(text.trimmingWhitespace())
        default: number = nil
        }
        let expected = range.map { "a whole number from \($0.lowerBound) to \($0.upperBound)" } ?? "a whole number"
        guard let number, number == number.rounded(), abs(number) < 1e15 else {
            throw error(column, "expected \(expected), found \(value.displayText)")
        }
        let integer = Int(number)
        if let range, !range.contains(integer) {
            throw error(column, "expected \(expected), found \(value.displayText)")
        }
        return integer
    }

    /// The day in `column`, or `nil` when blank. A date cell gives its day (a time of day, if
    /// any, is dropped); text is accepted as ISO 8601 `YYYY-MM-DD` or as `D.M.YYYY`, the
    /// Finnish and Swedish way of writing days.
    public func day(_ column: Int) throws -> Day? {
        guard let value = try value(column) else { return nil }
        switch value {
        case let .date(day): return day
        case let .dateTime(day, _): return day
        case let .text(text):
            if let day = Row.parseDay(text.trimmingWhitespace()) { return day }
        default: break
        }
        throw error(column, "expected a date, found \(value.displayText)")
    }

    /// The truth value in `column`, or `nil` when blank. Numbers 1 and 0, and the text `TRUE`
    /// or `FALSE` in any case, are accepted.
    public func boolean(_ column: Int) throws -> Bool? {
        guard let value = try value(column) else { return nil }
        switch value {
        case let .boolean(flag): return flag
        case .number(1): return true
        case .number(0): return false
        case let .text(text):
            switch text.trimmingWhitespace().lowercased() {
            case "true": return true
            case "false": return false
            default: break
            }
        default: break
        }
        throw error(column, "expected TRUE or FALSE, found \(value.displayText)")
    }

    static func parseNumber(_ text: String) -> Double? {
        guard !text.isEmpty, text.utf8.allSatisfy({ byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || "+-.,eE".utf8.contains(byte)
        }) else { return nil }
        let commas = text.utf8.filter { $0 == UInt8(ascii: ",") }.count
        let normalised = commas == 1 && !text.contains(".") ? text.replacingComma() : text
        guard let number = Double(normalised), number.isFinite else { return nil }
        return number
    }

    static func parseDay(_ text: String) -> Day? {
        if let day = Day(iso: text) { return day }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
              let day = ASCIIDecimal.value(ArraySlice(parts[0].utf8)),
              let month = ASCIIDecimal.value(ArraySlice(parts[1].utf8)),
              let year = ASCIIDecimal.value(ArraySlice(parts[2].utf8)) else { return nil }
        return Day(year: year, month: month, day: day)
    }
}

extension Array {
    /// The element whose `key` is `value`, in an array sorted by increasing `key`, found by
    /// binary search; `nil` when there is none.
    ///
    /// - Complexity: O(log *n*).
    func element(withKey value: Int, _ key: KeyPath<Element, Int>) -> Element? {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle][keyPath: key] < value { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low][keyPath: key] == value ? self[low] : nil
    }
}

extension String {
    /// The text without white space (including line breaks) at either end.
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }

    fileprivate func replacingComma() -> String {
        String(map { $0 == "," ? "." : $0 })
    }
}
