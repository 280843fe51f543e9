import Foundation
import Testing

/// Outputs: spreadsheet formulas neutralised in CSV, a missing output folder is exit 73, and
/// dumps and backups replace files whole.
@Suite final class OutputSafetyTests {
    let cli: CLITests

    deinit { try? FileManager.default.removeItem(at: cli.directory) }

    init() throws {
        cli = try CLITests()
        let folder = cli.directory.appendingPathComponent("formulas")
        try FileManager.default.copyItem(at: CLITests.fixture, to: folder)
        try Data("""
            id,name,kind,municipality,language
            o-hki,"=HYPERLINK(""http://x"",""y"")",municipality,091,fi-sv
            o-aland,+1+1,upper-secondary,478,sv
            o-kirkonkyla,"@SUM(A1)",ecec-unit,543,
            o-minus,-2+3,school,543,
            o-tab,"\tx",school,543,
            o-cr,"\rx",school,543,

            """.utf8).write(to: folder.appendingPathComponent("organisations.csv"))
        let result = try cli.run("import", "formulas")
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func csvCellsNeverStartAFormula() throws {
        let result = try cli.run("list", "organisations", "--format", "csv")
        #expect(result.status == 0)
        for line in result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropFirst() where !line.isEmpty {
            for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
                let text = cell.hasPrefix("\"") ? cell.dropFirst() : cell
                if let first = text.first { #expect(!"=+-@\t\r".contains(first), "cell \(cell.debugDescription)") }
            }
        }
        #expect(result.stdout.contains("'=HYPERLINK"))
    }

    @Test func missingOutputFolder() throws {
        let dump = try cli.run("dump", "-o", "missing/all.json")
        #expect(dump.status == 73, "\(dump.stderr)")
        let backup = try cli.run("backup", "missing/copy.sqlite")
        #expect(backup.status == 73)
        #expect(backup.stderr == "\(cli.directory.path)/missing/copy.sqlite: the output folder \(cli.directory.path)/missing does not exist; create it first\n")
    }

    @Test func backupIsAWholeWorkingCopy() throws {
        #expect(try cli.run("backup", "copy.sqlite").status == 0)
        #expect(try cli.run("backup", "copy.sqlite").status == 0)  // named: replaced whole
        #expect(try cli.run("doctor", "--db", "copy.sqlite").status == 0)
        #expect(try BadInputTests.sqliteDump(cli.directory.appendingPathComponent("copy.sqlite"))
                == BadInputTests.sqliteDump(cli.directory.appendingPathComponent("verkosto.sqlite")))
        let left = try FileManager.default.contentsOfDirectory(atPath: cli.directory.path)
        #expect(!left.contains { $0.hasSuffix(".tmp") })
        #expect(try cli.run("backup", "verkosto.sqlite").status == 64)
    }
}
