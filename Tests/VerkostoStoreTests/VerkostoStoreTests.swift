import Foundation
import Testing
import VerkostoModel
import VerkostoSupport
@testable import VerkostoStore

/// The package root, from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let smallFixture = packageRoot.appendingPathComponent("Tests/Fixtures/small")

/// A fresh temporary folder for one test.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("verkosto-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A copy of the small fixture in which `file` is replaced by `text`.
func fixtureCopy(replacing file: String? = nil, with text: String = "") throws -> URL {
    let folder = try temporaryFolder().appendingPathComponent("data")
    try FileManager.default.copyItem(at: smallFixture, to: folder)
    if let file { try Data(text.utf8).write(to: folder.appendingPathComponent(file)) }
    return folder
}

/// The content of a database as the sqlite3 shell dumps it: an independent picture of every row.
func sqliteShellDump(_ path: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [path, ".dump"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "sqlite3 is needed: apt-get install sqlite3")
    return String(decoding: data, as: UTF8.self)
}

/// The small fixture, written out by hand from the CSV files.
let expectedSmall = Atlas(
    metadata: ["name": "Pieni testiaineisto", "notice": "Käsin kirjoitettu; ei oikeita jäsenyyksiä"],
    sectors: [Sector(id: "ecec", name: LocalizedText(fi: "Varhaiskasvatus", sv: "Småbarnspedagogik", en: "Early childhood education")),
              Sector(id: "basic", name: LocalizedText(fi: "Esi- ja perusopetus", sv: "Förskole- och grundläggande utbildning",
                                                      en: "Pre-primary and basic education"))],
    directions: [Direction(id: "leadership", name: LocalizedText(fi: "Johtamisosaaminen", sv: "Ledarskapskompetens", en: "Leadership competence")),
                 Direction(id: "community", name: LocalizedText(fi: "Yhteisökehittäminen", sv: "Gemenskapsutveckling", en: "Community development"))],
    regions: [Region(id: "01", name: LocalizedText(fi: "Uusimaa", sv: "Nyland")), Region(id: "21", name: LocalizedText(fi: "Ahvenanmaa", sv: "Åland"))],
    municipalities: [
        Municipality(id: "091", name: LocalizedText(fi: "Helsinki", sv: "Helsingfors"), region: "01", type: .urban, language: .finnishSwedish, population: 675_000),
        Municipality(id: "478", name: LocalizedText(fi: "Maarianhamina", sv: "Mariehamn"), region: "21", type: .urban, language: .sv, population: 11_900),
        Municipality(id: "543", name: LocalizedText(fi: "Nurmijärvi", sv: "Nurmijärvi"), region: "01", type: .semiUrban, language: .fi, population: 0),
    ],
    networks: [
        Network(id: "n-johtajuus", name: LocalizedText(fi: "Johtajuusverkosto", sv: "Ledarskapsnätverket", en: "Leadership network"),
                sector: "basic", unit: "Osaamisen kehittäminen", goal: "Rehtorien johtamisosaaminen, yhdessä",
                operatingModel: "Tapaamiset neljästi vuodessa", period: Period(since: Day(iso: "2022-01-01"), until: nil)),
        Network(id: "n-pienet", name: LocalizedText(fi: "Pienten lasten verkosto"), sector: "ecec", unit: "Varhaiskasvatus",
                goal: "Sanoi \"yhdessä\"", operatingModel: "", period: Period(since: Day(iso: "2023-08-01"), until: Day(iso: "2025-12-31"))),
    ],
    organisations: [
        Organisation(id: "o-hki", name: "Helsingin kaupunki", kind: .municipality, municipality: "091", language: .finnishSwedish),
        Organisation(id: "o-aland", name: "Ålands lyceum", kind: .upperSecondary, municipality: "478", language: .sv),
        Organisation(id: "o-kirkonkyla", name: "Kirkonkylän päiväkoti", kind: .earlyChildhoodUnit, municipality: "543", language: .fi),
    ],
    memberships: [
        Membership(organisation: "o-hki", network: "n-johtajuus", role: .coordinator, period: Period(since: Day(iso: "2022-01-01"), until: nil)),
        Membership(organisation: "o-aland", network: "n-johtajuus", role: .member, period: Period(since: Day(iso: "2022-03-15"), until: Day(iso: "2024-06-30"))),
        Membership(organisation: "o-kirkonkyla", network: "n-pienet", role: .member, period: Period(since: Day(iso: "2023-08-01"), until: nil)),
        Membership(organisation: "o-hki", network: "n-pienet", role: .partner, period: Period(since: Day(iso: "2023-09-01"), until: Day(iso: "2025-12-31"))),
    ],
    networkDirections: [NetworkDirection(network: "n-johtajuus", direction: "leadership", priority: 1),
                        NetworkDirection(network: "n-johtajuus", direction: "community", priority: 2),
                        NetworkDirection(network: "n-pienet", direction: "community", priority: 1)],
    collaborations: [Collaboration(networkA: "n-johtajuus", networkB: "n-pienet", kind: .jointEvent,
                                   period: Period(since: Day(iso: "2024-05-20"), until: Day(iso: "2024-05-20")))])

