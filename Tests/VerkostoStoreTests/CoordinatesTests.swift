import Foundation
import Testing
import VerkostoModel
@testable import VerkostoStore

/// Municipal centres (format version 2): read, stored, loaded, dumped, and added to older databases.
@Suite struct CoordinatesTests {
    /// The small fixture's municipalities with centres for two of three (Helsinki's and
    /// Maarianhamina's from ../shared/data/municipalities.csv; Nurmijärvi's left empty).
    static let municipalities = """
        code,name_fi,name_sv,region,type,language,population,latitude,longitude
        091,Helsinki,Helsingfors,01,urban,fi-sv,675000,60.1712,24.9326
        478,Maarianhamina,Mariehamn,21,urban,sv,11900,60.0969,19.9348
        543,Nurmijärvi,Nurmijärvi,01,semi-urban,fi,,,

        """

    func store() throws -> AtlasDatabase {
        try AtlasDatabase(path: try temporaryFolder().appendingPathComponent("geo.sqlite").path, create: true)
    }

    @Test func importLoadAndDumpKeepTheCentres() throws {
        let folder = try fixtureCopy(replacing: "municipalities.csv", with: Self.municipalities)
        let store = try store()
        try store.importData(from: folder, mode: .replace)
        let atlas = try store.load()
        #expect(atlas.municipality("091")?.centre == GeoPoint(latitude: 60.1712, longitude: 24.9326))
        #expect(atlas.municipality("478")?.centre == GeoPoint(latitude: 60.0969, longitude: 19.9348))
        #expect(atlas.municipality("543")?.centre == nil)
        // The sqlite3 shell sees REAL values, and NULL for the municipality without a centre.
        #expect(try sqlite(store.path, "SELECT code, typeof(latitude), latitude, typeof(longitude), longitude FROM municipalities ORDER BY code")
                == "091|real|60.1712|real|24.9326\n478|real|60.0969|real|19.9348\n543|null||null|")

        // A CSV dump reads back the same, and writes the values as given.
        let csv = try temporaryFolder().appendingPathComponent("dump")
        try DataSetWriter.writeCSV(atlas, to: csv)
        let written = try String(contentsOf: csv.appendingPathComponent("municipalities.csv"), encoding: .utf8)
        #expect(written.contains("091,Helsinki,Helsingfors,01,urban,fi-sv,675000,60.1712,24.9326\n"))
        #expect(written.contains("543,Nurmijärvi,Nurmijärvi,01,semi-urban,fi,0,,\n"))
        let again = try self.store()
        try again.importData(from: csv, mode: .replace)
        #expect(try again.load().municipalities == atlas.municipalities)

        // So does a JSON dump, with numbers and nulls.
        let json = try temporaryFolder().appendingPathComponent("dump.json")
        try DataSetWriter.writeJSON(atlas, to: json)
        let text = try String(contentsOf: json, encoding: .utf8)
        #expect(text.contains("\"latitude\": 60.1712, \"longitude\": 24.9326"))
        #expect(text.contains("\"latitude\": null, \"longitude\": null"))
        let fromJSON = try self.store()
        try fromJSON.importData(from: json, mode: .replace)
        #expect(try fromJSON.load().municipalities == atlas.municipalities)
    }

    @Test func aSchemaTwoDatabaseGetsTheColumns() throws {
        // A database as schema 2 left it (migrations v1 and v2): no coordinate columns, user_version 2.
        let store = try store()
        try store.importData(from: smallFixture, mode: .replace)
        let path = store.path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, """
            ALTER TABLE municipalities DROP COLUMN longitude; ALTER TABLE municipalities DROP COLUMN latitude;
            DELETE FROM grdb_migrations WHERE identifier = 'v2-coordinates'; PRAGMA user_version = 2;
            """]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(!(try sqliteShellDump(path).contains("latitude")))
        // Opening it adds the columns, keeps every row, and leaves the centres empty.
        let reopened = try AtlasDatabase(path: path)
        let atlas = try reopened.load()
        #expect(atlas.municipalities.map(\.id) == ["091", "478", "543"])
        #expect(atlas.municipalities.allSatisfy { $0.centre == nil })
        #expect(try sqlite(path, "PRAGMA user_version") == String(Schema.version))
        // And it takes centres now.
        let folder = try fixtureCopy(replacing: "municipalities.csv", with: Self.municipalities)
        try reopened.importData(from: folder, mode: .merge)
        #expect(try reopened.load().municipality("091")?.centre?.latitude == 60.1712)
    }

    @Test func aDatabaseThatTookTheCentresBeforeTheChecksGetsTheChecksAndKeepsItsCentres() throws {
        // A development build ran v2-coordinates as the second migration, before v2 existed: the
        // schema-1 tables with the coordinate columns, user_version 2. The file is made here with
        // the sqlite3 shell from the schema-1 fixture, by the SQL that build ran.
        let path = try temporaryFolder().appendingPathComponent("early.sqlite").path
        try FileManager.default.copyItem(atPath: SchemaTests.fixture.path, toPath: path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, """
            ALTER TABLE municipalities ADD COLUMN latitude REAL CHECK (latitude BETWEEN -90 AND 90);
            ALTER TABLE municipalities ADD COLUMN longitude REAL
                CHECK (longitude BETWEEN -180 AND 180 AND (latitude IS NULL) = (longitude IS NULL));
            UPDATE municipalities SET latitude = 60.1712, longitude = 24.9326 WHERE code = '091';
            INSERT INTO grdb_migrations VALUES ('v2-coordinates'); PRAGMA user_version = 2;
            """]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let before = try sqlite(path, "SELECT * FROM organisations ORDER BY rowid")
        let database = try AtlasDatabase(path: path)
        #expect(try sqlite(path, "PRAGMA user_version") == String(Schema.version))
        #expect(try sqlite(path, "SELECT identifier FROM grdb_migrations ORDER BY identifier") == "platform-accounts\nv1\nv2\nv2-coordinates")
        #expect(try database.load().municipality("091")?.centre == GeoPoint(latitude: 60.1712, longitude: 24.9326))
        #expect(try sqlite(path, "SELECT * FROM organisations ORDER BY rowid") == before)
        // The checks of v2 are there: the shell cannot store an unknown kind.
        let bogus = Process()
        bogus.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        bogus.arguments = [path, "UPDATE organisations SET kind = 'teacher' WHERE rowid = 1"]
        bogus.standardError = Pipe()
        try bogus.run()
        bogus.waitUntilExit()
        #expect(bogus.terminationStatus != 0)
    }

    /// What the sqlite3 shell prints for `sql`, fields separated by `|`, without the last line feed.
    func sqlite(_ path: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = ["-separator", "|", path, sql]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func theDatabaseRefusesHalfACentreOrOneOutOfRange() throws {
        let store = try store()
        try store.importData(from: smallFixture, mode: .replace)
        for statement in ["UPDATE municipalities SET latitude = 60.1 WHERE code = '091'",
                          "UPDATE municipalities SET latitude = 91, longitude = 25 WHERE code = '091'",
                          "UPDATE municipalities SET latitude = 60, longitude = 181 WHERE code = '091'"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            process.arguments = [store.path, statement]
            process.standardError = Pipe()
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus != 0, "\(statement) was accepted")
        }
    }
}
