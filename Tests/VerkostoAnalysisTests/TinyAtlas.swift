import VerkostoModel
import VerkostoSupport

/// Small hand-made Atlases for tests, written so that every expected value can be counted by hand.
enum TinyAtlas {
    static let day = Day(iso: "2025-06-01")!

    static func period(_ since: String, _ until: String? = nil) -> Period {
        Period(since: Day(iso: since)!, until: until.map { Day(iso: $0)! })
    }

    /// Builds an Atlas from compact specs: networks as `(id, sector)`, memberships as
    /// `(organisation, network)`, collaborations as `(a, b)`, directions as `(network, direction, priority)`.
    /// Every organisation sits in municipality `m1` unless `municipalityOf` says otherwise.
    static func make(networks: [(String, String)], memberships: [(String, String)],
                     collaborations: [(String, String)] = [], directions: [(String, String, Int)] = [],
                     municipalities: [(String, MunicipalityType, String)] = [("m1", .urban, "r1")],
                     municipalityOf: [String: String] = [:]) -> Atlas {
        let sectorIds = Set(networks.map(\.1)).sorted()
        let organisationIds = memberships.map(\.0).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let regionIds = Set(municipalities.map(\.2)).sorted()
        return Atlas(
            sectors: sectorIds.map { Sector(id: $0, name: LocalizedText(fi: "sektori \($0)")) },
            directions: Set(directions.map(\.1)).sorted().map { Direction(id: $0, name: LocalizedText(fi: "suunta \($0)")) },
            regions: regionIds.map { Region(id: $0, name: LocalizedText(fi: "maakunta \($0)")) },
            municipalities: municipalities.map {
                Municipality(id: $0.0, name: LocalizedText(fi: "kunta \($0.0)"), region: $0.2, type: $0.1,
                             language: .fi, population: 1000)
            },
            networks: networks.map {
                Network(id: $0.0, name: LocalizedText(fi: "Verkosto \($0.0)"), sector: $0.1, unit: "", goal: "",
                        operatingModel: "", period: period("2022-01-01"))
            },
            organisations: organisationIds.map {
                Organisation(id: $0, name: "Org \($0)", kind: .school, municipality: municipalityOf[$0] ?? municipalities[0].0,
                             language: .fi)
            },
            memberships: memberships.map {
                Membership(organisation: $0.0, network: $0.1, role: .member, period: period("2022-01-01"))
            },
            networkDirections: directions.map { NetworkDirection(network: $0.0, direction: $0.1, priority: $0.2) },
            collaborations: collaborations.map {
                Collaboration(networkA: $0.0, networkB: $0.1, kind: .jointEvent, period: period("2022-01-01"))
            })
    }
}
