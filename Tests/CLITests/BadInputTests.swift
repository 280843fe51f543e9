import Foundation
import Testing

/// Runs every case of `Tests/Fixtures/bad/` through the built binary: a merge import into a
/// database that holds the small fixture. A case either imports (exit 0, with the warnings it
/// expects) or fails with exactly ONE stderr line matching its expected error; after a failure
/// `sqlite3 db .dump` is byte-identical to before.
@Suite struct BadInputTests {
    static let corpus = CLITests.packageRoot.appendingPathComponent("Tests/Fixtures/bad")

    /// One case's `expected.txt`.
    struct Expectation {
        var exit: Int32 = 0
        var error: String?
        var warnings: [String] = []
        var generator: String?
        /// Queries run after a success, with the rows they must print.
        var queries: [(sql: String, rows: String)] = []

        init(_ url: URL) throws {
            for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
                let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { continue }
                switch parts[0] {
                case "exit": exit = Int32(parts[1])!
                case "error": error = parts[1]
                case "warning": warnings.append(parts[1])
                case "generate": generator = parts[1]
                case "sql":
                    let halves = parts[1].components(separatedBy: " => ")
                    queries.append((halves[0], halves[1].replacingOccurrences(of: "\\n", with: "\n")))
                default: Issue.record("unknown line in \(url.path): \(line)")
                }
            }
        }
    }

    static var cases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: corpus.appendingPathComponent("\($0)/expected.txt").path) }
            .sorted()
    }

    static func matches(_ text: String, _ pattern: String) -> Bool {
        text.range(of: pattern, options: .regularExpression) != nil
    }

    /// What `sqlite3 FILE QUERY` prints, without the last line end.
    static func sqliteQuery(_ database: URL, _ query: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", "-separator", "|", database.path, query]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var text = String(decoding: data, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// `sqlite3 FILE .dump`.
    static func sqliteDump(_ database: URL) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", database.path, ".dump"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "sqlite3 .dump failed")
        return data
    }

    @Test(arguments: cases)
    func badInput(name: String) throws {
        let folder = Self.corpus.appendingPathComponent(name)
        let expected = try Expectation(folder.appendingPathComponent("expected.txt"))
        let cli = try CLITests()
        defer { try? FileManager.default.removeItem(at: cli.directory) }
        let input: URL
        if let generator = expected.generator {
            input = try Self.generate(generator, in: cli.directory)
        } else if FileManager.default.fileExists(atPath: folder.appendingPathComponent("input.json").path) {
            input = folder.appendingPathComponent("input.json")
        } else {
            input = folder.appendingPathComponent("input")
        }
        let database = cli.directory.appendingPathComponent("db.sqlite")
        #expect(try cli.run("import", CLITests.fixture.path, "--db", database.path).status == 0)
        let before = try Self.sqliteDump(database)

        let result: CLITests.Run
        if expected.generator == "million-rows" {
            // On a terminal (a pseudo-terminal from script(1)) the import shows its progress.
            result = try cli.run(["/usr/bin/script", "-qfec", "\(CLITests.binary.path) import \(input.path) --db \(database.path)",
                                  "/dev/null"], executable: true)
            #expect(result.stdout.contains("writing memberships…"), "no progress on a terminal")
            #expect(result.stdout.contains("writing memberships [##########..........] 52%…"), "no progress bar")
            #expect(result.stdout.contains("1000004 memberships"))
        } else {
            result = try cli.run("import", input.path, "--db", database.path)
        }
        #expect(result.status == expected.exit, "\(name): \(result.stderr)")
        if let error = expected.error {
            let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == 2 && lines[1].isEmpty, "\(name): expected one line, got \(result.stderr.debugDescription)")
            #expect(Self.matches(String(lines[0]), error), "\(name): \(lines[0]) does not match \(error)")
        }
        for warning in expected.warnings {
            #expect(result.stderr.split(separator: "\n").contains { Self.matches(String($0), warning) },
                    "\(name): no warning matching \(warning) in \(result.stderr)")
        }
        if expected.exit != 0 {
            #expect(try Self.sqliteDump(database) == before, "\(name): the failed import changed the database")
        } else {
            #expect(try cli.run("doctor", "--db", database.path).status == 0)
            for (sql, rows) in expected.queries {
                #expect(try Self.sqliteQuery(database, sql) == rows, "\(name): \(sql)")
            }
        }
    }

    /// Builds a case's input that is too big to commit.
    static func generate(_ name: String, in directory: URL) throws -> URL {
        switch name {
        case "deep-json":
            let url = directory.appendingPathComponent("input.json")
            try Data(repeating: UInt8(ascii: "["), count: 100_000).write(to: url)
            return url
        case "wide-row":
            let folder = directory.appendingPathComponent("input")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var text = "organisation,network,since\no-1"
            text += String(repeating: ",x", count: 99_999) + "\n"
            try Data(text.utf8).write(to: folder.appendingPathComponent("memberships.csv"))
            return folder
        case "million-rows":
            // 1,000 organisations × 1,000 networks: 1,000,000 memberships, 23 MB.
            let folder = directory.appendingPathComponent("input")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            func write(_ file: String, _ text: String) throws {
                try Data(text.utf8).write(to: folder.appendingPathComponent(file))
            }
            try write("sectors.csv", "id,name_fi\nbasic,Perusopetus\n")
            try write("networks.csv", "id,name_fi,sector,since\n" + (0..<1000).map { "n-\($0),N \($0),basic,2022-01-01\n" }.joined())
            try write("organisations.csv", "id,name,kind,municipality\n" + (0..<1000).map { "o-\($0),O \($0),school,091\n" }.joined())
            var memberships = [UInt8]("organisation,network,since\n".utf8)
            memberships.reserveCapacity(24_000_000)
            for organisation in 0..<1000 {
                for network in 0..<1000 { memberships += "o-\(organisation),n-\(network),2022-01-01\n".utf8 }
            }
            try Data(memberships).write(to: folder.appendingPathComponent("memberships.csv"))
            return folder
        default:
            throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "unknown generator \(name)"])
        }
    }
}
