import Foundation
import Testing
import VerkostoModel
import VerkostoSupport
@testable import VerkostoStore

/// Loading reads every value as the model has it and never replaces one it does not know.
@Suite struct LoadTests {
    /// The small fixture, with one cell changed behind the schema's back (the sqlite3 shell with
    /// CHECK constraints off), as a database edited outside Verkosto would be.
    func tampered(_ sql: String) throws -> (AtlasDatabase, String) {
        let path = try temporaryFolder().appendingPathComponent("t.sqlite").path
        try AtlasDatabase(path: path, create: true).importData(from: smallFixture)
        try sqliteShell(path, "PRAGMA ignore_check_constraints = ON; \(sql)")
        return (try AtlasDatabase(path: path), path)
    }

    @Test func loadsTheFixtureAsWrittenByHand() throws {
        let path = try temporaryFolder().appendingPathComponent("l.sqlite").path
        let database = try AtlasDatabase(path: path, create: true)
        try database.importData(from: smallFixture)
        #expect(try database.load() == expectedSmall)
        #expect(try database.counts()["memberships"] == 4)
    }

    @Test(arguments: [
        ("UPDATE memberships SET role = 'boss' WHERE rowid = 2", "memberships row 2 column role: 'boss'",
         "coordinator, member, partner"),
        ("UPDATE organisations SET kind = 'teacher' WHERE rowid = 3", "organisations row 3 column kind: 'teacher'",
         "municipality, school"),
        ("UPDATE collaborations SET kind = 'party' WHERE rowid = 1", "collaborations row 1 column kind: 'party'",
         "joint-event, shared-project"),
        ("UPDATE municipalities SET type = 'metropolis' WHERE rowid = 1", "municipalities row 1 column type: 'metropolis'",
         "urban, semi-urban, rural"),
        ("UPDATE networks SET since = 'eilen' WHERE rowid = 2", "networks row 2 column since: 'eilen'", "a date YYYY-MM-DD"),
    ])
    func anUnknownValueIsAnErrorAtItsPlace(_ sql: String, _ place: String, _ expected: String) throws {
        let (database, path) = try tampered(sql)
        #expect {
            _ = try database.load()
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.kind == .badData && error.message.hasPrefix("\(path): database: \(place) is not a value Verkosto knows")
                && error.message.contains(expected)
        }
    }
}
