import Foundation

/// Reads an .xlsx workbook (ECMA-376 SpreadsheetML, transitional or strict): its sheets by
/// name, their cell values, and their data validations.
///
/// Opening reads the package's relationships, the workbook part, the styles (to tell dates
/// from numbers) and the shared strings; each sheet is read when asked for. Everything that
/// can go wrong is a `SpreadsheetError` in words that names the file and, where one applies,
/// the sheet, the row and the column.
///
///     let workbook = try WorkbookReader(contentsOf: url)
///     let members = try workbook.worksheet(named: "Jäsenet")
public final class WorkbookReader {
    /// A sheet listed by the workbook.
    public struct SheetEntry: Hashable, Sendable {
        public let name: String
        public let isHidden: Bool
        /// The sheet's part, or `nil` for a chart or dialog sheet, which holds no cells.
        let part: String?
    }

    public let file: String
    public let sheets: [SheetEntry]
    public let dateSystem: DateSystem
    private let package: PackageReader
    private let sharedStrings: [String]
    private let formats: [NumberFormatKind]

    /// Opens the workbook file at `url`.
    public convenience init(contentsOf url: URL, limits: ReadLimits = ReadLimits()) throws {
        try self.init(package: PackageReader(url: url, limits: limits))
    }

    /// Opens a workbook held in memory; `name` stands for the file in messages.
    public convenience init(data: Data, name: String, limits: ReadLimits = ReadLimits()) throws {
        try self.init(package: PackageReader(data: data, name: name, limits: limits))
    }

    private init(package: PackageReader) throws {
        self.package = package
        file = package.file
        let workbookPart = try package.relationships(of: "").first { $0.isKind("officeDocument") }?.target
            ?? "xl/workbook.xml"
        guard let workbookData = try package.read(workbookPart) else {
            throw SpreadsheetError(file: file, message: package.contains("content.xml")
                ? "not an .xlsx workbook: this is an OpenDocument (.ods) file; save it as an .xlsx workbook"
                : "not an .xlsx workbook: it has no workbook part (\(workbookPart))")
        }
        let workbookHandler = WorkbookPartHandler()
        try XMLPartParser.parseInFile(workbookData, part: workbookPart, file: file, handler: workbookHandler)
        dateSystem = workbookHandler.uses1904 ? .from1904 : .from1900
        let relationships = try package.relationships(of: workbookPart)
        sheets = try workbookHandler.sheets.map { listed in
            guard let relationship = relationships.first(where: { $0.id == listed.relationship }) else {
                throw SpreadsheetError(file: package.file, sheet: listed.name, message: "the workbook lists the sheet, "
                                       + "but the package has no relationship \(listed.relationship) to its part")
            }
            let part = relationship.isKind("worksheet") ? relationship.target : nil
            return SheetEntry(name: listed.name, isHidden: listed.isHidden, part: part)
        }
        if let stylesPart = relationships.first(where: { $0.isKind("styles") })?.target {
            let handler = StylesPartHandler()
            try XMLPartParser.parseInFile(package.readRequired(stylesPart), part: stylesPart, file: file, handler: handler)
            formats = handler.cellFormats.map { id in handler.customFormats[id].map(NumberFormatKind.custom) ?? .builtIn(id) }
        } else {
            formats = []
        }
        if let stringsPart = relationships.first(where: { $0.isKind("sharedStrings") })?.target {
            let handler = SharedStringsPartHandler()
            try XMLPartParser.parseInFile(package.readRequired(stringsPart), part: stringsPart, file: file, handler: handler)
            sharedStrings = handler.strings
        } else {
            sharedStrings = []
        }
    }

    /// The names of the sheets, in the workbook's order.
    public var sheetNames: [String] { sheets.map(\.name) }

