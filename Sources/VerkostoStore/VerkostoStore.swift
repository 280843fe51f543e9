import Foundation
import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif
import VerkostoModel

private let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

/// Verkosto's SQLite database: the schema, import of CSV folders and JSON documents, loading
/// into an ``Atlas``, and dumps in the same format as import.
///
/// The database runs in WAL mode with `synchronous=NORMAL` and foreign keys on. It carries
/// its schema version in `PRAGMA user_version`; a database from a newer Verkosto is refused.
public final class VerkostoStore {
    /// How an import treats rows already in the database.
    public enum ImportMode: Sendable {
        /// Rows with the same key are updated, others are added (upsert). Keys: `id` (or `code`);
        /// memberships organisation+network+since; network_directions network+direction;
        /// collaborations the unordered network pair+kind+since; metadata `key`.
        case merge
        /// Every table is emptied first.
        case replace
    }

    /// What an import did.
    public struct ImportSummary: Sendable {
        /// Rows read, by table, for the tables present in the input.
        public var rowsRead: [String: Int]
        /// Warnings from reading and from validation; the import went ahead.
        public var warnings: [DataError]
        /// Rows in each table after the import.
        public var counts: [String: Int]
    }

    /// The database file, as given.
    public let path: String
    let queue: DatabaseQueue

