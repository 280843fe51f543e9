import Foundation
import VerkostoSupport

/// Reads a worksheet part (§18.3): rows (`row`) of cells (`c`) with a value (`v`), a formula
/// (`f`) or an inline string (`is`), and the data validations.
///
/// - A row without `r` follows the previous row; a cell without `r` follows the previous cell.
/// - Cell types (`t`, §18.18.11): `s` shared string, `inlineStr`, `str` (a formula's text
///   result), `b` boolean, `e` error, `d` ISO 8601 date, `n` or none: a number, which is a day
///   or a day and time when its style's number format shows a date.
/// - A formula cell gives its saved value; the formula text is kept beside it.
final class SheetPartHandler: XMLPartHandler {
    private let sharedStrings: [String]
    private let formats: [NumberFormatKind]
    private let dateSystem: DateSystem
    private let limits: ReadLimits
    private let file: String
    private let sheet: String

    private(set) var rows: [Row] = []
    private(set) var validations: [DataValidation] = []

    private var inSheetData = false
    private var rowNumber = 0
    private var rowCells: [Cell] = []
    private var cellCount = 0

    // The cell being read.
    private var cellColumn = 0
    private var cellType = "n"
    private var cellStyle = 0
    private var valueText: String?
    private var formulaText: String?
    private var inlineText: String?
    private var phoneticDepth = 0

    // What characters are collected into.
    private enum Target { case none, value, formula, inline, validationFormula1, validationFormula2, validationRanges }
    private var target = Target.none

    // The data validation being read.
    private var validationAttributes: [String: String]?
    private var validationFormula1 = ""
    private var validationFormula2 = ""
    private var validationRanges = ""

    init(sharedStrings: [String], formats: [NumberFormatKind], dateSystem: DateSystem, limits: ReadLimits,
         file: String, sheet: String) {
        self.sharedStrings = sharedStrings
        self.formats = formats
        self.dateSystem = dateSystem
        self.limits = limits
        self.file = file
        self.sheet = sheet
    }

    private func error(column: Int? = nil, _ message: String) -> SpreadsheetError {
        SpreadsheetError(file: file, sheet: sheet, row: rowNumber > 0 ? rowNumber : nil, column: column, message: message)
    }

    func start(_ name: Substring, attributes: [String: String]) throws {
        switch name {
        case "sheetData": inSheetData = true
        case "row" where inSheetData: try startRow(attributes)
        case "c" where inSheetData: try startCell(attributes)
        case "v" where inSheetData:
            valueText = ""
            target = .value
        case "f" where inSheetData:
            formulaText = ""
            target = .formula
        case "is" where inSheetData: inlineText = ""
        case "rPh": phoneticDepth += 1
        case "t" where inSheetData && inlineText != nil:
            target = phoneticDepth == 0 ? .inline : .none
        case "dataValidation":
            validationAttributes = attributes
            validationFormula1 = ""
            validationFormula2 = ""
            validationRanges = attributes["sqref"] ?? ""
        case "formula1" where validationAttributes != nil: target = .validationFormula1
        case "formula2" where validationAttributes != nil: target = .validationFormula2
        case "sqref" where validationAttributes != nil: target = .validationRanges
        default: break
        }
    }

    func end(_ name: Substring) throws {
        switch name {
        case "sheetData": inSheetData = false
        case "row" where inSheetData: endRow()
        case "c" where inSheetData: try endCell()
        case "v", "f", "t", "formula1", "formula2", "sqref": target = .none
        case "rPh": phoneticDepth -= 1
        case "dataValidation":
            if let attributes = validationAttributes, let validation = makeValidation(attributes) {
                validations.append(validation)
            }
            validationAttributes = nil
        default: break
        }
    }

    func characters(_ text: String) {
        switch target {
        case .none: break
        case .value: valueText? += text
        case .formula: formulaText? += text
        case .inline: inlineText? += text
        case .validationFormula1: validationFormula1 += text
        case .validationFormula2: validationFormula2 += text
        case .validationRanges: validationRanges += text
        }
    }

    // MARK: Rows and cells

    private func startRow(_ attributes: [String: String]) throws {
        let previous = rowNumber
        if let reference = attributes["r"] {
            guard let number = Int(reference), (1...CellAddress.maximumRow).contains(number) else {
                throw error("the row number '\(reference)' is not a row number of a workbook")
            }
            rowNumber = number
        } else {
            rowNumber = previous + 1
        }
        guard rowNumber > previous else {
            throw error("the rows are out of order: row \(rowNumber) comes after row \(previous)")
        }
        rowCells = []
        cellColumn = 0
    }

