import VerkostoModel
import VerkostoSupport

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
        return trim ? FieldParsing.trimmed(value) : value
    }

    func optional(_ row: Int, _ column: String) -> String { cell(row, column) ?? "" }

    func day(_ row: Int, _ column: String) throws -> Day {
        guard let value = cell(row, column) else { throw fail(row, column, "expected a date YYYY-MM-DD, found none") }
        return try check(FieldParsing.day(value), row, column)
    }

    func optionalDay(_ row: Int, _ column: String) throws -> Day? {
        guard let value = cell(row, column), !FieldParsing.trimmed(value).isEmpty else { return nil }
        return try check(FieldParsing.day(value), row, column)
    }

    func integer(_ row: Int, _ column: String, default fallback: Int) throws -> Int {
        guard let value = cell(row, column), !FieldParsing.trimmed(value).isEmpty else { return fallback }
        return try check(FieldParsing.integer(value), row, column)
    }

    /// An optional decimal: `nil` when the cell is empty or the column absent.
    func decimal(_ row: Int, _ column: String) throws -> Double? {
        guard let value = cell(row, column), !FieldParsing.trimmed(value).isEmpty else { return nil }
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
        guard let value = cell(row, column), !FieldParsing.trimmed(value).isEmpty else {
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
