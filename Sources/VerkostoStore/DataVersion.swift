import GRDB

extension AtlasDatabase {
    /// A number that changes whenever another connection (another process: an import, a second
    /// server) commits to the database, SQLite's `PRAGMA data_version`. A long-running reader,
    /// the platform's server, compares it before answering to know when to load the data again.
    /// Its own commits do not change it: a writer on this connection knows when it wrote.
    ///
    /// - Throws: ``StoreError`` when the database cannot be read.
    /// - Complexity: O(1): no page is read.
    public func dataVersion() throws -> Int {
        do {
            return try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        } catch let error as DatabaseError {
            throw Self.describe(error, path: path)
        }
    }
}