    /// The sheet named `name` (exactly, or else ignoring case, as Excel does).
    ///
    /// - Throws: when the workbook has no such sheet, the sheet is a chart, or its part is
    ///   missing, damaged, too large, or holds a value that is not what its type says.
    public func worksheet(named name: String) throws -> Worksheet {
        guard let entry = sheets.first(where: { $0.name == name })
            ?? sheets.first(where: { $0.name.lowercased() == name.lowercased() }) else {
            let names = sheets.map { "'\($0.name)'" }.joined(separator: ", ")
            throw SpreadsheetError(file: file, message: "the workbook has no sheet '\(name)' (its sheets are \(names))")
        }
        return try read(entry)
    }

    /// Every worksheet, in the workbook's order (chart and dialog sheets are left out).
    public func worksheets() throws -> [Worksheet] {
        try sheets.filter { $0.part != nil }.map(read)
    }

    private func read(_ entry: SheetEntry) throws -> Worksheet {
        guard let part = entry.part else {
            throw SpreadsheetError(file: file, sheet: entry.name, message: "this is a chart or dialog sheet, which holds no cells")
        }
        let data: Data
        do {
            data = try package.readRequired(part, sheet: entry.name)
        } catch let error as SpreadsheetError {
            throw error.inSheet(entry.name)
        }
        let handler = SheetPartHandler(sharedStrings: sharedStrings, formats: formats, dateSystem: dateSystem,
                                       limits: package.limits, file: file, sheet: entry.name)
        do {
            try XMLPartParser.parse(data, part: part, handler: handler)
        } catch let error as SpreadsheetError {
            throw error.inFile(file).inSheet(entry.name)
        }
        return Worksheet(name: entry.name, file: file, isHidden: entry.isHidden, rows: handler.rows,
                         validations: handler.validations)
    }
}

extension XMLPartParser {
    static func parseInFile(_ data: Data, part: String, file: String, handler: some XMLPartHandler) throws {
        do {
            try parse(data, part: part, handler: handler)
        } catch let error as SpreadsheetError {
            throw error.inFile(file)
        }
    }
}

/// `xl/workbook.xml` (§18.2): the sheets in order, and the date system.
private final class WorkbookPartHandler: XMLPartHandler {
    struct Listed {
        let name: String
        let relationship: String
        let isHidden: Bool
    }

    var sheets: [Listed] = []
    var uses1904 = false

    func start(_ name: Substring, attributes: [String: String]) throws {
        switch name {
        case "workbookPr":
            uses1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
        case "sheet":
            guard let sheetName = attributes["name"], let id = attributes.attribute("id") else {
                throw SpreadsheetError(message: "a sheet entry has no name or no relationship id")
            }
            let state = attributes["state"] ?? "visible"
            sheets.append(Listed(name: EscapedString.decode(sheetName), relationship: id, isHidden: state != "visible"))
        default: break
        }
    }

    func end(_ name: Substring) throws {}
    func characters(_ text: String) {}
}

/// `xl/styles.xml` (§18.8): the number format of each cell format (`cellXfs`), and the codes of
/// custom number formats.
private final class StylesPartHandler: XMLPartHandler {
    var customFormats: [Int: String] = [:]
    var cellFormats: [Int] = []
    private var inCellFormats = false

    func start(_ name: Substring, attributes: [String: String]) throws {
        switch name {
        case "numFmt":
            guard let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] else {
                throw SpreadsheetError(message: "a number format has no numFmtId or no formatCode")
            }
            customFormats[id] = code
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats:
            cellFormats.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
        default: break
        }
    }

    func end(_ name: Substring) throws {
        if name == "cellXfs" { inCellFormats = false }
    }

    func characters(_ text: String) {}
}

/// `xl/sharedStrings.xml` (§18.4): each `si` is a string, plain (`t`) or rich (runs `r` of
/// `t`); phonetic runs (`rPh`) are not part of the text.
private final class SharedStringsPartHandler: XMLPartHandler {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phoneticDepth = 0

    func start(_ name: Substring, attributes: [String: String]) throws {
        switch name {
        case "si": current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = phoneticDepth == 0
        default: break
        }
    }

    func end(_ name: Substring) throws {
        switch name {
        case "si": strings.append(EscapedString.decode(current))
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    func characters(_ text: String) {
        if inText { current += text }
    }
}
