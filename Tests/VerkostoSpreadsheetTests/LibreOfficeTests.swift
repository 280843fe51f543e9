import Foundation
import Testing
import VerkostoSupport
@testable import VerkostoSpreadsheet

/// Both directions through LibreOffice (Debian's `libreoffice-calc`, headless):
/// - our workbook, opened and saved again by LibreOffice, reads back with the same values,
///   validations, and formula-looking text still text;
/// - a workbook LibreOffice made from a hand-written OpenDocument file reads as that file says.
///
/// The fixtures in `Fixtures/LibreOffice` were made by `make_fixtures.sh` there (it records
/// LibreOffice's version), so `swift test` does not need LibreOffice. `make test-libreoffice`
/// makes them afresh in a scratch folder and runs these tests on them, through
/// `VERKOSTO_LIBREOFFICE_FIXTURES`.
@Suite struct LibreOfficeTests {
    static let fixtures: URL = {
        if let folder = ProcessInfo.processInfo.environment["VERKOSTO_LIBREOFFICE_FIXTURES"], !folder.isEmpty {
            return URL(fileURLWithPath: folder)
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/LibreOffice")
    }()

    static func fixture(_ name: String) -> URL { fixtures.appendingPathComponent(name) }

    static let ids = (1...40).map { "verkosto-\($0)" }
    static let hostile = WorkbookWriterTests.hostileTexts

    /// The workbook LibreOffice converted: an instructions sheet, a table with every kind of
    /// value and hostile text, and a survey sheet with drop-down lists.
    static func sample() -> Workbook {
        let instructions = Sheet.instructions(name: "Ohjeet", title: "Näin täytät lomakkeen", paragraphs: [
            "Täytä keltaiset solut. Älä muuta otsikoita.",
            "Luottamus ja arvo arvioidaan asteikolla 1–4: 1 = ei lainkaan, 4 = erittäin paljon. " + String(repeating: "Pitkä ohje. ", count: 12),
        ], width: 90)
        var rows: [[SheetCell?]] = [["text", "number", "day", "flag"].map { .text($0, style: .header) }]
        for (index, text) in hostile.enumerated() {
            rows.append([.text(text), .number(Double(index) * 1.5 - 3), .date(Day(year: 2024, month: 2, day: index + 10)!),
                         .boolean(index % 2 == 0)])
        }
        let values = Sheet(name: "Arvot", rows: rows, columns: [1: ColumnFormat(width: 36), 3: ColumnFormat(width: 12)], frozenRows: 1)
        let survey = Sheet(name: "Kysely", rows: [
            ["network", "trust", "partner", "participants", "day"].map { .text($0, style: .header) },
            [.text("verkosto-2"), .integer(3), .text("verkosto-7"), .integer(12), .date(Day(iso: "2024-09-15")!)],
            [.text("verkosto-3"), nil, nil, nil, nil],
        ], columns: [1: ColumnFormat(width: 24), 2: ColumnFormat(width: 10, style: .input)], frozenRows: 1, validations: [
            DataValidation(ranges: [CellRange("B2:B40")!], rule: .list(["1", "2", "3", "4"]),
                           prompt: .init(title: "Luottamus", text: "1 = ei lainkaan, 4 = erittäin paljon")),
            DataValidation(ranges: [CellRange("C2:C40")!], rule: .list(ids)),
            DataValidation(ranges: [CellRange("D2:D40")!], rule: .wholeNumber(0...10_000), allowsBlank: false),
            DataValidation(ranges: [CellRange("E2:E40")!], rule: .day(Day(iso: "2024-01-01")!...Day(iso: "2026-12-31")!)),
        ])
        return Workbook(sheets: [instructions, values, survey])
    }

    /// The committed `verkosto-written.xlsx` is what our writer makes today, so LibreOffice's
    /// copy of it tests today's writer. With `VERKOSTO_XLSX_SAMPLE_OUT` set, the sample is
    /// written there instead (by `make_fixtures.sh`) and read back.
    @Test func fixtureIsTodaysWriterOutput() throws {
        let bytes = try Self.sample().data()
        if let out = ProcessInfo.processInfo.environment["VERKOSTO_XLSX_SAMPLE_OUT"], !out.isEmpty {
            try Self.sample().write(to: URL(fileURLWithPath: out))
            #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == bytes)
            return
        }
        let committed = try Data(contentsOf: Self.fixture("verkosto-written.xlsx"))
        #expect(committed == bytes, "the writer's output changed: run Tests/VerkostoSpreadsheetTests/Fixtures/LibreOffice/make_fixtures.sh")
    }

    /// Every value reads back as written. LibreOffice saves a truth value as the formula
    /// `TRUE()` or `FALSE()` with its result; every other cell has no formula.
    @Test func ourValuesSurviveLibreOffice() throws {
        let reader = try WorkbookReader(contentsOf: Self.fixture("verkosto-written-saved-by-libreoffice.xlsx"))
        #expect(reader.sheetNames == ["Ohjeet", "Arvot", "Kysely", "Lists"])
        #expect(reader.sheets.map(\.isHidden) == [false, false, false, true])
        for written in Self.sample().sheets {
            let read = try reader.worksheet(named: written.name)
            for (rowIndex, row) in written.rows.enumerated() {
                for (columnIndex, cell) in row.enumerated() {
                    let address = CellAddress(row: rowIndex + 1, column: columnIndex + 1)!
                    let value = read.cell(at: address)?.value
                    #expect(value == cell?.value, "\(written.name)!\(address)")
                    let formula = read.cell(at: address)?.formula
                    if case let .boolean(flag)? = value {
                        #expect(formula == (flag ? "TRUE()" : "FALSE()"), "\(written.name)!\(address)")
                    } else {
                        #expect(formula == nil, "\(written.name)!\(address)")
                    }
                }
            }
            #expect(read.rows.last?.number == written.rows.count)
        }
    }

    @Test func validationsSurviveLibreOffice() throws {
        let reader = try WorkbookReader(contentsOf: Self.fixture("verkosto-written-saved-by-libreoffice.xlsx"))
        let read = try reader.worksheet(named: "Kysely").validations
        let written = try WorkbookReader(data: Self.sample().data(), name: "ours").worksheet(named: "Kysely").validations
        #expect(Set(read.map(\.rule)) == Set(written.map(\.rule)))
        for validation in written {
            let match = read.first { $0.rule == validation.rule }
            #expect(match?.ranges == validation.ranges)
            #expect(match?.prompt == validation.prompt)
            #expect(match?.allowsBlank == validation.allowsBlank)
        }
        let lists = try reader.worksheet(named: "Lists")
        #expect(try lists.rows.map { try $0.text(1) } == Self.ids)
    }

    /// LibreOffice keeps formula-looking text as text: its sheet parts hold no formula but the
    /// `TRUE()` and `FALSE()` of truth values, and its CSV export shows the text as typed.
    @Test func formulaLookingTextStaysTextInLibreOffice() throws {
        let saved = try Data(contentsOf: Self.fixture("verkosto-written-saved-by-libreoffice.xlsx"))
        for index in 1...4 {
            let part = try #require(try TestPackages.part("xl/worksheets/sheet\(index).xml", of: saved))
            // Cell formulas are `<f>` or `<f attributes>`; `<formula1>` of a validation is not one.
            let formulas = part.components(separatedBy: "<f").dropFirst()
                .filter { $0.hasPrefix(">") || $0.hasPrefix(" ") }
                .map { $0.split(separator: "<").first.map(String.init) ?? "" }
            #expect(formulas.allSatisfy { $0.hasSuffix(">TRUE()") || $0.hasSuffix(">FALSE()") }, "sheet\(index).xml: \(formulas)")
            #expect(index != 2 || formulas.count == 18)  // the 18 truth values of the sheet 'Arvot'
        }
        let csv = try String(contentsOf: Self.fixture("verkosto-written-Arvot.csv"), encoding: .utf8)
        let firstColumn = CSVFields.firstColumn(csv)
        // The CSV cannot carry the characters XML cannot (LibreOffice drops nothing else).
        for formulaLike in ["=1+1", "+41 00", "-5", "@SUM(A1:A2)", "=cmd|' /C calc'!A0", "<b>&amp;</b>", "]]>", "ä ö å Ä Ö Å"] {
            #expect(firstColumn.contains(formulaLike), "\(formulaLike) not in the CSV")
        }
    }

    /// `libreoffice-authored.fods` was written by hand; LibreOffice converted it to
    /// `libreoffice-authored.xlsx`. The expected values are those the .fods declares.
    @Test func libreOfficeAuthoredWorkbook() throws {
        let reader = try WorkbookReader(contentsOf: Self.fixture("libreoffice-authored.xlsx"))
        #expect(reader.sheetNames == ["Jäsenet", "Harva"])
        let members = try reader.worksheet(named: "Jäsenet")
        let table = try members.table()
        let id = try table.column("id"), name = try table.column("name"), since = try table.column("since")
        let count = try table.column("count"), active = try table.column("active"), note = try table.column("note")
        #expect(try table.rows.map { try $0.text(id) } == ["org-1", "org-2", "org-3", "org-4"])
        #expect(try table.rows.map { try $0.text(name) } == ["Äänekosken kaupunki", "Borgå stad", "Koulu 😀", "=1+1"])
        #expect(try table.rows.map { try $0.day(since)?.description } == ["2024-03-01", "1900-03-01", "2026-12-31", nil])
        #expect(try table.rows.map { try $0.number(count) } == [12, 0.5, -3, 24])
        // LibreOffice writes the .fods truth values as the numbers 1 and 0, which `boolean` takes.
        #expect(try table.rows.map { try $0.boolean(active) } == [true, false, true, nil])
        #expect(members.cell(at: CellAddress("E2")!)?.value == .number(1))
        #expect(try table.rows.map { try $0.value(note) } == [.text("Bold and plain"), .text("  two leading spaces"),
                                                              .error("#DIV/0!"), .text("ab")])
        // Row 5's count is the formula B2*2 (LibreOffice writes its saved value); its note is a
        // text formula; row 4's note is the error of 1/0.
        #expect(members.cell(at: CellAddress("D5")!)?.formula == "D2*2")
        #expect(members.cell(at: CellAddress("F5")!)?.formula != nil)
        #expect(members.cell(at: CellAddress("F4")!)?.formula == "1/0")
        #expect(members.cell(at: CellAddress("C4")!)?.value == .dateTime(Day(iso: "2026-12-31")!, secondOfDay: 13 * 3600 + 30 * 60))
        #expect(members.rows.last?.number == 5)
        let sparse = try reader.worksheet(named: "Harva")
        #expect(sparse.rows.map(\.number) == [1, 10])
        #expect(sparse.cell(at: CellAddress("C10")!)?.value == .text("far"))
    }
}

/// The first field of each record of a CSV text, with RFC 4180 quoting.
enum CSVFields {
    static func firstColumn(_ text: String) -> [String] {
        var records: [String] = []
        var field = "", inQuotes = false, atFieldStart = true, firstField = true
        var iterator = text.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if character == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where atFieldStart: inQuotes = true; atFieldStart = false
            case ",": if firstField { records.append(field) }; firstField = false; field = ""; atFieldStart = true
            case "\n", "\r\n":
                if firstField { records.append(field) }
                field = ""; firstField = true; atFieldStart = true
            default: field.append(character); atFieldStart = false
            }
        }
        if !field.isEmpty && firstField { records.append(field) }
        return records
    }
}
