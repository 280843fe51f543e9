import Testing
import VerkostoModel
@testable import VerkostoAnalysis

@Suite struct HeadlineIndicatorsTests {
    /// Ties: n1–n2 (o1, both s1), n2–n3 (o2, s1–s2), n3–n4 (a collaboration, s2–s3); n5 has none.
    /// E-I as UCINET's group index reads it (internal ties from both ends): s1 has E = 1 (n2–n3) and
    /// I = 2 (n1–n2, seen from n1 and from n2): (1 − 2) / 3 = −1/3. s2: E = 2, I = 0: 1. s3: E = 1, I = 0: 1.
    /// Leadership networks n1 (o1 in m1, urban) and n5 (o5 in m2, rural): urban 1/1, rural 1/2.
    /// Direction gaps: n1–n5 (leadership) and n2–n4 (digi); n1–n2 share x but are tied.
    let atlas = TinyAtlas.make(
        networks: [("n1", "s1"), ("n2", "s1"), ("n3", "s2"), ("n4", "s3"), ("n5", "s3")],
        memberships: [("o1", "n1"), ("o1", "n2"), ("o2", "n2"), ("o2", "n3"), ("o3", "n4"), ("o5", "n5")],
        collaborations: [("n3", "n4")],
        directions: [("n1", "leadership", 1), ("n5", "leadership", 2), ("n2", "digi", 1), ("n4", "digi", 3),
                     ("n1", "x", 2), ("n2", "x", 2)],
        municipalities: [("m1", .urban, "r1"), ("m2", .rural, "r1"), ("m3", .rural, "r2")],
        municipalityOf: ["o5": "m2"])

    @Test func countsAndShares() {
        let headline = HeadlineIndicators(atlas.at(TinyAtlas.day))
        #expect(headline.day == TinyAtlas.day)
        #expect(headline.networksActive == 5)
        #expect(headline.organisationsParticipating == 4)
        #expect(headline.municipalitiesReached == 2)
        #expect(headline.ties == 3)
        #expect(headline.crossSectorTies == 2)
        #expect(headline.crossSectorShare == 2.0 / 3.0)
        #expect(headline.directionGaps == 2)
        #expect(headline.isolatedNetworks == 1)
        #expect(headline.coverage(.urban)?.share == 1)
        #expect(headline.coverage(.rural)?.reached == 1 && headline.coverage(.rural)?.municipalities == 2)
        #expect(headline.coverage(.semiUrban) == nil)  // no semi-urban municipality in the Atlas
    }

    @Test func eiIndexPerSector() {
        let headline = HeadlineIndicators(atlas)
        let byId = Dictionary(uniqueKeysWithValues: headline.eiIndex.map { ($0.sector, $0) })
        #expect(abs((byId["s1"]?.index ?? 0) - (-1.0 / 3.0)) < 1e-12)
        #expect(byId["s2"]?.index == 1)
        #expect(byId["s3"]?.index == 1)
    }

    @Test func eiIndexOfASectorWithoutTiesIsUndefined() {
        let lonely = TinyAtlas.make(networks: [("a", "s1"), ("b", "s2")], memberships: [("o1", "a"), ("o2", "b")])
        let headline = HeadlineIndicators(lonely)
        #expect(headline.eiIndex.map(\.sector) == ["s1", "s2"])
        #expect(headline.eiIndex.allSatisfy { $0.index == nil })
        #expect(headline.indicators.first { $0.id == "cross_sector_share" }?.value == nil)
    }

    @Test func indicatorListHasStableUniqueKeys() {
        let list = HeadlineIndicators(atlas).indicators
        #expect(Set(list.map(\.id)).count == list.count)
        #expect(list.map(\.id) == ["networks", "organisations", "municipalities", "ties", "cross_sector_ties",
                                   "cross_sector_share", "ei_index:s1", "ei_index:s2", "ei_index:s3",
                                   "coverage:urban", "coverage:rural", "direction_gaps", "isolated_networks"])
    }
}
