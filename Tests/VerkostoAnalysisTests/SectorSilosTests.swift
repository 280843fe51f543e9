import Testing
import VerkostoModel
import VerkostoSupport
@testable import VerkostoAnalysis

@Suite struct SectorSilosTests {
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
}