    private func endRow() {
        guard !rowCells.isEmpty else { return }
        rows.append(Row(number: rowNumber, cells: rowCells, file: file, sheet: sheet))
    }

    private func startCell(_ attributes: [String: String]) throws {
        let previous = cellColumn
        if let reference = attributes["r"] {
            guard let address = CellAddress(reference) else {
                throw error("'\(reference)' is not a cell reference")
            }
            guard address.row == rowNumber else {
                throw error("the cell \(reference) is inside row \(rowNumber)")
            }
            cellColumn = address.column
        } else {
            cellColumn = previous + 1
            guard cellColumn <= CellAddress.maximumColumn else {
                throw error("the row has more cells than a workbook's \(CellAddress.maximumColumn) columns")
            }
        }
        guard cellColumn > previous else {
            throw error(column: cellColumn, "the cells are out of order, or the cell appears twice")
        }
        cellType = attributes["t"] ?? "n"
        if let style = attributes["s"] {
            guard let index = Int(style), index >= 0 else {
                throw error(column: cellColumn, "the style index '\(style)' is not a number")
            }
            cellStyle = index
        } else {
            cellStyle = 0
        }
        valueText = nil
        formulaText = nil
        inlineText = nil
    }

    private func endCell() throws {
        let value = try cellValue()
        guard value != nil || formulaText != nil else { return }
        guard rowNumber <= limits.maximumRows else {
            throw error("the sheet goes beyond row \(limits.maximumRows), the most this reader accepts")
        }
        guard cellColumn <= limits.maximumColumns else {
            throw error(column: cellColumn, "the sheet goes beyond column \(CellAddress.columnName(limits.maximumColumns)), "
                        + "the most this reader accepts")
        }
        cellCount += 1
        guard cellCount <= limits.maximumCells else {
            throw error(column: cellColumn, "the sheet has more than \(limits.maximumCells) cells with values, "
                        + "the most this reader accepts")
        }
        rowCells.append(Cell(column: cellColumn, value: value, formula: formulaText))
    }

    /// The value of the cell just read, or `nil` when it has none.
    private func cellValue() throws -> CellValue? {
        switch cellType {
        case "inlineStr":
            return inlineText.map { .text(EscapedString.decode($0)) } ?? valueText.map { .text(EscapedString.decode($0)) }
        case "s":
            guard let text = valueText else { return nil }
            guard let index = Int(text.trimmingWhitespace()), index >= 0 else {
                throw error(column: cellColumn, "the shared-string index '\(text)' is not a number")
            }
            guard index < sharedStrings.count else {
                throw error(column: cellColumn, "the cell refers to shared string \(index), but the workbook has "
                            + "\(sharedStrings.count)")
            }
            return .text(sharedStrings[index])
        case "str":
            return valueText.map { .text(EscapedString.decode($0)) }
        case "b":
            guard let text = valueText?.trimmingWhitespace() else { return nil }
            switch text {
            case "1", "true": return .boolean(true)
            case "0", "false": return .boolean(false)
            default: throw error(column: cellColumn, "expected a boolean value 0 or 1, found '\(text)'")
            }
        case "e":
            return valueText.map { .error($0.trimmingWhitespace()) }
        case "d":
            guard let text = valueText?.trimmingWhitespace() else { return nil }
            guard let value = SheetPartHandler.isoDateTime(text) else {
                throw error(column: cellColumn, "expected an ISO 8601 date, found '\(text)'")
            }
            return value
        case "n":
            guard let text = valueText?.trimmingWhitespace() else { return nil }
            guard let number = Double(text), number.isFinite else {
                throw error(column: cellColumn, "expected a number, found '\(text)'")
            }
            return numberValue(number)
        default:
            throw error(column: cellColumn, "'\(cellType)' is not a cell type")
        }
    }

    /// A number as a day, or a day and time, when its style shows a date and it is a day the
    /// workbook's date system has; otherwise the number.
    private func numberValue(_ number: Double) -> CellValue {
        let kind = cellStyle < formats.count ? formats[cellStyle] : .number
        guard kind == .date || kind == .dateTime, number >= 0, number < 3e6 else { return .number(number) }
        var whole = Int(number.rounded(.down))
        var second = Int(((number - Double(whole)) * 86_400).rounded())
        if second == 86_400 {
            whole += 1
            second = 0
        }
        guard let day = Day(serial: whole, system: dateSystem) else { return .number(number) }
        return kind == .date && second == 0 ? .date(day) : .dateTime(day, secondOfDay: second)
    }

