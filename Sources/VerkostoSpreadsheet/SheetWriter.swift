import Foundation
import VerkostoSupport

/// Writes one sheet's part (`xl/worksheets/sheetN.xml`, ECMA-376 Part 1 §18.3), its elements in
/// the order the schema (`CT_Worksheet`) requires.
struct SheetWriter {
    let sheet: Sheet
    let sheetNames: [String]
    let isSelected: Bool

    /// Excel's limits on a data-validation message: title, input message, error message.
    static let maximumMessageTitleLength = 32
    static let maximumPromptLength = 255
    static let maximumErrorLength = 225
    /// Excel's default column width, in widths of `0`.
    static let defaultColumnWidth = 9.140625

    mutating func part(styles: inout StyleTable, strings: inout SharedStringTable) throws -> [UInt8] {
        let lastColumn = sheet.rows.map(\.count).max() ?? 0
        guard sheet.rows.count <= CellAddress.maximumRow, lastColumn <= CellAddress.maximumColumn else {
            throw SpreadsheetError(message: "the sheet has more rows or columns than a workbook can hold "
                                   + "(\(CellAddress.maximumRow) rows, \(CellAddress.maximumColumn) columns)")
        }
        guard (0..<CellAddress.maximumRow).contains(sheet.frozenRows),
              (0..<CellAddress.maximumColumn).contains(sheet.frozenColumns) else {
            throw SpreadsheetError(message: "the frozen rows and columns must be within the sheet")
        }
        var xml = XMLBytes(capacity: 1024 + sheet.rows.count * max(1, lastColumn) * 24)
        xml.raw("<worksheet xmlns=\"\(PackageWriter.mainNamespace)\" xmlns:r=\"\(PackageWriter.relationshipNamespace)\">")
        let used = sheet.rows.isEmpty || lastColumn == 0 ? "A1"
            : CellRange(CellAddress(row: 1, column: 1)!, CellAddress(row: sheet.rows.count, column: lastColumn)!).description
        xml.raw("<dimension ref=\"\(used)\"/>")
        writeView(to: &xml)
        xml.raw("<sheetFormatPr defaultRowHeight=\"15\"/>")
        try writeColumns(to: &xml, styles: &styles)
        try writeData(to: &xml, styles: &styles, strings: &strings)
        if sheet.isProtected { xml.raw("<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\"/>") }
        try writeValidations(to: &xml)
        xml.raw("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
        xml.raw("</worksheet>\n")
        return xml.bytes
    }

    private func writeView(to xml: inout XMLBytes) {
        xml.raw("<sheetViews><sheetView\(isSelected ? " tabSelected=\"1\"" : "") workbookViewId=\"0\"")
        let (rows, columns) = (sheet.frozenRows, sheet.frozenColumns)
        guard rows > 0 || columns > 0 else {
            xml.raw("/></sheetViews>")
            return
        }
        let topLeft = CellAddress(row: rows + 1, column: columns + 1)!.description
        let pane = rows > 0 && columns > 0 ? "bottomRight" : (rows > 0 ? "bottomLeft" : "topRight")
        xml.raw("><pane")
        if columns > 0 { xml.raw(" xSplit=\"\(columns)\"") }
        if rows > 0 { xml.raw(" ySplit=\"\(rows)\"") }
        xml.raw(" topLeftCell=\"\(topLeft)\" activePane=\"\(pane)\" state=\"frozen\"/>")
        xml.raw("<selection pane=\"\(pane)\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/></sheetView></sheetViews>")
    }

    private func writeColumns(to xml: inout XMLBytes, styles: inout StyleTable) throws {
        guard !sheet.columns.isEmpty else { return }
        xml.raw("<cols>")
        for (column, format) in sheet.columns.sorted(by: { $0.key < $1.key }) {
            guard (1...CellAddress.maximumColumn).contains(column) else {
                throw SpreadsheetError(message: "column number \(column) is outside 1…\(CellAddress.maximumColumn)")
            }
            if let width = format.width, !(0...255).contains(width) {
                throw SpreadsheetError(column: column, message: "a column width must be between 0 and 255, not \(width)")
            }
            xml.raw("<col min=\"\(column)\" max=\"\(column)\"")
            xml.raw(" width=\"\(CellValue.numberText(format.width ?? SheetWriter.defaultColumnWidth))\"")
            if let style = format.style { xml.raw(" style=\"\(styles.index(of: style, for: nil))\"") }
            if format.width != nil { xml.raw(" customWidth=\"1\"") }
            xml.raw("/>")
        }
        xml.raw("</cols>")
    }

