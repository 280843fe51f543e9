import Foundation
import Testing
import VerkostoSupport
@testable import VerkostoStore

/// The readers' limits and encodings: bytes undefined in Windows-1252, the field limit, JSON
/// nesting, integers beyond 2^53.
@Suite struct ReaderLimitsTests {
    @Test(arguments: [UInt8(0x81), 0x8D, 0x8F, 0x90, 0x9D])
    func bytesUndefinedInWindows1252AreRefused(byte: UInt8) throws {
        let bytes = Array("id,name_fi\nbasic,\"two\nlines\"\nx,ab".utf8) + [byte] + Array("c\n".utf8)
        #expect {
            try CSVReader.parse(bytes, file: "sectors.csv")
        } throws: { error in
            (error as? DataError)?.place == .csv(file: "sectors.csv", line: 4, column: 2)
        }
    }

    @Test func definedHighBytesAreWindows1252() throws {
        let table = try CSVReader.parse(Array("id,name\n1,".utf8) + [0xE4, 0x80] + [0x0A], file: "x.csv")
        #expect(table[0, 1] == "ä€")
    }

    @Test func recordsHaveAtMostTheFieldLimit() throws {
        let fine = String(repeating: "a,", count: CSVReader.maximumFields - 1) + "a\n"
        #expect(try CSVReader.parse(Array(fine.utf8), file: "x.csv").header.count == CSVReader.maximumFields)
        let wide = String(repeating: "a,", count: CSVReader.maximumFields) + "a\n"
        #expect(throws: DataError.self) { try CSVReader.parse(Array(wide.utf8), file: "x.csv") }
    }

    @Test func jsonNestingIsLimitedOutsideStrings() throws {
        let deep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect {
            try DataSetReader.checkNesting(Data(deep.utf8), file: "x.json")
        } throws: { error in
            (error as? DataError)?.place == .text(file: "x.json", line: 1, column: 513)
        }
        let inString = "{\"metadata\": {\"k\": \"" + String(repeating: "[{", count: 2000) + "\\\"\"}}"
        try DataSetReader.checkNesting(Data(inString.utf8), file: "x.json")
        #expect(try DataSetParsing.decodeJSON(Data(inString.utf8)).metadata["k"]?.hasPrefix("[{[{") == true)
    }

    @Test func jsonIntegersKeepEveryDigit() throws {
        let json = #"{"municipalities": [{"code": 9007199254740993, "name_fi": "x", "region": "01", "type": "rural", "language": "fi", "population": 9007199254740993}]}"#
        let atlas = try DataSetParsing.decodeJSON(Data(json.utf8))
        #expect(atlas.municipalities.first?.id == "9007199254740993")
        #expect(atlas.municipalities.first?.population == 9_007_199_254_740_993)
    }
}
