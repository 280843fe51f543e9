import Foundation
import Testing
import VerkostoSupport

/// Kills `verkosto import --replace` with SIGKILL at seeded random moments, into a database that
/// holds another data set. After every kill SQLite's integrity and foreign-key checks pass and
/// the database holds wholly the old or wholly the new data set (`sqlite3 .dump` compared byte
/// for byte with the two known states).
@Suite struct CrashSafetyTests {
    static let kills = 22

    func sqlite(_ database: URL, _ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", database.path] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Replaces `database` (and any -wal/-shm) with a copy of `pristine`.
    func restore(_ pristine: URL, to database: URL) throws {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: database.path + suffix)
        }
        try FileManager.default.copyItem(at: pristine, to: database)
    }

    @Test func killedImportsLeaveOldOrNew() throws {
        let cli = try CLITests()
        defer { try? FileManager.default.removeItem(at: cli.directory) }
        #expect(try cli.run("generate", "--networks", "12", "--organisations", "300", "--seed", "4", "--out", "old").status == 0)
        #expect(try cli.run("generate", "--networks", "150", "--organisations", "15000", "--memberships", "90000",
                            "--seed", "9", "--out", "new").status == 0)
        let pristine = cli.directory.appendingPathComponent("pristine.sqlite")
        let database = cli.directory.appendingPathComponent("db.sqlite")
        #expect(try cli.run("import", "old", "--db", pristine.path).status == 0)
        let oldDump = try sqlite(pristine, ".dump")

        // One full import: the new state, and how long an import takes here.
        try restore(pristine, to: database)
        let started = Date()
        #expect(try cli.run("import", "new", "--replace", "--db", database.path).status == 0)
        let duration = Date().timeIntervalSince(started)
        let newDump = try sqlite(database, ".dump")
        #expect(oldDump != newDump)

        var random = SplitMix64(seed: 20_251_129)
        var outcomes = (old: 0, new: 0)
        for kill in 0..<Self.kills {
            try restore(pristine, to: database)
            let process = Process()
            process.executableURL = CLITests.binary
            process.arguments = ["import", "new", "--replace", "--db", database.path]
            process.currentDirectoryURL = cli.directory
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let moment = Double.random(in: 0.02...1.1, using: &random) * duration
            try process.run()
            usleep(UInt32(moment * 1_000_000))
            Foundation.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            #expect(try sqlite(database, "PRAGMA integrity_check") == "ok\n", "kill \(kill) at \(moment) s")
            #expect(try sqlite(database, "PRAGMA foreign_key_check").isEmpty, "kill \(kill) at \(moment) s")
            let dump = try sqlite(database, ".dump")
            if dump == oldDump { outcomes.old += 1 } else if dump == newDump { outcomes.new += 1 } else {
                Issue.record("kill \(kill) at \(moment) s of \(duration) s: neither the old nor the new data set")
            }
            #expect(try cli.run("doctor", "--db", database.path).status == 0)
        }
        #expect(outcomes.old + outcomes.new == Self.kills)
        print("crash safety: \(Self.kills) kills over a \(String(format: "%.2f", duration)) s import: "
              + "\(outcomes.old) old, \(outcomes.new) new")
    }
}
