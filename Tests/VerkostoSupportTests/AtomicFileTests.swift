import Foundation
import Testing
import VerkostoSupport

@Suite("AtomicFile")
struct AtomicFileTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("verkosto-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test("replaces an existing file and leaves no temporary file behind")
    func atomicReplace() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("kartta.svg")
        try AtomicFile.write("ensimmäinen", to: file)
        try AtomicFile.write("toinen – äöå", to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "toinen – äöå")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["kartta.svg"])
    }

    @Test("a missing folder is an error naming the file and the folder, exit 73")
    func missingFolder() {
        let file = URL(fileURLWithPath: "/nonexistent-verkosto-folder/sub/kartta.svg")
        let expected = OutputError(path: file.path, reason: .missingFolder("/nonexistent-verkosto-folder/sub"))
        #expect(throws: expected) { try AtomicFile.write("x", to: file) }
        #expect(expected.description
                    == "/nonexistent-verkosto-folder/sub/kartta.svg: the output folder /nonexistent-verkosto-folder/sub does not exist; create it first")
        #expect(expected.kind == .cannotCreateOutput)
    }

    @Test("a folder where the file should be fails, and the folder is untouched")
    func folderInTheWay() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: OutputError.self) { try AtomicFile.write("x", to: target) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["taken"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == ["inside"])
    }
}
