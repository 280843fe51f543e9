import Foundation
import FoundationXML
import Testing

/// Runs the built `verkosto` binary the way a user would, through the runner the CLI suites share.
enum CLI {
    static var packageRoot: URL { CLITests.packageRoot }

    typealias Result = CLITests.Run

    /// Runs the binary in a fresh working directory. Never `nil`; optional so that call sites
    /// can `guard let` the result.
    static func run(_ arguments: [String]) throws -> Result? {
        try CLITests().run(arguments)
    }

    /// A scratch folder with `Data/oph` imported into `oph.sqlite`.
    static let scratch: Swift.Result<URL, any Error> = Swift.Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verkosto-cli-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = folder.appendingPathComponent("oph.sqlite").path
        guard let result = try run(["import", packageRoot.appendingPathComponent("Data/oph").path, "--db", database, "--replace"]),
              result.status == 0 else {
            throw CocoaError(.fileReadUnknown)
        }
        return folder
    }
}

@Suite("verkosto render", .serialized)
struct RenderCommandTests {
    @Test("render overview -o x.svg writes a well-formed SVG map, and replaces an existing file")
    func overview() throws {
        let folder = try CLI.scratch.get()
        let output = folder.appendingPathComponent("x.svg")
        try Data("old".utf8).write(to: output)
        guard let result = try CLI.run(["render", "overview", "-o", output.path, "--db", folder.appendingPathComponent("oph.sqlite").path,
                                        "--at", "2026-11-01"]) else { return }
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let svg = try String(contentsOf: output, encoding: .utf8)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("OPH:n kehittämisverkostot"))
        #expect((try? XMLDocument(data: Data(svg.utf8), options: [])) != nil)
    }

    @Test("the format follows the extension; --format overrides it", arguments: [("map.png", nil as String?, [UInt8]([0x89, 0x50, 0x4E, 0x47])),
                                                                                ("map.out", "dot", Array("graph".utf8))])
    func formats(_ name: String, format: String?, magic: [UInt8]) throws {
        let folder = try CLI.scratch.get()
        let output = folder.appendingPathComponent(name)
        var arguments = ["render", "sectors", "-o", output.path, "--db", folder.appendingPathComponent("oph.sqlite").path]
        if let format { arguments += ["--format", format] }
        guard let result = try CLI.run(arguments) else { return }
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(Array(try Data(contentsOf: output).prefix(magic.count)) == magic)
    }

    @Test("a missing output folder exits 73 with one line naming it")
    func missingFolder() throws {
        let folder = try CLI.scratch.get()
        let output = folder.appendingPathComponent("no-such-folder/x.svg")
        guard let result = try CLI.run(["render", "overview", "-o", output.path, "--db", folder.appendingPathComponent("oph.sqlite").path])
        else { return }
        #expect(result.status == 73)
        #expect(result.stderr.contains("no-such-folder"))
        #expect(result.stderr.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("an unknown ego network id fails with one line naming the id")
    func unknownEgo() throws {
        let folder = try CLI.scratch.get()
        let output = folder.appendingPathComponent("ego.svg")
        guard let result = try CLI.run(["render", "ego", "ei-tallaista-verkostoa", "-o", output.path,
                                        "--db", folder.appendingPathComponent("oph.sqlite").path]) else { return }
        #expect(result.status != 0)
        let lines = result.stderr.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("ei-tallaista-verkostoa") == true)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("heatmap as PNG is refused with a clear message")
    func svgOnly() throws {
        let folder = try CLI.scratch.get()
        guard let result = try CLI.run(["render", "heatmap", "-o", folder.appendingPathComponent("h.png").path,
                                        "--db", folder.appendingPathComponent("oph.sqlite").path]) else { return }
        #expect(result.status != 0)
        #expect(result.stderr.contains("SVG only"))
    }

    @Test("--help shows the map kinds and examples")
    func help() throws {
        guard let result = try CLI.run(["render", "--help"]) else { return }
        #expect(result.status == 0)
        for expected in ["overview", "ego ID", "heatmap", "Examples:", "--group-by", "--layout"] {
            #expect(result.stdout.contains(expected), "missing \(expected)")
        }
    }
}
