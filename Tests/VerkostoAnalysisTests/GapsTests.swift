import Testing
import VerkostoModel
import VerkostoSupport
@testable import VerkostoAnalysis

@Suite struct GapsTests {
    /// A and B share direction d1 (main for both: weight 3) and d2 (priority 2 and 3: weight 1),
    /// with no member and no collaboration in common: a gap of weight 4.
    /// C shares d1 with A but has member o1 in common: no gap. B and C share nothing.
    /// o1 is in A and C, and C collaborates with B, so o1 can bridge A and B.
    let atlas = TinyAtlas.make(
        networks: [("A", "s1"), ("B", "s2"), ("C", "s1")],
        memberships: [("o1", "A"), ("o1", "C"), ("o2", "B"), ("o3", "A")],
        collaborations: [("C", "B")],
        directions: [("A", "d1", 1), ("B", "d1", 1), ("A", "d2", 2), ("B", "d2", 3), ("C", "d1", 2), ("C", "d3", 1)])

    @Test func directionGapsRankByPriorityWeightAndNameBridges() {
        let gaps = directionGaps(NetworkGraphView(atlas: atlas))
        #expect(gaps.count == 1)
        let gap = gaps[0]
        #expect(atlas.networks[gap.a].id == "A" && atlas.networks[gap.b].id == "B")
        #expect(gap.sharedDirections == ["d1", "d2"])
        #expect(gap.weight == 4)
        #expect(gap.bridgeCandidates.map { atlas.organisations[$0].id } == ["o1"])
    }

    @Test func atlasWithoutGapsFindsNone() {
        let connected = TinyAtlas.make(
            networks: [("A", "s1"), ("B", "s2")], memberships: [("o1", "A"), ("o1", "B")],
            directions: [("A", "d1", 1), ("B", "d1", 1)])
        let view = NetworkGraphView(atlas: connected)
        #expect(directionGaps(view).isEmpty)
        #expect(isolatedNetworks(view).isEmpty)
        #expect(overloadedOrganisations(connected).isEmpty)
        #expect(coverage(connected, direction: "d1").unreached.isEmpty)
    }

    @Test func isolatedNetworksHaveNoTieOfAnyKind() {
        let atlas = TinyAtlas.make(networks: [("A", "s"), ("B", "s"), ("C", "s"), ("D", "s")],
                                   memberships: [("o1", "A"), ("o1", "B"), ("o2", "C")],
                                   collaborations: [("B", "D")])
        #expect(isolatedNetworks(NetworkGraphView(atlas: atlas)).map { atlas.networks[$0].id } == ["C"])
    }

    @Test func overloadCountsDistinctNetworksAboveTheThreshold() {
        let networks = (1...7).map { ("N\($0)", "s") }
        let memberships = (1...7).map { ("busy", "N\($0)") } + (1...5).map { ("calm", "N\($0)") }
        let atlas = TinyAtlas.make(networks: networks, memberships: memberships)
        let overloaded = overloadedOrganisations(atlas)
        #expect(overloaded.map { atlas.organisations[$0.organisation].id } == ["busy"])
        #expect(overloaded[0].networks.count == 7)
        #expect(overloadedOrganisations(atlas, threshold: 4).count == 2)
    }

    /// Four municipalities: u1 (urban, r1), u2 (urban, r1), r3 (rural, r2), r4 (rural, r2).
    /// Leadership networks L1 and L2 reach u1, u2 and r3; X (not leadership) reaches r4.
    /// By hand: urban 2/2, rural 1/2, equality (1/2)/(2/2) = 0.5; r4 unreached.
    @Test func coverageByTypeRegionAndEquality() {
        let atlas = TinyAtlas.make(
            networks: [("L1", "s"), ("L2", "s"), ("X", "s")],
            memberships: [("a", "L1"), ("b", "L2"), ("c", "L2"), ("d", "X")],
            directions: [("L1", "leadership", 1), ("L2", "leadership", 3), ("X", "wellbeing", 1)],
            municipalities: [("u1", .urban, "r1"), ("u2", .urban, "r1"), ("r3", .rural, "r2"), ("r4", .rural, "r2")],
            municipalityOf: ["a": "u1", "b": "u2", "c": "r3", "d": "r4"])
        let result = coverage(atlas)
        #expect(result.networks.count == 2)
        #expect(result.reachedCount == 3)
        #expect(result.unreached.map { atlas.municipalities[$0].id } == ["r4"])
        let types = Dictionary(uniqueKeysWithValues: result.groups.filter { $0.dimension == .type }.map { ($0.key, $0.share) })
        #expect(types == ["urban": 1.0, "rural": 0.5])
        let regions = result.groups.filter { $0.dimension == .region }.map { "\($0.key):\($0.reached)/\($0.municipalities)" }
        #expect(regions == ["r1:2/2", "r2:1/2"])
        #expect(result.typeEquality == 0.5)
    }
}

