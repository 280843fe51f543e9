import Testing
import VerkostoModel
import VerkostoSupport
@testable import VerkostoAnalysis

/// The findings of each kind as typed facts, on hand-made Atlases whose answers are counted in
/// the comments.
@Suite struct GapReportTests {
    /// DirectionGapsTests' Atlas: A and B share d1 (3) and d2 (1) with no tie; o1 can bridge them.
    let gapAtlas = TinyAtlas.make(
        networks: [("A", "s1"), ("B", "s2"), ("C", "s1")],
        memberships: [("o1", "A"), ("o1", "C"), ("o2", "B"), ("o3", "A")],
        collaborations: [("C", "B")],
        directions: [("A", "d1", 1), ("B", "d1", 1), ("A", "d2", 2), ("B", "d2", 3), ("C", "d1", 2), ("C", "d3", 1)])

    @Test func aDirectionGapIsItsNetworksDirectionsWeightAndBridges() {
        #expect(findGaps(gapAtlas, kinds: [.direction]) == [
            GapFinding(kind: .direction, subject: .network("A"), other: .network("B"), score: 4,
                       evidence: .directionGap(directions: ["d1", "d2"], weight: 4, bridges: ["o1"])),
        ])
    }

    /// Nothing found is an empty list, for every kind that can find nothing.
    @Test func nothingFoundIsAnEmptyList() {
        let connected = TinyAtlas.make(
            networks: [("A", "s1"), ("B", "s2")], memberships: [("o1", "A"), ("o1", "B")],
            directions: [("A", "d1", 1), ("B", "d1", 1)])
        #expect(findGaps(connected, kinds: [.direction, .isolated, .overload]).isEmpty)
        #expect(findGaps(Atlas(), kinds: [.sector, .communities]).isEmpty)
    }

    /// Coverage on CoverageTests' Atlas: u1, u2 (urban, r1), r3, r4 (rural, r2); the leadership
    /// networks reach u1, u2 and r3. Groups by region, type and language, then the equality
    /// 0.5 / 1, then r4, the one municipality no leadership network reaches.
    @Test func coverageFindingsByGroupEqualityAndUnreached() {
        let atlas = TinyAtlas.make(
            networks: [("L1", "s"), ("L2", "s"), ("X", "s")],
            memberships: [("a", "L1"), ("b", "L2"), ("c", "L2"), ("d", "X")],
            directions: [("L1", "leadership", 1), ("L2", "leadership", 3), ("X", "wellbeing", 1)],
            municipalities: [("u1", .urban, "r1"), ("u2", .urban, "r1"), ("r3", .rural, "r2"), ("r4", .rural, "r2")],
            municipalityOf: ["a": "u1", "b": "u2", "c": "r3", "d": "r4"])
        let findings = findGaps(atlas, kinds: [.coverage])
        #expect(findings.map(\.subject) == [.region("r1"), .region("r2"), .municipalityType(.urban), .municipalityType(.rural),
                                             .languageGroup("fi"), .municipalityTypes, .municipality("r4")])
        #expect(findings[1].evidence == .coverage(direction: "leadership", reached: 1, municipalities: 2))
        #expect(findings[1].score == 0.5)
        #expect(findings[5].evidence == .coverageEquality(direction: "leadership", ratio: 0.5))
        #expect(findings[6].evidence == .unreached(direction: "leadership", region: "r2", type: .rural, population: 1000))
        var other = GapSettings()
        other.coverageDirection = "nowhere"
        #expect(findGaps(atlas, kinds: [.coverage], settings: other)
                    == [GapFinding(kind: .coverage, subject: .direction("nowhere"), score: nil, evidence: .noNetworkOnDirection)])
    }

    /// Path B – A – C tied by o1 (A, B) and o2 (A, C): o1 cuts B off, o2 cuts C off, and B and C
    /// each hang on one organisation.
    @Test func brokersCutOrganisationsAndHangingNetworks() {
        let atlas = TinyAtlas.make(networks: [("A", "s1"), ("B", "s2"), ("C", "s1")],
                                   memberships: [("o1", "A"), ("o1", "B"), ("o2", "A"), ("o2", "C"), ("o3", "C")])
        let findings = findGaps(atlas, kinds: [.brokers])
        #expect(findings.contains(GapFinding(kind: .brokers, subject: .organisation("o1"), score: 1, evidence: .onlyLink(cutOff: ["B"]))))
        #expect(findings.contains(GapFinding(kind: .brokers, subject: .organisation("o2"), score: 1, evidence: .onlyLink(cutOff: ["C"]))))
        #expect(findings.contains(GapFinding(kind: .brokers, subject: .network("B"), other: .organisation("o1"), score: 1, evidence: .hangsOnOne)))
        #expect(findings.contains(GapFinding(kind: .brokers, subject: .network("C"), other: .organisation("o2"), score: 1, evidence: .hangsOnOne)))
    }

    @Test func isolatedAndOverloadedFindings() {
        let networks = (1...7).map { ("N\($0)", "s") } + [("Q", "s")]
        let atlas = TinyAtlas.make(networks: networks, memberships: (1...7).map { ("busy", "N\($0)") } + [("alone", "Q")])
        #expect(findGaps(atlas, kinds: [.isolated]) == [
            GapFinding(kind: .isolated, subject: .network("Q"), score: 1, evidence: .isolated(members: 1, sector: "s")),
        ])
        #expect(findGaps(atlas, kinds: [.overload]) == [
            GapFinding(kind: .overload, subject: .organisation("busy"), score: 7,
                       evidence: .overload(networks: (1...7).map { "N\($0)" })),
        ])
    }
}
