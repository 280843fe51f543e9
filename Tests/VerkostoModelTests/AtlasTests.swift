import Testing
import VerkostoModel
import VerkostoSupport

/// A small Atlas written out by hand: two sectors, three networks (one ended), four
/// organisations in three municipalities of two regions, memberships with dates, two
/// collaborations.
enum HandAtlas {
    static func day(_ text: String) -> Day { Day(iso: text)! }
    static func period(_ since: String, _ until: String? = nil) -> Period {
        Period(since: day(since), until: until.map(day))
    }

    static let atlas = Atlas(
        metadata: ["name": "Käsin"],
        sectors: [Sector(id: "basic", name: LocalizedText(fi: "Perusopetus")), Sector(id: "ecec", name: LocalizedText(fi: "Varhaiskasvatus"))],
        directions: [Direction(id: "leadership", name: LocalizedText(fi: "Johtaminen")),
                     Direction(id: "wellbeing", name: LocalizedText(fi: "Hyvinvointi"))],
        regions: [Region(id: "01", name: LocalizedText(fi: "Uusimaa")), Region(id: "02", name: LocalizedText(fi: "Varsinais-Suomi"))],
        municipalities: [
            Municipality(id: "091", name: LocalizedText(fi: "Helsinki"), region: "01", type: .urban, language: .finnishSwedish, population: 600),
            Municipality(id: "853", name: LocalizedText(fi: "Turku"), region: "02", type: .urban, language: .fi, population: 200),
            Municipality(id: "019", name: LocalizedText(fi: "Aura"), region: "02", type: .rural, language: .fi, population: 4),
        ],
        networks: [
            Network(id: "A", name: LocalizedText(fi: "Aa"), sector: "basic", unit: "U1", goal: "", operatingModel: "", period: period("2022-01-01")),
            Network(id: "B", name: LocalizedText(fi: "Bee"), sector: "ecec", unit: "U2", goal: "", operatingModel: "",
                    period: period("2022-06-01", "2024-06-30")),
            Network(id: "C", name: LocalizedText(fi: "Cee"), sector: "basic", unit: "U1", goal: "", operatingModel: "", period: period("2024-01-01")),
        ],
        organisations: [
            Organisation(id: "o1", name: "Yksi", kind: .municipality, municipality: "091", language: .fi),
            Organisation(id: "o2", name: "Kaksi", kind: .school, municipality: "853", language: .fi),
            Organisation(id: "o3", name: "Kolme", kind: .school, municipality: "019", language: .fi),
            Organisation(id: "o4", name: "Neljä", kind: .association, municipality: "853", language: .fi),
        ],
        memberships: [
            Membership(organisation: "o1", network: "A", role: .coordinator, period: period("2022-01-01")),
            Membership(organisation: "o2", network: "A", role: .member, period: period("2022-01-01", "2023-12-31")),
            Membership(organisation: "o2", network: "B", role: .member, period: period("2022-06-01")),
            Membership(organisation: "o3", network: "C", role: .partner, period: period("2024-01-01")),
            Membership(organisation: "o1", network: "C", role: .member, period: period("2024-02-01")),
        ],
        networkDirections: [NetworkDirection(network: "A", direction: "wellbeing", priority: 2),
                            NetworkDirection(network: "A", direction: "leadership", priority: 1),
                            NetworkDirection(network: "C", direction: "leadership", priority: 3)],
        collaborations: [Collaboration(networkA: "A", networkB: "B", kind: .jointEvent, period: period("2023-05-05", "2023-05-05")),
                         Collaboration(networkA: "C", networkB: "A", kind: .sharedProject, period: period("2024-03-01"))])
}

@Suite struct AtlasTests {
    let atlas = HandAtlas.atlas

