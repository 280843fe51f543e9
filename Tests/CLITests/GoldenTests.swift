import Foundation
import Testing

/// Golden snapshots of the CLI: the `--help` of every command, and the table, CSV and JSON output
/// of every command that reads data, run on Data/oph on fixed days, with every map's SVG, the
/// trend chart, graph exports, dumps and the report. Each case's expected output is a file under
/// `Tests/CLITests/Golden/` (excluded from the target); a case fails when one byte differs, and
/// prints the command and a unified diff.
///
/// After a deliberate change of output, regenerate the files and review the diff:
///
///     make golden        # = VERKOSTO_UPDATE_GOLDEN=1 swift test --filter GoldenTests
///     git diff Tests/CLITests/Golden
///
/// Every case runs in a fresh folder holding a copy of one shared import of Data/oph
/// (`oph.sqlite`, also `$VERKOSTO_DB`), with `COLUMNS=80` so that `--help` wraps the same on any
/// terminal, and no other `VERKOSTO_*` variable. Paths in the commands are relative to that
/// folder, so no output holds an absolute path; every command that reads data gets `--at` (or
/// `--from`/`--to`), so none depends on today's date.
@Suite struct GoldenTests {
    /// The day of every snapshot case: the day of the committed gallery (`make graphs`).
    static let day = "2026-11-01"

    static let goldenRoot = CLITests.packageRoot.appendingPathComponent("Tests/CLITests/Golden")
    /// Where a failing case leaves its actual output, for a closer look.
    static let actualRoot = CLITests.packageRoot.appendingPathComponent(".build/golden-actual")
    static var updating: Bool { ProcessInfo.processInfo.environment["VERKOSTO_UPDATE_GOLDEN"] == "1" }

    /// A file or folder a command writes, relative to the case's folder, and the suffix of its
    /// golden path: `<case>.<suffix>` for a file, `<case>/` for a folder (compared file by file).
    struct Output: Sendable {
        var produced: String
        var suffix: String

        /// A file, golden as `<case>.<its extension>`, or `<case>.<suffix>` when given.
        static func file(_ produced: String, as suffix: String? = nil) -> Output {
            Output(produced: produced, suffix: suffix ?? URL(fileURLWithPath: produced).pathExtension)
        }

        /// A folder, golden as `<case>/` with every file in it.
        static func folder(_ produced: String) -> Output { Output(produced: produced, suffix: "/") }

        var isFolder: Bool { suffix == "/" }
    }

    /// One golden case: commands run in order in a fresh folder; the last one's output is compared.
    struct Case: Sendable, CustomTestStringConvertible {
        /// The case's path under `Golden/`, without extension: `list/networks`.
        var name: String
        /// The commands (arguments of `verkosto`); all must exit 0. Only the last one's stdout
        /// and stderr are compared; the others prepare its input.
        var steps: [[String]]
        /// The extension of the stdout file: `txt` for text and tables, `csv`, `json`.
        var stdoutExtension: String
        /// What the last command writes besides stdout.
        var outputs: [Output]
        /// Files from the repository copied into the folder first (by their last path component).
        var copies: [String]
        /// Folders made in the folder first.
        var folders: [String]

        init(_ name: String, _ arguments: [String], stdout: String = "txt", outputs: [Output] = [],
             before: [[String]] = [], copies: [String] = [], folders: [String] = []) {
            self.name = name
            self.steps = before + [arguments]
            self.stdoutExtension = stdout
            self.outputs = outputs
            self.copies = copies
            self.folders = folders
        }

        var testDescription: String { "\(name).\(stdoutExtension)" }
        var command: String { "verkosto " + steps.last!.joined(separator: " ") }
        var stdoutFile: String { "\(name).\(stdoutExtension)" }
        var stderrFile: String { "\(stdoutFile).stderr" }

        /// The golden path of an output: `<name>.<suffix>` for a file, `<name>/` for a folder.
        func goldenPath(of output: Output) -> String { output.isFolder ? name + "/" : "\(name).\(output.suffix)" }

