import Testing
import VerkostoGraph
import VerkostoModel
@testable import VerkostoAnalysis

@Suite struct OverlapTests {
    /// Networks A, B, C, D. Members: o1 in A, B; o2 in A, B, C; o3 in C; o4 in nothing shared.
    /// Collaboration B–D. By hand: A–B share {o1, o2}; A–C share {o2}; B–C share {o2}; B–D collaborate.
    let atlas = TinyAtlas.make(
        networks: [("A", "s1"), ("B", "s1"), ("C", "s2"), ("D", "s2")],
        memberships: [("o1", "A"), ("o1", "B"), ("o2", "A"), ("o2", "B"), ("o2", "C"), ("o3", "C"), ("o4", "D")],
        collaborations: [("B", "D")])

    /// Newman by hand: o1 is in 2 networks (1/(2−1) = 1), o2 in 3 (1/2): A–B = 1 + 0.5; A–C = 0.5.
    @Test func overlapRowsCarryEveryWeighting() {
        let rows = overlapRows(atlas.twoModeGraph(), metric: .count)
        #expect(rows.count == 3)
        let ab = rows.first { $0.a == 0 && $0.b == 1 }!
        #expect(ab.shared == 2 && ab.jaccard == 1 && ab.overlap == 1 && ab.newman == 1.5)
        let ac = rows.first { $0.a == 0 && $0.b == 2 }!
        #expect(ac.shared == 1 && ac.newman == 0.5 && ac.overlap == 0.5)
        #expect(abs(ac.jaccard - 1.0 / 3.0) < 1e-12)
        #expect(overlapRows(atlas.twoModeGraph(), metric: .jaccard, minimum: 0.5).count == 1)
    }
}
