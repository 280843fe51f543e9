import Foundation
import GRDB
import VerkostoModel
import VerkostoSupport

/// Verkosto's SQLite database: opening, the schema and its migrations, and the translation of
/// SQLite failures into one-line ``StoreError``s. What it does with the data is in extensions,
/// one job a file: import (`Import.swift`), load (`Load.swift`), dump and digest (`Dump.swift`),
/// health and backup (`Health.swift`).
///
/// The database runs in WAL mode with `synchronous=NORMAL` and foreign keys on. It carries its
/// schema version in `PRAGMA user_version`; a database from a newer Verkosto is refused, and one
/// from an older Verkosto is migrated in one transaction when it is opened.
public final class AtlasDatabase {
    /// The database file, as given.
    public let path: String
    let queue: DatabaseQueue

    /// Opens the database at `path`, creating it (and its schema) when `create` is true, and
    /// migrating an older schema to this version.
    ///
    /// A zero-length file is an empty database, as SQLite itself treats it: it gets the schema
    /// (so `touch verkosto.sqlite` then `verkosto import` works). A busy database (another
    /// process writing) is waited for up to ``busyTimeout`` seconds.
    ///
    /// - Throws: ``StoreError`` `.missingInput` when the file is absent and `create` is false;
    ///   `.badData` when the file is not a Verkosto database, is damaged, was written by a
    ///   newer schema, or holds a value that the migration's checks refuse (nothing is changed
    ///   then); `.inputOutput` when the file or its folder is read-only or the database is
    ///   locked; `.cannotCreateOutput` when it cannot be created.
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
        let maxPageCount = Self.testMaxPageCount
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -131072; PRAGMA temp_store = MEMORY")
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
            // A database from a development build applied the same migrations in another order
            // (v2-coordinates before v2), so its last migration set an older version: all are
            // applied now, and the file is at this schema.
            try queue.write { db in
                if try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 < Schema.version {
                    try db.execute(sql: "PRAGMA user_version = \(Schema.version)")
                }
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_CONSTRAINT {
                throw StoreError(.badData, "\(path): cannot upgrade the database to schema \(Schema.version): "
                                 + "\(error.message ?? "a value breaks a constraint"); nothing was changed")
            }
            throw Self.describe(error, path: path, creating: !exists)
        } catch {
            throw StoreError(.badData, "\(path): cannot prepare the database: \(error)")
        }
    }

    /// Seconds to wait for a database that another process is writing: `VERKOSTO_BUSY_TIMEOUT`, default 5.
    public static var busyTimeout: TimeInterval {
        ProcessInfo.processInfo.environment["VERKOSTO_BUSY_TIMEOUT"].flatMap { TimeInterval($0) }.map { max(0, $0) } ?? 5
    }

    /// A test hook, in debug builds only: `VERKOSTO_TEST_MAX_PAGE_COUNT` caps the pages the
    /// database may grow to, so that a test can make it behave as a full disk.
    static var testMaxPageCount: Int? {
        #if DEBUG
        return ProcessInfo.processInfo.environment["VERKOSTO_TEST_MAX_PAGE_COUNT"].flatMap { Int($0) }
        #else
        return nil
        #endif
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

    /// Runs `body`, turning SQLite errors into ``StoreError``s that name the database: no
    /// `DatabaseError` leaves this module.
    func translatingErrors<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DatabaseError {
            throw Self.describe(error, path: path)
        }
    }
}
