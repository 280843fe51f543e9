import Foundation
import Testing
import VerkostoModel
import VerkostoSupport
@testable import VerkostoAnalysis

/// The Briefing of a hand-made Atlas, every answer counted by hand.
///
/// Networks A (s1, since 2022), B (s2, since 2022) and C (s1, since 2024-01-01). Members o1 in
/// A and B, o2 in A and C, o3 in C. A and C work on leadership (priority 1 and 2). Municipalities
/// m1 (urban) and m2 (rural), both in r1; o1 sits in m1, o2 and o3 in m2.
/// On 2024-06-30 the network graph is the path B – A – C: ties A–B (o1, across sectors) and
/// A–C (o2, within s1). A year before, C had not started: only A–B, across.
@Suite struct BriefingTests {
    static let atlas: Atlas = {
        let period = { (since: String) in Period(since: Day(iso: since), until: nil) }
        return Atlas(
            sectors: [Sector(id: "s1", name: LocalizedText(fi: "S1")), Sector(id: "s2", name: LocalizedText(fi: "S2"))],
            directions: [Direction(id: "leadership", name: LocalizedText(fi: "Johtaminen"))],
            regions: [Region(id: "r1", name: LocalizedText(fi: "R1"))],
            municipalities: [Municipality(id: "m1", name: LocalizedText(fi: "M1"), region: "r1", type: .urban, language: .fi, population: 10),
                             Municipality(id: "m2", name: LocalizedText(fi: "M2"), region: "r1", type: .rural, language: .fi, population: 5)],
            networks: [
                Network(id: "A", name: LocalizedText(fi: "A"), sector: "s1", unit: "U1", goal: "", operatingModel: "", period: period("2022-01-01")),
                Network(id: "B", name: LocalizedText(fi: "B"), sector: "s2", unit: "U2", goal: "", operatingModel: "", period: period("2022-01-01")),
                Network(id: "C", name: LocalizedText(fi: "C"), sector: "s1", unit: "U1", goal: "", operatingModel: "", period: period("2024-01-01")),
            ],
            organisations: [Organisation(id: "o1", name: "O1", kind: .municipality, municipality: "m1", language: .fi),
                            Organisation(id: "o2", name: "O2", kind: .school, municipality: "m2", language: .fi),
                            Organisation(id: "o3", name: "O3", kind: .school, municipality: "m2", language: .fi)],
            memberships: [("o1", "A", "2022-01-01"), ("o1", "B", "2022-01-01"), ("o2", "A", "2022-01-01"), ("o2", "C", "2024-01-01"),
                          ("o3", "C", "2024-01-01")].map {
                Membership(organisation: $0.0, network: $0.1, role: .member, period: period($0.2))
            },
            networkDirections: [NetworkDirection(network: "A", direction: "leadership", priority: 1),
                                NetworkDirection(network: "C", direction: "leadership", priority: 2)])
    }()

    let briefing = try! Briefing(BriefingTests.atlas, day: Day(iso: "2024-06-30")!)

    @Test func keyFiguresAndTheYearBefore() {
        #expect(briefing.previousDay == Day(iso: "2023-06-30"))
        #expect(briefing.indicators.networksActive == 3 && briefing.previousIndicators.networksActive == 2)
        #expect(briefing.indicators.organisationsParticipating == 3)
        #expect(briefing.indicators.municipalitiesReached == 2 && briefing.municipalities == 2)
    }

    @Test func networks() {
        let answer = briefing.networks
        #expect(answer.rows.map(\.network) == ["A", "B", "C"])
        #expect(answer.rows.map(\.members) == [2, 1, 2])
        #expect(answer.rows.map(\.mainDirection) == ["leadership", nil, "leadership"])
        #expect(answer.sectors == 2 && answer.units == 2 && answer.organisations == 3)
        #expect(answer.largest == "A" && answer.largestMembers == 2)  // A and C have 2; the first wins
    }

