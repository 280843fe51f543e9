import Foundation
import GRDB
import VerkostoSupport

extension AtlasDatabase {
    /// What `verkosto doctor` finds: SQLite's integrity and foreign-key checks, the schema
    /// version and the rows in each table.
    public struct Health: Sendable {
        /// The lines of `PRAGMA integrity_check`: `["ok"]` for a sound file.
        public var integrity: [String]
        /// One line per row that breaks a foreign key (`PRAGMA foreign_key_check`); empty when all hold.
        public var foreignKeyViolations: [String]
        /// `PRAGMA user_version`.
        public var schemaVersion: Int
        /// The schema version this build writes.
        public var expectedSchemaVersion: Int
        /// Rows in each table.
        public var counts: [String: Int]

        public var isHealthy: Bool {
            integrity == ["ok"] && foreignKeyViolations.isEmpty && schemaVersion == expectedSchemaVersion
        }

        /// The problems in one line each; empty when healthy.
        public var problems: [String] {
            var lines: [String] = []
            if integrity != ["ok"] { lines += integrity.prefix(5).map { "integrity: \($0)" } }
            lines += foreignKeyViolations.prefix(5).map { "foreign key: \($0)" }
            if foreignKeyViolations.count > 5 { lines.append("foreign key: ... and \(foreignKeyViolations.count - 5) more") }
            if schemaVersion != expectedSchemaVersion {
                lines.append("schema version \(schemaVersion), expected \(expectedSchemaVersion)")
            }
            return lines
        }
    }

    /// Runs SQLite's own checks over the whole file.
    ///
    /// - Complexity: O(*n*) in the pages of the database.
    public func health() throws -> Health {
        try translatingErrors {
            try queue.read { db in
                let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                var violations: [String] = []
                for row in try GRDB.Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                    let table: String = row[0], rowid: Int64? = row[1], parent: String = row[2]
                    violations.append("\(table) rowid \(rowid.map(String.init) ?? "?") refers to a missing row of \(parent)")
                }
                return Health(integrity: integrity, foreignKeyViolations: violations,
                              schemaVersion: try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                              expectedSchemaVersion: Schema.version, counts: try Self.counts(db))
            }
        }
    }

    /// Copies the database to `url` with SQLite's online backup API, atomically: into a
    /// temporary file in the same folder, checked, then renamed over `url`. Other readers and
    /// writers may go on meanwhile; the copy is one consistent snapshot.
    ///
    /// - Throws: ``OutputError`` when the folder is missing or the copy cannot be written.
    /// - Complexity: O(*n*) in the pages of the database.
    public func backup(to url: URL) throws {
        try AtomicFile.checkFolder(of: url)
        let temporary = AtomicFile.temporaryURL(beside: url)
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            // A plain rollback-journal file: the copy is one self-contained file.
            let destination = try DatabaseQueue(path: temporary.path)
            try queue.backup(to: destination)
            try destination.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
                guard try String.fetchOne(db, sql: "PRAGMA quick_check") == "ok" else {
                    throw StoreError(.inputOutput, "\(url.path): the copy does not pass SQLite's quick check; nothing was written")
                }
            }
            try destination.close()
        } catch let error as DatabaseError {
            throw StoreError(.cannotCreateOutput, "\(url.path): cannot write the backup: \(error.message ?? "\(error.resultCode)")")
        }
        try AtomicFile.replace(url, with: temporary)
    }
}