    private func writeData(to xml: inout XMLBytes, styles: inout StyleTable, strings: inout SharedStringTable) throws {
        for (row, height) in sheet.rowHeights where !(0...409).contains(height) {
            throw SpreadsheetError(row: row, message: "a row height must be between 0 and 409 points, not \(height)")
        }
        let lastRow = max(sheet.rows.count, sheet.rowHeights.keys.max() ?? 0)
        guard lastRow > 0 else {
            xml.raw("<sheetData/>")
            return
        }
        guard lastRow <= CellAddress.maximumRow else {
            throw SpreadsheetError(row: lastRow, message: "the row is beyond the last row a sheet can hold")
        }
        xml.raw("<sheetData>")
        for rowNumber in 1...lastRow {
            let cells = rowNumber <= sheet.rows.count ? sheet.rows[rowNumber - 1] : []
            let height = sheet.rowHeights[rowNumber]
            guard height != nil || cells.contains(where: { $0 != nil }) else { continue }
            xml.raw("<row r=\"\(rowNumber)\"")
            if let height { xml.raw(" ht=\"\(CellValue.numberText(height))\" customHeight=\"1\"") }
            xml.raw(">")
            for (index, cell) in cells.enumerated() {
                guard let cell else { continue }
                do {
                    try writeCell(cell, column: index + 1, row: rowNumber, to: &xml, styles: &styles, strings: &strings)
                } catch var error as SpreadsheetError {
                    error.row = rowNumber
                    error.column = index + 1
                    throw error
                }
            }
            xml.raw("</row>")
        }
        xml.raw("</sheetData>")
    }

    private func writeCell(_ cell: SheetCell, column: Int, row: Int, to xml: inout XMLBytes,
                           styles: inout StyleTable, strings: inout SharedStringTable) throws {
        let style = styles.index(of: cell.style, for: cell.value)
        if case let .text(text) = cell.value, text.isEmpty, style == 0 { return }
        let reference = CellAddress.columnName(column) + String(row)
        xml.raw("<c r=\"\(reference)\"")
        if style != 0 { xml.raw(" s=\"\(style)\"") }
        switch cell.value {
        case let .text(text):
            guard !text.isEmpty else {
                xml.raw("/>")
                return
            }
            guard text.utf16.count <= PackageWriter.maximumTextLength else {
                throw SpreadsheetError(message: "the text is longer than \(PackageWriter.maximumTextLength) characters, "
                                       + "the most a cell can hold")
            }
            xml.raw(" t=\"s\"><v>\(strings.index(of: text))</v></c>")
        case let .number(number):
            guard number.isFinite else { throw SpreadsheetError(message: "a number must be finite, not \(number)") }
            xml.raw("><v>\(CellValue.numberText(number))</v></c>")
        case let .boolean(value):
            xml.raw(" t=\"b\"><v>\(value ? 1 : 0)</v></c>")
        case let .date(day):
            xml.raw("><v>\(try SheetWriter.serial(of: day))</v></c>")
        case let .dateTime(day, second):
            guard (0..<86_400).contains(second) else {
                throw SpreadsheetError(message: "a time of day must be 0…86,399 seconds, not \(second)")
            }
            let serial = Double(try SheetWriter.serial(of: day)) + Double(second) / 86_400
            xml.raw("><v>\(CellValue.numberText(serial))</v></c>")
        case let .error(code):
            guard SheetWriter.errorCodes.contains(code) else {
                throw SpreadsheetError(message: "'\(code)' is not a spreadsheet error value")
            }
            xml.raw(" t=\"e\"><v>")
            xml.text(code)
            xml.raw("</v></c>")
        }
    }

