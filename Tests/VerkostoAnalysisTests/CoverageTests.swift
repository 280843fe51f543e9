import Testing
import VerkostoModel
import VerkostoSupport
@testable import VerkostoAnalysis

@Suite struct CoverageTests {
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

    /// Regions r1 (u1, u2 urban: both reached) and r2 (r3 reached, r4 not; both rural): r2 has
    /// the lower share (1/2) and comes first, then r1 (2/2), then the whole country (3/4).
    @Test func coverageByRegionListsTheLeastReachedFirst() {
        let atlas = TinyAtlas.make(
            networks: [("L1", "s"), ("L2", "s"), ("X", "s")],
            memberships: [("a", "L1"), ("b", "L2"), ("c", "L2"), ("d", "X")],
            directions: [("L1", "leadership", 1), ("L2", "leadership", 3), ("X", "wellbeing", 1)],
            municipalities: [("u1", .urban, "r1"), ("u2", .urban, "r1"), ("r3", .rural, "r2"), ("r4", .rural, "r2")],
            municipalityOf: ["a": "u1", "b": "u2", "c": "r3", "d": "r4"])
        let rows = coverageByRegion(atlas, direction: "leadership")
        #expect(rows.map(\.region) == ["r2", "r1", nil])
        #expect(rows.map(\.reached) == [1, 2, 3])
        #expect(rows.map(\.municipalities) == [2, 2, 4])
        // Types in MunicipalityType order: urban, semi-urban, rural.
        #expect(rows[0].typeMunicipalities == [0, 0, 2] && rows[0].typeReached == [0, 0, 1])
        #expect(rows[2].typeMunicipalities == [2, 0, 2] && rows[2].typeReached == [2, 0, 1])
        #expect(rows[2].share == 0.75)
    }
}
