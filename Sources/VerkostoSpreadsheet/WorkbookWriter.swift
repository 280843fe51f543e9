import Foundation
import VerkostoSupport
import ZIPFoundation

extension Workbook {
    /// The workbook as the bytes of an .xlsx file (ECMA-376 Part 1, SpreadsheetML, in the
    /// transitional namespaces that Excel and LibreOffice write).
    ///
    /// The same workbook always gives the same bytes: parts in a fixed order, every zip entry
    /// dated 1980-01-01 00:00 (the first instant a zip can record) with fixed permissions, and
    /// styles and shared strings numbered in order of first use.
    ///
    /// Text is written as shared strings, never as a formula, whatever it starts with; no cell
    /// formula (`<f>`) is ever written. Characters XML cannot carry are escaped as `_xHHHH_`.
    ///
    /// - Throws: `SpreadsheetError` naming the sheet, row and column of what cannot be written:
    ///   an invalid or repeated sheet name, text over 32,767 characters, a number that is not
    ///   finite, a day before 1900, a bad validation.
    /// - Complexity: O(total size of the cells).
    public func data() throws -> Data {
        var writer = PackageWriter(workbook: self)
        let parts = try writer.parts()
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
            for (path, bytes) in parts {
                let data = Data(bytes)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: PackageWriter.entryDate, permissions: 0o644,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
        } catch {
            throw SpreadsheetError(kind: .inputOutput, message: "cannot assemble the .xlsx package in memory")
        }
        guard let data = archive.data else {
            throw SpreadsheetError(kind: .inputOutput, message: "cannot assemble the .xlsx package")
        }
        return data
    }

    /// Writes the workbook to `url` atomically (a temporary file, then a rename): a reader sees
    /// the old file or the whole new one.
    public func write(to url: URL) throws {
        let bytes: Data
        do {
            bytes = try data()
        } catch let error as SpreadsheetError {
            throw error.inFile(url.path)
        }
        try AtomicFile.write(bytes, to: url)
    }
}

