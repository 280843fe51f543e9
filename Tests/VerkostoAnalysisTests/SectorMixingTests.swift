import Testing
import VerkostoGraph
import VerkostoModel
@testable import VerkostoAnalysis

@Suite struct SectorMixingTests {
    /// Ties by hand: A(s1)–B(s1) inside s1; A(s1)–C(s2) and B(s1)–C(s2) across; B(s1)–D(s2) across.
    /// So s1–s1: 1, s1–s2: 3, s2–s2: 0; cross-sector share 3/4.
    @Test func mixingMatrixCountsTiesBySectorPair() {
        let atlas = TinyAtlas.make(
            networks: [("A", "s1"), ("B", "s1"), ("C", "s2"), ("D", "s2")],
            memberships: [("o1", "A"), ("o1", "B"), ("o2", "A"), ("o2", "B"), ("o2", "C"), ("o3", "C"), ("o4", "D")],
            collaborations: [("B", "D")])
        let mixing = sectorMixing(NetworkGraphView(atlas: atlas))
        #expect(mixing.sectors == ["s1", "s2"])
        #expect(mixing.ties == [[1, 3], [3, 0]])
        #expect(mixing.networks == [2, 2])
        #expect(mixing.crossSectorShare == 0.75)
    }
}