        /// The golden paths this case owns; a path ending in `/` owns everything below it.
        var goldenPaths: [String] { [stdoutFile, stderrFile] + outputs.map(goldenPath(of:)) }
    }

    // MARK: The cases

    static let commands = [
        "import", "list", "show", "stats", "centrality", "overlap", "communities", "gaps", "diff", "trend", "render",
        "report", "export", "generate", "dump", "doctor", "backup", "serve", "user", "audit", "render-worker",
    ]

    static let at = ["--at", day]

    /// A command in the three output formats: `<name>.txt`, `.csv` and `.json`.
    static func formats(_ name: String, _ arguments: [String]) -> [Case] {
        [Case(name, arguments), csv(name, arguments), json(name, arguments)]
    }

    static func csv(_ name: String, _ arguments: [String]) -> Case {
        Case(name, arguments + ["--format", "csv"], stdout: "csv")
    }

    static func json(_ name: String, _ arguments: [String]) -> Case {
        Case(name, arguments + ["--format", "json"], stdout: "json")
    }

    /// A command in Finnish (three formats), and as tables in Swedish and English.
    static func languages(_ name: String, _ arguments: [String]) -> [Case] {
        formats(name, arguments) + ["sv", "en"].map { Case("\(name)-\($0)", arguments + ["--lang", $0]) }
    }

    static let help: [Case] = [Case("help/verkosto", ["--help"])] + commands.map { Case("help/\($0)", [$0, "--help"]) }

    static let listing: [Case] = ["networks", "directions", "sectors", "municipalities", "regions"]
        .flatMap { formats("list/\($0)", ["list", $0] + at) }
        + [csv("list/organisations", ["list", "organisations"] + at),
           Case("list/organisations-arts", ["list", "organisations", "--sector", "arts"] + at),
           json("list/organisations-arts", ["list", "organisations", "--sector", "arts"] + at),
           Case("list/networks-ecec", ["list", "networks", "--sector", "ecec"] + at),
           Case("show/network", ["show", "network", "johtamisen-oppiva-yhteiso"]),
           Case("show/organisation", ["show", "organisation", "o-0070"])]
        + formats("stats/stats", ["stats"] + at)

    static let analysis: [Case] = formats("centrality/networks", ["centrality"] + at)
        + [Case("centrality/networks-weighted", ["centrality", "--weight", "jaccard", "--ties", "members", "--top", "15"] + at),
           csv("centrality/networks-brokerage", ["centrality", "--measure", "brokerage,constraint,effective_size,efficiency"] + at),
           // Organisations without betweenness, which takes seconds in a debug build.
           csv("centrality/organisations", ["centrality", "--graph", "organisations", "--weight", "count",
                                            "--measure", "degree,strength,closeness,eigenvector,pagerank"] + at),
           Case("centrality/two-mode", twoMode),
           json("centrality/two-mode", twoMode),
           Case("centrality/karate", ["centrality", "--edges", "karate.csv", "--measure", "all", "--format", "csv"],
                stdout: "csv", copies: ["Tests/Fixtures/karate.csv"])]
        + formats("overlap/jaccard", ["overlap"] + at)
        + [Case("overlap/newman", ["overlap", "--metric", "newman", "--min", "0.5", "--top", "20"] + at)]
        + formats("communities/louvain", ["communities"] + at)
        + [Case("communities/leiden", ["communities", "--method", "leiden", "--resolution", "1.5", "--seed", "7"] + at),
           csv("communities/organisations", ["communities", "--graph", "organisations", "--weight", "jaccard"] + at)]
        // Swedish and English on an early day, where the brokers' betweenness is quick to compute.
        + formats("gaps/all", ["gaps"] + at)
        + ["sv", "en"].map { Case("gaps/all-2022-\($0)", ["gaps", "--lang", $0, "--at", "2022-06-30"]) }
        + [Case("gaps/overload", ["gaps", "--kind", "overload,isolated", "--threshold", "3", "--top", "5"] + at),
           Case("gaps/coverage-2023", ["gaps", "--kind", "coverage", "--at", "2023"])]

