import GRDB
import GRDBSQLite
import VerkostoModel
import VerkostoSupport

extension AtlasDatabase {
    /// The whole data set, tables in insertion order.
    ///
    /// Every value is read as the model has it: a value the model does not know (an organisation
    /// kind, a role, a date that is not a date) is an error naming the table, the row and the
    /// column, never replaced by a default. The schema's CHECK constraints keep such values
    /// out; this catches a database changed outside Verkosto.
    ///
    /// - Throws: ``StoreError`` `.badData` for such a value; SQLite failures as ``StoreError``.
    /// - Complexity: O(*n*) in the number of rows; plain SQL reads into arrays.
    public func load() throws -> Atlas {
        try translatingErrors { try queue.read { db in try Self.load(db, path: path) } }
    }

    /// Rows in each table.
    public func counts() throws -> [String: Int] {
        try translatingErrors { try queue.read { db in try Self.counts(db) } }
    }

    static func counts(_ db: Database) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in Atlas.tableNames {
            counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
        }
        return counts
    }

    static func load(_ db: Database, path: String) throws -> Atlas {
        func rows<T>(_ table: String, _ make: (StoredRow) throws -> T) throws -> [T] {
            let columns = TableSpec.names(table)
            let statement = try db.makeStatement(sql: "SELECT \(columns.joined(separator: ", ")) FROM \(table) ORDER BY rowid")
            var result: [T] = []
            let handle = statement.sqliteStatement
            while true {
                let code = sqlite3_step(handle)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage) }
                result.append(try make(StoredRow(handle: handle, database: path, table: table, columns: columns, row: result.count)))
            }
            return result
        }
        var metadata: [String: String] = [:]
        for (key, value) in try rows("metadata", { ($0.text(0), $0.text(1)) }) { metadata[key] = value }
        return Atlas(
            metadata: metadata,
            sectors: try rows("sectors") { Sector(id: $0.text(0), name: LocalizedText(fi: $0.text(1), sv: $0.text(2), en: $0.text(3))) },
            directions: try rows("directions") { Direction(id: $0.text(0), name: LocalizedText(fi: $0.text(1), sv: $0.text(2), en: $0.text(3))) },
            regions: try rows("regions") { Region(id: $0.text(0), name: LocalizedText(fi: $0.text(1), sv: $0.text(2))) },
            municipalities: try rows("municipalities") {
                Municipality(id: $0.text(0), name: LocalizedText(fi: $0.text(1), sv: $0.text(2)), region: $0.text(3),
                             type: try $0.choice(4), language: try $0.choice(5), population: $0.integer(6),
                             centre: $0.geoPoint(7, 8))
            },
            networks: try rows("networks") {
                Network(id: $0.text(0), name: LocalizedText(fi: $0.text(1), sv: $0.text(2), en: $0.text(3)), sector: $0.text(4),
                        unit: $0.text(5), goal: $0.text(6), operatingModel: $0.text(7),
                        period: Period(since: try $0.day(8), until: try $0.day(9)))
            },
            organisations: try rows("organisations") {
                Organisation(id: $0.text(0), name: $0.text(1), kind: try $0.choice(2), municipality: $0.text(3),
                             language: try $0.choice(4))
            },
            memberships: try rows("memberships") {
                Membership(organisation: $0.text(0), network: $0.text(1), role: try $0.choice(2),
                           period: Period(since: try $0.day(3), until: try $0.day(4)))
            },
            networkDirections: try rows("network_directions") {
                NetworkDirection(network: $0.text(0), direction: $0.text(1), priority: $0.integer(2))
            },
            collaborations: try rows("collaborations") {
                Collaboration(networkA: $0.text(0), networkB: $0.text(1), kind: try $0.choice(2),
                              period: Period(since: try $0.day(3), until: try $0.day(4)))
            })
    }
}

/// A row under a stepped SQLite statement, with what it takes to say where a bad value is.
struct StoredRow {
    let handle: OpaquePointer
    let database: String
    let table: String
    let columns: [String]
    /// 0-based, in load order.
    let row: Int

    func text(_ column: Int32) -> String {
        guard let pointer = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    func integer(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

    func decimal(_ column: Int32) -> Double? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_double(handle, column)
    }

    /// The point in columns `latitude` and `longitude`; `nil` unless both are there (the
    /// schema's CHECK allows both or neither).
    func geoPoint(_ latitude: Int32, _ longitude: Int32) -> GeoPoint? {
        guard let north = decimal(latitude), let east = decimal(longitude) else { return nil }
        return GeoPoint(latitude: north, longitude: east)
    }

    /// A date, or `nil` for SQL NULL; text that is not a date is an error.
    func day(_ column: Int32) throws -> Day? {
        guard sqlite3_column_type(handle, column) != SQLITE_NULL else { return nil }
        let value = text(column)
        guard let day = Day(iso: value) else { throw unknown(column, value, expected: "a date YYYY-MM-DD") }
        return day
    }

    /// One of an enumeration's values; any other text is an error.
    func choice<E: RawRepresentable & CaseIterable>(_ column: Int32) throws -> E where E.RawValue == String {
        let value = text(column)
        guard let choice = E(rawValue: value) else {
            throw unknown(column, value, expected: "one of " + E.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return choice
    }

    func unknown(_ column: Int32, _ value: String, expected: String) -> StoreError {
        let place = SourcePlace.database(table: table, row: row, column: columns[Int(column)])
        return StoreError(.badData, "\(database): \(place): '\(value)' is not a value Verkosto knows (expected \(expected)); "
                          + "the database was changed outside Verkosto")
    }
}
