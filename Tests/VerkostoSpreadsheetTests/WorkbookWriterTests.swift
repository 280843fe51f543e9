import Foundation
import Testing
import VerkostoSupport
@testable import VerkostoSpreadsheet

@Suite struct WorkbookWriterTests {
    static let hostileTexts = [
        "=1+1", "+41 00", "-5", "@SUM(A1:A2)", "=HYPERLINK(\"http://example.invalid\",\"x\")", "=cmd|' /C calc'!A0",
        "<b>&amp;</b>", "]]>", "a\u{1}b\u{8}c\u{1F}", "carriage\rreturn", "tab\tand\nnewline", "_x0041_",
        "ä ö å Ä Ö Å", "😀 👩‍👩‍👧", "  padded  ", "\u{FFFE}\u{FFFF}", "'quoted", "\"double\"",
    ]

    func sample() -> Workbook {
        var rows: [[SheetCell?]] = [[.text("text", style: .header), .text("number", style: .header), .text("day", style: .header)]]
        for (index, text) in Self.hostileTexts.enumerated() {
            rows.append([.text(text), .number(Double(index) + 0.25), .date(Day(year: 2024, month: 1, day: index + 1)!)])
        }
        let data = Sheet(name: "Tiedot", rows: rows, columns: [1: ColumnFormat(width: 40)], frozenRows: 1)
        let other = Sheet(name: "Muut ' arvot", rows: [
            [.boolean(true), .boolean(false), SheetCell(.error("#N/A")), .integer(-3)],
            [SheetCell(.dateTime(Day(iso: "2024-03-01")!, secondOfDay: 18 * 3600)), nil, .number(1e-5), .number(12_345_678.875)],
        ])
        return Workbook(sheets: [data, other])
    }

    @Test func roundTripsEveryKindOfValue() throws {
        let workbook = sample()
        let reader = try WorkbookReader(data: workbook.data(), name: "sample.xlsx")
        #expect(reader.sheetNames == ["Tiedot", "Muut ' arvot"])
        for (written, read) in zip(workbook.sheets, try reader.worksheets()) {
            for (rowIndex, row) in written.rows.enumerated() {
                for (columnIndex, cell) in row.enumerated() {
                    let address = CellAddress(row: rowIndex + 1, column: columnIndex + 1)!
                    #expect(read.cell(at: address)?.value == cell?.value, "\(read.name)!\(address)")
                    #expect(read.cell(at: address)?.formula == nil)
                }
            }
        }
    }

    /// Text that looks like a formula is written as a shared string; no `<f>` is written at all.
    @Test func formulaLookingTextStaysText() throws {
        let data = try sample().data()
        let sheet = try #require(try TestPackages.part("xl/worksheets/sheet1.xml", of: data))
        #expect(!sheet.contains("<f>") && !sheet.contains("<f "))
        #expect(sheet.contains("<c r=\"A2\" t=\"s\"><v>3</v></c>"))  // "=1+1" is shared string 3 (after the 3 headers)
        let strings = try #require(try TestPackages.part("xl/sharedStrings.xml", of: data))
        #expect(strings.contains("<si><t>=1+1</t></si>"))
        #expect(strings.contains("<si><t>&lt;b&gt;&amp;amp;&lt;/b&gt;</t></si>"))
        #expect(strings.contains("<si><t>]]&gt;</t></si>"))
        #expect(strings.contains("<si><t>a_x0001_b_x0008_c_x001F_</t></si>"))
        #expect(strings.contains("<si><t>carriage_x000D_return</t></si>"))
        #expect(strings.contains("<si><t>_x005F_x0041_</t></si>"))
        #expect(strings.contains("<si><t xml:space=\"preserve\">  padded  </t></si>"))
    }