    /// Ties now: A–B across, A–C within: 1 of 2. A year ago: A–B only, across: 1 of 1.
    @Test func crossSectorTiesFellFromAll() {
        let answer = briefing.crossSector
        #expect(answer.ties == 2 && answer.crossSectorTies == 1 && answer.share == 0.5)
        #expect(answer.previousShare == 1 && answer.grew == false)
        // s1: A–C inside, A–B outside: E = 1, I = 1 (E-I 0). s2: B–A outside only: E-I +1.
        #expect(answer.rows.map(\.sector) == ["s1", "s2"])
        #expect(answer.rows.map(\.internalTies) == [1, 0] && answer.rows.map(\.externalTies) == [1, 1])
        #expect(answer.rows.map(\.networks) == [2, 1])
    }

    /// A and C share leadership but are tied through o2: no direction gap.
    @Test func directionsAndCoverage() {
        #expect(briefing.directions.gaps.isEmpty)
        let coverage = briefing.coverage
        #expect(coverage.direction == "leadership" && coverage.reached == 2 && coverage.municipalities == 2 && coverage.unreached == 0)
        #expect(coverage.types.map(\.key) == ["urban", "rural"] && coverage.types.map(\.share) == [1, 1])
        #expect(coverage.weakest?.region == "r1")
    }

    /// On the path B – A – C: degree A 1, B and C 1/2; normalised betweenness A 1, the ends 0;
    /// the eigenvector of a 3-path is (1/2, 1/√2, 1/2). Ties go to the earlier network.
    @Test func centralityRanks() {
        let answer = briefing.centrality
        #expect(answer.rows.map(\.network) == ["A", "B", "C"])
        #expect(answer.rows.map(\.degree) == [1, 0.5, 0.5])
        #expect(answer.rows.map(\.betweenness) == [1, 0, 0])
        #expect(abs(answer.rows[0].eigenvector - 1 / 2.0.squareRoot()) < 1e-6 && abs(answer.rows[1].eigenvector - 0.5) < 1e-6)
        #expect(answer.ranks(of: "C") == [3, 3, 3] && answer.ranks(of: "A") == [1, 1, 1] && answer.ranks(of: "Z") == [])
        #expect(answer.topNetwork == "A")
        #expect(answer.topOrganisation == "o1" && answer.topOrganisationNetworks == 2)  // o1 and o2 have 2; the first wins
        #expect(answer.brokerFindings == briefing.gaps.filter { $0.kind == .brokers }.count)
    }

    /// o1 alone ties B to the rest and o2 alone ties C: both hang on one organisation.
    @Test func gapsAndCards() {
        #expect(briefing.gaps.contains(GapFinding(kind: .brokers, subject: .network("B"), other: .organisation("o1"), score: 1,
                                                  evidence: .hangsOnOne)))
        let a = briefing.cards[0], b = briefing.cards[1]
        #expect(a.network == "A" && a.members == 2)
        #expect(a.byKind.map(\.kind) == [.municipality, .school] && a.byKind.map(\.count) == [1, 1])
        #expect(a.byRegion.map(\.region) == ["r1"] && a.byRegion.map(\.count) == [2])
        #expect(a.directions.map(\.direction) == ["leadership"] && a.ranks == [1, 1, 1])
        #expect(b.gaps.contains { $0.evidence == .hangsOnOne })
        #expect(!a.gaps.contains { $0.evidence == .hangsOnOne })
    }

    @Test func trendRunsFromTheFirstYearToTheDay() {
        #expect(briefing.trend.fromYear == 2022)
        #expect(briefing.trend.points.map { $0.day?.description } == ["2022-12-31", "2023-12-31", "2024-06-30"])
        #expect(briefing.trend.points.map(\.networksActive) == [2, 2, 3])
    }

    @Test func aBriefingRoundTripsThroughJSON() throws {
        let data = try JSONEncoder().encode(briefing)
        let back = try JSONDecoder().decode(Briefing.self, from: data)
        #expect(back.day == briefing.day && back.gaps == briefing.gaps && back.indicators == briefing.indicators)
    }
}
