import Foundation
import Testing
import VerkostoModel
import VerkostoSupport
@testable import VerkostoStore

/// `doctor` and `backup` on the small fixture.
@Suite struct HealthTests {
    func imported() throws -> (AtlasDatabase, String) {
        let path = try temporaryFolder().appendingPathComponent("h.sqlite").path
        let database = try AtlasDatabase(path: path, create: true)
        try database.importData(from: smallFixture)
        return (database, path)
    }

    @Test func aFreshImportIsHealthy() throws {
        let health = try imported().0.health()
        #expect(health.integrity == ["ok"] && health.foreignKeyViolations.isEmpty && health.schemaVersion == Schema.version)
        #expect(health.counts["memberships"] == 4 && health.counts["organisations"] == 3)
        #expect(health.isHealthy && health.problems.isEmpty)
    }

    /// A membership of an organisation that is not there, written with foreign keys off.
    @Test func aBrokenReferenceIsAProblem() throws {
        let (database, path) = try imported()
        try sqliteShell(path, "PRAGMA foreign_keys = OFF; INSERT INTO memberships VALUES ('ghost', 'n-pienet', 'member', '2024-01-01', NULL)")
        let health = try database.health()
        #expect(!health.isHealthy)
        #expect(health.problems == ["foreign key: memberships rowid 5 refers to a missing row of organisations"])
    }

    @Test func aBackupIsTheSameDataInOneFile() throws {
        let (database, path) = try imported()
        let copy = try temporaryFolder().appendingPathComponent("copy.sqlite")
        try database.backup(to: copy)
        #expect(try tableRows(copy.path) == tableRows(path))
        #expect(try sqliteShell(copy.path, "PRAGMA journal_mode") == "delete\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: copy.deletingLastPathComponent().path) == ["copy.sqlite"])
        let missing = copy.deletingLastPathComponent().appendingPathComponent("no/copy.sqlite")
        #expect(throws: OutputError.self) { try database.backup(to: missing) }
    }
}
