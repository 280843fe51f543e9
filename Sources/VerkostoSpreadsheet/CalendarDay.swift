/// A day in the Gregorian calendar, as a spreadsheet cell holds it: no time, no time zone.
///
/// Workbooks store a day as a *serial number* that counts days from an epoch. This type
/// converts both ways for the two date systems of ECMA-376 Part 1 §18.17.4.1 (the
/// `date1904` workbook property):
/// - **1900 system** (the default): serial 1 is 1900-01-01. The system inherits Lotus 1-2-3's
///   mistake of treating 1900 as a leap year, so serial 60 is the day "1900-02-29", which
///   does not exist, and every serial from 61 on is one more than the count of days since
///   1900-01-01 would give: serial 61 is 1900-03-01. Serials 1…59 are 1900-01-01…1900-02-28.
///   Serial 0 (shown by Excel as "1900-01-00") and serial 60 are no day.
/// - **1904 system**: serial 0 is 1904-01-01, with no gap.
///
/// The last day either system can hold is 9999-12-31 (serial 2,958,465 in the 1900 system).
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The day, or `nil` when it does not exist (such as 2023-02-29) or is outside 1…9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDay.length(ofMonth: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses ISO 8601 `YYYY-MM-DD`; `nil` for anything else.
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = CalendarDay.decimal(bytes[0..<4]), let month = CalendarDay.decimal(bytes[5..<7]),
              let day = CalendarDay.decimal(bytes[8..<10]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The value of a run of ASCII digits, or `nil` if any byte is not a digit.
    static func decimal(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days before the first of each month in a common year.
    private static let daysBeforeMonth = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

    /// The day's number counted from 0001-01-01 = 1 (the "Rata Die" count of Reingold and
    /// Dershowitz, *Calendrical Calculations*, for the proleptic Gregorian calendar).
    ///
    /// - Complexity: O(1).
    var rataDie: Int {
        let previousYear = year - 1
        var count = 365 * previousYear + previousYear / 4 - previousYear / 100 + previousYear / 400
        count += CalendarDay.daysBeforeMonth[month - 1]
        if month > 2 && CalendarDay.isLeapYear(year) { count += 1 }
        return count + day
    }

    /// The day with Rata Die number `number`, or `nil` outside the years 1…9999.
    ///
    /// - Complexity: O(1): the year is estimated from the mean Gregorian year and corrected by
    ///   at most one step, the month is found among twelve.
    init?(rataDie number: Int) {
        guard number >= 1, number <= 3_652_059 else { return nil }  // 9999-12-31
        var year = Int(Double(number) / 365.2425) + 1
        func firstOfYear(_ year: Int) -> Int {
            let previous = year - 1
            return 365 * previous + previous / 4 - previous / 100 + previous / 400 + 1
        }
        while year > 1 && firstOfYear(year) > number { year -= 1 }
        while firstOfYear(year + 1) <= number { year += 1 }
        var dayOfYear = number - firstOfYear(year)  // 0-based
        var month = 1
        while month < 12 {
            let length = CalendarDay.length(ofMonth: month, year: year)
            if dayOfYear < length { break }
            dayOfYear -= length
            month += 1
        }
        self.init(year: year, month: month, day: dayOfYear + 1)
    }

    // MARK: Serial numbers

    /// Rata Die of the day before serial 1 in the 1900 system (1899-12-31), used for serials 1…59.
    private static let rataDie1899December31 = 693_595
    /// Rata Die of 1904-01-01, serial 0 in the 1904 system.
    private static let rataDie1904January1 = 695_056

    /// The day a whole serial number stands for, or `nil` when it is no day (see the type's
    /// description: serial 0 and 60 in the 1900 system, negative serials, and days after 9999).
    ///
    /// - Complexity: O(1).
    public init?(serial: Int, system: DateSystem) {
        switch system {
        case .from1900:
            switch serial {
            case 1...59: self.init(rataDie: CalendarDay.rataDie1899December31 + serial)
            case 61...: self.init(rataDie: CalendarDay.rataDie1899December31 + serial - 1)
            default: return nil
            }
        case .from1904:
            guard serial >= 0 else { return nil }
            self.init(rataDie: CalendarDay.rataDie1904January1 + serial)
        }
    }

    /// The day's serial number, or `nil` when the system cannot hold the day (before
    /// 1900-01-01 in the 1900 system, before 1904-01-01 in the 1904 system).
    public func serial(in system: DateSystem) -> Int? {
        switch system {
        case .from1900:
            let offset = rataDie - CalendarDay.rataDie1899December31
            switch offset {
            case ...0: return nil
            case 1...59: return offset
            default: return offset + 1
            }
        case .from1904:
            let offset = rataDie - CalendarDay.rataDie1904January1
            return offset >= 0 ? offset : nil
        }
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// ISO 8601 `YYYY-MM-DD`.
    public var description: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }
}

/// The epoch of a workbook's serial dates (ECMA-376 Part 1 §18.2.28, `workbookPr@date1904`).
public enum DateSystem: Sendable, Hashable {
    /// Serial 1 is 1900-01-01, with the 1900 leap-year bug (the default, and what Excel for
    /// Windows and LibreOffice write).
    case from1900
    /// Serial 0 is 1904-01-01 (old Excel for Mac workbooks).
    case from1904
}
