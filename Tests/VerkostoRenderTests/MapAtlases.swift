import Foundation
import VerkostoModel
import VerkostoStore
import VerkostoSupport

/// Atlases for the domain map tests: the illustrative OPH data, a tiny hand-made one, and one
/// with hostile names.
enum MapAtlases {
    /// The snapshot day the tests draw.
    static let day = Day(year: 2026, month: 11, day: 1)!

    /// The package root, found from this file's path.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `Data/oph` imported through the store into a scratch database, loaded, on `day`.
    static let oph: Result<Atlas, any Error> = ophFull.map { $0.at(day) }

    /// `Data/oph` imported through the store into a scratch database and loaded: every day.
    static let ophFull: Result<Atlas, any Error> = Result {
        let folder = packageRoot.appendingPathComponent("Data/oph")
        let database = FileManager.default.temporaryDirectory
            .appendingPathComponent("verkosto-maps-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).sqlite")
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database.path + suffix) }
        }
        let store = try AtlasDatabase(path: database.path, create: true)
        try store.importData(from: folder, mode: .replace)
        return try store.load()
    }

    static func period() -> Period { Period(since: Day(year: 2020, month: 1, day: 1), until: nil) }

    /// Three networks in two sectors, five organisations in three municipalities of two regions.
    ///
    /// Hand counts (used by the tests):
    /// - `aalto` (ecec) and `bjorn` (basic) share o1 and o2: 2 shared members.
    /// - `bjorn` and `cera` (basic) share o3 and collaborate once: count weight 2.
    /// - `aalto` and `cera` share nobody and do not collaborate; both are on `leadership`: a direction gap.
    /// - Sector ties: ecec–basic 1 (aalto–bjorn), basic–basic 1 (bjorn–cera).
    /// - Leadership networks `aalto` (o1, o2 in m1) and `cera` (o3, o4 in m2) reach m1 and m2
    ///   but not m3: region r1 (m1, m2) 2/2, region r2 (m3) 0/1, the whole country 2/3.
    static func tiny(networkNames: [String]? = nil, organisationNames: [String]? = nil, sectorNames: [String]? = nil) -> Atlas {
        let names = networkNames ?? ["Äänekosken päiväkotiverkosto", "Björnens skolnätverk", "Cera-verkosto"]
        let orgs = organisationNames ?? ["Äänekosken kaupunki", "Övre skolan", "Åbo kommun", "Cera ry", "Laulu-opisto"]
        let sectorName = sectorNames ?? ["Varhaiskasvatus", "Perusopetus"]
        let sectors = [Sector(id: "ecec", name: LocalizedText(fi: sectorName[0], sv: "Småbarnspedagogik", en: "ECEC")),
                       Sector(id: "basic", name: LocalizedText(fi: sectorName[1], sv: "Grundläggande utbildning", en: "Basic education"))]
        let directions = [Direction(id: "leadership", name: LocalizedText(fi: "Johtamisosaaminen", sv: "Ledarskap", en: "Leadership")),
                          Direction(id: "wellbeing", name: LocalizedText(fi: "Hyvinvointi", sv: "Välbefinnande", en: "Well-being"))]
        let regions = [Region(id: "r1", name: LocalizedText(fi: "Keski-Suomi", sv: "Mellersta Finland")),
                       Region(id: "r2", name: LocalizedText(fi: "Ahvenanmaa", sv: "Åland"))]
        // Centres from ../shared/data/municipalities.csv.
        let municipalities = [
            Municipality(id: "m1", name: LocalizedText(fi: "Äänekoski"), region: "r1", type: .urban, language: .fi, population: 18000,
                         centre: GeoPoint(latitude: 62.6170, longitude: 25.6843)),
            Municipality(id: "m2", name: LocalizedText(fi: "Laukaa"), region: "r1", type: .rural, language: .fi, population: 19000,
                         centre: GeoPoint(latitude: 62.4174, longitude: 25.9469)),
            Municipality(id: "m3", name: LocalizedText(fi: "Föglö"), region: "r2", type: .rural, language: .sv, population: 500,
                         centre: GeoPoint(latitude: 60.0300, longitude: 20.3879)),
        ]
        let networks = [
            Network(id: "aalto", name: LocalizedText(fi: names[0], sv: names[0], en: "Aalto ECEC network"), sector: "ecec",
                    unit: "U", goal: "G", operatingModel: "M", period: period()),
            Network(id: "bjorn", name: LocalizedText(fi: names[1], sv: names[1], en: "Bjorn school network"), sector: "basic",
                    unit: "U", goal: "G", operatingModel: "M", period: period()),
            Network(id: "cera", name: LocalizedText(fi: names[2], sv: names[2], en: "Cera network"), sector: "basic",
                    unit: "U", goal: "G", operatingModel: "M", period: period()),
        ]
        let organisations = [
            Organisation(id: "o1", name: orgs[0], kind: .municipality, municipality: "m1", language: .fi),
            Organisation(id: "o2", name: orgs[1], kind: .school, municipality: "m1", language: .sv),
            Organisation(id: "o3", name: orgs[2], kind: .municipality, municipality: "m2", language: .sv),
            Organisation(id: "o4", name: orgs[3], kind: .association, municipality: "m2", language: .fi),
            Organisation(id: "o5", name: orgs[4], kind: .artsSchool, municipality: "m3", language: .fi),
        ]
        func member(_ o: String, _ n: String, _ role: MembershipRole = .member) -> Membership {
            Membership(organisation: o, network: n, role: role, period: period())
        }
        let memberships = [
            member("o1", "aalto", .coordinator), member("o2", "aalto"),
            member("o1", "bjorn"), member("o2", "bjorn"), member("o3", "bjorn", .coordinator),
            member("o3", "cera"), member("o4", "cera", .coordinator),
        ]
        return Atlas(metadata: ["name": "Pieni testiaineisto", "name_en": "Tiny test data"], sectors: sectors,
                     directions: directions, regions: regions, municipalities: municipalities, networks: networks,
                     organisations: organisations, memberships: memberships,
                     networkDirections: [NetworkDirection(network: "aalto", direction: "leadership", priority: 1),
                                         NetworkDirection(network: "cera", direction: "leadership", priority: 2),
                                         NetworkDirection(network: "bjorn", direction: "wellbeing", priority: 1)],
                     collaborations: [Collaboration(networkA: "bjorn", networkB: "cera", kind: .jointEvent, period: period())])
            .at(day)
    }

    /// Names that try to break out of labels, DOT escapes, XML and SVG.
    static let hostileNames: [String] = [
        "<script>alert(1)</script>",
        "\"><svg onload=x>",
        "Verkosto \\N ja \\G",
        "takakeno \\",
        "{a|b} <c> | d",
        "&amp; &lt; &#x3C;script&#x3E;",
        String(repeating: "pitkä", count: 20_000),
        "Koulu 🏫👩🏽‍🏫 verkosto",
        "شبكة المدارس עברית",
        "NUL\u{0} ja \u{202E}käänteinen",
    ]

    /// ``tiny`` with hostile network and organisation names (the last organisation name is
    /// also 100,000 characters long).
    static var hostile: Atlas {
        tiny(networkNames: Array(hostileNames[0..<3]), organisationNames: Array(hostileNames[5..<10]),
             sectorNames: Array(hostileNames[3..<5]))
    }
}
