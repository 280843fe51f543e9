import Foundation
import Testing
import VerkostoModel
import VerkostoSupport
@testable import VerkostoStore

@Suite struct DumpTests {
    @Test func roundTripThroughJSONAndCSV() throws {
        let first = try newDatabase()
        try first.importData(from: smallFixture)
        let folder = try temporaryFolder()
        try first.dump(to: folder.appendingPathComponent("dump.json"))
        try first.dump(to: folder.appendingPathComponent("csv"))
        let fromJSON = try newDatabase()
        try fromJSON.importData(from: folder.appendingPathComponent("dump.json"))
        let fromCSV = try newDatabase()
        try fromCSV.importData(from: folder.appendingPathComponent("csv"))
        #expect(try fromJSON.load() == expectedSmall)
        #expect(try fromCSV.load() == expectedSmall)
    }

    @Test func roundTripOfTheOPHDataSet() throws {
        let oph = packageRoot.appendingPathComponent("Data/oph")
        #expect(FileManager.default.fileExists(atPath: oph.path), "Data/oph is not there yet")
        let first = try newDatabase()
        try first.importData(from: oph)
        let json = try temporaryFolder().appendingPathComponent("oph.json")
        try first.dump(to: json)
        let second = try newDatabase()
        try second.importData(from: json)
        #expect(try second.load() == (try first.load()))
    }
}
