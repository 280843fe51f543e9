import Foundation
import Testing

/// Graphviz runs in a worker process: its crash, abort, runaway memory or endless layout
/// becomes exit 70 with one line, and the output file is left as it was. Data never reaches
/// DOT as a record shape, `concentrate` or an HTML-like label, nor SVG as script.
@Suite final class RenderIsolationTests {
    let cli: CLITests

    deinit { try? FileManager.default.removeItem(at: cli.directory) }

    /// A small data set whose names try record syntax, HTML-like labels, script and DOT escapes.
    init() throws {
        cli = try CLITests()
        let folder = cli.directory.appendingPathComponent("hostile")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func write(_ file: String, _ text: String) throws {
            try Data(text.utf8).write(to: folder.appendingPathComponent(file))
        }
        try write("regions.csv", "code,name_fi\n01,Uusimaa\n")
        try write("municipalities.csv", "code,name_fi,region,type,language\n091,Helsinki,01,urban,fi\n")
        try write("sectors.csv", "id,name_fi\nbasic,<b>Perus</b>\n")
        try write("networks.csv", """
            id,name_fi,sector,since
            n-a,"{a|<f0> b|c}",basic,2022-01-01
            n-b,"<<table><tr><td>x</td></tr></table>>",basic,2022-01-01
            n-c,"<script>alert(1)</script>",basic,2022-01-01

            """)
        try write("organisations.csv", [
            "id,name,kind,municipality",
            "o-1,\"<img src=x onerror=alert(1)>\",school,091",
            "o-2,\"a\"\"; concentrate=true; shape=record; x=\"\"\",school,091",
            "o-3,\"]]><script>alert(2)</script>\",school,091",
        ].joined(separator: "\n") + "\n")
        var memberships = "organisation,network,since\n"
        for organisation in ["o-1", "o-2", "o-3"] {
            for network in ["n-a", "n-b", "n-c"] { memberships += "\(organisation),\(network),2022-01-01\n" }
        }
        try write("memberships.csv", memberships)
        #expect(try cli.run("import", "hostile").status == 0)
    }

    func render(_ arguments: [String], environment: [String: String] = ["VERKOSTO_RENDER_WORKER": "always"]) throws -> CLITests.Run {
        try cli.run(["render"] + arguments + ["--at", "2024"], environment: environment)
    }

    @Test func theWorkerDrawsEveryFormat() throws {
        for file in ["overview.svg", "overview.dot", "overview.json", "ego.svg"] {
            let ego = file.hasPrefix("ego")
            let result = try render((ego ? ["ego", "n-a"] : ["overview"]) + ["--min", "1", "-o", file])
            #expect(result.status == 0, "\(file): \(result.stderr)")
            #expect(FileManager.default.fileExists(atPath: cli.directory.appendingPathComponent(file).path))
        }
        // The same bytes in-process and in the worker.
        #expect(try render(["overview", "--min", "1", "-o", "in-process.svg"], environment: [:]).status == 0)
        let a = try Data(contentsOf: cli.directory.appendingPathComponent("overview.svg"))
        let b = try Data(contentsOf: cli.directory.appendingPathComponent("in-process.svg"))
        #expect(a == b)
    }

    @Test func noRecordConcentrateHTMLLabelOrScript() throws {
        for (map, file) in [(["overview", "--min", "1"], "o.dot"), (["ego", "n-a"], "e.dot"), (["overview", "--min", "1"], "o.svg"),
                            (["ego", "n-a"], "e.svg"), (["directions"], "d.dot"), (["sectors"], "s.dot")] {
            let result = try render(map + ["-o", file])
            #expect(result.status == 0, "\(file): \(result.stderr)")
            let text = try String(contentsOf: cli.directory.appendingPathComponent(file), encoding: .utf8)
            if file.hasSuffix(".dot") {
                // Data may say "record" inside a quoted label; the DOT itself (outside strings) may not.
                let code = Self.outsideStrings(text)
                #expect(!code.contains("record"), "\(file)")
                #expect(!code.lowercased().contains("concentrate"), "\(file)")
                #expect(code.range(of: #"label\s*=\s*<"#, options: .regularExpression) == nil, "\(file): HTML-like label")
                #expect(text.contains("concentrate=true") == file.hasPrefix("e"), "\(file): the hostile label should be there, quoted")
            } else {
                #expect(!text.lowercased().contains("<script"), "\(file)")
                #expect(!text.contains("<img"), "\(file)")
                // An event handler would be an attribute inside a tag; escaped text (&lt;img … onerror=…) is fine.
                #expect(text.range(of: #"<[^>]*\son[a-z]+\s*="#, options: .regularExpression) == nil, "\(file): event handler")
            }
        }
    }

    @Test(arguments: [("abort", "aborted"), ("crash", "crashed"), ("memory", "render failed"), ("hang", "longer than 1 s")])
    func aFailingWorkerLeavesNoFile(fault: String, message: String) throws {
        let existing = cli.directory.appendingPathComponent("kept.svg")
        try Data("old map".utf8).write(to: existing)
        for file in ["kept.svg", "new.svg"] {
            let result = try render(["overview", "--min", "1", "--timeout", "1", "-o", file],
                                    environment: ["VERKOSTO_RENDER_WORKER": "always", "VERKOSTO_TEST_WORKER_FAULT": fault,
                                                  "VERKOSTO_RENDER_MEMORY_MB": "512"])
            #expect(result.status == 70, "\(fault): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            #expect(result.stderr.hasPrefix("render failed: ") && result.stderr.contains(message), "\(result.stderr)")
        }
        #expect(try Data(contentsOf: existing) == Data("old map".utf8))
        let left = try FileManager.default.contentsOfDirectory(atPath: cli.directory.path)
        #expect(!left.contains("new.svg"))
        #expect(!left.contains { $0.hasSuffix(".tmp") })
    }

    /// DOT text with every double-quoted string (and its `\"` escapes) removed.
    static func outsideStrings(_ dot: String) -> String {
        var result = "", quoted = false, escaped = false
        for character in dot {
            if quoted {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { quoted = false }
                continue
            }
            if character == "\"" { quoted = true; result.append("\"\""); continue }
            result.append(character)
        }
        return result
    }

    @Test func theWorkerRefusesGarbage() throws {
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = ["__render-worker", "--format", "svg"]
        let input = Pipe(), err = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: Data("{\"title\": 1}".utf8))
        try input.fileHandleForWriting.close()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(!message.isEmpty)
    }

    @Test func missingOutputFolderIs73() throws {
        let result = try render(["overview", "-o", "no/such/folder/map.svg"])
        #expect(result.status == 73)
        #expect(result.stderr.contains("does not exist"))
    }
}
