import Foundation
import GRDB
import VerkostoModel
import VerkostoSupport

extension AtlasDatabase {
    /// Writes the whole data set to `url`: one JSON document when the name ends in `.json`,
    /// otherwise a folder of CSV files. Importing the dump gives back the same data set.
    ///
    /// - Throws: ``OutputError`` when a file cannot be written, ``StoreError`` for the database.
    public func dump(to url: URL) throws {
        let atlas = try load()
        if url.pathExtension.lowercased() == "json" {
            try DataSetWriter.writeJSON(atlas, to: url)
        } else {
            try DataSetWriter.writeCSV(atlas, to: url)
        }
    }

    /// Every table's rows as SQL-ish text, in rowid order: a plain comparable picture of the
    /// content, for tests that check a failed command changed nothing.
    ///
    /// - Complexity: O(*n*) in the rows.
    public func contentDigest() throws -> String {
        try translatingErrors {
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
}
