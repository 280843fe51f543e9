import Foundation
import Testing
import VerkostoModel
import VerkostoSupport
@testable import VerkostoStore

/// The platform's accounts, sessions and audit log in the database (migration `platform-accounts`).
@Suite struct AccountsTests {
    func store() throws -> AtlasDatabase {
        let store = try AtlasDatabase(path: try temporaryFolder().appendingPathComponent("accounts.sqlite").path, create: true)
        try store.importData(from: smallFixture, mode: .replace)
        return store
    }

    func shell(_ path: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, sql]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A schema-3 database (before the migration) upgrades with every row kept.
    @Test func aSchemaThreeDatabaseGetsTheTables() throws {
        let store = try store()
        let path = store.path
        let before = try store.load()
        _ = try shell(path, """
            DROP TABLE audit; DROP TABLE sessions; DROP TABLE user_networks; DROP TABLE users;
            DELETE FROM grdb_migrations WHERE identifier = 'platform-accounts'; PRAGMA user_version = 3;
            """)
        #expect(!(try sqliteShellDump(path).contains("CREATE TABLE users")))
        let reopened = try AtlasDatabase(path: path)
        #expect(try shell(path, "PRAGMA user_version") == "4")
        #expect(try reopened.load() == before)
        #expect(try reopened.load().memberships.count == 4)
        #expect(try reopened.accounts().isEmpty)
    }

    @Test func accountsLifecycle() throws {
        let store = try store()
        try store.addAccount(name: "ada", role: .admin, passwordHash: "$2b$12$x")
        let coordinator = try store.addAccount(name: "kim", role: .coordinator, passwordHash: "$2b$12$y", networks: ["n-pienet"])
        #expect(coordinator.networks == ["n-pienet"])
        #expect(throws: StoreError.self) { try store.addAccount(name: "KIM", role: .viewer, passwordHash: "h") }
        #expect(throws: StoreError.self) { try store.addAccount(name: "bad name", role: .viewer, passwordHash: "h") }
        #expect(throws: StoreError.self) { try store.addAccount(name: "lee", role: .coordinator, passwordHash: "h", networks: ["n-none"]) }
        #expect(try store.accounts().map(\.name) == ["ada", "kim"])
        #expect(try store.account(named: "Kim")?.passwordHash == "$2b$12$y")
        // A session, and its end when the password changes.
        try store.insertSession(idHash: "s1", account: coordinator.id, csrfToken: "t", now: 100)
        #expect(try store.session(idHash: "s1")?.account.name == "kim")
        try store.setPasswordHash(name: "kim", hash: "$2b$12$z")
        #expect(try store.session(idHash: "s1") == nil)
        // Expiry: idle or too old.
        try store.insertSession(idHash: "s2", account: coordinator.id, csrfToken: "t", now: 100)
        try store.insertSession(idHash: "s3", account: coordinator.id, csrfToken: "t", now: 500)
        try store.deleteExpiredSessions(idleBefore: 200, createdBefore: 0)
        #expect(try store.session(idHash: "s2") == nil && store.session(idHash: "s3") != nil)
        // Removal ends its sessions; the data's import keeps the accounts.
        try store.importData(from: smallFixture, mode: .replace)
        #expect(try store.accounts().count == 2)
        try store.removeAccount(name: "kim")
        #expect(try store.session(idHash: "s3") == nil)
        #expect(try store.accounts().map(\.name) == ["ada"])
        #expect(throws: StoreError.self) { try store.removeAccount(name: "kim") }
    }

    @Test func auditLog() throws {
        let store = try store()
        try store.appendAudit(account: "ada", action: "user add", after: "{\"name\":\"kim\"}")
        try store.appendAudit(account: "kim", action: "network edit", network: "n-pienet", before: "{}", after: "{}")
        #expect(try store.auditEntries().map(\.action) == ["user add", "network edit"])
        #expect(try store.auditEntries(network: "n-pienet").map(\.account) == ["kim"])
        #expect(try store.auditEntries(since: Day(year: 2999, month: 1, day: 1)).isEmpty)
    }
}