    static let twoMode = ["centrality", "--graph", "two-mode", "--measure", "degree,betweenness,closeness", "--top", "40"] + at

    static let trendChart = [Output.file("trend.svg")]

    static let change: [Case] = [csv("diff/2022-2026", ["diff", "--from", "2022", "--to", "2026"])]
        + languages("diff/2026", ["diff", "--from", "2025-12-31", "--to", "2026-11-01"])
        + [Case("trend/2022-2026", ["trend", "--from", "2022", "--to", "2026", "-o", "trend.svg"], outputs: trendChart),
           csv("trend/2022-2026", ["trend", "--from", "2022", "--to", "2026"]),
           json("trend/2022-2026", ["trend", "--from", "2022", "--to", "2026"])]
        + ["sv", "en"].map {
            Case("trend/2022-2026-\($0)", ["trend", "--from", "2022", "--to", "2026", "--lang", $0, "-o", "trend.svg"],
                 outputs: trendChart)
        }
        + [Case("trend/quarters", ["trend", "--from", "2024", "--to", "2026", "--every", "quarter", "--format", "csv",
                                   "-o", "trend.svg"], stdout: "csv", outputs: trendChart)]

    /// `render KIND … -o map.svg`: the map's SVG.
    static func map(_ name: String, _ arguments: [String], file: String = "map.svg") -> Case {
        Case("render/\(name)", ["render"] + arguments + ["-o", file], outputs: [.file(file)])
    }

    static let maps: [Case] = [
        map("overview", ["overview"] + at),
        map("overview-sv", ["overview", "--lang", "sv"] + at),
        map("overview-en", ["overview", "--lang", "en"] + at),
        map("overview-sector", ["overview", "--group-by", "sector", "--weight", "jaccard", "--ties", "members"] + at),
        map("overview-dot", ["overview"] + at, file: "map.dot"),
        map("overview-layout", ["overview"] + at, file: "map.json"),
        map("ego", ["ego", "johtamisen-oppiva-yhteiso"] + at),
        map("ego-region", ["ego", "johtamisen-oppiva-yhteiso", "--group-by", "region", "--lang", "en"] + at),
        map("directions", ["directions"] + at),
        map("sectors", ["sectors"] + at),
        map("gaps", ["gaps"] + at),
        map("coverage", ["coverage"] + at),
        map("coverage-sv", ["coverage", "--lang", "sv"] + at),
        map("heatmap", ["heatmap"] + at),
        map("heatmap-cluster", ["heatmap", "--order", "cluster", "--lang", "en"] + at),
        map("diff", ["diff", "--from", "2022", "--to", "2026"]),
    ]

    static let report: [Case] = ["fi", "sv", "en"].map {
        Case("report/report-\($0)", ["report", "--lang", $0, "-o", "report.html"] + at, outputs: [.file("report.html")])
    }

    /// The small fixture (Tests/Fixtures/small) imported into `small.sqlite`: whole-history
    /// exports and round trips of Data/oph would make golden files of megabytes.
    static let small = (copies: ["Tests/Fixtures/small"], importing: ["import", "small", "--db", "small.sqlite"])
    static let exportGraphML = ["export", "graphml", "--db", "small.sqlite", "-o", "small.graphml"]
    static let importGraphML = ["import", "small.graphml", "--replace", "--db", "copy.sqlite"]

    static func smallCase(_ name: String, _ arguments: [String], outputs: [Output], before: [[String]] = []) -> Case {
        Case(name, arguments, outputs: outputs, before: [small.importing] + before, copies: small.copies)
    }