@Suite struct VerkostoStoreTests {
    func newStore() throws -> AtlasDatabase {
        try AtlasDatabase(path: try temporaryFolder().appendingPathComponent("test.sqlite").path, create: true)
    }

    @Test func importsTheSmallFixtureAsWrittenByHand() throws {
        let store = try newStore()
        let summary = try store.importData(from: smallFixture)
        #expect(try store.load() == expectedSmall)
        #expect(summary.counts["memberships"] == 4)
        #expect(summary.warnings.isEmpty, "\(summary.warnings)")
    }

    @Test func roundTripThroughJSONAndCSV() throws {
        let first = try newStore()
        try first.importData(from: smallFixture)
        let folder = try temporaryFolder()
        try first.dump(to: folder.appendingPathComponent("dump.json"))
        try first.dump(to: folder.appendingPathComponent("csv"))
        let fromJSON = try newStore()
        try fromJSON.importData(from: folder.appendingPathComponent("dump.json"))
        let fromCSV = try newStore()
        try fromCSV.importData(from: folder.appendingPathComponent("csv"))
        #expect(try fromJSON.load() == expectedSmall)
        #expect(try fromCSV.load() == expectedSmall)
    }

    @Test func roundTripOfTheOPHDataSet() throws {
        let oph = packageRoot.appendingPathComponent("Data/oph")
        #expect(FileManager.default.fileExists(atPath: oph.path), "Data/oph is not there yet")
        let first = try newStore()
        try first.importData(from: oph)
        let json = try temporaryFolder().appendingPathComponent("oph.json")
        try first.dump(to: json)
        let second = try newStore()
        try second.importData(from: json)
        #expect(try second.load() == (try first.load()))
    }

    @Test func aBadRowNearTheEndChangesNothing() throws {
        let store = try newStore()
        try store.importData(from: smallFixture)
        let before = try sqliteShellDump(store.path)
        // Memberships: a good new row, then a bad one on line 7 (unknown network, field 2).
        let bad = try fixtureCopy(replacing: "memberships.csv", with: """
            organisation,network,role,since,until
            o-hki,n-johtajuus,coordinator,2022-01-01,
            o-aland,n-johtajuus,member,2022-03-15,2024-06-30
            o-kirkonkyla,n-pienet,,2023-08-01,
            o-hki,n-pienet,partner,2023-09-01,2025-12-31
            o-kirkonkyla,n-johtajuus,member,2024-01-01,
            o-aland,n-kielitivoli,member,2024-01-01,

            """)
        #expect {
            try store.importData(from: bad)
        } throws: { error in
            (error as? InvalidDataError)?.errors.first?.description == "memberships.csv:7:2: unknown network 'n-kielitivoli'"
        }
        #expect(try sqliteShellDump(store.path) == before)
        #expect(try store.load() == expectedSmall)