/// Turns a `Workbook` into the parts of an OPC package: content types, relationships, the
/// workbook, styles, shared strings and one part per sheet.
struct PackageWriter {
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)  // 1980-01-01T00:00:00Z
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    /// Excel's limits: characters in a cell, in a sheet name, in a list written into a validation.
    static let maximumTextLength = 32_767
    static let maximumSheetNameLength = 31
    static let maximumInlineListLength = 255

    let workbook: Workbook
    private var styles = StyleTable()
    private var strings = SharedStringTable()

    init(workbook: Workbook) {
        self.workbook = workbook
    }

    /// The parts in package order, each as its path and bytes.
    mutating func parts() throws -> [(String, [UInt8])] {
        var sheets = workbook.sheets
        guard !sheets.isEmpty else { throw SpreadsheetError(message: "a workbook needs at least one sheet") }
        guard sheets.contains(where: { !$0.isHidden }) else {
            throw SpreadsheetError(message: "a workbook needs at least one sheet that is not hidden")
        }
        try PackageWriter.checkNames(sheets.map(\.name))
        if let lists = try PackageWriter.moveLongLists(of: &sheets, to: workbook.listSheetName) {
            try PackageWriter.checkNames(sheets.map(\.name) + [lists.name])
            sheets.append(lists)
        }
        let selected = sheets.firstIndex(where: { !$0.isHidden })!
        var sheetParts: [[UInt8]] = []
        for (index, sheet) in sheets.enumerated() {
            do {
                var writer = SheetWriter(sheet: sheet, sheetNames: sheets.map(\.name), isSelected: index == selected)
                sheetParts.append(try writer.part(styles: &styles, strings: &strings))
            } catch let error as SpreadsheetError {
                throw error.inSheet(sheet.name)
            }
        }
        var parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", packageRelationships()),
            ("xl/workbook.xml", workbookPart(sheets, selected: selected)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", styles.part()),
            ("xl/sharedStrings.xml", strings.part()),
        ]
        for (index, bytes) in sheetParts.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", bytes))
        }
        return parts
    }

    /// Checks Excel's rules for sheet names: 1–31 characters, none of `: \ / ? * [ ]`, no
    /// apostrophe first or last, not `History` (Excel reserves it), and no two names equal when
    /// case is ignored.
    static func checkNames(_ names: [String]) throws {
        var seen: Set<String> = []
        for name in names {
            let place = SpreadsheetError(sheet: name, message: "")
            func fail(_ message: String) -> SpreadsheetError {
                var error = place
                error.message = message
                return error
            }
            guard !name.isEmpty else { throw SpreadsheetError(message: "a sheet name is empty") }
            guard name.utf16.count <= maximumSheetNameLength else {
                throw fail("the sheet name is longer than \(maximumSheetNameLength) characters")
            }
            if let bad = name.first(where: { ":\\/?*[]".contains($0) }) {
                throw fail("a sheet name cannot contain '\(bad)'")
            }
            guard !name.hasPrefix("'"), !name.hasSuffix("'") else {
                throw fail("a sheet name cannot begin or end with an apostrophe")
            }
            guard name.unicodeScalars.allSatisfy({ EscapedString.isCarriedByXML($0) && $0.value >= 0x20 }) else {
                throw fail("a sheet name cannot contain control characters")
            }
            guard name.lowercased() != "history" else { throw fail("Excel reserves the sheet name 'History'") }
            guard seen.insert(name.lowercased()).inserted else {
                throw fail("two sheets have this name (Excel ignores case)")
            }
        }
    }

    /// Replaces each list rule that cannot be written into the validation itself (over 255
    /// characters, or an item with a comma, a quote or a character XML cannot carry) with a
    /// reference to a column of a hidden sheet that holds its items, and returns that sheet.
    static func moveLongLists(of sheets: inout [Sheet], to listSheetName: String) throws -> Sheet? {
        var columns: [[String]] = []
        for sheetIndex in sheets.indices {
            for validationIndex in sheets[sheetIndex].validations.indices {
                guard case let .list(items) = sheets[sheetIndex].validations[validationIndex].rule else { continue }
                guard !items.isEmpty else {
                    throw SpreadsheetError(sheet: sheets[sheetIndex].name, message: "a drop-down list has no items")
                }
                if let empty = items.firstIndex(where: \.isEmpty) {
                    throw SpreadsheetError(sheet: sheets[sheetIndex].name,
                                           message: "item \(empty + 1) of a drop-down list is empty")
                }
                guard !fitsInline(items) else { continue }
                let column: Int
                if let existing = columns.firstIndex(of: items) {
                    column = existing + 1
                } else {
                    columns.append(items)
                    column = columns.count
                }
                let range = CellRange(column: column, rows: 1...items.count)!
                sheets[sheetIndex].validations[validationIndex].rule = .listFromCells(sheet: listSheetName, range: range)
            }
        }
        guard !columns.isEmpty else { return nil }
        let height = columns.map(\.count).max()!
        let rows: [[SheetCell?]] = (0..<height).map { row in
            columns.map { items in row < items.count ? SheetCell(.text(items[row])) : nil }
        }
        return Sheet(name: listSheetName, rows: rows, isHidden: true)
    }

    /// Whether a list can be written as `"a,b,c"` in the validation's formula.
    static func fitsInline(_ items: [String]) -> Bool {
        let length = items.reduce(items.count - 1) { $0 + $1.utf16.count }
        return length <= maximumInlineListLength && items.allSatisfy { item in
            item.unicodeScalars.allSatisfy { $0 != "," && $0 != "\"" && $0 != "\r" && EscapedString.isCarriedByXML($0) }
        }
    }

    private func contentTypes(sheetCount: Int) -> [UInt8] {
        var xml = XMLBytes()
        xml.raw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        xml.raw("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        xml.raw("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        let main = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        xml.raw("<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(main).sheet.main+xml\"/>")
        xml.raw("<Override PartName=\"/xl/styles.xml\" ContentType=\"\(main).styles+xml\"/>")
        xml.raw("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(main).sharedStrings+xml\"/>")
        for index in 1...sheetCount {
            xml.raw("<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"\(main).worksheet+xml\"/>")
        }
        xml.raw("</Types>\n")
        return xml.bytes
    }

    private func packageRelationships() -> [UInt8] {
        var xml = XMLBytes()
        xml.raw("<Relationships xmlns=\"\(PackageWriter.packageRelationshipNamespace)\">")
        xml.raw("<Relationship Id=\"rId1\" Type=\"\(PackageWriter.relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>")
        xml.raw("</Relationships>\n")
        return xml.bytes
    }

    private func workbookPart(_ sheets: [Sheet], selected: Int) -> [UInt8] {
        var xml = XMLBytes()
        xml.raw("<workbook xmlns=\"\(PackageWriter.mainNamespace)\" xmlns:r=\"\(PackageWriter.relationshipNamespace)\">")
        xml.raw("<bookViews><workbookView activeTab=\"\(selected)\"/></bookViews><sheets>")
        for (index, sheet) in sheets.enumerated() {
            xml.raw("<sheet")
            xml.attribute("name", sheet.name)
            xml.raw(" sheetId=\"\(index + 1)\"")
            if sheet.isHidden { xml.raw(" state=\"hidden\"") }
            xml.raw(" r:id=\"rId\(index + 1)\"/>")
        }
        xml.raw("</sheets></workbook>\n")
        return xml.bytes
    }

    private func workbookRelationships(sheetCount: Int) -> [UInt8] {
        var xml = XMLBytes()
        let type = PackageWriter.relationshipNamespace
        xml.raw("<Relationships xmlns=\"\(PackageWriter.packageRelationshipNamespace)\">")
        for index in 1...sheetCount {
            xml.raw("<Relationship Id=\"rId\(index)\" Type=\"\(type)/worksheet\" Target=\"worksheets/sheet\(index).xml\"/>")
        }
        xml.raw("<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(type)/styles\" Target=\"styles.xml\"/>")
        xml.raw("<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(type)/sharedStrings\" Target=\"sharedStrings.xml\"/>")
        xml.raw("</Relationships>\n")
        return xml.bytes
    }
}

