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

/// A new, empty database in a fresh folder.
func newDatabase() throws -> AtlasDatabase {
    try AtlasDatabase(path: try temporaryFolder().appendingPathComponent("test.sqlite").path, create: true)
}
