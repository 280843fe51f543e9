import GRDB
import GRDBSQLite
import VerkostoModel
import VerkostoSupport

private let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

/// Writes an import's rows through the raw SQLite API: one prepared statement per table, reused
/// for every row, with values bound straight from the Atlas (no intermediate rows).
enum BulkWriter {
    /// Rows between two progress reports of a table.
    static let progressStep = 1 << 16

    /// Writes the input's tables into `db`, inside the caller's transaction: plain inserts into an
    /// empty table (its key index dropped and built again once at the end), upserts otherwise.
    ///
    /// - Complexity: O(*n* log *n*) in the rows written (the index inserts).
    static func write(_ input: InputDataSet, mode: ImportMode, to db: Database, progress: any WorkProgress) throws {
        if mode == .replace {
            for table in Atlas.tableNames.reversed() { try db.execute(sql: "DELETE FROM \(table)") }
        }
        for table in Atlas.tableNames where input.tables[table] != nil {
            let index = Schema.keyIndexes[table]
            let empty = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") == 0
            let bulk = index != nil && empty
            progress.begin("writing \(table)" + (bulk ? " (bulk)" : ""))
            if bulk, let index { try db.execute(sql: "DROP INDEX IF EXISTS \(index.name)") }
            let statement = try db.makeStatement(sql: bulk ? Schema.insert(table) : Schema.upsert[table]!)
            let handle = statement.sqliteStatement
            var failure: Int32 = SQLITE_OK
            let total = input.tables[table]?.rowCount ?? 0
            var written = 0
            DataSetWriter.forEachRow(of: table, in: input.atlas) { values in
                guard failure == SQLITE_OK else { return }
                written += 1
                if written % progressStep == 0 { progress.advance(written, of: total) }
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
}
