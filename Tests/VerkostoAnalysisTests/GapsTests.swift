import Testing
import VerkostoModel
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
