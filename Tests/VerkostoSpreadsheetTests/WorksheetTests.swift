import Testing
import VerkostoSupport
@testable import VerkostoSpreadsheet

@Suite struct WorksheetTests {
    func row(_ values: [CellValue?], number: Int = 12) -> Row {
        let cells = values.enumerated().compactMap { index, value in value.map { Cell(column: index + 1, value: $0) } }
        return Row(number: number, cells: cells, file: "jäsenet.xlsx", sheet: "Jäsenet")
    }

    func message(_ body: () throws -> Void) -> String? { TestPackages.error(body)?.description }

    @Test func errorsNameFileSheetRowAndColumn() {
        let row = row([nil, nil, .text("huomenna")])
        #expect(message { _ = try row.day(3) } == "jäsenet.xlsx: sheet 'Jäsenet' row 12 column C: expected a date, found 'huomenna'")
        #expect(message { _ = try row.requiredText(1) } == "jäsenet.xlsx: sheet 'Jäsenet' row 12 column A: expected a value, found an empty cell")
    }

    @Test func text() throws {
        let row = row([.text("  id-1 \n"), .number(12), .number(3.5), .boolean(true), .date(Day(iso: "2024-03-01")!),
                       .text("   "), .error("#REF!")])
        #expect(try row.text(1) == "id-1")
        #expect(try row.text(2) == "12")
        #expect(try row.text(3) == "3.5")
        #expect(try row.text(4) == "TRUE")
        #expect(try row.text(5) == "2024-03-01")
        #expect(try row.text(6) == nil)
        #expect(try row.text(9) == nil)
        #expect(message { _ = try row.text(7) }?.hasSuffix("column G: expected text, found the error value #REF!") == true)
    }

    @Test func numbers() throws {
        let row = row([.number(2.5), .text(" 3,25 "), .text("1.5"), .text("1,234.5"), .text("kolme"), .boolean(true)])
        #expect(try row.number(1) == 2.5)
        #expect(try row.number(2) == 3.25)
        #expect(try row.number(3) == 1.5)
        #expect(message { _ = try row.number(4) }?.hasSuffix("column D: expected a number, found '1,234.5'") == true)
        #expect(message { _ = try row.number(5) }?.hasSuffix("column E: expected a number, found 'kolme'") == true)
        #expect(message { _ = try row.number(6) }?.hasSuffix("column F: expected a number, found TRUE") == true)
    }

    @Test func integers() throws {
        let row = row([.number(4), .text("2"), .number(2.5), .number(5), .text("")])
        #expect(try row.integer(1, in: 1...4) == 4)
        #expect(try row.integer(2) == 2)
        #expect(message { _ = try row.integer(3) }?.hasSuffix("column C: expected a whole number, found 2.5") == true)
        #expect(message { _ = try row.integer(4, in: 1...4) }?.hasSuffix("column D: expected a whole number from 1 to 4, found 5") == true)
        #expect(try row.integer(5) == nil)
    }

    @Test func days() throws {
        let day = Day(iso: "2024-03-01")!
        let row = row([.date(day), .dateTime(day, secondOfDay: 60), .text("2024-03-01"), .text("1.3.2024"), .text("31.2.2024"),
                       .number(45352)])
        #expect(try row.day(1) == day)
        #expect(try row.day(2) == day)
        #expect(try row.day(3) == day)
        #expect(try row.day(4) == day)
        #expect(message { _ = try row.day(5) }?.hasSuffix("column E: expected a date, found '31.2.2024'") == true)
        #expect(message { _ = try row.day(6) }?.hasSuffix("column F: expected a date, found 45352") == true)
    }

    @Test func booleans() throws {
        let row = row([.boolean(false), .number(1), .text("TRUE"), .text("kyllä")])
        #expect(try row.boolean(1) == false)
        #expect(try row.boolean(2) == true)
        #expect(try row.boolean(3) == true)
        #expect(message { _ = try row.boolean(4) }?.hasSuffix("column D: expected TRUE or FALSE, found 'kyllä'") == true)
    }

    @Test func lookUpByRowAndColumn() {
        let rows = [row([.number(1)], number: 2), row([nil, .number(2)], number: 5), row([.number(3)], number: 9)]
        let sheet = Worksheet(name: "S", file: "f.xlsx", isHidden: false, rows: rows, validations: [])
        #expect(sheet.row(5)?.number == 5)
        #expect(sheet.row(4) == nil)
        #expect(sheet.row(10) == nil)
        #expect(sheet.cell(at: CellAddress("B5")!)?.value == .number(2))
        #expect(sheet.cell(at: CellAddress("A5")!) == nil)
    }
}
