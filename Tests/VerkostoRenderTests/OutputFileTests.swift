import Foundation
import Testing
@testable import VerkostoRender

@Suite("OutputFile")
struct OutputFileTests {
    @Test("replaces an existing file and leaves no temporary file behind")
    func atomicReplace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verkosto-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("kartta.svg")
        try OutputFile.write("ensimmäinen", to: file)
        try OutputFile.write("toinen – äöå", to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "toinen – äöå")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["kartta.svg"])
    }

    @Test("a missing folder is a clear error")
    func missingFolder() {
        let file = URL(fileURLWithPath: "/nonexistent-verkosto-folder/sub/kartta.svg")
        #expect(throws: RenderError.missingOutputFolder("/nonexistent-verkosto-folder/sub")) {
            try OutputFile.write("x", to: file)
        }
        #expect(RenderError.missingOutputFolder("/x").description.contains("does not exist"))
    }
}
