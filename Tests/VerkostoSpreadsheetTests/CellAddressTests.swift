import Testing
@testable import VerkostoSpreadsheet

@Suite struct CellAddressTests {
    /// Column letters are bijective base 26 (ECMA-376 Part 1 §18.17.2.1 A1 references);
    /// XFD is the last of Excel's 16,384 columns.
    @Test(arguments: [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (53, "BA"), (702, "ZZ"), (703, "AAA"), (16_384, "XFD")])
    func columnNames(column: Int, letters: String) {
        #expect(CellAddress.columnName(column) == letters)
        #expect(CellAddress.columnNumber(letters) == column)
        #expect(CellAddress.columnNumber(letters.lowercased()) == column)
    }

    @Test func parsesReferences() {
        #expect(CellAddress("C12") == CellAddress(row: 12, column: 3))
        #expect(CellAddress("$C$12") == CellAddress(row: 12, column: 3))
        #expect(CellAddress("xfd1048576") == CellAddress(row: 1_048_576, column: 16_384))
        #expect(CellAddress("C12")?.description == "C12")
    }

    @Test(arguments: ["", "12", "C", "C0", "C012", "XFE1", "A1048577", "AAAA1", "C-1", "C1.5", "1C", "C 1"])
    func refusesBadReferences(reference: String) {
        #expect(CellAddress(reference) == nil)
    }

    @Test func rangesNormaliseTheirCorners() {
        let range = CellRange("C10:A2")
        #expect(range?.description == "A2:C10")
        #expect(range?.contains(CellAddress("B5")!) == true)
        #expect(range?.contains(CellAddress("D5")!) == false)
        #expect(CellRange("B3")?.description == "B3")
        #expect(CellRange("A1:B2:C3") == nil)
        #expect(CellRange(column: 2, rows: 2...200)?.description == "B2:B200")
    }

    @Test func ordersRowMajor() {
        #expect(CellAddress("Z1")! < CellAddress("A2")!)
        #expect(CellAddress("A2")! < CellAddress("B2")!)
    }
}
