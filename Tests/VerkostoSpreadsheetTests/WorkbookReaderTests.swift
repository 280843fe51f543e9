import Foundation
import Testing
import VerkostoSupport
@testable import VerkostoSpreadsheet

/// The reader on hand-written parts, shaped the way Excel and LibreOffice write them; the
/// expected values are read off the XML by hand.
@Suite struct WorkbookReaderTests {
    static let dateStyles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="2"><numFmt numFmtId="164" formatCode="[$-40B]D\\.M\\.YYYY"/><numFmt numFmtId="165" formatCode="0.0"/></numFmts>\
        <cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>\
        <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="22"/><xf numFmtId="20"/><xf numFmtId="165"/></cellXfs>\
        </styleSheet>
        """

    func read(_ data: Data, sheet: String = "Sheet1") throws -> Worksheet {
        try WorkbookReader(data: data, name: "test.xlsx").worksheet(named: sheet)
    }

    @Test func sharedStringsWithRichTextAndPreservedSpace() throws {
        let strings = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">\
            <si><t>Jäsenet</t></si>\
            <si><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and plain</t></r></si>\
            <si><t xml:space="preserve">  two spaces first, one last </t></si>\
            <si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>\
            <si><t>line_x000D_
            break &amp; &lt;tag&gt;</t></si>\
            </sst>
            """
        let sheet = TestPackages.sheet("""
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>\
            <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c><c r="C2" t="s"><v>4</v></c></row>
            """)
        let read = try read(TestPackages.workbook(sheets: [("Sheet1", sheet)], sharedStrings: strings))
        #expect(read.cell(at: CellAddress("A1")!)?.value == .text("Jäsenet"))
        #expect(read.cell(at: CellAddress("B1")!)?.value == .text("Bold and plain"))
        #expect(read.cell(at: CellAddress("A2")!)?.value == .text("  two spaces first, one last "))
        #expect(read.cell(at: CellAddress("B2")!)?.value == .text("漢字"))
        #expect(read.cell(at: CellAddress("C2")!)?.value == .text("line\r\nbreak & <tag>"))
    }

    @Test func inlineStrings() throws {
        let sheet = TestPackages.sheet("""
            <row r="1"><c r="A1" t="inlineStr"><is><t>inline</t></is></c>\
            <c r="B1" t="inlineStr"><is><r><t>rich</t></r><r><rPr><i/></rPr><t xml:space="preserve"> runs</t></r></is></c>\
            <c r="C1" t="inlineStr"><is><t xml:space="preserve"> =1+1 </t></is></c>\
            <c r="D1" t="inlineStr"><is><t><![CDATA[<cdata> & more]]></t></is></c></row>
            """)
        let read = try read(TestPackages.workbook(sheets: [("Sheet1", sheet)]))
        #expect(read.rows.count == 1)
        #expect(read.rows[0].cells.map(\.value) == [.text("inline"), .text("rich runs"), .text(" =1+1 "), .text("<cdata> & more")])
        #expect(read.formulaCells.isEmpty)
    }

    /// Serials 45352 = 2024-03-01 and 61 = 1900-03-01, 59 = 1900-02-28 (see CalendarDayTests);
    /// 45352.75 is 18:00; style 4 (h:mm) is a time and stays a number; style 5 (0.0) a number;
    /// serial 60 under a date style is the day that does not exist and stays a number.
    @Test func serialDatesByStyle() throws {
        let sheet = TestPackages.sheet("""
            <row r="1"><c r="A1" s="1"><v>45352</v></c><c r="B1" s="2"><v>61</v></c><c r="C1" s="2"><v>59</v></c>\
            <c r="D1" s="3"><v>45352.75</v></c><c r="E1" s="4"><v>0.5</v></c><c r="F1" s="5"><v>45352</v></c>\
            <c r="G1"><v>45352</v></c><c r="H1" s="1"><v>60</v></c><c r="I1" s="1"><v>45352.5</v></c></row>
            """)
        let read = try read(TestPackages.workbook(sheets: [("Sheet1", sheet)], styles: Self.dateStyles))
        let values = read.rows[0].cells.map(\.value)
        #expect(values == [
            .date(Day(iso: "2024-03-01")!), .date(Day(iso: "1900-03-01")!), .date(Day(iso: "1900-02-28")!),
            .dateTime(Day(iso: "2024-03-01")!, secondOfDay: 18 * 3600), .number(0.5), .number(45352),
            .number(45352), .number(60), .dateTime(Day(iso: "2024-03-01")!, secondOfDay: 12 * 3600),
        ])
    }

    @Test func the1904DateSystem() throws {
        let sheet = TestPackages.sheet("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>43890</v></c></row>")
        let workbook = try WorkbookReader(data: TestPackages.workbook(sheets: [("Sheet1", sheet)], styles: Self.dateStyles,
                                                                      workbookProperties: "<workbookPr date1904=\"1\"/>"),
                                          name: "mac.xlsx")
        #expect(workbook.dateSystem == .from1904)
        #expect(try workbook.worksheet(named: "Sheet1").rows[0].cells[0].value == .date(Day(iso: "2024-03-01")!))
    }

    @Test func isoDateCells() throws {
        let sheet = TestPackages.sheet("""
            <row r="1"><c r="A1" t="d"><v>2024-03-01</v></c><c r="B1" t="d"><v>2024-03-01T13:45:30Z</v></c></row>
            """)
        let read = try read(TestPackages.workbook(sheets: [("Sheet1", sheet)]))
        #expect(read.rows[0].cells.map(\.value) == [.date(Day(iso: "2024-03-01")!),
                                                     .dateTime(Day(iso: "2024-03-01")!, secondOfDay: 49_530)])
    }

    /// Rows 1, 2 and 3 hold values; row 4 is empty and row 5 has only a formatted blank cell:
    /// both trailing rows leave no row behind.
    @Test func emptyTrailingRows() throws {
        let sheet = TestPackages.sheet("""
            <row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row>\
            <row r="2"><c r="A2"><v>1</v></c></row><row r="3"><c r="A3"><v>2</v></c></row>\
            <row r="4"/><row r="5" spans="1:3"><c r="A5" s="1"/><c r="B5" t="s"/></row>
            """)
        let read = try read(TestPackages.workbook(sheets: [("Sheet1", sheet)], styles: Self.dateStyles))
        #expect(read.rows.map(\.number) == [1, 2, 3])
        #expect(try read.table().rows.map { try $0.integer(1) } == [1, 2])
    }

    /// Rows and cells without `r` follow the one before; rows may skip numbers.
    @Test func missingReferencesAndSparseRows() throws {
        let sheet = TestPackages.sheet("""
            <row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>\
            <row r="7"><c r="B7"><v>7</v></c></row><row><c><v>8</v></c></row>
            """)
        let read = try read(TestPackages.workbook(sheets: [("Sheet1", sheet)]))
        #expect(read.rows.map(\.number) == [1, 7, 8])
        #expect(read.rows[0].cells.map(\.column) == [1, 2, 5, 6])
        #expect(read.cell(at: CellAddress("F1")!)?.value == .number(6))
        #expect(read.cell(at: CellAddress("B7")!)?.value == .number(7))
        #expect(read.cell(at: CellAddress("A8")!)?.value == .number(8))
        #expect(read.row(5) == nil)
    }

    /// A formula cell gives its saved value and keeps the formula beside it.
    @Test func formulaCellsGiveTheirSavedValues() throws {
        let sheet = TestPackages.sheet("""
            <row r="1"><c r="A1"><v>3</v></c><c r="B1"><f>A1*2</f><v>6</v></c>\
            <c r="C1" t="str"><f>"x"&amp;A1</f><v>x3</v></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c>\
            <c r="E1" t="b"><f>A1&gt;2</f><v>1</v></c><c r="F1"><f t="shared" ref="F1:F2" si="0">A1+1</f><v>4</v></c></row>\
            <row r="2"><c r="F2"><f t="shared" si="0"/><v>1</v></c><c r="G2"><f>NOW()</f></c></row>
            """)
        let read = try read(TestPackages.workbook(sheets: [("Sheet1", sheet)]))
        #expect(read.rows[0].cells.map(\.value) == [.number(3), .number(6), .text("x3"), .error("#DIV/0!"), .boolean(true), .number(4)])
        #expect(read.rows[0].cells.map(\.formula) == [nil, "A1*2", "\"x\"&A1", "1/0", "A1>2", "A1+1"])
        #expect(read.cell(at: CellAddress("F2")!)?.formula == "")
        #expect(read.formulaCells.map(\.description) == ["B1", "C1", "D1", "E1", "F1", "F2", "G2"])
        let unsaved = TestPackages.error { _ = try read.rows[1].value(7) }
        #expect(unsaved?.description == "test.xlsx: sheet 'Sheet1' row 2 column G: the formula has no saved result; "
                + "open the workbook in Excel or LibreOffice and save it again")
        #expect(TestPackages.error { _ = try read.rows[0].text(4) }?.message == "expected text, found the error value #DIV/0!")
    }

    @Test func booleansAndErrors() throws {
        let sheet = TestPackages.sheet("""
            <row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#N/A</v></c></row>
            """)
        let read = try read(TestPackages.workbook(sheets: [("Sheet1", sheet)]))
        #expect(read.rows[0].cells.map(\.value) == [.boolean(true), .boolean(false), .error("#N/A")])
    }

    /// SpreadsheetML with a prefix on its namespace, and the strict (ISO 29500) namespaces.
    @Test func prefixedAndStrictNamespaces() throws {
        let sheet = """
            <?xml version="1.0" encoding="UTF-8"?>
            <x:worksheet xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main"><x:sheetData>\
            <x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>prefixed</x:t></x:is></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row>\
            </x:sheetData></x:worksheet>
            """
        let strict = "http://purl.oclc.org/ooxml/officeDocument/relationships"
        let data = try TestPackages.zip([
            ("_rels/.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="r1" Type="\(strict)/officeDocument" Target="/xl/workbook.xml"/></Relationships>
                """),
            ("xl/workbook.xml", """
                <workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="\(strict)">\
                <sheets><sheet name="Strict" sheetId="1" r:id="r7"/></sheets></workbook>
                """),
            ("xl/_rels/workbook.xml.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="r7" Type="\(strict)/worksheet" Target="/xl/worksheets/Sheet%20One.xml"/></Relationships>
                """),
            ("xl/worksheets/Sheet One.xml", sheet),
        ])
        let read = try read(data, sheet: "strict")
        #expect(read.name == "Strict")
        #expect(read.rows[0].cells.map(\.value) == [.text("prefixed"), .number(2)])
    }

    @Test func sheetsInOrderWithHiddenOnes() throws {
        var data = try TestPackages.workbook(sheets: [("Ohjeet", TestPackages.sheet("")), ("Jäsenet", TestPackages.sheet(""))])
        // Mark the second sheet hidden by rewriting the workbook part.
        let workbook = try #require(try TestPackages.part("xl/workbook.xml", of: data))
            .replacingOccurrences(of: "<sheet name=\"Jäsenet\"", with: "<sheet state=\"hidden\" name=\"Jäsenet\"")
        data = try TestPackages.zip([
            ("_rels/.rels", try #require(try TestPackages.part("_rels/.rels", of: data))),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", try #require(try TestPackages.part("xl/_rels/workbook.xml.rels", of: data))),
            ("xl/worksheets/sheet1.xml", TestPackages.sheet("")),
            ("xl/worksheets/sheet2.xml", TestPackages.sheet("")),
        ])
        let reader = try WorkbookReader(data: data, name: "t.xlsx")
        #expect(reader.sheetNames == ["Ohjeet", "Jäsenet"])
        #expect(reader.sheets.map(\.isHidden) == [false, true])
        #expect(try reader.worksheets().map(\.name) == ["Ohjeet", "Jäsenet"])
    }

    @Test func dataValidations() throws {
        let after = """
            <dataValidations count="4">\
            <dataValidation type="list" allowBlank="1" showInputMessage="1" promptTitle="Luottamus" prompt="1–4" sqref="C2:C20 E2:E20">\
            <formula1>"1,2,3,4"</formula1></dataValidation>\
            <dataValidation type="list" sqref="D2:D20"><formula1>'Lists ''x'''!$A$1:$A$30</formula1></dataValidation>\
            <dataValidation type="whole" operator="between" sqref="F2"><formula1>0</formula1><formula2>100</formula2></dataValidation>\
            <dataValidation type="date" sqref="G2"><formula1>45292</formula1><formula2>45657</formula2></dataValidation>\
            <dataValidation type="textLength" operator="lessThan" sqref="H2"><formula1>10</formula1></dataValidation>\
            </dataValidations>
            """
        let read = try read(TestPackages.workbook(sheets: [("Sheet1", TestPackages.sheet("", after: after))]))
        #expect(read.validations == [
            DataValidation(ranges: [CellRange("C2:C20")!, CellRange("E2:E20")!], rule: .list(["1", "2", "3", "4"]),
                           allowsBlank: true, prompt: .init(title: "Luottamus", text: "1–4")),
            DataValidation(ranges: [CellRange("D2:D20")!], rule: .listFromCells(sheet: "Lists 'x'", range: CellRange("A1:A30")!),
                           allowsBlank: false),
            DataValidation(ranges: [CellRange("F2")!], rule: .wholeNumber(0...100), allowsBlank: false),
            DataValidation(ranges: [CellRange("G2")!], rule: .day(Day(iso: "2024-01-01")!...Day(iso: "2024-12-31")!),
                           allowsBlank: false),
        ])
    }
}
