import Foundation
import VerkostoModel

/// Typed values from text cells, each with a message saying what was expected.
public enum FieldParsing {
    /// An ISO date `YYYY-MM-DD`.
    public static func day(_ text: String) -> Result<Day, FieldError> {
        let trimmed = trimmedText(text)
        guard let day = Day(iso: trimmed) else {
            return .failure(FieldError("expected a date YYYY-MM-DD, got '\(text)'"))
        }
        return .success(day)
    }

    /// A whole number in decimal digits with an optional minus sign. Decimal commas or points,
    /// exponents, `NaN` and values beyond 64 bits are refused.
    public static func integer(_ text: String) -> Result<Int, FieldError> {
        let trimmed = trimmedText(text)
        let digits = trimmed.hasPrefix("-") ? trimmed.dropFirst() : Substring(trimmed)
        if !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            if let value = Int(trimmed) { return .success(value) }
            return .failure(FieldError("expected an integer, got '\(text)', which is out of range"))
        }
        if trimmed.contains(",") || trimmed.contains(".") {
            return .failure(FieldError("expected an integer, got '\(text)' (no decimals or decimal commas)"))
        }
        return .failure(FieldError("expected an integer, got '\(text)'"))
    }

    /// A decimal number written with digits, an optional minus sign and an optional `.` and
    /// decimals (`63.0029`, `-1`). Decimal commas, exponents, `NaN` and infinities are refused.
    public static func decimal(_ text: String) -> Result<Double, FieldError> {
        let trimmed = trimmedText(text)
        let unsigned = trimmed.hasPrefix("-") ? trimmed.dropFirst() : Substring(trimmed)
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let digits = { (part: Substring) in !part.isEmpty && part.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }
        if parts.count >= 1, digits(parts[0]), parts.count == 1 || digits(parts[1]), let value = Double(trimmed), value.isFinite {
            return .success(value)
        }
        if trimmed.contains(",") {
            return .failure(FieldError("expected a decimal number with a '.', got '\(text)' (no decimal commas)"))
        }
        return .failure(FieldError("expected a decimal number such as 60.1712, got '\(text)'"))
    }

    /// One of an enumeration's raw values.
    public static func choice<E: RawRepresentable & CaseIterable>(_ text: String, as type: E.Type) -> Result<E, FieldError>
    where E.RawValue == String {
        let trimmed = trimmedText(text)
        if let value = E(rawValue: trimmed) { return .success(value) }
        let names = E.allCases.map(\.rawValue).joined(separator: ", ")
        return .failure(FieldError("expected one of: \(names); got '\(text)'"))
    }
}

/// Why a text cell is not the value its column needs.
public struct FieldError: Error, Hashable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// Reads typed values from the rows of one raw table, throwing errors placed at the cell.
struct RowReader {
    let raw: RawTable
    let header: [String]
    let width: Int

    /// Checks the header against the format: a missing required column throws, an unknown
    /// column gives a warning.
    init(_ raw: RawTable, warnings: inout [DataError]) throws {
        self.raw = raw
        width = raw.header.count
        var positions: [String: Int] = [:]
        for (position, name) in raw.header.enumerated() where positions[name] == nil { positions[name] = position }
        header = raw.header
        let spec = TableSpec.columns[raw.table]!
        for column in spec where column.required && positions[column.name] == nil {
            throw DataError(raw.headerPlace, "missing required column '\(column.name)' in \(raw.table) (expected columns: \(spec.map(\.name).joined(separator: ", ")))")
        }
        for name in raw.header where !spec.contains(where: { $0.name == name }) {
            if case .json = raw.origin, raw.cells.isEmpty { continue }
            warnings.append(DataError(raw.headerPlace, "unknown column '\(name)' in \(raw.table) is ignored", isWarning: true))
        }
    }

    /// The cell, or `nil` when it is empty or the column is absent. Columns are found by a
    /// linear scan of the header, which beats hashing for the ten columns a table has at most.
    func cell(_ row: Int, _ column: String) -> String? {
        guard let position = header.firstIndex(of: column) else { return nil }
        let value = raw.cells[row * width + position]
        return value.isEmpty ? nil : value
    }

    func fail(_ row: Int, _ column: String, _ message: String) -> DataError {
        DataError(raw.place(row: row, column: column), message)
    }

    /// A required, non-empty text; ids are trimmed of surrounding spaces.
    func required(_ row: Int, _ column: String, trim: Bool = true) throws -> String {
        guard let value = cell(row, column), !value.isEmpty else {
            throw fail(row, column, "expected a value for '\(column)', found none")
        }
        return trim ? trimmedText(value) : value
    }

    func optional(_ row: Int, _ column: String) -> String { cell(row, column) ?? "" }

    func day(_ row: Int, _ column: String) throws -> Day {
        guard let value = cell(row, column) else { throw fail(row, column, "expected a date YYYY-MM-DD, found none") }
        return try check(FieldParsing.day(value), row, column)
    }

    func optionalDay(_ row: Int, _ column: String) throws -> Day? {
        guard let value = cell(row, column), !trimmedText(value).isEmpty else { return nil }
        return try check(FieldParsing.day(value), row, column)
    }

    func integer(_ row: Int, _ column: String, default fallback: Int) throws -> Int {
        guard let value = cell(row, column), !trimmedText(value).isEmpty else { return fallback }
        return try check(FieldParsing.integer(value), row, column)
    }

    /// An optional decimal: `nil` when the cell is empty or the column absent.
    func decimal(_ row: Int, _ column: String) throws -> Double? {
        guard let value = cell(row, column), !trimmedText(value).isEmpty else { return nil }
        return try check(FieldParsing.decimal(value), row, column)
    }

    /// The point of the `latitude` and `longitude` columns: both or neither (one without the
    /// other is an error at the empty cell).
    func geoPoint(_ row: Int) throws -> GeoPoint? {
        let latitude = try decimal(row, "latitude"), longitude = try decimal(row, "longitude")
        switch (latitude, longitude) {
        case let (latitude?, longitude?): return GeoPoint(latitude: latitude, longitude: longitude)
        case (nil, nil): return nil
        case (_?, nil): throw fail(row, "longitude", "latitude is given but longitude is not; give both or neither")
        case (nil, _?): throw fail(row, "latitude", "longitude is given but latitude is not; give both or neither")
        }
    }

    func choice<E: RawRepresentable & CaseIterable>(_ row: Int, _ column: String, default fallback: E? = nil) throws -> E
    where E.RawValue == String {
        guard let value = cell(row, column), !trimmedText(value).isEmpty else {
            if let fallback { return fallback }
            throw fail(row, column, "expected one of: \(E.allCases.map(\.rawValue).joined(separator: ", ")); found none")
        }
        return try check(FieldParsing.choice(value, as: E.self), row, column)
    }

    func check<T>(_ result: Result<T, FieldError>, _ row: Int, _ column: String) throws -> T {
        switch result {
        case let .success(value): return value
        case let .failure(error): throw fail(row, column, error.message)
        }
    }
}

/// `text` without leading and trailing spaces and tabs; fast when there are none.
func trimmedText(_ text: String) -> String {
    let utf8 = text.utf8
    guard let first = utf8.first, let last = utf8.last else { return text }
    func blank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    if !blank(first) && !blank(last) { return text }
    return text.trimmingCharacters(in: .whitespaces)
}
