import Foundation

/// What a cell's number format says a number is: a plain number, a day, a day with a time, or
/// a time of day (or a duration) alone.
///
/// SpreadsheetML stores dates as numbers; only the number format (ECMA-376 Part 1 §18.8.30,
/// `numFmt`) tells them apart. Built-in formats are known by their id; custom formats by
/// their code.
enum NumberFormatKind: Hashable, Sendable {
    case number
    case date
    case dateTime
    case time

    /// The kind of built-in format `id` (§18.8.30's table; 27–36 and 50–58 are the East Asian
    /// date formats, of which 32, 33 and 55–58 in some locales show times).
    ///
    /// Ids 14–17 are dates (14 is the locale's short date), 18–21 and 45–47 times, 22 a date
    /// with a time.
    static func builtIn(_ id: Int) -> NumberFormatKind {
        switch id {
        case 14...17, 27...31, 34...36, 50...54: return .date
        case 22: return .dateTime
        case 18...21, 32, 33, 45...47, 55...58: return .time
        default: return .number
        }
    }

    /// The kind of a custom format code, such as `yyyy-mm-dd`, `[$-40B]D.M.YYYY`, `d.m.yyyy h:mm`
    /// or `#,##0.00`.
    ///
    /// Quoted literals (`"..."`), escaped characters (`\x`), colours, conditions and locale tags
    /// in brackets, the fill and padding markers `*x` and `_x`, and `AM/PM` and `A/P` are
    /// skipped; elapsed-time brackets (`[h]`, `[mm]`, `[ss]`) count as time. Then `y`, `d` or
    /// an `m` in a format with no hours or seconds make a date; `h` or `s` make a time (an
    /// `m` beside them is minutes). `General`, exponents (`E+`) and `@` (text) hold none of
    /// these letters. Era years (`e`, `g`) of East Asian calendars are not recognised. Only the first
    /// section (before `;`) is read: it is the one for positive numbers, which days are.
    ///
    /// - Complexity: O(*n*) in the length of the code.
    static func custom(_ code: String) -> NumberFormatKind {
        var hasDate = false, hasTime = false, hasMonthOrMinute = false
        let lowered = code.lowercased().replacingOccurrences(of: "am/pm", with: "").replacingOccurrences(of: "a/p", with: "")
        var iterator = lowered.unicodeScalars.makeIterator()
        loop: while let scalar = iterator.next() {
            switch scalar {
            case ";": break loop
            case "\"":
                while let next = iterator.next(), next != "\"" {}
            case "\\", "*", "_":
                _ = iterator.next()
            case "[":
                var inside = ""
                while let next = iterator.next(), next != "]" { inside.unicodeScalars.append(next) }
                if !inside.isEmpty, inside.unicodeScalars.allSatisfy({ "hms".unicodeScalars.contains($0) }) { hasTime = true }
            case "y", "d": hasDate = true
            case "h", "s": hasTime = true
            case "m": hasMonthOrMinute = true
            case "@": return .number
            default: break
            }
        }
        if hasMonthOrMinute && !hasTime { hasDate = true }
        switch (hasDate, hasTime) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        case (false, false): return .number
        }
    }
}