    static let exchange: [Case] = [
        smallCase("export/two-mode-history", exportGraphML, outputs: [.file("small.graphml")]),
        smallCase("export/dynamic", ["export", "gexf", "--dynamic", "--db", "small.sqlite", "-o", "small.gexf"],
                  outputs: [.file("small.gexf")]),
        smallCase("export/two-mode-json", ["export", "json", "--lang", "sv", "--db", "small.sqlite", "-o", "small.json"],
                  outputs: [.file("small.json")]),
        Case("export/networks-metrics", ["export", "graphml", "--graph", "networks", "--with-metrics", "-o", "n.graphml"] + at,
             outputs: [.file("n.graphml")]),
        Case("export/networks-gexf", ["export", "gexf", "--graph", "networks", "--lang", "en", "-o", "n.gexf"] + at,
             outputs: [.file("n.gexf")]),
        Case("export/networks-json", ["export", "json", "--graph", "networks", "--weight", "jaccard", "-o", "n.json"] + at,
             outputs: [.file("n.json")]),
        Case("export/networks-csv", ["export", "csv", "--graph", "networks", "-o", "tables/"] + at,
             outputs: [.folder("tables/")], folders: ["tables"]),
        smallCase("import/graphml", importGraphML, outputs: [], before: [exportGraphML]),
        smallCase("import/graphml-dump", ["dump", "--db", "copy.sqlite", "-o", "copy.json"], outputs: [.file("copy.json")],
                  before: [exportGraphML, importGraphML]),
    ]

    static let data: [Case] = [
        smallCase("dump/json", ["dump", "--db", "small.sqlite", "-o", "dump.json"], outputs: [.file("dump.json")]),
        Case("dump/csv", ["dump", "-o", "dump/"], outputs: [.folder("dump/")]),
        Case("generate/small", ["generate", "--networks", "6", "--organisations", "40", "--seed", "3", "--out", "generated"],
             outputs: [.folder("generated/")]),
        Case("doctor/doctor", ["doctor"]),
        Case("user/list", ["user", "list"]),
        Case("audit/audit", ["audit", "--since", day]),
    ]

    static let cases: [Case] = help + listing + analysis + change + maps + report + exchange + data

    // MARK: The tests

    @Test(arguments: cases)
    func matchesGolden(_ golden: Case) throws {
        let cli = try CLITests()
        defer { try? FileManager.default.removeItem(at: cli.directory) }
        let database = try CLI.scratch.get().appendingPathComponent("oph.sqlite")
        try FileManager.default.copyItem(at: database, to: cli.directory.appendingPathComponent("oph.sqlite"))
        for folder in golden.folders {
            try FileManager.default.createDirectory(at: cli.directory.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in golden.copies {
            let source = CLITests.packageRoot.appendingPathComponent(file)
            try FileManager.default.copyItem(at: source, to: cli.directory.appendingPathComponent(source.lastPathComponent))
        }
        let environment = ["VERKOSTO_DB": "oph.sqlite", "COLUMNS": "80", "LINES": "24"]
        var last: CLITests.Run?
        for step in golden.steps {
            let result = try cli.run(step, environment: environment)
            try #require(result.status == 0, "verkosto \(step.joined(separator: " ")) exited \(result.status): \(result.stderr)")
            last = result
        }
        let run = try #require(last)
        var actual: [String: Data] = [golden.stdoutFile: Data(run.stdout.utf8), golden.stderrFile: Data(run.stderr.utf8)]
        for output in golden.outputs {
            let produced = cli.directory.appendingPathComponent(output.produced)
            if output.isFolder {
                let files = try FileManager.default.contentsOfDirectory(atPath: produced.path).sorted()
                try #require(!files.isEmpty, "\(golden.command) wrote nothing into \(output.produced)")
                for file in files {
                    actual[golden.goldenPath(of: output) + file] = try Data(contentsOf: produced.appendingPathComponent(file))
                }
            } else {
                actual[golden.goldenPath(of: output)] = try Data(contentsOf: produced)
            }
        }
        if Self.updating {
            try Self.update(golden, with: actual)
        } else {
            try Self.compare(golden, with: actual)
        }
    }

    /// Every file under `Golden/` belongs to a case: a file no case writes is stale (removed
    /// when updating).
    @Test func everyGoldenFileBelongsToACase() throws {
        let owned = Self.cases.flatMap(\.goldenPaths)
        var stale: [String] = []
        let enumerator = FileManager.default.enumerator(at: Self.goldenRoot, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(Self.goldenRoot.standardizedFileURL.path.count + 1))
            if !owned.contains(where: { $0.hasSuffix("/") ? path.hasPrefix($0) : path == $0 }) { stale.append(path) }
        }
        if Self.updating {
            for path in stale { try FileManager.default.removeItem(at: Self.goldenRoot.appendingPathComponent(path)) }
        } else {
            #expect(stale.isEmpty, "golden files that no case writes (remove them, or run make golden): \(stale.sorted())")
        }
    }

    /// The cases cover every command that `verkosto --help` lists, and no two write the same file.
    @Test func casesCoverEveryCommandOnce() throws {
        let paths = Self.cases.flatMap(\.goldenPaths)
        #expect(Set(paths).count == paths.count, "two cases share a golden file")
        let help = try CLITests().run(["--help"], environment: ["COLUMNS": "80"])
        let listed = help.stdout.components(separatedBy: "SUBCOMMANDS:").last!.split(separator: "\n")
            .compactMap { line -> String? in
                guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
                guard let name = line.split(separator: " ").first, name.allSatisfy({ $0.isLowercase || $0 == "-" }) else { return nil }
                return String(name)
            }
        #expect(!listed.isEmpty)
        for command in listed {
            #expect(Self.commands.contains(command), "no --help case for '\(command)'")
            #expect(Self.cases.contains { $0.steps.last!.first == command && $0.steps.last! != [command, "--help"] }
                        || ["backup", "serve", "render-worker"].contains(command), "no output case for '\(command)'")
        }
    }