    /// Opens the database at `path`, creating it (and its schema) when `create` is true.
    ///
    /// A zero-length file is an empty database, as SQLite itself treats it: it gets the schema
    /// (so `touch verkosto.sqlite` then `verkosto import` works). A busy database (another
    /// process writing) is waited for up to ``busyTimeout`` seconds.
    ///
    /// - Throws: ``StoreError`` `.missingInput` when the file is absent and `create` is false;
    ///   `.badData` when the file is not a Verkosto database, is damaged, or was written by a
    ///   newer schema; `.inputOutput` when the file or its folder is read-only or the database
    ///   is locked; `.cannotCreateOutput` when it cannot be created.
    public init(path: String, create: Bool = false) throws {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists && !create {
            throw StoreError(.missingInput, "\(path): no database here (import data first: verkosto import PATH --db \(path))")
        }
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(Self.busyTimeout)
        let maxPageCount = ProcessInfo.processInfo.environment["VERKOSTO_TEST_MAX_PAGE_COUNT"].flatMap { Int($0) }
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -131072; PRAGMA temp_store = MEMORY")
            // A hidden test hook: a database that can grow only to this many pages behaves as a full disk.
            if let maxPageCount { try db.execute(sql: "PRAGMA max_page_count = \(maxPageCount)") }
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw Self.describe(error, path: path, creating: !exists)
        } catch {
            throw StoreError(exists ? .inputOutput : .cannotCreateOutput, "\(path): cannot open database: \(error)")
        }
        do {
            try queue.write { db in
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                if version > Schema.version {
                    throw StoreError(.badData, "\(path): written by a newer Verkosto (schema \(version), this one knows \(Schema.version))")
                }
            }
            try Schema.migrator.migrate(queue)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw Self.describe(error, path: path, creating: !exists)
        } catch {
            throw StoreError(.badData, "\(path): cannot prepare the database: \(error)")
        }
    }

    /// Seconds to wait for a database that another process is writing: `VERKOSTO_BUSY_TIMEOUT`, default 5.
    public static var busyTimeout: TimeInterval {
        ProcessInfo.processInfo.environment["VERKOSTO_BUSY_TIMEOUT"].flatMap { TimeInterval($0) }.map { max(0, $0) } ?? 5
    }

    /// A one-line ``StoreError`` for an SQLite failure on the database at `path`, saying what to do.
    public static func describe(_ error: DatabaseError, path: String, creating: Bool = false) -> StoreError {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return StoreError(.badData, "\(path): not a Verkosto database (not SQLite)")
        case .SQLITE_CORRUPT:
            return StoreError(.badData, "\(path): the database is damaged (\(detail)); restore a backup (verkosto backup) and see verkosto doctor")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(.failure, "\(path): the database is locked by another process (waited \(Int(busyTimeout)) s; "
                              + "set VERKOSTO_BUSY_TIMEOUT to wait longer)")
        case .SQLITE_FULL:
            return StoreError(.inputOutput, "\(path): the disk or the database is full; nothing was written (free some space and try again)")
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            let fileReadOnly = FileManager.default.fileExists(atPath: path) && access(path, W_OK) != 0
            let folderReadOnly = access(folder, W_OK) != 0
            if fileReadOnly && !folderReadOnly {
                return StoreError(.inputOutput, "\(path): the database file is read-only; Verkosto needs to write it (check its permissions)")
            }
            if folderReadOnly {
                return StoreError(creating ? .cannotCreateOutput : .inputOutput,
                                  "\(path): the folder \(folder) is read-only; the database needs a writable folder "
                                  + "for its -wal and -shm files (WAL mode), even to read")
            }
            if error.resultCode == .SQLITE_READONLY {
                return StoreError(.inputOutput, "\(path): the database is read-only (\(detail))")
            }
            return StoreError(creating ? .cannotCreateOutput : .inputOutput, "\(path): cannot open database: \(detail)")
        default:
            return StoreError(.inputOutput, "\(path): database error: \(detail)")
        }
    }

    /// Runs `body`, turning SQLite errors into ``StoreError``s that name the database.
    func translatingErrors<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DatabaseError {
            throw Self.describe(error, path: path)
        }
    }

    // MARK: Load

    /// The whole data set, tables in insertion order.
    ///
    /// - Complexity: O(*n*) in the number of rows; plain SQL reads into arrays.
    public func load() throws -> Atlas {
        try translatingErrors { try queue.read { db in try Self.load(db) } }
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

    static func load(_ db: Database) throws -> Atlas {
        func rows<T>(_ table: String, _ make: (Row) -> T) throws -> [T] {
            let columns = TableSpec.names(table).joined(separator: ", ")
            let statement = try db.makeStatement(sql: "SELECT \(columns) FROM \(table) ORDER BY rowid")
            var result: [T] = []
            let handle = statement.sqliteStatement
            while true {
                let code = sqlite3_step(handle)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage) }
                result.append(make(Row(handle: handle)))
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
                             type: MunicipalityType(rawValue: $0.text(4)) ?? .urban,
                             language: LanguageStatus(rawValue: $0.text(5)) ?? .fi, population: $0.integer(6),
                             centre: $0.geoPoint(7, 8))
            },
            networks: try rows("networks") {
                Network(id: $0.text(0), name: LocalizedText(fi: $0.text(1), sv: $0.text(2), en: $0.text(3)), sector: $0.text(4),
                        unit: $0.text(5), goal: $0.text(6), operatingModel: $0.text(7),
                        period: Period(since: $0.day(8), until: $0.day(9)))
            },
            organisations: try rows("organisations") {
                Organisation(id: $0.text(0), name: $0.text(1), kind: OrganisationKind(rawValue: $0.text(2)) ?? .school,
                             municipality: $0.text(3), language: LanguageStatus(rawValue: $0.text(4)) ?? .fi)
            },
            memberships: try rows("memberships") {
                Membership(organisation: $0.text(0), network: $0.text(1), role: MembershipRole(rawValue: $0.text(2)) ?? .member,
                           period: Period(since: $0.day(3), until: $0.day(4)))
            },
            networkDirections: try rows("network_directions") {
                NetworkDirection(network: $0.text(0), direction: $0.text(1), priority: $0.integer(2))
            },
            collaborations: try rows("collaborations") {
                Collaboration(networkA: $0.text(0), networkB: $0.text(1),
                              kind: CollaborationKind(rawValue: $0.text(2)) ?? .jointEvent,
                              period: Period(since: $0.day(3), until: $0.day(4)))
            })
    }

    /// A row under a stepped SQLite statement.
    struct Row {
        let handle: OpaquePointer

        func text(_ column: Int32) -> String {
            guard let pointer = sqlite3_column_text(handle, column) else { return "" }
            let count = Int(sqlite3_column_bytes(handle, column))
            return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
        }

        func integer(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

        func decimal(_ column: Int32) -> Double? {
            sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_double(handle, column)
        }

        /// The point in columns `latitude` and `longitude`; `nil` unless both are there.
        func geoPoint(_ latitude: Int32, _ longitude: Int32) -> GeoPoint? {
            guard let north = decimal(latitude), let east = decimal(longitude) else { return nil }
            return GeoPoint(latitude: north, longitude: east)
        }

        func day(_ column: Int32) -> Day? {
            sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : Day(iso: text(column))
        }
    }

    // MARK: Import

    /// Imports a CSV folder or a JSON document in ONE transaction: every row or none.
    ///
    /// The data set the database would hold afterwards is validated with ``Atlas/validate()``
    /// before anything is written; any error aborts the import and leaves the database as it
    /// was. Problems are reported at their place in the input (`file:line:column`, or
    /// `file: table[i].column` for JSON).
    ///
    /// - Parameters:
    ///   - url: a folder of CSV files named as the tables, or a `.json` file.
    ///   - mode: merge with the rows already there (upsert by key), or replace them all.
    ///   - progress: called with a short note at each phase.
    /// - Throws: ``InvalidDataError`` with every error found, ``DataError`` for syntax errors,
    ///   ``StoreError`` for files that cannot be read.
    /// - Complexity: O(*n*) in the rows read and the rows already stored.
    @discardableResult
    public func importData(from url: URL, mode: ImportMode = .merge,
                           progress: (String) -> Void = { _ in }) throws -> ImportSummary {
        progress("reading \(url.lastPathComponent)")
        let input = try DataSetReader.read(url)
        progress("read and decoded")
        return try translatingErrors { try importData(input, mode: mode, progress: progress) }
    }

    func importData(_ input: InputDataSet, mode: ImportMode, progress: (String) -> Void) throws -> ImportSummary {
        var warnings = input.warnings
        let counts: [String: Int] = try queue.write { db in
            let existing = mode == .replace ? Atlas() : try Self.load(db)
            let merge = Merge(existing: existing, incoming: input.atlas)
            // Validation runs on another thread while the rows are written; the transaction
            // commits only after it has found no error.
            progress("validating and writing")
            let validation = BackgroundValidation(merge.atlas)
            var writeError: (any Error)?
            do {
                try Self.write(input, mode: mode, to: db, progress: progress)
            } catch {
                writeError = error
            }
            var errors: [DataError] = []
            for problem in validation.wait() {
                let error = merge.locate(problem, in: input.tables)
                if problem.severity == .error { errors.append(error) } else { warnings.append(error) }
            }
            progress("validated")
            if !errors.isEmpty { throw InvalidDataError(errors: errors) }
            if let writeError { throw writeError }
            defer { progress("committing") }
            return try Self.counts(db)
        }
        var read: [String: Int] = [:]
        for (table, raw) in input.tables { read[table] = raw.rowCount }
        return ImportSummary(rowsRead: read, warnings: warnings, counts: counts)
    }

    /// Writes the input's rows with one prepared upsert per table, reused for every row.
    static func write(_ input: InputDataSet, mode: ImportMode, to db: Database, progress: (String) -> Void) throws {
        if mode == .replace {
            for table in Atlas.tableNames.reversed() { try db.execute(sql: "DELETE FROM \(table)") }
        }
        for table in Atlas.tableNames where input.tables[table] != nil {
            // Into an empty table: plain inserts, and the key index built once at the end.
            let index = Schema.keyIndexes[table]
            let empty = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") == 0
            let bulk = index != nil && empty
            progress("writing \(table)" + (bulk ? " (bulk)" : ""))
            if bulk, let index { try db.execute(sql: "DROP INDEX IF EXISTS \(index.name)") }
            let statement = try db.makeStatement(sql: bulk ? Schema.insert(table) : Schema.upsert[table]!)
            let handle = statement.sqliteStatement
            var failure: Int32 = SQLITE_OK
            // A bar for big tables: "writing memberships [#####.....] 50%", every 2^16 rows.
            let total = input.tables[table]?.rowCount ?? 0
            var written = 0
            DataSetWriter.forEachRow(of: table, in: input.atlas) { values in
                guard failure == SQLITE_OK else { return }
                written += 1
                if written & 0xFFFF == 0, total > 0x1FFFF {
                    let filled = min(20, written * 20 / total)
                    progress("writing \(table) [" + String(repeating: "#", count: filled)
                             + String(repeating: ".", count: 20 - filled) + "] \(min(100, written * 100 / total))%")
                }
                for (position, value) in values.enumerated() {
                    let index = Int32(position + 1)
                    switch value {
                    case let .text(text):
                        var text = text
                        if text.isEmpty {
                            sqlite3_bind_text(handle, index, "", 0, transient)
                            continue
                        }
                        text.withUTF8 { buffer in
                            _ = buffer.withMemoryRebound(to: CChar.self) {
                                sqlite3_bind_text(handle, index, $0.baseAddress, Int32($0.count), transient)
                            }
                        }
                    case let .integer(number): sqlite3_bind_int64(handle, index, Int64(number))
                    case let .decimal(number): sqlite3_bind_double(handle, index, number)
                    case .null: sqlite3_bind_null(handle, index)
                    }
                }
                let code = sqlite3_step(handle)
                if code != SQLITE_DONE { failure = code }
                sqlite3_reset(handle)
            }
            if failure != SQLITE_OK {
                throw DatabaseError(resultCode: ResultCode(rawValue: failure),
                                    message: "\(table): \(db.lastErrorMessage ?? "write failed")")
            }
            if bulk, let index { try db.execute(sql: index.create) }
        }
    }

    // MARK: Dump

    /// Writes the whole data set to `url`: one JSON document when the name ends in `.json`,
    /// otherwise a folder of CSV files. Importing the dump gives back the same data set.
    public func dump(to url: URL) throws {
        let atlas = try load()
        if url.pathExtension.lowercased() == "json" {
            try DataSetWriter.writeJSON(atlas, to: url)
        } else {
            try DataSetWriter.writeCSV(atlas, to: url)
        }
    }

    /// Every table's rows as SQL-ish text, in rowid order: a plain comparable picture of the content.
    public func contentDigest() throws -> String {
        try queue.read { db in
            var lines: [String] = []
            for table in Atlas.tableNames {
                for row in try GRDB.Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid") {
                    lines.append("\(table): \(row)")
                }
            }
            return lines.joined(separator: "\n")
        }
    }
}

/// `Atlas.validate()` on a background thread.
final class BackgroundValidation: @unchecked Sendable {
    private var problems: [Problem] = []
    private let group = DispatchGroup()

    init(_ atlas: Atlas) {
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            self.problems = atlas.validate()
            self.group.leave()
        }
    }

    /// The problems, once validation has finished.
    func wait() -> [Problem] {
        group.wait()
        return problems
    }
}
