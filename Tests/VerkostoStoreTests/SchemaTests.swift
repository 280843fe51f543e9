import Foundation
import Testing
import VerkostoModel
import VerkostoSupport
@testable import VerkostoStore

/// Runs `sql` in the sqlite3 shell on `path` and returns its output: an independent reader and
/// writer of the file, outside Verkosto's constraints and checks.
@discardableResult
func sqliteShell(_ path: String, _ sql: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [path, sql]
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let problem = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "sqlite3 failed: \(String(decoding: problem, as: UTF8.self))")
    return String(decoding: data, as: UTF8.self)
}

/// Every row of every table in rowid order, read by the sqlite3 shell.
func tableRows(_ path: String) throws -> String {
    try Atlas.tableNames.map { table in
        "\(table):\n" + (try sqliteShell(path, "SELECT * FROM \(table) ORDER BY rowid"))
    }.joined()
}

@Suite struct SchemaTests {
    static let fixture = packageRoot.appendingPathComponent("Tests/VerkostoStoreTests/Fixtures/schema-v1.sqlite")

    /// A copy of the schema-1 database that Verkosto before schema 2 made (make_schema_v1.sh).
    func version1Copy() throws -> String {
        let path = try temporaryFolder().appendingPathComponent("v1.sqlite").path
        try FileManager.default.copyItem(atPath: Self.fixture.path, toPath: path)
        return path
    }

    @Test func aSchemaOneDatabaseUpgradesAndKeepsEveryRow() throws {
        let path = try version1Copy()
        #expect(try sqliteShell(path, "PRAGMA user_version") == "1\n")
        let before = try tableRows(path)
        #expect(before.contains("o-kirkonkyla|Kirkonkylän päiväkoti|ecec-unit|543|fi"))
        let database = try AtlasDatabase(path: path)
        #expect(try sqliteShell(path, "PRAGMA user_version") == "\(Schema.version)\n")
        #expect(try sqliteShell(path, "SELECT identifier FROM grdb_migrations ORDER BY rowid") == "v1\nv2\nv2-coordinates\nplatform-accounts\n")
        // Every row and its order (rowids) survive the rebuild; municipalities (the lines that
        // start with a three-digit code) gain two empty columns, latitude and longitude.
        let upgraded = before.replacingOccurrences(of: #"(?m)^(\d{3}\|.*)$"#, with: "$1||", options: .regularExpression)
        #expect(upgraded != before)
        #expect(try tableRows(path) == upgraded)
        #expect(try database.load() == expectedSmall)
        #expect(try database.health().isHealthy)
        #expect(try sqliteShell(path, "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'collaborations_pair'")
                    == "collaborations_pair\n")
        // Opening again migrates nothing more.
        _ = try AtlasDatabase(path: path)
        #expect(try tableRows(path) == upgraded)
    }

    @Test func aValueTheNewChecksRefuseStopsTheUpgradeAndChangesNothing() throws {
        let path = try version1Copy()
        try sqliteShell(path, "UPDATE organisations SET kind = 'teacher' WHERE id = 'o-aland'")
        let before = try tableRows(path)
        #expect {
            _ = try AtlasDatabase(path: path)
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.kind == .badData && error.message.hasPrefix("\(path): cannot upgrade the database to schema \(Schema.version): ")
                && error.message.contains("CHECK constraint failed") && error.message.hasSuffix("nothing was changed")
        }
        #expect(try sqliteShell(path, "PRAGMA user_version") == "1\n")
        #expect(try tableRows(path) == before)
    }

    /// The CHECK lists are the model's enumerations, value for value: a value added to one of
    /// them needs a migration that widens the check (see ``Schema``).
    @Test func everyEnumeratedColumnAcceptsTheModelsValuesAndNothingElse() throws {
        let path = try temporaryFolder().appendingPathComponent("checks.sqlite").path
        let database = try AtlasDatabase(path: path, create: true)
        try database.importData(from: smallFixture)
        func accepts(_ sql: String) -> Bool {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            process.arguments = [path, "BEGIN; \(sql); ROLLBACK;"]
            process.standardError = FileHandle.nullDevice
            try? process.run()
            process.waitUntilExit()
            return process.terminationStatus == 0
        }
        let columns: [(table: String, column: String, values: [String])] = [
            ("organisations", "kind", OrganisationKind.allCases.map(\.rawValue)),
            ("organisations", "language", LanguageStatus.allCases.map(\.rawValue)),
            ("municipalities", "type", MunicipalityType.allCases.map(\.rawValue)),
            ("municipalities", "language", LanguageStatus.allCases.map(\.rawValue)),
            ("memberships", "role", MembershipRole.allCases.map(\.rawValue)),
            ("collaborations", "kind", CollaborationKind.allCases.map(\.rawValue)),
        ]
        for (table, column, values) in columns {
            for value in values {
                #expect(accepts("UPDATE \(table) SET \(column) = '\(value)' WHERE rowid = 1"), "\(table).\(column) = \(value)")
            }
            #expect(!accepts("UPDATE \(table) SET \(column) = 'bogus' WHERE rowid = 1"), "\(table).\(column) refuses bogus")
        }
    }
}
