import Foundation
import Testing

/// `verkosto report` run as a user would.
@Suite("report command")
struct ReportCommandTests {
    @Test("writes one HTML file with every section, in the language asked")
    func writesReport() throws {
        let folder = try CLI.scratch.get()
        let output = folder.appendingPathComponent("report-en.html")
        guard let result = try CLI.run(["report", "--lang", "en", "--at", "2026-11-01", "-o", output.path,
                                        "--db", folder.appendingPathComponent("oph.sqlite").path]) else { return }
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"en\">"))
        for id in ["summary", "networks", "cross-sector", "directions", "coverage", "central", "gaps", "overlap", "trend"] {
            #expect(html.contains("id=\"\(id)\""), "section \(id)")
        }
    }

    @Test("a missing output folder exits 73 with one line naming it")
    func missingFolder() throws {
        let folder = try CLI.scratch.get()
        let output = folder.appendingPathComponent("no-such-folder/report.html")
        guard let result = try CLI.run(["report", "-o", output.path, "--db", folder.appendingPathComponent("oph.sqlite").path])
        else { return }
        #expect(result.status == 73)
        #expect(result.stderr.contains("no-such-folder"))
        #expect(result.stderr.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
