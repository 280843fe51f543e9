import Foundation
import Testing
import ZIPFoundation
@testable import VerkostoSpreadsheet

/// Broken and hostile files: each must fail with one clear line that names the place.
@Suite struct HostileInputTests {
    func failure(_ data: Data, sheet: String = "Sheet1", limits: ReadLimits = ReadLimits()) -> SpreadsheetError? {
        TestPackages.error { _ = try WorkbookReader(data: data, name: "in.xlsx", limits: limits).worksheet(named: sheet) }
    }

    func plainWorkbook(rows: String = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>") throws -> Data {
        try TestPackages.workbook(sheets: [("Sheet1", TestPackages.sheet(rows))])
    }

    @Test func corruptZip() throws {
        #expect(failure(Data("this is not a zip file at all".utf8))?.description
                == "in.xlsx: not an .xlsx workbook: the file is not a zip archive, or it is damaged")
        let truncated = try plainWorkbook().prefix(300)
        #expect(failure(Data(truncated))?.description == "in.xlsx: not an .xlsx workbook: the file is not a zip archive, or it is damaged")
        #expect(failure(Data())?.description == "in.xlsx: not an .xlsx workbook: the file is empty")
    }

    @Test func oldExcelAndOpenDocumentFiles() throws {
        let xls = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512))
        #expect(failure(xls)?.description == "in.xlsx: not an .xlsx workbook: this is an Excel 97–2003 .xls file or a "
                + "password-protected workbook; save it as an .xlsx workbook without a password")
        let ods = try TestPackages.zip([("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<x/>")],
                                       compression: .none)
        #expect(failure(ods)?.description == "in.xlsx: not an .xlsx workbook: this is an OpenDocument (.ods) file; "
                + "save it as an .xlsx workbook")
    }

    /// A byte of a stored (uncompressed) part changed after the zip was made.
    @Test func damagedPart() throws {
        var bytes = [UInt8](try TestPackages.zip([
            ("_rels/.rels", try #require(try TestPackages.part("_rels/.rels", of: plainWorkbook()))),
            ("xl/workbook.xml", try #require(try TestPackages.part("xl/workbook.xml", of: plainWorkbook()))),
            ("xl/_rels/workbook.xml.rels", try #require(try TestPackages.part("xl/_rels/workbook.xml.rels", of: plainWorkbook()))),
            ("xl/worksheets/sheet1.xml", TestPackages.sheet("<row r=\"1\"><c r=\"A1\"><v>12345</v></c></row>")),
        ], compression: .none))
        let marker = Array("12345".utf8)
        let at = try #require((0..<bytes.count - 5).first { bytes[$0..<$0 + 5].elementsEqual(marker) })
        bytes[at] = UInt8(ascii: "9")
        #expect(failure(Data(bytes))?.description == "in.xlsx: sheet 'Sheet1' (xl/worksheets/sheet1.xml): the part is damaged "
                + "(its checksum does not match)")
    }

    @Test func missingSheet() throws {
        #expect(failure(try plainWorkbook(), sheet: "Jäsenet")?.description
                == "in.xlsx: the workbook has no sheet 'Jäsenet' (its sheets are 'Sheet1')")
    }

    @Test func missingParts() throws {
        let noSheet = try TestPackages.workbook(sheets: [("Sheet1", TestPackages.sheet(""))], omitting: ["xl/worksheets/sheet1.xml"])
        #expect(failure(noSheet)?.description == "in.xlsx: sheet 'Sheet1': the workbook is incomplete: it has no part xl/worksheets/sheet1.xml")
        let noWorkbook = try TestPackages.workbook(sheets: [("Sheet1", TestPackages.sheet(""))], omitting: ["xl/workbook.xml"])
        #expect(failure(noWorkbook)?.description == "in.xlsx: not an .xlsx workbook: it has no workbook part (xl/workbook.xml)")
        let noStrings = try TestPackages.workbook(sheets: [("Sheet1", TestPackages.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"))],
                                                  sharedStrings: "", omitting: ["xl/sharedStrings.xml"])
        #expect(failure(noStrings)?.description == "in.xlsx: the workbook is incomplete: it has no part xl/sharedStrings.xml")
        let noLink = try TestPackages.workbook(sheets: [("Sheet1", TestPackages.sheet(""))], omitting: ["xl/_rels/workbook.xml.rels"])
        #expect(failure(noLink)?.description == "in.xlsx: sheet 'Sheet1': the workbook lists the sheet, but the package has no "
                + "relationship rId1 to its part")
    }

    /// 50 MiB of zeros deflate to about 50 KiB; the limit is counted while unpacking.
    @Test func zipBomb() throws {
        let zeros = Data(count: 50 << 20)
        let bomb = try TestPackages.zipBytes([
            ("_rels/.rels", Data(try #require(try TestPackages.part("_rels/.rels", of: plainWorkbook())).utf8)),
            ("xl/workbook.xml", Data(try #require(try TestPackages.part("xl/workbook.xml", of: plainWorkbook())).utf8)),
            ("xl/_rels/workbook.xml.rels", Data(try #require(try TestPackages.part("xl/_rels/workbook.xml.rels", of: plainWorkbook())).utf8)),
            ("xl/worksheets/sheet1.xml", zeros),
        ])
        #expect(bomb.count < 1 << 20)
        let limits = ReadLimits(maximumPartSize: 10 << 20)
        #expect(failure(bomb, limits: limits)?.description == "in.xlsx: sheet 'Sheet1' (xl/worksheets/sheet1.xml): the part unpacks "
                + "to more than 10 MiB; it is refused as a possible zip bomb")
        let total = ReadLimits(maximumPartSize: 100 << 20, maximumTotalSize: 20 << 20)
        #expect(failure(bomb, limits: total)?.description == "in.xlsx: sheet 'Sheet1' (xl/worksheets/sheet1.xml): the workbook unpacks "
                + "to more than 20 MiB in all; it is refused as a possible zip bomb")
    }

    @Test func tooManyEntries() throws {
        let entries = (0..<30).map { ("junk/\($0).xml", "<x/>") }
        let data = try TestPackages.zip(entries)
        #expect(failure(data, limits: ReadLimits(maximumEntries: 20))?.description
                == "in.xlsx: the zip has more than 20 entries, more than a workbook needs; it is refused")
    }

    /// No document type declarations: no external entities (XXE), no entity expansion.
    @Test(arguments: [
        "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
        "<!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>",
    ])
    func documentTypeDeclarationsAreRefused(doctype: String) throws {
        let sheet = """
            <?xml version="1.0" encoding="UTF-8"?>
            \(doctype)
            <worksheet xmlns="\(TestPackages.main)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>
            """
        let data = try TestPackages.workbook(sheets: [("Sheet1", sheet)])
        #expect(failure(data)?.description == "in.xlsx: sheet 'Sheet1' (xl/worksheets/sheet1.xml): the part has a document type "
                + "declaration (DTD), which spreadsheet parts never have; it is refused as unsafe")
    }

    @Test func undefinedEntityIsAnError() throws {
        let data = try plainWorkbook(rows: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a&nbsp;b</t></is></c></row>")
        #expect(failure(data)?.description == "in.xlsx: sheet 'Sheet1' (xl/worksheets/sheet1.xml line 2): the XML is not well-formed "
                + "(it refers to an entity that is not defined; XML in a workbook may only use &amp; &lt; &gt; &quot; &apos; "
                + "and character references)")
    }

    @Test func malformedXMLNamesThePartAndLine() throws {
        let data = try plainWorkbook(rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></row>")
        #expect(failure(data)?.description == "in.xlsx: sheet 'Sheet1' (xl/worksheets/sheet1.xml line 2): the XML is not "
                + "well-formed (an element is not closed, or closed in the wrong place)")
        let control = try plainWorkbook(rows: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&#1;</t></is></c></row>")
        #expect(failure(control)?.description == "in.xlsx: sheet 'Sheet1' (xl/worksheets/sheet1.xml line 2): the XML is not "
                + "well-formed (it contains a character that XML does not allow)")
        let encoding = try TestPackages.workbook(sheets: [("Sheet1", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet/>")])
        #expect(failure(encoding)?.description == "in.xlsx: sheet 'Sheet1' (xl/worksheets/sheet1.xml): the part is encoded in "
                + "ISO-8859-1; only UTF-8 parts can be read")
    }

    @Test func limitsOnRowsColumnsAndCells() throws {
        let limits = ReadLimits(maximumRows: 100, maximumColumns: 10, maximumCells: 5)
        #expect(failure(try plainWorkbook(rows: "<row r=\"101\"><c r=\"A101\"><v>1</v></c></row>"), limits: limits)?.description
                == "in.xlsx: sheet 'Sheet1' row 101: the sheet goes beyond row 100, the most this reader accepts")
        #expect(failure(try plainWorkbook(rows: "<row r=\"1\"><c r=\"K1\"><v>1</v></c></row>"), limits: limits)?.description
                == "in.xlsx: sheet 'Sheet1' row 1 column K: the sheet goes beyond column J, the most this reader accepts")
        let six = (1...6).map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>1</v></c></row>" }.joined()
        #expect(failure(try plainWorkbook(rows: six), limits: limits)?.description
                == "in.xlsx: sheet 'Sheet1' row 6 column A: the sheet has more than 5 cells with values, the most this reader accepts")
        // Blank rows far down do not count: only cells with values do.
        let blank = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"1048576\"><c r=\"XFD1048576\" s=\"0\"/></row>"
        #expect(failure(try plainWorkbook(rows: blank), limits: limits) == nil)
    }

    @Test(arguments: [
        ("<row r=\"2\"/><row r=\"1\"/>", "sheet 'Sheet1' row 1: the rows are out of order: row 1 comes after row 2"),
        ("<row r=\"0\"/>", "sheet 'Sheet1' (xl/worksheets/sheet1.xml line 2): the row number '0' is not a row number of a workbook"),
        ("<row r=\"1\"><c r=\"B1\"><v>1</v></c><c r=\"B1\"><v>2</v></c></row>",
         "sheet 'Sheet1' row 1 column B: the cells are out of order, or the cell appears twice"),
        ("<row r=\"1\"><c r=\"A2\"><v>1</v></c></row>", "sheet 'Sheet1' row 1: the cell A2 is inside row 1"),
        ("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>", "sheet 'Sheet1' row 1: '1A' is not a cell reference"),
        ("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>4</v></c></row>",
         "sheet 'Sheet1' row 1 column A: the cell refers to shared string 4, but the workbook has 0"),
        ("<row r=\"1\"><c r=\"A1\"><v>12,5</v></c></row>", "sheet 'Sheet1' row 1 column A: expected a number, found '12,5'"),
        ("<row r=\"1\"><c r=\"A1\"><v>inf</v></c></row>", "sheet 'Sheet1' row 1 column A: expected a number, found 'inf'"),
        ("<row r=\"1\"><c r=\"A1\" t=\"b\"><v>yes</v></c></row>", "sheet 'Sheet1' row 1 column A: expected a boolean value 0 or 1, found 'yes'"),
        ("<row r=\"1\"><c r=\"A1\" t=\"x\"><v>1</v></c></row>", "sheet 'Sheet1' row 1 column A: 'x' is not a cell type"),
        ("<row r=\"1\"><c r=\"A1\" t=\"d\"><v>huomenna</v></c></row>", "sheet 'Sheet1' row 1 column A: expected an ISO 8601 date, found 'huomenna'"),
    ])
    func badCells(rows: String, message: String) throws {
        let error = failure(try plainWorkbook(rows: rows))
        #expect(error?.description == "in.xlsx: " + message)
        #expect(error?.isBadData == true)
    }

    @Test func missingFileAndFolder() {
        let missing = TestPackages.error { _ = try WorkbookReader(contentsOf: URL(fileURLWithPath: "/no/such/file.xlsx")) }
        #expect(missing?.description == "/no/such/file.xlsx: no such file")
        #expect(missing?.isBadData == false)
        let folder = TestPackages.error { _ = try WorkbookReader(contentsOf: FileManager.default.temporaryDirectory) }
        #expect(folder?.message == "this is a folder, not an .xlsx workbook")
    }
}
