import Foundation
import Testing

/// The database in bad states: each gives one clear line and a sysexits status, and leaves the
/// file as it was.
@Suite final class DatabaseStateTests {
    let cli: CLITests

    deinit { try? FileManager.default.removeItem(at: cli.directory) }
    var database: URL { cli.directory.appendingPathComponent("db.sqlite") }

    init() throws {
        cli = try CLITests()
    }

    func importFixture() throws {
        #expect(try cli.run("import", CLITests.fixture.path, "--db", database.path).status == 0)
    }

    func expectOneLine(_ result: CLITests.Run, status: Int32, containing text: String,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == status, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(text), "\(result.stderr)", sourceLocation: sourceLocation)
    }

    @Test func notADatabase() throws {
        try Data("id,name\n1,not sqlite\n".utf8).write(to: database)
        expectOneLine(try cli.run("stats", "--db", database.path), status: 65, containing: "not a Verkosto database")
        #expect(try String(contentsOf: database, encoding: .utf8) == "id,name\n1,not sqlite\n")
    }

    /// A zero-length file is an empty database, as SQLite treats it: import fills it.
    @Test func zeroLengthFileIsAnEmptyDatabase() throws {
        FileManager.default.createFile(atPath: database.path, contents: Data())
        #expect(try cli.run("doctor", "--db", database.path).status == 0)
        try importFixture()
        #expect(try cli.run("list", "networks", "--db", database.path, "--at", "2024").stdout.contains("n-johtajuus"))
    }

    @Test func truncatedFile() throws {
        try importFixture()
        let bytes = try Data(contentsOf: database)
        try bytes.prefix(bytes.count / 3).write(to: database)
        let result = try cli.run("list", "networks", "--db", database.path)
        expectOneLine(result, status: 65, containing: "damaged")
        #expect(try cli.run("doctor", "--db", database.path).status != 0)
    }

    /// A flipped page-type byte in every b-tree page after the schema: SQLite's checks see it.
    @Test func flippedByte() throws {
        try importFixture()
        var bytes = [UInt8](try Data(contentsOf: database))
        let pageSize = Int(bytes[16]) << 8 | Int(bytes[17])
        for page in stride(from: pageSize, to: bytes.count, by: pageSize) where bytes[page] == 0x0D { bytes[page] = 0x07 }
        try Data(bytes).write(to: database)
        let doctor = try cli.run("doctor", "--db", database.path)
        #expect(doctor.status == 65, "\(doctor.stderr)")
        #expect(doctor.stderr.contains("damaged") || doctor.stderr.contains("not healthy"), "\(doctor.stderr)")
        expectOneLine(try cli.run("list", "networks", "--db", database.path), status: 65, containing: "damaged")
    }

    @Test func newerSchema() throws {
        try importFixture()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", database.path, "PRAGMA user_version = 99"]
        try process.run()
        process.waitUntilExit()
        let before = try BadInputTests.sqliteDump(database)
        expectOneLine(try cli.run("import", CLITests.fixture.path, "--db", database.path), status: 65,
                      containing: "written by a newer Verkosto (schema 99, this one knows 4)")
        #expect(try BadInputTests.sqliteDump(database) == before)
    }

    /// Another process holds the write lock: Verkosto waits VERKOSTO_BUSY_TIMEOUT, then says so.
    @Test func lockedByAnotherProcess() throws {
        try importFixture()
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["sqlite3", database.path]
        let input = Pipe(), output = Pipe()
        holder.standardInput = input
        holder.standardOutput = output
        try holder.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nINSERT INTO metadata VALUES ('lock', 'held');\n.print locked\n".utf8))
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("locked") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += chunk
        }
        let result = try cli.run(["import", CLITests.fixture.path, "--db", database.path],
                                 environment: ["VERKOSTO_BUSY_TIMEOUT": "0.3"])
        input.fileHandleForWriting.write(Data("ROLLBACK;\n.quit\n".utf8))
        try input.fileHandleForWriting.close()
        holder.waitUntilExit()
        expectOneLine(result, status: 1, containing: "locked by another process")
        #expect(result.stderr.contains("VERKOSTO_BUSY_TIMEOUT"))
        #expect(try cli.run("doctor", "--db", database.path).status == 0)
    }

    /// A database that cannot grow (the hidden VERKOSTO_TEST_MAX_PAGE_COUNT hook) acts as a full disk.
    @Test func diskFullDuringImport() throws {
        try importFixture()
        #expect(try cli.run("generate", "--networks", "20", "--organisations", "2000", "--seed", "3", "--out", "more").status == 0)
        let before = try BadInputTests.sqliteDump(database)
        let pages = (try Data(contentsOf: database).count) / 4096
        let result = try cli.run(["import", "more", "--db", database.path],
                                 environment: ["VERKOSTO_TEST_MAX_PAGE_COUNT": "\(pages + 8)"])
        expectOneLine(result, status: 74, containing: "full; nothing was written")
        #expect(try BadInputTests.sqliteDump(database) == before)
        #expect(try cli.run("doctor", "--db", database.path).status == 0)
    }

    /// A read-only file and a read-only folder. As root, permissions do not bind: a read-only
    /// tmpfs mount stands in when one can be made.
    @Test func readOnlyFileAndFolder() throws {
        try importFixture()
        if getuid() != 0 {
            chmod(database.path, 0o444)
            expectOneLine(try cli.run("import", CLITests.fixture.path, "--db", database.path), status: 74,
                          containing: "database file is read-only")
            chmod(database.path, 0o644)
            chmod(cli.directory.path, 0o555)
            defer { chmod(cli.directory.path, 0o755) }
            expectOneLine(try cli.run("stats", "--db", database.path), status: 74, containing: "-wal and -shm files")
            return
        }
        let mount = cli.directory.appendingPathComponent("ro")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        func sh(_ command: String) throws -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", command]
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        guard try sh("mount -t tmpfs -o size=4m tmpfs '\(mount.path)'") == 0 else { return }
        defer { _ = try? sh("umount '\(mount.path)'") }
        try FileManager.default.copyItem(at: database, to: mount.appendingPathComponent("db.sqlite"))
        #expect(try sh("mount -o remount,ro '\(mount.path)'") == 0)
        let result = try cli.run("stats", "--db", mount.appendingPathComponent("db.sqlite").path)
        expectOneLine(result, status: 74, containing: "read-only")
        #expect(result.stderr.contains("-wal and -shm"))
    }
}
