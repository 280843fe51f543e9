import Testing
import VerkostoSupport
@testable import VerkostoSpreadsheet

@Suite struct TableTests {
    func sheet(_ rows: [[CellValue?]]) -> Worksheet {
        let built = rows.enumerated().compactMap { index, values -> Row? in
            let cells = values.enumerated().compactMap { column, value in value.map { Cell(column: column + 1, value: $0) } }
            return cells.isEmpty ? nil : Row(number: index + 1, cells: cells, file: "t.xlsx", sheet: "Toiminta")
        }
        return Worksheet(name: "Toiminta", file: "t.xlsx", isHidden: false, rows: built, validations: [])
    }

    @Test func columnsByHeaderInAnyOrderAndCase() throws {
        let table = try sheet([
            [.text(" Date "), nil, .text("KIND")],
            [.date(Day(iso: "2024-03-01")!), nil, .text("meeting")],
            [.text(" "), nil, nil],
            [nil, .text("stray")],
        ]).table()
        #expect(try table.column("date") == 1)
        #expect(try table.column("kind") == 3)
        #expect(try table.optionalColumn("note") == nil)
        #expect(table.rows.map(\.number) == [2, 4])
        #expect(table.unknownHeaders(["date"]).map(\.header) == ["KIND"])
    }

    @Test func wrongColumnIsAClearError() throws {
        let table = try sheet([[.text("date"), .text("kind")]]).table()
        #expect(TestPackages.error { _ = try table.column("participants") }?.description
                == "t.xlsx: sheet 'Toiminta' row 1: no column is headed 'participants' (the headers are 'date', 'kind')")
        let twice = try sheet([[.text("id"), .text("name"), .text("ID")]]).table()
        #expect(TestPackages.error { _ = try twice.column("id") }?.description
                == "t.xlsx: sheet 'Toiminta' row 1: columns A and C are both headed 'id'")
        #expect(TestPackages.error { _ = try sheet([[nil], [.text("x")]]).table() }?.description
                == "t.xlsx: sheet 'Toiminta' row 1: expected a header row naming the columns, found an empty row")
    }
}
