import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import VerkostoSupport

/// Runs the built `verkosto` binary for `diff` and `trend` on the illustrative OPH data set.
@Suite struct ChangeCLITests {
    /// The binary runner shared by the CLI suites (``CLITests``), in a fresh working directory.
    let cli: CLITests
    var directory: URL { cli.directory }
    static var packageRoot: URL { CLITests.packageRoot }
    typealias Run = CLITests.Run

    @discardableResult
    func run(_ arguments: String...) throws -> Run { try cli.run(arguments) }

    init() throws {
        cli = try CLITests()
        let imported = try run("import", Self.packageRoot.appendingPathComponent("Data/oph").path)
        precondition(imported.status == 0, "import failed: \(imported.stderr)")
    }

    @Test func diffAsJSONHasOneRowSchema() throws {
        let result = try run("diff", "--from", "2022", "--to", "2026", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let keys: Set<String> = ["section", "subject", "subject_name", "other", "other_name", "before", "after", "change", "reason"]
        #expect(rows.allSatisfy { Set($0.keys) == keys })
        let sections = Set(rows.compactMap { $0["section"] as? String })
        #expect(sections == ["network", "membership", "tie", "indicator", "summary"])
        let ended = rows.filter { $0["section"] as? String == "network" && $0["change"] as? String == "ended" }
        #expect(ended.map { $0["subject"] as? String } == ["oikeus-oppia-kehittajaverkosto"])
        // check_oph.py: 25/94 and 107/217 cross-sector ties.
        let share = try #require(rows.first { $0["section"] as? String == "indicator" && $0["subject"] as? String == "cross_sector_share" })
        #expect(abs((share["before"] as? Double ?? 0) - 25.0 / 94.0) < 1e-4)
        #expect(abs((share["after"] as? Double ?? 0) - 107.0 / 217.0) < 1e-4)
        let summary = rows.filter { $0["section"] as? String == "summary" }.compactMap { $0["subject_name"] as? String }
        #expect(summary.contains("Sektorirajat ylittävien yhteyksien osuus kasvoi 27 %:sta 49 %:iin (25 → 107 yhteyttä)."))
        #expect(rows.contains { $0["section"] as? String == "membership" && $0["change"] as? String == "joined-and-left" })
    }

    @Test func diffTableHasSectionsAndASummaryInTheChosenLanguage() throws {
        let result = try run("diff", "--from", "2022", "--to", "2026", "--lang", "en")
        #expect(result.status == 0, "\(result.stderr)")
        for heading in ["Networks started and ended", "Memberships (", "Ties between networks (", "Headline indicators", "Summary"] {
            #expect(result.stdout.contains("\n" + heading), "missing \(heading)")
        }
        #expect(result.stdout.contains("The share of cross-sector ties rose from 27% to 49%"))
        #expect(result.stdout.contains("Rural municipalities caught up in part but still lag behind urban ones."))
        let swedish = try run("diff", "--from", "2022", "--to", "2026", "--lang", "sv")
        #expect(swedish.stdout.contains("Andelen sektorsöverskridande band ökade från 27 % till 49 %"))
    }

    @Test func diffRejectsAnIntervalBackwards() throws {
        let result = try run("diff", "--from", "2026", "--to", "2022")
        #expect(result.status == 64)
        #expect(result.stderr.contains("is after --to"))
    }

    @Test func helpStatesTheBoundaryRule() throws {
        for command in ["diff", "trend"] {
            let help = try run(command, "--help")
            // Help wraps lines: compare with runs of white space made one space.
            let flat = help.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
            #expect(flat.contains("a membership that ends on a snapshot day still counts that day")
                    || flat.contains("a membership that ends on a compared day still counts that day"), "\(command) --help")
        }
    }

    @Test func atHelpStatesTheBoundaryRule() throws {
        for command in ["stats", "list", "centrality", "overlap"] {
            let help = try run(command, "--help")
            let flat = help.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
            #expect(flat.contains("a membership that ends on the --at day still counts that day"), "\(command) --help")
        }
    }

