/// One column of a table of records: its header, width, style, and how a record fills it.
///
/// Sheets of typed rows are written by describing the columns once:
///
///     let sheet = Sheet(name: "Kysely", records: answers, columns: [
///         SheetColumn("network", width: 30) { .text($0.network) },
///         SheetColumn("trust", width: 8, validation: .list(["1", "2", "3", "4"])) { $0.trust.map { .number(Double($0)) } },
///     ], inputRows: 0)
public struct SheetColumn<Record> {
    public var header: String
    public var width: Double?
    /// The style of the column's value cells and of its empty input cells.
    public var style: CellStyle
    public var validation: DataValidation.Rule?
    public var prompt: DataValidation.Message?
    public var value: (Record) -> CellValue?

    public init(_ header: String, width: Double? = nil, style: CellStyle = .plain,
                validation: DataValidation.Rule? = nil, prompt: DataValidation.Message? = nil,
                value: @escaping (Record) -> CellValue?) {
        self.header = header
        self.width = width
        self.style = style
        self.validation = validation
        self.prompt = prompt
        self.value = value
    }
}

extension Sheet {
    /// A table: a header row in `headerStyle`, frozen, then one row per record, then
    /// `inputRows` empty rows to fill in. Each column's style is also its empty cells' style,
    /// and its validation and prompt cover its record and input rows.
    ///
    /// - Complexity: O(*records* × *columns*).
    public init<Record>(name: String, records: some Sequence<Record>, columns: [SheetColumn<Record>],
                        inputRows: Int = 0, headerStyle: CellStyle = .header) {
        var rows: [[SheetCell?]] = [columns.map { SheetCell(.text($0.header), style: headerStyle) }]
        for record in records {
            rows.append(columns.map { column in column.value(record).map { SheetCell($0, style: column.style) } })
        }
        let lastRow = rows.count + max(0, inputRows)
        var formats: [Int: ColumnFormat] = [:]
        var validations: [DataValidation] = []
        for (index, column) in columns.enumerated() {
            let number = index + 1
            formats[number] = ColumnFormat(width: column.width, style: column.style == .plain ? nil : column.style)
            guard lastRow >= 2, column.validation != nil || column.prompt != nil,
                  let range = CellRange(column: number, rows: 2...lastRow) else { continue }
            validations.append(DataValidation(ranges: [range], rule: column.validation ?? .anyValue, prompt: column.prompt))
        }
        self.init(name: name, rows: rows, columns: formats, frozenRows: 1, validations: validations)
    }
}

extension Sheet {
    /// A protected sheet of instructions: `title` in bold, then each paragraph in its own row,
    /// wrapped at `width` (in widths of `0`), with rows tall enough for the wrapped lines.
    ///
    /// Row heights are estimated, because a file cannot ask Excel to fit them: a line holds
    /// about `width` characters and is 15 points high in the default 11-point font.
    ///
    /// - Complexity: O(total length of the text).
    public static func instructions(name: String, title: String, paragraphs: [String], width: Double = 100) -> Sheet {
        let titleStyle = CellStyle(isBold: true, wrapsText: true)
        var rows: [[SheetCell?]] = [[.text(title, style: titleStyle)]]
        var heights: [Int: Double] = [:]
        for paragraph in paragraphs {
            rows.append([.text(paragraph, style: .wrapped)])
            let charactersPerLine = max(1, Int(width))
            let lines = paragraph.split(separator: "\n", omittingEmptySubsequences: false)
                .reduce(0) { $0 + max(1, ($1.count + charactersPerLine - 1) / charactersPerLine) }
            if lines > 1 { heights[rows.count] = Double(lines) * 15 + 2 }
        }
        return Sheet(name: name, rows: rows, columns: [1: ColumnFormat(width: width)], rowHeights: heights, isProtected: true)
    }
}