    @Test func lookUpsById() {
        #expect(atlas.network("B")?.name.fi == "Bee")
        #expect(atlas.organisation("o4")?.kind == .association)
        #expect(atlas.municipality("019")?.type == .rural)
        #expect(atlas.sector("ecec") != nil && atlas.direction("leadership") != nil && atlas.region("02") != nil)
        #expect(atlas.network("Z") == nil && atlas.organisation("") == nil)
        #expect(atlas.region(ofOrganisation: atlas.organisation("o3")!)?.id == "02")
    }

    @Test func membershipsAndDirectionsOfOneNetworkOrOrganisation() {
        #expect(atlas.memberships(ofNetwork: "A").map(\.organisation) == ["o1", "o2"])
        #expect(atlas.memberships(ofOrganisation: "o1").map(\.network) == ["A", "C"])  // file order
        #expect(atlas.memberships(ofNetwork: "nowhere").isEmpty)
        // By priority, not file order.
        #expect(atlas.directions(ofNetwork: "A").map(\.direction) == ["leadership", "wellbeing"])
        #expect(atlas.collaborations(ofNetwork: "A").count == 2)
        #expect(atlas.collaborations(ofNetwork: "C").map(\.kind) == [.sharedProject])
    }

    @Test func theFirstRowOfADuplicateIdWins() {
        let twice = Atlas(sectors: [Sector(id: "s", name: LocalizedText(fi: "Eka")), Sector(id: "s", name: LocalizedText(fi: "Toka"))])
        #expect(twice.sector("s")?.name.fi == "Eka")
    }

    /// On 2023-06-30: A and B are active; C has not started. o2's membership of A still runs;
    /// the A–B collaboration (one day in May) has ended.
    @Test func aSnapshotKeepsWhatIsActiveThatDay() {
        let snapshot = atlas.at(HandAtlas.day("2023-06-30"))
        #expect(snapshot.snapshot == HandAtlas.day("2023-06-30"))
        #expect(snapshot.networks.map(\.id) == ["A", "B"])
        #expect(snapshot.memberships.map { "\($0.organisation)-\($0.network)" } == ["o1-A", "o2-A", "o2-B"])
        #expect(snapshot.collaborations.isEmpty)
        #expect(snapshot.networkDirections.map(\.network) == ["A", "A"])
        #expect(snapshot.organisations.count == 4 && snapshot.municipalities.count == 3)  // reference tables stay whole
        #expect(snapshot.participatingOrganisations.map(\.id) == ["o1", "o2"])
        #expect(atlas.snapshot == nil)
    }

    /// Both ends are inclusive: B ends on 2024-06-30 and still counts that day; a membership
    /// whose network has ended does not count, even when its own dates run on.
    @Test func boundariesAndEndedNetworks() {
        let lastDay = atlas.at(HandAtlas.day("2024-06-30"))
        #expect(lastDay.networks.map(\.id) == ["A", "B", "C"])
        #expect(lastDay.collaborations.map(\.kind) == [.sharedProject])
        let after = atlas.at(HandAtlas.day("2024-07-01"))
        #expect(after.networks.map(\.id) == ["A", "C"])
        #expect(!after.memberships.contains { $0.network == "B" })  // o2's membership of B is open-ended
        #expect(after.participatingOrganisations.map(\.id) == ["o1", "o3"])
    }

    @Test func dateRangeSpansEveryDate() {
        #expect(atlas.dateRange == HandAtlas.day("2022-01-01")...HandAtlas.day("2024-06-30"))
        #expect(Atlas().dateRange == nil)
    }

    @Test func replacingMetadataKeepsEverythingElse() {
        let snapshot = atlas.at(HandAtlas.day("2023-01-01"))
        let renamed = snapshot.replacingMetadata(["name": "Uusi"])
        #expect(renamed.metadata == ["name": "Uusi"])
        #expect(renamed.networks == snapshot.networks && renamed.snapshot == snapshot.snapshot)
        #expect(renamed != snapshot)
    }

    @Test func directionWeightsByPriority() {
        #expect([1, 2, 3].map { NetworkDirection(network: "n", direction: "d", priority: $0).weight } == [3, 2, 1])
    }
}