/// The shared-string table being written (`xl/sharedStrings.xml`, §18.4): each distinct text
/// once, numbered in order of first use.
struct SharedStringTable {
    private var strings: [String] = []
    private var indices: [String: Int] = [:]
    private var references = 0

    mutating func index(of text: String) -> Int {
        references += 1
        if let index = indices[text] { return index }
        strings.append(text)
        indices[text] = strings.count - 1
        return strings.count - 1
    }

    func part() -> [UInt8] {
        var xml = XMLBytes(capacity: strings.reduce(256) { $0 + $1.utf8.count + 16 })
        xml.raw("<sst xmlns=\"\(PackageWriter.mainNamespace)\" count=\"\(references)\" uniqueCount=\"\(strings.count)\">")
        for text in strings {
            xml.raw("<si>")
            SharedStringTable.appendText(text, to: &xml)
            xml.raw("</si>")
        }
        xml.raw("</sst>\n")
        return xml.bytes
    }

    /// `<t>` with the text escaped (`_xHHHH_`, then XML), keeping white space at either end
    /// with `xml:space="preserve"`.
    static func appendText(_ text: String, to xml: inout XMLBytes) {
        let escaped = EscapedString.encode(text)
        let edges = [escaped.unicodeScalars.first, escaped.unicodeScalars.last]
        if edges.contains(where: { $0.map { $0 == " " || $0 == "\t" || $0 == "\n" } ?? false }) {
            xml.raw("<t xml:space=\"preserve\">")
        } else {
            xml.raw("<t>")
        }
        xml.text(escaped)
        xml.raw("</t>")
    }
}
