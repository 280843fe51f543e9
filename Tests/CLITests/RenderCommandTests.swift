import Foundation
import FoundationXML
import Testing

/// Runs the built `verkosto` binary the way a user would.
enum CLI {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The built binary: next to the test bundle, else in `.build/debug`.
    static var binary: URL? {
        var candidates: [URL] = []
        if let argument = CommandLine.arguments.first {
            var folder = URL(fileURLWithPath: argument).deletingLastPathComponent()
            // The runner may be inside VerkostoPackageTests.xctest/Contents/MacOS on macOS.
            for _ in 0..<4 {
                candidates.append(folder.appendingPathComponent("verkosto"))
                folder = folder.deletingLastPathComponent()
            }
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/verkosto"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct Result { var status: Int32; var stdout: String; var stderr: String }

    static func run(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Result? {
        guard let binary else {
            Issue.record("the verkosto binary is not built; run `swift build --product verkosto`", sourceLocation: sourceLocation)
            return nil
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
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
