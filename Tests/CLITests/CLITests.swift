import Foundation
import Testing

/// Runs the built `verkosto` binary as a user would, in a temporary working directory.
@Suite struct CLITests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixture = packageRoot.appendingPathComponent("Tests/Fixtures/small")

    /// The binary next to the test bundle (the same build folder), else `.build/debug`.
    static var binary: URL {
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("verkosto"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("verkosto"),
            packageRoot.appendingPathComponent(".build/debug/verkosto"),
        ].compactMap { $0 }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("verkosto-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    @discardableResult
    func run(_ arguments: String...) throws -> Run {
        try run(arguments)
    }

    /// Runs the binary with `arguments` (or, with `executable`, the program named by the first
    /// argument), with `environment` added to this process's environment minus its `VERKOSTO_*`
    /// variables (so that a developer's settings never change what a test sees).
    @discardableResult
    func run(_ arguments: [String], executable: Bool = false, environment extra: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = executable ? URL(fileURLWithPath: arguments[0]) : Self.binary
        process.arguments = executable ? Array(arguments.dropFirst()) : arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        for key in environment.keys where key.hasPrefix("VERKOSTO_") { environment[key] = nil }
        environment.merge(extra) { $1 }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    func importFixture() throws {
        let result = try run("import", Self.fixture.path)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func importCreatesTheDefaultDatabase() throws {
        try importFixture()
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("verkosto.sqlite").path))
    }

    @Test func listAsTableCSVAndJSON() throws {
        try importFixture()
        let table = try run("list", "networks", "--at", "2024-06-30")
        #expect(table.status == 0)
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.count == 4)  // header, rule, two networks
        #expect(lines[0].hasPrefix("id "))
        #expect(lines[2].hasPrefix("n-johtajuus  Johtajuusverkosto"))

        let csv = try run("list", "organisations", "--at", "2024-06-30", "--format", "csv")
        #expect(csv.stdout == """
            id,name,kind,municipality,region,language,networks
            o-hki,Helsingin kaupunki,municipality,Helsinki,Uusimaa,fi-sv,2
            o-aland,Ålands lyceum,upper-secondary,Maarianhamina,Ahvenanmaa,sv,1
            o-kirkonkyla,Kirkonkylän päiväkoti,ecec-unit,Nurmijärvi,Uusimaa,fi,1

            """)

        let json = try run("list", "networks", "--at", "2026", "--format", "json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)  // n-pienet ended on 2025-12-31
        #expect(rows.first?["id"] as? String == "n-johtajuus")
        #expect(rows.first?["members"] as? Int == 1)
        #expect(rows.first?["until"] is NSNull)
    }

    @Test func listBySector() throws {
        try importFixture()
        // n-pienet (ecec): o-kirkonkyla since 2023-08-01, o-hki since 2023-09-01.
        func ids(_ day: String) throws -> [Substring] {
            try run("list", "organisations", "--sector", "ecec", "--at", day, "--format", "csv")
                .stdout.split(separator: "\n").map { $0.split(separator: ",").first! }
        }
        #expect(try ids("2023-08-15") == ["id", "o-kirkonkyla"])
        #expect(try ids("2024-01-01") == ["id", "o-hki", "o-kirkonkyla"])
        let unknown = try run("list", "networks", "--sector", "nowhere")
        #expect(unknown.status == 66)
        #expect(unknown.stderr == "unknown sector 'nowhere' (see: verkosto list sectors)\n")
    }

    @Test func showNetworkAndOrganisation() throws {
        try importFixture()
        let network = try run("show", "network", "n-johtajuus")
        #expect(network.status == 0)
        #expect(network.stdout.contains("goal             Rehtorien johtamisosaaminen, yhdessä"))
        #expect(network.stdout.contains("o-aland       Ålands lyceum       member       2022-03-15  2024-06-30"))
        #expect(network.stdout.contains("n-pienet  Pienten lasten verkosto  joint-event  2024-05-20  2024-05-20"))
        let organisation = try run("show", "organisation", "o-hki")
        #expect(organisation.stdout.contains("region        Uusimaa (01)"))
        #expect(organisation.stdout.contains("n-pienet"))
        let unknown = try run("show", "network", "n-kielitivoli")
        #expect(unknown.status == 66)
        #expect(unknown.stderr.contains("unknown network 'n-kielitivoli'"))
    }

    @Test func stats() throws {
        try importFixture()
        let result = try run("stats", "--at", "2024-05-20", "--format", "json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        var values: [String: Int] = [:]
        for row in rows { if let value = row["value"] as? Int { values[row["measure"] as! String] = value } }
        // By hand from the fixture on 2024-05-20: both networks, all four memberships, the collaboration.
        #expect(values["memberships"] == 4)
        #expect(values["active networks"] == 2)
        #expect(values["active memberships"] == 4)
        #expect(values["active collaborations"] == 1)
        #expect(values["participating organisations"] == 3)
        #expect(values["municipalities reached"] == 3)
        #expect(values["regions reached"] == 2)
    }

    @Test func generateThenImport() throws {
        let generated = try run("generate", "--networks", "12", "--organisations", "300", "--seed", "4", "--out", "gen")
        #expect(generated.status == 0, "\(generated.stderr)")
        let imported = try run("import", "gen", "--db", "gen.sqlite")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("12 networks, 300 organisations"))
        let again = try run("generate", "--networks", "12", "--organisations", "300", "--seed", "4", "--out", "gen2")
        #expect(again.status == 0)
        let first = try Data(contentsOf: directory.appendingPathComponent("gen/memberships.csv"))
        let second = try Data(contentsOf: directory.appendingPathComponent("gen2/memberships.csv"))
        #expect(first == second)
    }

    @Test func badFileGivesExit65AndOneLine() throws {
        let folder = directory.appendingPathComponent("bad")
        try FileManager.default.copyItem(at: Self.fixture, to: folder)
        try Data("organisation;network;role;since\no-hki;n-johtajuus;member;2022-01-01\no-hki;n-pienet;boss;2024-01-01\n".utf8)
            .write(to: folder.appendingPathComponent("memberships.csv"))
        let result = try run("import", "bad")
        #expect(result.status == 65)
        #expect(result.stderr == "memberships.csv:3:3: expected one of: coordinator, member, partner; got 'boss'\n")
    }

    @Test func dumpRoundTrip() throws {
        try importFixture()
        #expect(try run("dump", "-o", "all.json").status == 0)
        #expect(try run("import", "all.json", "--db", "copy.sqlite").status == 0)
        #expect(try run("dump", "-o", "again.json", "--db", "copy.sqlite").status == 0)
        let a = try Data(contentsOf: directory.appendingPathComponent("all.json"))
        let b = try Data(contentsOf: directory.appendingPathComponent("again.json"))
        #expect(a == b)
    }

    @Test func missingDatabaseAndUsageErrors() throws {
        let missing = try run("stats")
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("verkosto.sqlite: no database here"))
        #expect(try run("list", "planets").status == 64)
        #expect(try run("stats", "--at", "31.12.2025", "--db", "x.sqlite").status == 64)
    }

    @Test(arguments: ["import", "list", "show", "stats", "generate", "dump"])
    func helpForEachCommand(command: String) throws {
        let result = try run(command, "--help")
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: verkosto \(command)"))
        #expect(result.stdout.contains("Example:"))
    }
}
