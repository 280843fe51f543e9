import Testing
import VerkostoModel
import VerkostoSupport
@testable import VerkostoAnalysis

@Suite struct DirectionGapsTests {
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
}