    @Test func trendAsJSONAndChart() throws {
        let result = try run("trend", "--from", "2022", "--to", "2026", "--format", "json", "-o", "trend.svg")
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["day"] as? String } == ["2022-12-31", "2023-12-31", "2024-12-31", "2025-12-31", "2026-12-31"])
        #expect(rows.map { $0["networks"] as? Int } == [34, 39, 40, 41, 41])
        #expect(rows.map { $0["coverage:rural"] as? Double }.map { (($0 ?? 0) * 185).rounded() } == [37, 47, 60, 72, 84])

        let svg = try Data(contentsOf: directory.appendingPathComponent("trend.svg"))
        let document = try XMLDocument(data: svg, options: [])
        let series = try document.nodes(forXPath: "//*[local-name()='g'][@class='series']")
        let indicators = rows[0].keys.filter { $0 != "day" }
        #expect(series.count == indicators.count)
        #expect(try document.nodes(forXPath: "//*[local-name()='g'][@class='legend']/*[local-name()='text']").count == indicators.count)
        // No temporary file left behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func trendByQuarterAsTable() throws {
        let result = try run("trend", "--from", "2024", "--to", "2024", "--every", "quarter", "--lang", "en")
        #expect(result.status == 0, "\(result.stderr)")
        let header = try #require(result.stdout.split(separator: "\n").first)
        #expect(header.hasPrefix("indicator") && header.hasSuffix("2024 Q1  2024 Q2  2024 Q3  2024 Q4"))
        #expect(result.stdout.contains("Share of cross-sector ties"))
    }

    @Test func renderDiffWritesOneMapOfBothDays() throws {
        let result = try run("render", "diff", "--from", "2022", "--to", "2026", "-o", "diff.svg", "--lang", "en")
        #expect(result.status == 0, "\(result.stderr)")
        let document = try XMLDocument(data: try Data(contentsOf: directory.appendingPathComponent("diff.svg")), options: [])
        func count(_ xpath: String) throws -> Int { try document.nodes(forXPath: xpath).count }
        // 34 networks in 2022, 41 in 2026, 8 started and 1 ended: 42 networks, each drawn once.
        #expect(try count("//*[local-name()='g'][contains(concat(' ', @class, ' '), ' network ')]") == 42)
        #expect(try count("//*[local-name()='g'][contains(concat(' ', @class, ' '), ' new ')]") == 8)
        #expect(try count("//*[local-name()='g'][contains(concat(' ', @class, ' '), ' ended ')]") == 1)
        #expect(try count("//*[local-name()='g'][contains(concat(' ', @class, ' '), ' gained ')]") > 0)
        #expect(try count("//*[local-name()='g'][contains(concat(' ', @class, ' '), ' lost ')]") > 0)

        let missing = try run("render", "diff", "--from", "2022", "-o", "diff.svg")
        #expect(missing.status == 64)
        let withAt = try run("render", "diff", "--from", "2022", "--to", "2026", "--at", "2024", "-o", "diff.svg")
        #expect(withAt.status == 64)
        let stray = try run("render", "overview", "--from", "2022", "-o", "overview.svg")
        #expect(stray.status == 64)
        let noFolder = try run("render", "diff", "--from", "2022", "--to", "2026", "-o", "nowhere/diff.svg")
        #expect(noFolder.status == 73)
    }

    @Test func trendChartIntoAMissingFolderExits73() throws {
        let result = try run("trend", "--from", "2022", "--to", "2023", "-o", "no/such/folder/trend.svg")
        #expect(result.status == 73)
        #expect(result.stderr.contains("does not exist"))
        #expect(result.stdout.isEmpty)
        let notSVG = try run("trend", "--from", "2022", "--to", "2023", "-o", "trend.png")
        #expect(notSVG.status == 64)
    }
}