    /// The same workbook gives the same bytes, whenever and wherever it is written.
    @Test func bytesAreDeterministic() throws {
        let first = try sample().data()
        let second = try sample().data()
        #expect(first == second)
        // Every entry is dated 1980-01-01 00:00 (DOS date 0x0021, time 0): the local file header
        // keeps time at offset 10 and date at offset 12.
        let bytes = [UInt8](first)
        var offset = 0, headers = 0
        while offset + 30 <= bytes.count {
            if bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 0x03, 0x04]) {
                #expect(bytes[offset + 10] == 0 && bytes[offset + 11] == 0)
                #expect(bytes[offset + 12] == 0x21 && bytes[offset + 13] == 0)
                headers += 1
            }
            offset += 1
        }
        #expect(headers == 8)  // content types, 2 relationship parts, workbook, styles, strings, 2 sheets
    }

    @Test func frozenHeaderBoldStyleWidthsAndProtection() throws {
        let instructions = Sheet.instructions(name: "Ohjeet", title: "Näin täytät lomakkeen",
                                              paragraphs: ["Lyhyt.", String(repeating: "pitkä teksti ", count: 20)], width: 80)
        let data = try Workbook(sheets: [instructions, sample().sheets[0]]).data()
        let first = try #require(try TestPackages.part("xl/worksheets/sheet1.xml", of: data))
        #expect(first.contains("<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\"/>"))
        #expect(first.contains("<col min=\"1\" max=\"1\" width=\"80\" customWidth=\"1\"/>"))
        #expect(first.contains("<row r=\"3\" ht=\"62\" customHeight=\"1\">"))  // 260 characters at 80 a line: 4 lines
        #expect(first.contains("tabSelected=\"1\""))
        let second = try #require(try TestPackages.part("xl/worksheets/sheet2.xml", of: data))
        #expect(second.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        let styles = try #require(try TestPackages.part("xl/styles.xml", of: data))
        #expect(styles.contains("<font><b/>"))
        #expect(styles.contains("<alignment vertical=\"top\" wrapText=\"1\"/>"))
        #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"))
        let reader = try WorkbookReader(data: data, name: "t.xlsx")
        #expect(try reader.worksheet(named: "Ohjeet").rows.count == 3)
    }

    @Test func validationsRoundTrip() throws {
        let shortList = DataValidation(ranges: [CellRange("C2:C50")!], rule: .list(["1", "2", "3", "4"]),
                                       prompt: .init(title: "Luottamus", text: "1 = ei lainkaan, 4 = paljon"),
                                       error: .init(title: "Virhe", text: "Valitse 1–4."))
        let ids = (1...60).map { "verkosto-\($0)" }
        let longList = DataValidation(ranges: [CellRange("D2:D50")!], rule: .list(ids))
        let commas = DataValidation(ranges: [CellRange("E2:E50")!], rule: .list(["a,b", "c"]))
        let numbers = DataValidation(ranges: [CellRange("F2:F50")!], rule: .wholeNumber(0...500), allowsBlank: false)
        let days = DataValidation(ranges: [CellRange("G2:G50")!], rule: .day(Day(iso: "2024-01-01")!...Day(iso: "2026-12-31")!))
        let prompt = DataValidation(ranges: [CellRange("H2:H50")!], rule: .anyValue, prompt: .init(title: "", text: "Vapaa teksti"))
        let sheet = Sheet(name: "Kysely", rows: [[.text("x")]], validations: [shortList, longList, commas, numbers, days, prompt])
        let data = try Workbook(sheets: [sheet]).data()
        let reader = try WorkbookReader(data: data, name: "t.xlsx")
        #expect(reader.sheetNames == ["Kysely", "Lists"])
        #expect(reader.sheets.map(\.isHidden) == [false, true])
        let read = try reader.worksheet(named: "Kysely").validations
        #expect(read == [
            shortList,
            DataValidation(ranges: [CellRange("D2:D50")!], rule: .listFromCells(sheet: "Lists", range: CellRange("A1:A60")!)),
            DataValidation(ranges: [CellRange("E2:E50")!], rule: .listFromCells(sheet: "Lists", range: CellRange("B1:B2")!)),
            numbers, days, prompt,
        ])
        let lists = try reader.worksheet(named: "Lists")
        #expect(try lists.rows.map { try $0.text(1) } == ids)
        #expect(try lists.rows.prefix(2).map { try $0.text(2) } == ["a,b", "c"])
        let part = try #require(try TestPackages.part("xl/worksheets/sheet1.xml", of: data))
        #expect(part.contains("<formula1>\"1,2,3,4\"</formula1>"))
    }

    @Test func typedRowsMakeATable() throws {
        struct Answer { let network: String; let trust: Int?; let since: Day }
        let answers = [Answer(network: "=evil()", trust: 3, since: Day(iso: "2024-05-02")!),
                       Answer(network: "b", trust: nil, since: Day(iso: "2026-01-31")!)]
        let sheet = Sheet(name: "Kysely", records: answers, columns: [
            SheetColumn("network", width: 30) { .text($0.network) },
            SheetColumn("trust", style: .input, validation: .list(["1", "2", "3", "4"])) { $0.trust.map { .number(Double($0)) } },
            SheetColumn("since", style: CellStyle(numberFormat: .isoDay, isLocked: false)) { .date($0.since) },
        ], inputRows: 10)
        #expect(sheet.validations == [DataValidation(ranges: [CellRange("B2:B13")!], rule: .list(["1", "2", "3", "4"]))])
        #expect(sheet.frozenRows == 1)
        let table = try WorkbookReader(data: Workbook(sheets: [sheet]).data(), name: "t.xlsx").worksheet(named: "Kysely").table()
        let network = try table.column("Network"), trust = try table.column("trust"), since = try table.column(" since ")
        #expect(try table.rows.map { try $0.text(network) } == ["=evil()", "b"])
        #expect(try table.rows.map { try $0.integer(trust, in: 1...4) } == [3, nil])
        #expect(try table.rows.map { try $0.day(since)?.description } == ["2024-05-02", "2026-01-31"])
    }

    @Test(arguments: [
        ("", "a sheet name is empty"),
        ("Sheet/1", "sheet 'Sheet/1': a sheet name cannot contain '/'"),
        ("'quoted'", "sheet ''quoted'': a sheet name cannot begin or end with an apostrophe"),
        ("history", "sheet 'history': Excel reserves the sheet name 'History'"),
        ("A name that is much too long for Excel", "sheet 'A name that is much too long for Excel': the sheet name is longer than 31 characters"),
    ])
    func refusesBadSheetNames(name: String, message: String) {
        #expect(TestPackages.error { _ = try Workbook(sheets: [Sheet(name: name)]).data() }?.description == message)
    }

    @Test func refusesWhatAWorkbookCannotHold() {
        func failure(_ sheets: [Sheet]) -> String? {
            TestPackages.error { _ = try Workbook(sheets: sheets).data() }?.description
        }
        #expect(failure([]) == "a workbook needs at least one sheet")
        #expect(failure([Sheet(name: "a", isHidden: true)]) == "a workbook needs at least one sheet that is not hidden")
        #expect(failure([Sheet(name: "Data"), Sheet(name: "DATA")]) == "sheet 'DATA': two sheets have this name (Excel ignores case)")
        #expect(failure([Sheet(name: "S", rows: [[nil, .text(String(repeating: "x", count: 32_768))]])])
                == "sheet 'S' row 1 column B: the text is longer than 32767 characters, the most a cell can hold")
        #expect(failure([Sheet(name: "S", rows: [[], [.number(.nan)]])]) == "sheet 'S' row 2 column A: a number must be finite, not nan")
        #expect(failure([Sheet(name: "S", rows: [[.date(Day(iso: "1899-12-31")!)]])])
                == "sheet 'S' row 1 column A: the day 1899-12-31 is before 1900-01-01, the first day a workbook can hold")
        #expect(failure([Sheet(name: "S", rows: [[SheetCell(.error("#OOPS"))]])])
                == "sheet 'S' row 1 column A: '#OOPS' is not a spreadsheet error value")
        #expect(failure([Sheet(name: "S", validations: [DataValidation(ranges: [CellRange("A1")!], rule: .list([]))])])
                == "sheet 'S': a drop-down list has no items")
        #expect(failure([Sheet(name: "S", validations: [DataValidation(ranges: [CellRange("A1")!],
                                                                       rule: .listFromCells(sheet: "Nope", range: CellRange("A1:A2")!))])])
                == "sheet 'S': a drop-down list refers to the sheet 'Nope', which the workbook does not have")
        #expect(failure([Sheet(name: "Lists"), Sheet(name: "S", validations: [
            DataValidation(ranges: [CellRange("A1")!], rule: .list((1...100).map { "item \($0)" }))])])
                == "sheet 'Lists': two sheets have this name (Excel ignores case)")
    }

    @Test func writesAtomically() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("out.xlsx")
        try sample().write(to: url)
        #expect(try Data(contentsOf: url) == sample().data())
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.xlsx"])
        // A failed write leaves the old file as it was.
        let bad = Workbook(sheets: [Sheet(name: "S", rows: [[.number(.infinity)]])])
        #expect(TestPackages.error { try bad.write(to: url) }?.description
                == "\(url.path): sheet 'S' row 1 column A: a number must be finite, not inf")
        #expect(try Data(contentsOf: url) == sample().data())
        let missing = folder.appendingPathComponent("no/such/folder/out.xlsx")
        #expect(throws: OutputError(path: missing.path, reason: .missingFolder(missing.deletingLastPathComponent().path))) {
            try sample().write(to: missing)
        }
    }
}
