import Foundation
import VerkostoSupport

/// Typed values of the model from text cells (CSV, JSON, graph attributes), each failure with a
/// message saying what was expected. Every reader of input uses these, so a value means the
/// same in every format.
public enum FieldParsing {
    /// An ISO date `YYYY-MM-DD`.
    public static func day(_ text: String) -> Result<Day, FieldError> {
        let value = trimmed(text)
        guard let day = Day(iso: value) else {
            return .failure(FieldError("expected a date YYYY-MM-DD, got '\(text)'"))
        }
        return .success(day)
    }

    /// A whole number in decimal digits with an optional minus sign. Decimal commas or points,
    /// exponents, `NaN` and values beyond 64 bits are refused.
    public static func integer(_ text: String) -> Result<Int, FieldError> {
        let value = trimmed(text)
        let digits = value.hasPrefix("-") ? value.dropFirst() : Substring(value)
        if !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            if let number = Int(value) { return .success(number) }
            return .failure(FieldError("expected an integer, got '\(text)', which is out of range"))
        }
        if value.contains(",") || value.contains(".") {
            return .failure(FieldError("expected an integer, got '\(text)' (no decimals or decimal commas)"))
        }
        return .failure(FieldError("expected an integer, got '\(text)'"))
    }

    /// A decimal number written with digits, an optional minus sign and an optional `.` and
    /// decimals (`63.0029`, `-1`). Decimal commas, exponents, `NaN` and infinities are refused.
    public static func decimal(_ text: String) -> Result<Double, FieldError> {
        let value = trimmed(text)
        let unsigned = value.hasPrefix("-") ? value.dropFirst() : Substring(value)
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let digits = { (part: Substring) in !part.isEmpty && part.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }
        if parts.count >= 1, digits(parts[0]), parts.count == 1 || digits(parts[1]), let number = Double(value), number.isFinite {
            return .success(number)
        }
        if value.contains(",") {
            return .failure(FieldError("expected a decimal number with a '.', got '\(text)' (no decimal commas)"))
        }
        return .failure(FieldError("expected a decimal number such as 60.1712, got '\(text)'"))
    }

    /// One of an enumeration's raw values.
    public static func choice<E: RawRepresentable & CaseIterable>(_ text: String, as type: E.Type) -> Result<E, FieldError>
    where E.RawValue == String {
        let value = trimmed(text)
        if let choice = E(rawValue: value) { return .success(choice) }
        let names = E.allCases.map(\.rawValue).joined(separator: ", ")
        return .failure(FieldError("expected one of: \(names); got '\(text)'"))
    }

    /// `text` without leading and trailing spaces and tabs; fast when there are none.
    public static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        func blank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        if !blank(first) && !blank(last) { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }
}

/// Why a text cell is not the value its column needs.
public struct FieldError: Error, Hashable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
