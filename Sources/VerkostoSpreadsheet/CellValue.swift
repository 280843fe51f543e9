import VerkostoSupport

/// The value of one cell, as the writer takes it and the reader gives it back.
///
/// Text is always text: the writer stores it as a string, never as a formula, whatever it
/// starts with (`=`, `+`, `-`, `@`), and the reader reports a formula's cached result, never
/// the formula, as the value.
public enum CellValue: Hashable, Sendable {
    case text(String)
    /// A finite number (SpreadsheetML keeps IEEE 754 doubles).
    case number(Double)
    case boolean(Bool)
    /// A whole day: a serial number with a date format.
    case date(Day)
    /// A day and a time of day in whole seconds (0 ..< 86,400): a serial number with a fraction,
    /// under a format that shows a date.
    case dateTime(Day, secondOfDay: Int)
    /// An error value such as `#DIV/0!` or `#N/A` (ECMA-376 Part 1 §18.18.11, `ST_CellType` `e`).
    case error(String)

    /// The value in words for messages: text in single quotes, numbers in their shortest
    /// round-trip form, days in ISO 8601, `TRUE`/`FALSE`, and error values as they are.
    public var displayText: String {
        switch self {
        case let .text(text): return "'\(text)'"
        case let .number(number): return CellValue.numberText(number)
        case let .boolean(value): return value ? "TRUE" : "FALSE"
        case let .date(day): return day.description
        case let .dateTime(day, second):
            return "\(day)T\(CellValue.clockText(second))"
        case let .error(code): return code
        }
    }

    /// `HH:MM:SS` for a second of the day.
    static func clockText(_ second: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(two(second / 3600)):\(two(second / 60 % 60)):\(two(second % 60))"
    }

    /// A number as the shortest text that reads back as the same double: integers without a
    /// fraction (`3`, not `3.0`), others as Swift prints them (`0.1`, `1e-05`).
    static func numberText(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 9_007_199_254_740_992 {
            return String(Int64(number))
        }
        return number.description
    }
}