    /// `YYYY-MM-DD`, optionally followed by `THH:MM[:SS[.fff]]` and a zone (ignored), as cells of
    /// type `d` hold them (§22.9.2.16 `ST_DateTime`, ISO 8601).
    static func isoDateTime(_ text: String) -> CellValue? {
        guard let day = Day(iso: text.prefix(10)) else { return nil }
        guard text.count > 10 else { return .date(day) }
        let time = Array(text.utf8.dropFirst(10))
        guard time.count >= 6, time[0] == UInt8(ascii: "T"), time[3] == UInt8(ascii: ":"),
              let hour = ASCIIDecimal.value(time[1..<3]), let minute = ASCIIDecimal.value(time[4..<6]),
              hour < 24, minute < 60 else { return nil }
        var second = 0
        if time.count >= 9, time[6] == UInt8(ascii: ":") {
            guard let value = ASCIIDecimal.value(time[7..<9]), value < 60 else { return nil }
            second = value
        }
        return .dateTime(day, secondOfDay: hour * 3600 + minute * 60 + second)
    }

    // MARK: Data validations

    /// The validation in the shape the writer takes, or `nil` for a kind this reader leaves out.
    private func makeValidation(_ attributes: [String: String]) -> DataValidation? {
        let ranges = validationRanges.split(separator: " ").compactMap { CellRange($0) }
        guard !ranges.isEmpty else { return nil }
        let operation = attributes["operator"] ?? "between"
        let rule: DataValidation.Rule
        switch attributes["type"] ?? "none" {
        case "none":
            rule = .anyValue
        case "list":
            guard let list = SheetPartHandler.listRule(validationFormula1) else { return nil }
            rule = list
        case "whole" where operation == "between":
            guard let low = Int(validationFormula1), let high = Int(validationFormula2), low <= high else { return nil }
            rule = .wholeNumber(low...high)
        case "decimal" where operation == "between":
            guard let low = Double(validationFormula1), let high = Double(validationFormula2), low <= high else { return nil }
            rule = .decimal(low...high)
        case "date" where operation == "between":
            guard let low = Int(validationFormula1).flatMap({ Day(serial: $0, system: dateSystem) }),
                  let high = Int(validationFormula2).flatMap({ Day(serial: $0, system: dateSystem) }),
                  low <= high else { return nil }
            rule = .day(low...high)
        default:
            return nil
        }
        func message(_ title: String, _ text: String) -> DataValidation.Message? {
            guard let body = attributes[text] else { return nil }
            return DataValidation.Message(title: EscapedString.decode(attributes[title] ?? ""), text: EscapedString.decode(body))
        }
        let showsPrompt = attributes["showInputMessage"] == "1" || attributes["showInputMessage"] == "true"
        return DataValidation(ranges: ranges, rule: rule,
                              allowsBlank: attributes["allowBlank"] == "1" || attributes["allowBlank"] == "true",
                              prompt: showsPrompt ? message("promptTitle", "prompt") : nil,
                              error: message("errorTitle", "error"))
    }

    /// `"a,b,c"` as a list of items, or `Sheet!$A$1:$A$5` (the sheet name quoted when needed) as
    /// a reference to cells.
    static func listRule(_ formula: String) -> DataValidation.Rule? {
        let formula = formula.trimmingWhitespace()
        if formula.hasPrefix("\""), formula.hasSuffix("\""), formula.count >= 2 {
            let inside = formula.dropFirst().dropLast().replacingOccurrences(of: "\"\"", with: "\"")
            return .list(inside.split(separator: ",", omittingEmptySubsequences: false).map(String.init))
        }
        guard let bang = formula.lastIndex(of: "!") else { return nil }
        var sheetName = String(formula[..<bang])
        if sheetName.hasPrefix("'"), sheetName.hasSuffix("'"), sheetName.count >= 2 {
            sheetName = String(sheetName.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
        }
        let reference = formula[formula.index(after: bang)...].replacingOccurrences(of: "$", with: "")
        guard !sheetName.isEmpty, let range = CellRange(reference) else { return nil }
        return .listFromCells(sheet: sheetName, range: range)
    }
}