@Suite struct SectorAndCommunityGapsTests {
    /// Two sectors, two triangles of networks: A1–A2–A3 (sector a) and B1–B2–B3 (sector b), each
    /// triangle tied by shared members, and one bridge A1–B1 by collaboration.
    /// By hand, sector a: E = 1 (A1–B1), I = 3 ties counted from each end → UCINET group E-I reads
    /// every tie of the group's members: internal ends 6, external 1: (1 − 6) / 7 = −5/7.
    static let atlas = TinyAtlas.make(
        networks: [("A1", "a"), ("A2", "a"), ("A3", "a"), ("B1", "b"), ("B2", "b"), ("B3", "b"), ("C", "c")],
        memberships: [("x", "A1"), ("x", "A2"), ("y", "A2"), ("y", "A3"), ("z", "A3"), ("z", "A1"),
                      ("u", "B1"), ("u", "B2"), ("v", "B2"), ("v", "B3"), ("w", "B3"), ("w", "B1"), ("c", "C")],
        collaborations: [("A1", "B1")])

    @Test func sectorSilosByHand() {
        let silos = sectorSilos(NetworkGraphView(atlas: Self.atlas), permutations: 200, seed: 3)
        #expect(silos.mixing.sectors == ["a", "b", "c"])
        #expect(silos.mixing.ties == [[3, 1, 0], [1, 3, 0], [0, 0, 0]])
        let a = silos.sectors[0]
        #expect(abs(a.ei - (-5.0 / 7.0)) < 1e-12)
        #expect(silos.sectors[2].ei.isNaN)  // sector c has no tie at all
        // (a, c) and (b, c) have no tie between them.
        #expect(silos.unconnectedPairs.map { [$0.0, $0.1] } == [[0, 2], [1, 2]])
        // Whole field: E = 1, I = 6: (1 − 6) / 7.
        #expect(abs(silos.whole.observed - (-5.0 / 7.0)) < 1e-12)
    }

    @Test func communitiesThatFollowSectorsScoreOne() {
        let result = communitiesAndSectors(NetworkGraphView(atlas: Self.atlas), seed: 1)
        // Louvain separates the two triangles and the lone network: exactly the sectors.
        #expect(result.partition.count == 3)
        #expect(abs(result.nmi - 1) < 1e-12)
        #expect(abs(result.ari - 1) < 1e-12)
    }

    @Test func everyKindExplainsItselfInEachLanguage() {
        var settings = GapSettings()
        settings.permutations = 50
        let findings = findGaps(Self.atlas, kinds: GapKind.allCases, settings: settings)
        // No direction gaps (no directions) and no overload: those kinds add nothing. C is isolated.
        #expect(Set(findings.map(\.kind)) == [.sector, .coverage, .brokers, .communities, .isolated])
        for language in Language.allCases {
            let text = Localisation(language)
            #expect(findings.allSatisfy { !$0.explanation(text, atlas: Self.atlas).isEmpty })
            for kind in GapKind.allCases where kind != .coverage {
                #expect(kind.nothingFound(text, settings: settings)?.isEmpty == false)
            }
        }
        #expect(findGaps(Self.atlas, kinds: [.direction], settings: settings).isEmpty)
        #expect(GapKind.direction.nothingFound(Localisation(.en), settings: settings)?.hasPrefix("No direction gaps") == true)
    }
}