    // MARK: Comparing and updating

    static func compare(_ golden: Case, with actual: [String: Data]) throws {
        var expectedPaths = Set(actual.keys)
        for output in golden.outputs where output.isFolder {
            let folder = goldenRoot.appendingPathComponent(golden.goldenPath(of: output))
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            expectedPaths.formUnion(files.map { golden.goldenPath(of: output) + $0 })
        }
        for path in expectedPaths.sorted() {
            let file = goldenRoot.appendingPathComponent(path)
            let expected = FileManager.default.fileExists(atPath: file.path) ? try Data(contentsOf: file) : nil
            let got = actual[path]
            if expected == got || (expected == nil && got?.isEmpty == true) { continue }
            let saved = actualRoot.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: saved.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (got ?? Data()).write(to: saved)
            let difference = unifiedDiff(expected: expected == nil ? nil : file, actual: saved, got: got)
            Issue.record("""
                \(golden.command): output differs from Golden/\(path)
                (actual output in \(saved.path); if the change is deliberate, run `make golden` and review the diff)
                \(difference)
                """)
        }
    }

    /// `diff -u` of the golden file and the actual output, cut to 60 lines; without `diff`, the
    /// first line that differs.
    static func unifiedDiff(expected: URL?, actual: URL, got: Data?) -> String {
        guard let expected else { return "no golden file Golden/…; run `make golden` to create it" }
        if got == nil { return "the command no longer writes this file" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
        process.arguments = ["-u", "--label", "expected", "--label", "actual", expected.path, actual.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        if (try? process.run()) != nil {
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.prefix(60).joined(separator: "\n") + (lines.count > 60 ? "\n… (\(lines.count - 60) more lines)" : "")
        }
        let old = (try? String(contentsOf: expected, encoding: .utf8))?.components(separatedBy: "\n") ?? []
        let new = String(decoding: got ?? Data(), as: UTF8.self).components(separatedBy: "\n")
        let line = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        return "first difference at line \(line + 1):\n- \(line < old.count ? old[line] : "(end)")\n+ \(line < new.count ? new[line] : "(end)")"
    }

    static func update(_ golden: Case, with actual: [String: Data]) throws {
        for output in golden.outputs where output.isFolder {
            try? FileManager.default.removeItem(at: goldenRoot.appendingPathComponent(golden.goldenPath(of: output)))
        }
        for (path, data) in actual {
            let file = goldenRoot.appendingPathComponent(path)
            if data.isEmpty {
                try? FileManager.default.removeItem(at: file)
                continue
            }
            if FileManager.default.fileExists(atPath: file.path), try Data(contentsOf: file) == data { continue }
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file, options: .atomic)
        }
    }
}
