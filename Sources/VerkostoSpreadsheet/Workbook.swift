import VerkostoSupport

/// A workbook to write: sheets of styled values, column widths, frozen panes, data validation
/// and sheet protection. `data()` and `write(to:)` turn it into an .xlsx file.
public struct Workbook: Sendable {
    public var sheets: [Sheet]
    /// The name of the hidden sheet that holds the items of drop-down lists too long to write
    /// into the validation itself (Excel allows 255 characters there). It is added only when
    /// needed, after the other sheets.
    public var listSheetName: String

    public init(sheets: [Sheet] = [], listSheetName: String = "Lists") {
        self.sheets = sheets
        self.listSheetName = listSheetName
    }
}

/// One sheet to write. Rows and columns are 1-based: `rows[0]` is row 1, and `rows[r][c]` the
/// cell in column c + 1 of that row; `nil` leaves a cell blank.
public struct Sheet: Sendable {
    public var name: String
    public var rows: [[SheetCell?]]
    /// Width and default style of columns, by 1-based column number.
    public var columns: [Int: ColumnFormat]
    /// Heights of rows in points, by 1-based row number; other rows have the default height.
    public var rowHeights: [Int: Double]
    /// How many rows at the top, and columns at the left, stay in view when scrolling.
    public var frozenRows: Int
    public var frozenColumns: Int
    public var validations: [DataValidation]
    /// Whether the sheet is protected (Excel's *Protect Sheet*, with no password): cells whose
    /// style is locked cannot be edited until the user removes the protection. It keeps honest
    /// users from changing instructions by mistake; it is no security.
    public var isProtected: Bool
    public var isHidden: Bool

    public init(name: String, rows: [[SheetCell?]] = [], columns: [Int: ColumnFormat] = [:],
                rowHeights: [Int: Double] = [:], frozenRows: Int = 0, frozenColumns: Int = 0,
                validations: [DataValidation] = [], isProtected: Bool = false, isHidden: Bool = false) {
        self.name = name
        self.rows = rows
        self.columns = columns
        self.rowHeights = rowHeights
        self.frozenRows = frozenRows
        self.frozenColumns = frozenColumns
        self.validations = validations
        self.isProtected = isProtected
        self.isHidden = isHidden
    }
}

/// A value with its style.
public struct SheetCell: Hashable, Sendable {
    public var value: CellValue
    public var style: CellStyle

    public init(_ value: CellValue, style: CellStyle = .plain) {
        self.value = value
        self.style = style
    }

    public static func text(_ text: String, style: CellStyle = .plain) -> SheetCell { SheetCell(.text(text), style: style) }
    public static func number(_ number: Double, style: CellStyle = .plain) -> SheetCell { SheetCell(.number(number), style: style) }
    public static func integer(_ number: Int, style: CellStyle = .plain) -> SheetCell { SheetCell(.number(Double(number)), style: style) }
    public static func boolean(_ value: Bool, style: CellStyle = .plain) -> SheetCell { SheetCell(.boolean(value), style: style) }
    public static func date(_ day: Day, style: CellStyle = .plain) -> SheetCell { SheetCell(.date(day), style: style) }
}

/// A column's width (in Excel's unit, the width of one `0` in the default font) and the style
/// that its empty cells take, so that what a user types there is formatted (for example as a
/// date) and, on a protected sheet, unlocked.
public struct ColumnFormat: Hashable, Sendable {
    public var width: Double?
    public var style: CellStyle?

    public init(width: Double? = nil, style: CellStyle? = nil) {
        self.width = width
        self.style = style
    }
}

/// How a cell looks: bold, wrapped, filled, its number format, and whether protection locks it.
public struct CellStyle: Hashable, Sendable {
    public var isBold: Bool
    /// Wrap text at the column's width (and align it to the top of the cell).
    public var wrapsText: Bool
    public var numberFormat: NumberFormat
    /// A solid background colour, sRGB written `0xRRGGBB` (the low 24 bits are used).
    public var fill: UInt32?
    /// Whether a protected sheet forbids editing the cell (Excel's default is locked).
    public var isLocked: Bool

    public init(isBold: Bool = false, wrapsText: Bool = false, numberFormat: NumberFormat = .general,
                fill: UInt32? = nil, isLocked: Bool = true) {
        self.isBold = isBold
        self.wrapsText = wrapsText
        self.numberFormat = numberFormat
        self.fill = fill
        self.isLocked = isLocked
    }

    /// The default style.
    public static let plain = CellStyle()
    /// A header cell: bold on light grey.
    public static let header = CellStyle(isBold: true, fill: 0xE7E6E6)
    /// Text wrapped at the column's width.
    public static let wrapped = CellStyle(wrapsText: true)
    /// An empty cell for the user to fill in on a protected sheet.
    public static let input = CellStyle(isLocked: false)
}

/// How numbers in a cell are shown.
public enum NumberFormat: Hashable, Sendable {
    /// Excel's `General`. A `.date` or `.dateTime` value in a cell with this format is shown
    /// as `isoDay` or `isoDateTime`.
    case general
    /// `@`: what the user types stays text (ids with leading zeros, for example).
    case text
    /// `0`.
    case integer
    /// `yyyy-mm-dd`.
    case isoDay
    /// `yyyy-mm-dd hh:mm:ss`.
    case isoDateTime
}

/// A data-validation rule on ranges of cells (ECMA-376 Part 1 §18.3.1.32): Excel and
/// LibreOffice refuse other input, and offer a drop-down for lists.
public struct DataValidation: Hashable, Sendable {
    public enum Rule: Hashable, Sendable {
        /// Any value: only the prompt matters.
        case anyValue
        /// One of these texts, offered as a drop-down.
        case list([String])
        /// One of the values in `range` of the sheet named `sheet`, offered as a drop-down.
        case listFromCells(sheet: String, range: CellRange)
        /// A whole number in the range.
        case wholeNumber(ClosedRange<Int>)
        /// A number in the range.
        case decimal(ClosedRange<Double>)
        /// A day in the range.
        case day(ClosedRange<Day>)
    }

    /// A title and a text, for the note shown when a cell is selected, or the error alert.
    public struct Message: Hashable, Sendable {
        public var title: String
        public var text: String

        public init(title: String, text: String) {
            self.title = title
            self.text = text
        }
    }

    public var ranges: [CellRange]
    public var rule: Rule
    public var allowsBlank: Bool
    /// A note shown beside the cell while it is selected (Excel's *Input Message*).
    public var prompt: Message?
    /// The alert shown when input breaks the rule.
    public var error: Message?

    public init(ranges: [CellRange], rule: Rule, allowsBlank: Bool = true, prompt: Message? = nil, error: Message? = nil) {
        self.ranges = ranges
        self.rule = rule
        self.allowsBlank = allowsBlank
        self.prompt = prompt
        self.error = error
    }
}
