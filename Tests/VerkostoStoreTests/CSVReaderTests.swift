import Testing
import VerkostoSupport
@testable import VerkostoStore

/// Expected values are written by hand from the bytes of each input.
@Suite struct CSVReaderTests {
    func parse(_ text: String, file: String = "t.csv") throws -> CSVTable {
        try CSVReader.parse(Array(text.utf8), file: file)
    }

    func rows(_ table: CSVTable) -> [[String]] {
        (0..<table.rowCount).map { row in (0..<table.header.count).map { table[row, $0] } }
    }

    func expectError(_ text: String, _ place: String, _ fragment: String) {
        do {
            _ = try parse(text)
            Issue.record("expected an error at \(place)")
        } catch let error as DataError {
            #expect(error.place.description == place)
            #expect(error.message.contains(fragment), "\(error.message)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func commaAndLF() throws {
        let table = try parse("a,b\n1,2\n3,4\n")
        #expect(table.header == ["a", "b"])
        #expect(rows(table) == [["1", "2"], ["3", "4"]])
        #expect(table.lines == [2, 3])
        #expect(table.delimiter == ",")
    }

    @Test func semicolonFromFinnishExcel() throws {
        let table = try parse("id;name\r\nx;Hämeenlinna, keskusta\r\n")
        #expect(table.delimiter == ";")
        #expect(rows(table) == [["x", "Hämeenlinna, keskusta"]])
    }

    @Test func byteOrderMarkIsDropped() throws {
        let table = try CSVReader.parse([0xEF, 0xBB, 0xBF] + Array("id,name\nx,y\n".utf8), file: "t.csv")
        #expect(table.header == ["id", "name"])
        #expect(table.warnings.isEmpty)
    }

    @Test func windows1252IsConvertedWithAWarning() throws {
        // "id;name\nx;Pääkö åsa\n" with ä = E4, ö = F6, å = E5 as single bytes.
        let bytes: [UInt8] = Array("id;name\nx;P".utf8) + [0xE4, 0xE4, 0x6B, 0xF6, 0x20, 0xE5, 0x73, 0x61, 0x0A]
        let table = try CSVReader.parse(bytes, file: "w.csv")
        #expect(rows(table) == [["x", "Pääkö åsa"]])
        #expect(table.warnings.count == 1)
        #expect(table.warnings.first?.message.contains("Windows-1252") == true)
    }

    @Test func quotedDelimitersQuotesAndNewlines() throws {
        let table = try parse("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,row,here\n")
        #expect(rows(table) == [["x, y", "say \"hi\"", "two\nlines"], ["last", "row", "here"]])
        // The second record starts on line 4, after a record spanning lines 2 and 3.
        #expect(table.lines == [2, 4])
    }

    @Test func lineEndingsCRLFLFAndLoneCR() throws {
        let table = try parse("a,b\r\n1,2\n3,4\r5,6")
        #expect(rows(table) == [["1", "2"], ["3", "4"], ["5", "6"]])
        #expect(table.lines == [2, 3, 4])
    }

    @Test func emptyFieldsAndBlankLines() throws {
        let table = try parse("a,b,c\n,,\n\n1,,3\n")
        #expect(rows(table) == [["", "", ""], ["1", "", "3"]])
        #expect(table.lines == [2, 4])
    }

    @Test func raggedRowNamesLineAndColumn() {
        expectError("a,b,c\n1,2,3\n4,5\n", "t.csv:3:3", "expected 3 fields")
        expectError("a,b\n1,2\n\"multi\nline\",2\n4,5,6\n", "t.csv:5:3", "found 3")
    }

    @Test func unterminatedQuoteNamesWhereItOpened() {
        expectError("a,b\n1,\"open\nmore\n", "t.csv:2:2", "unterminated quote")
    }

    @Test func strayQuoteAndTextAfterQuote() {
        expectError("a,b\n1,ab\"c\n", "t.csv:2:2", "stray quote")
        expectError("a,b\n\"x\"y,2\n", "t.csv:2:1", "after a closing quote")
    }

    @Test func nulByte() {
        expectError("a,b\n1,x\u{0}y\n", "t.csv:2:2", "NUL")
    }

    @Test func emptyFileIsAnErrorHeaderOnlyIsEmpty() throws {
        expectError("", "t.csv:1:1", "empty file")
        let table = try parse("a,b\n")
        #expect(table.header == ["a", "b"])
        #expect(table.rowCount == 0)
    }
}
