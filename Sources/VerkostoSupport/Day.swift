#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A calendar day in the proleptic Gregorian calendar, without time or time zone, in the years
/// 1…9999: the one date type of Verkosto (data, snapshots, and the days spreadsheet cells hold).
///
/// Verkosto's data is dated to the day (ISO 8601 `YYYY-MM-DD`). `Day` is ordered, so
/// "active on day d" is a pair of integer comparisons.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a day, or returns `nil` when the date does not exist (for example 2023-02-29).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`. Returns `nil` for anything else.
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = ASCIIDecimal.value(bytes[0..<4]), let m = ASCIIDecimal.value(bytes[5..<7]),
              let d = ASCIIDecimal.value(bytes[8..<10]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses a snapshot date as the CLI takes it: an ISO date, or a year, which means
    /// 31 December of that year.
    public init?(snapshot text: some StringProtocol) {
        let trimmed = text.trimmingCharacters(in: " \t")
        if trimmed.count == 4, let year = Int(trimmed) {
            self.init(year: year, month: 12, day: 31)
        } else {
            self.init(iso: trimmed)
        }
    }

    /// Today in the local time zone.
    public static var today: Day {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before), by the civil-from-days algorithm of
    /// Howard Hinnant ("chrono-Compatible Low-Level Date Algorithms").
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = (month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The first and the last day a `Day` can be: 0001-01-01 and 9999-12-31.
    public static let first = Day(year: 1, month: 1, day: 1)!
    public static let last = Day(year: 9999, month: 12, day: 31)!

    /// The day `ordinal` days after 1970-01-01, or `nil` outside ``first``…``last``.
    public init?(checkedOrdinal ordinal: Int) {
        guard (Day.first.ordinal...Day.last.ordinal).contains(ordinal) else { return nil }
        self.init(ordinal: ordinal)
    }

    /// The day `ordinal` days after 1970-01-01; the ordinal must lie within ``first``…``last``.
    public init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let m = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
        self.init(year: y, month: m, day: d)!
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> Day { Day(ordinal: ordinal + count) }

    /// The same day `count` years later, clamped to the month's last day (29 February → 28).
    public func adding(years count: Int) -> Day {
        let y = year + count
        return Day(year: y, month: month, day: min(day, Day.daysIn(month: month, year: y)))!
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String { ISODate.text(year: year, month: month, day: day) }

    /// The day as `localisation`'s language writes it in running text: "1.11.2026", "2026-11-01".
    public func text(_ localisation: Localisation) -> String {
        localisation.date(year: year, month: month, day: day)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a date YYYY-MM-DD, got '\(text)'")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension StringProtocol {
    func trimmingCharacters(in characters: String) -> Substring {
        let set = Set(characters)
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return text
    }
}

/// Whole numbers written in ASCII digits.
public enum ASCIIDecimal {
    /// The value of a run of ASCII digits, or `nil` when it is empty or any byte is not a digit.
    public static func value(_ bytes: some Collection<UInt8>) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