        // Into an empty database the bulk path drops and rebuilds the key indexes; a failure
        // must leave the schema, indexes included, as it was.
        let empty = try newStore()
        let emptyBefore = try sqliteShellDump(empty.path)
        #expect(emptyBefore.contains("CREATE UNIQUE INDEX memberships_key"))
        #expect(throws: InvalidDataError.self) { try empty.importData(from: bad) }
        #expect(try sqliteShellDump(empty.path) == emptyBefore)
    }

    @Test func validationProblemsAreMappedToPlaces() throws {
        let duplicate = try fixtureCopy(replacing: "networks.csv", with: """
            id,name_fi,sector,since,until
            n-johtajuus,A,basic,2022-01-01,
            n-pienet,B,ecec,2023-08-01,2022-12-31
            n-johtajuus,C,basic,2022-01-01,

            """)
        do {
            try newStore().importData(from: duplicate)
            Issue.record("expected errors")
        } catch let error as InvalidDataError {
            let lines = error.errors.map(\.description)
            #expect(lines.contains("networks.csv:4:1: duplicate id 'n-johtajuus' (first on line 2)"))
            #expect(lines.contains("networks.csv:3:5: until 2022-12-31 is before since 2023-08-01"))
        }
    }

    @Test func jsonProblemsNameThePath() throws {
        let folder = try temporaryFolder()
        let store = try newStore()
        try store.importData(from: smallFixture)
        try store.dump(to: folder.appendingPathComponent("d.json"))
        var text = try String(contentsOf: folder.appendingPathComponent("d.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"network\": \"n-pienet\", \"role\": \"partner\"",
                                         with: "\"network\": \"n-nowhere\", \"role\": \"partner\"")
        try Data(text.utf8).write(to: folder.appendingPathComponent("bad.json"))
        #expect {
            try newStore().importData(from: folder.appendingPathComponent("bad.json"))
        } throws: { error in
            (error as? InvalidDataError)?.errors.first?.description == "bad.json: memberships[3].network: unknown network 'n-nowhere'"
        }
    }

    @Test func mergeUpdatesByKeyAndReplaceStartsOver() throws {
        let store = try newStore()
        try store.importData(from: smallFixture)
        let update = try temporaryFolder()
        try Data("""
            organisation,network,role,since,until
            o-hki,n-pienet,coordinator,2023-09-01,2025-06-30
            o-aland,n-pienet,member,2024-01-01,

            """.utf8).write(to: update.appendingPathComponent("memberships.csv"))
        try Data("network_a,network_b,kind,since,until\nn-pienet,n-johtajuus,joint-event,2024-05-20,2024-05-21\n".utf8)
            .write(to: update.appendingPathComponent("collaborations.csv"))
        try store.importData(from: update)
        var expectedMemberships = expectedSmall.memberships
        var expectedCollaborations = expectedSmall.collaborations
        expectedMemberships[3] = Membership(organisation: "o-hki", network: "n-pienet", role: .coordinator,
                                             period: Period(since: Day(iso: "2023-09-01"), until: Day(iso: "2025-06-30")))
        expectedMemberships.append(Membership(organisation: "o-aland", network: "n-pienet", role: .member,
                                               period: Period(since: Day(iso: "2024-01-01"), until: nil)))
        expectedCollaborations[0] = Collaboration(networkA: "n-pienet", networkB: "n-johtajuus", kind: .jointEvent,
                                                   period: Period(since: Day(iso: "2024-05-20"), until: Day(iso: "2024-05-21")))
        let merged = try store.load()
        #expect(merged.memberships == expectedMemberships)
        #expect(merged.collaborations == expectedCollaborations)
        #expect(merged.networks == expectedSmall.networks)

        // Replace: only the reference tables of a new folder are left.
        let onlySectors = try temporaryFolder()
        try Data("id,name_fi\nx,Äksä\n".utf8).write(to: onlySectors.appendingPathComponent("sectors.csv"))
        try store.importData(from: onlySectors, mode: .replace)
        #expect(try store.load() == Atlas(sectors: [Sector(id: "x", name: LocalizedText(fi: "Äksä"))]))
    }

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
            "\(error)".contains("written by a newer Verkosto (schema 7, this one knows 3)")
        }
    }

    @Test func missingColumnIsAnErrorUnknownColumnAWarning() throws {
        let missing = try fixtureCopy(replacing: "memberships.csv", with: "organisation,role,since\no-hki,member,2022-01-01\n")
        #expect {
            try newStore().importData(from: missing)
        } throws: { error in
            "\(error)".hasPrefix("memberships.csv:1:1: missing required column 'network'")
        }
        let extra = try fixtureCopy(replacing: "sectors.csv", with: "id;name_fi;colour\necec;Varhaiskasvatus;red\nbasic;Perusopetus;blue\n")
        let summary = try newStore().importData(from: extra)
        #expect(summary.warnings.map(\.description) == ["sectors.csv:1:1: warning: unknown column 'colour' in sectors is ignored"])
    }
}
