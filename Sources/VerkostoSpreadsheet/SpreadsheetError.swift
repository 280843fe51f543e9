import VerkostoSupport

/// A failure to read or write a workbook, with the place it concerns, in words.
///
/// The description is one line that names, where they apply, the file, the sheet, the part of
/// the package (with its line in the XML), the row and the column:
///
///     members.xlsx: sheet 'Jäsenet' row 12 column C: expected a date, found 'huomenna'
///     members.xlsx: xl/styles.xml line 3: the XML is not well-formed (a tag is not closed)
public struct SpreadsheetError: VerkostoError, Hashable, Sendable {
    public let kind: FailureKind
    /// The workbook file, when there is one (the writer's in-memory output has none).
    public var file: String?
    /// The sheet, by its name in the workbook.
    public var sheet: String?
    /// The package part (the file inside the zip) and, for XML errors, the line in it.
    public var part: String?
    public var partLine: Int?
    /// The 1-based row and column, when the error concerns one row, one column or one cell.
    public var row: Int?
    public var column: Int?
    /// What is wrong, and where it helps, what was expected.
    public var message: String

    init(kind: FailureKind = .badData, file: String? = nil, sheet: String? = nil, part: String? = nil,
         partLine: Int? = nil, row: Int? = nil, column: Int? = nil, message: String) {
        self.kind = kind
        self.file = file
        self.sheet = sheet
        self.part = part
        self.partLine = partLine
        self.row = row
        self.column = column
        self.message = message
    }

    /// Whether the input data is at fault (rather than a missing file or a failed read or write).
    public var isBadData: Bool { kind == .badData }

    /// The error with `file` filled in where it was not known yet.
    func inFile(_ file: String) -> SpreadsheetError {
        var copy = self
        if copy.file == nil { copy.file = file }
        return copy
    }

    /// The error with `sheet` filled in where it was not known yet.
    func inSheet(_ sheet: String) -> SpreadsheetError {
        var copy = self
        if copy.sheet == nil { copy.sheet = sheet }
        return copy
    }

    /// The place in words: "file: sheet 'S' (part line L) row R column C".
    public var place: String {
        var words: [String] = []
        if let sheet { words.append("sheet '\(sheet)'") }
        if let part {
            let partWords = part + (partLine.map { " line \($0)" } ?? "")
            words.append(sheet == nil ? partWords : "(\(partWords))")
        }
        if let row { words.append("row \(row)") }
        if let column { words.append("column \(CellAddress.columnName(column))") }
        let inside = words.joined(separator: " ")
        switch (file, inside.isEmpty) {
        case let (file?, false): return "\(file): \(inside)"
        case let (file?, true): return file
        case (nil, _): return inside
        }
    }

    public var description: String {
        let place = place
        return place.isEmpty ? message : "\(place): \(message)"
    }
}
