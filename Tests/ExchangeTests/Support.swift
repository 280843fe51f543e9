import Foundation
import Testing
import VerkostoExchange
import VerkostoModel
import VerkostoStore
import VerkostoSupport

/// Paths, temporary folders, the OPH data set and Python, shared by the exchange tests.
enum Support {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = tests.appendingPathComponent("Fixtures")
    static let root = tests.deletingLastPathComponent().deletingLastPathComponent()
    static let oph = root.appendingPathComponent("Data/oph")

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("verkosto-exchange-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The illustrative OPH data set, imported into a new database and loaded.
    static func ophAtlas() throws -> Atlas {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try AtlasDatabase(path: folder.appendingPathComponent("oph.sqlite").path, create: true)
        try store.importData(from: oph, mode: .replace)
        return try store.load()
    }

    /// Reads a graph file and imports it into a new database, returning what the database holds.
    static func importGraph(_ url: URL, options: GraphImportOptions = .init()) throws -> (Atlas, ImportSummary) {
        let read = try GraphFileFormat(path: url.path)!.read(url)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try AtlasDatabase(path: folder.appendingPathComponent("graph.sqlite").path, create: true)
        let data = try graphDataSet(read, file: url.lastPathComponent, options: options)
        let summary = try store.importGraphData(data.atlas, file: url.lastPathComponent, elements: data.elements,
                                                warnings: data.warnings, mode: .replace)
        return (try store.load(), summary)
    }

    /// Makes sure NetworkX and igraph can be imported, installing them from PyPI when missing.
    static func ensurePythonPackages() throws {
        for (module, package) in [("networkx", "networkx"), ("igraph", "igraph")] {
            if (try? run(["python3", "-c", "import \(module)"])) != nil { continue }
            try run(["python3", "-m", "pip", "install", "--quiet", package])
            try run(["python3", "-c", "import \(module)"])
        }
    }

    /// Runs a command and returns its standard output; throws when it fails.
    @discardableResult
    static func run(_ arguments: [String], in folder: URL? = nil) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailed(command: arguments.joined(separator: " "), status: process.terminationStatus,
                                stderr: String(decoding: message, as: UTF8.self))
        }
        return data
    }

    struct CommandFailed: Error, CustomStringConvertible {
        var command: String
        var status: Int32
        var stderr: String
        var description: String { "\(command) failed (\(status)): \(stderr)" }
    }

    /// A small Atlas whose names hold ä/ö/å, `&`, `<`, quotes, `]]>`, tabs and line breaks.
    static let hostileAtlas: Atlas = {
        let hostile = "Ääninen & <Öljy> \"Åbo\" ]]> 'koulu'"
        let day = { (text: String) in Day(iso: text)! }
        return Atlas(
            metadata: ["name": "Testi & <aineisto> ]]>"],
            sectors: [Sector(id: "basic", name: LocalizedText(fi: "Perusopetus & <esi>", sv: "Grundläggande \"utb\"", en: "Basic ]]>"))],
            regions: [Region(id: "15", name: LocalizedText(fi: "Pohjanmaa", sv: "Österbotten"))],
            municipalities: [Municipality(id: "946", name: LocalizedText(fi: "Vöyri", sv: "Vörå"), region: "15", type: .rural,
                                          language: .swedishFinnish, population: 0)],
            networks: [
                Network(id: "n-1", name: LocalizedText(fi: hostile, sv: "Nätverk <för> åäö", en: "=cmd|' /C calc'!A0"),
                        sector: "basic", unit: "Yksikkö\tsarkain", goal: "Rivi 1\nRivi 2 & ]]>", operatingModel: "-2+3",
                        period: Period(since: day("2022-01-01"), until: day("2026-12-31"))),
                Network(id: "n-2", name: LocalizedText(fi: "Toinen verkosto", sv: "", en: ""), sector: "basic", unit: "",
                        goal: "", operatingModel: "", period: Period(since: day("2023-06-01"), until: nil)),
            ],
            organisations: [
                Organisation(id: "o-1", name: "Vöyrin koulu ]]> \"Vörå\" & <skola>", kind: .school, municipality: "946", language: .sv),
                Organisation(id: "o-2", name: "@Åbo Akademi, \"ÅA\"; +358", kind: .higherEducation, municipality: "946",
                             language: .swedishFinnish),
            ],
            memberships: [
                Membership(organisation: "o-1", network: "n-1", role: .coordinator, period: Period(since: day("2022-01-01"), until: nil)),
                Membership(organisation: "o-2", network: "n-1", role: .member, period: Period(since: day("2022-02-01"), until: day("2023-01-31"))),
                Membership(organisation: "o-2", network: "n-2", role: .partner, period: Period(since: day("2023-06-01"), until: nil)),
            ])
    }()
}
