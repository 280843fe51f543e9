import Foundation
import Testing
import VerkostoModel
import VerkostoSupport
@testable import VerkostoStore

@Suite struct AtlasDatabaseTests {
    @Test func refusesADatabaseFromANewerSchema() throws {
        let path = try temporaryFolder().appendingPathComponent("new.sqlite").path
        _ = try AtlasDatabase(path: path, create: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, "PRAGMA user_version = 7"]
        try process.run()
        process.waitUntilExit()
        #expect {
            _ = try AtlasDatabase(path: path)
        } throws: { error in
            "\(error)".contains("written by a newer Verkosto (schema 7, this one knows \(Schema.version))")
        }
    }

    @Test func aMissingFileIsMissingInputUnlessCreating() throws {
        let path = try temporaryFolder().appendingPathComponent("none.sqlite").path
        #expect {
            _ = try AtlasDatabase(path: path)
        } throws: { error in
            (error as? StoreError)?.kind == .missingInput && "\(error)".hasPrefix("\(path): no database here")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        _ = try AtlasDatabase(path: path, create: true)
        #expect(try AtlasDatabase(path: path).health().schemaVersion == Schema.version)
    }

    @Test func aFileThatIsNotADatabaseIsBadData() throws {
        let path = try temporaryFolder().appendingPathComponent("text.sqlite").path
        try Data(String(repeating: "not sqlite ", count: 100).utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try AtlasDatabase(path: path)
        } throws: { error in
            (error as? StoreError)?.kind == .badData && "\(error)" == "\(path): not a Verkosto database (not SQLite)"
        }
    }
}