    /// The error values of ECMA-376 Part 1 §18.17.7 (formula errors), which is all `t="e"` holds.
    static let errorCodes: Set<String> = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]

    static func serial(of day: Day) throws -> Int {
        guard let serial = day.serial(in: .from1900) else {
            throw SpreadsheetError(message: "the day \(day) is before 1900-01-01, the first day a workbook can hold")
        }
        return serial
    }

    private func writeValidations(to xml: inout XMLBytes) throws {
        guard !sheet.validations.isEmpty else { return }
        xml.raw("<dataValidations count=\"\(sheet.validations.count)\">")
        for validation in sheet.validations {
            guard !validation.ranges.isEmpty else { throw SpreadsheetError(message: "a data validation covers no cells") }
            let (type, first, second) = try formulas(of: validation.rule)
            xml.raw("<dataValidation type=\"\(type)\"")
            if second != nil { xml.raw(" operator=\"between\"") }
            if validation.allowsBlank { xml.raw(" allowBlank=\"1\"") }
            if validation.prompt != nil { xml.raw(" showInputMessage=\"1\"") }
            if type != "none" { xml.raw(" showErrorMessage=\"1\"") }
            if let error = validation.error {
                try appendMessage(error, titleName: "errorTitle", textName: "error",
                                  textLimit: SheetWriter.maximumErrorLength, to: &xml)
            }
            if let prompt = validation.prompt {
                try appendMessage(prompt, titleName: "promptTitle", textName: "prompt",
                                  textLimit: SheetWriter.maximumPromptLength, to: &xml)
            }
            xml.attribute("sqref", validation.ranges.map(\.description).joined(separator: " "))
            xml.raw(">")
            if let first { xml.element("formula1", text: first) }
            if let second { xml.element("formula2", text: second) }
            xml.raw("</dataValidation>")
        }
        xml.raw("</dataValidations>")
    }

    private func appendMessage(_ message: DataValidation.Message, titleName: String, textName: String,
                               textLimit: Int, to xml: inout XMLBytes) throws {
        guard message.title.utf16.count <= SheetWriter.maximumMessageTitleLength else {
            throw SpreadsheetError(message: "the validation message title '\(message.title)' is longer than "
                                   + "\(SheetWriter.maximumMessageTitleLength) characters")
        }
        guard message.text.utf16.count <= textLimit else {
            throw SpreadsheetError(message: "a validation message is longer than \(textLimit) characters")
        }
        if !message.title.isEmpty { xml.attribute(titleName, EscapedString.encode(message.title)) }
        xml.attribute(textName, EscapedString.encode(message.text))
    }

    /// The validation's type and its one or two formulas (constants or a cell reference only).
    private func formulas(of rule: DataValidation.Rule) throws -> (String, String?, String?) {
        switch rule {
        case .anyValue:
            return ("none", nil, nil)
        case let .list(items):
            return ("list", "\"" + items.joined(separator: ",") + "\"", nil)
        case let .listFromCells(sheetName, range):
            guard sheetNames.contains(sheetName) else {
                throw SpreadsheetError(message: "a drop-down list refers to the sheet '\(sheetName)', which the workbook does not have")
            }
            let quoted = "'" + sheetName.replacingOccurrences(of: "'", with: "''") + "'"
            let absolute = { (cell: CellAddress) in "$\(cell.columnName)$\(cell.row)" }
            return ("list", "\(quoted)!\(absolute(range.first)):\(absolute(range.last))", nil)
        case let .wholeNumber(bounds):
            return ("whole", String(bounds.lowerBound), String(bounds.upperBound))
        case let .decimal(bounds):
            guard bounds.lowerBound.isFinite, bounds.upperBound.isFinite else {
                throw SpreadsheetError(message: "the bounds of a number validation must be finite")
            }
            return ("decimal", CellValue.numberText(bounds.lowerBound), CellValue.numberText(bounds.upperBound))
        case let .day(bounds):
            return ("date", String(try SheetWriter.serial(of: bounds.lowerBound)),
                    String(try SheetWriter.serial(of: bounds.upperBound)))
        }
    }
}
