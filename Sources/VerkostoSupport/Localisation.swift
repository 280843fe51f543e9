import Foundation

/// The three languages of Verkosto's user interface and names: Finnish first.
public enum Language: String, CaseIterable, Sendable, Codable {
    case fi, sv, en
}

/// Text in one language: its words (``Glossary``) and how it writes numbers, shares, days and
/// lists. The CLI, the maps and the report take every word and every formatted figure from
/// here, so that one language reads the same everywhere.
///
/// ```swift
/// let text = Localisation(.sv)
/// text.words.legend               // "Teckenförklaring"
/// text.percent(0.456)             // "46 %"
/// text.date(year: 2026, month: 11, day: 1)  // "1.11.2026"
/// ```
public struct Localisation: Sendable, Hashable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    /// The glossary of ``language``: the one place where Verkosto switches on the language.
    public var words: any Glossary {
        switch language {
        case .fi: return FinnishGlossary()
        case .sv: return SwedishGlossary()
        case .en: return EnglishGlossary()
        }
    }

    /// A share in [0, 1] as a whole percentage, rounded half away from zero: "46 %" in Finnish
    /// and Swedish, "46%" in English. A share that is not finite counts as 0.
    public func percent(_ share: Double) -> String {
        words.percentText(Int(((share.isFinite ? share : 0) * 100).rounded()))
    }

    /// `value` with exactly `places` decimals and the language's decimal separator, rounded as
    /// C's `printf` rounds (the nearest decimal to the binary value, ties to even):
    /// `decimal(-0.126)` is "-0,13" in Finnish. A value that rounds to zero has no sign; one
    /// that is not a number is "–".
    public func decimal(_ value: Double, places: Int = 2) -> String {
        precondition((0...9).contains(places), "between 0 and 9 decimals")
        guard !value.isNaN else { return "–" }
        var text = String(format: "%.\(places)f", value)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { text.removeFirst() }
        let separator = words.decimalSeparator
        return separator == "." ? text : text.replacingOccurrences(of: ".", with: separator)
    }

    /// `value` with at most two decimals, trailing zeros dropped, and the language's decimal
    /// separator: 0.5 is "0,5" in Finnish, 2 is "2". For labels on maps and charts.
    public func number(_ value: Double) -> String {
        let text = ShortNumber.text(value)
        let separator = words.decimalSeparator
        return separator == "." ? text : text.replacingOccurrences(of: ".", with: separator)
    }

    /// A day as the language writes it in running text: "1.11.2026" in Finnish and Swedish,
    /// "2026-11-01" in English.
    public func date(year: Int, month: Int, day: Int) -> String {
        words.date(year: year, month: month, day: day)
    }

    /// A whole number with its thousands grouped as the language writes them: "674 500" in
    /// Finnish and Swedish (with a no-break space), "674,500" in English; a negative number
    /// with a minus sign.
    /// - Complexity: O(digits).
    public func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        let separator = words.thousandsSeparator
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += separator }
            out.append(digit)
        }
        return (value < 0 ? "−" : "") + out
    }

    /// A signed whole number of points: "+6", "−3" (with a minus sign), "±0".
    public func signed(_ points: Int) -> String {
        points > 0 ? "+\(points)" : points < 0 ? "−\(-points)" : "±0"
    }

    /// Items joined as a sentence lists them: "A, B ja C", "A, B och C", "A, B and C".
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(words.and) " + items.last!
    }
}

/// Dates as ISO 8601 text, `YYYY-MM-DD`.
public enum ISODate {
    /// `2026-11-01`; years below 1000 are padded to four digits.
    public static func text(year: Int, month: Int, day: Int) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

/// A number for labels and coordinates: at most two decimals, no exponent, `0` for values that
/// are not finite.
public enum ShortNumber {
    public static func text(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let r = (x * 100).rounded() / 100
        if r == r.rounded(), abs(r) < 9e15 { return String(Int(r)) }
        var s = String(r)
        if s.contains("e") { s = String(Int(r.rounded())) }
        return s
    }
}
