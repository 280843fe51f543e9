import Foundation
import Testing
import VerkostoModel
@testable import VerkostoAnalysis

@Suite struct GapFindingTests {
    @Test func subjectKeysAreTheGapsCommandsSubjectColumn() {
        let subjects: [(GapSubject, String)] = [
            (.network("n-1"), "n-1"), (.organisation("o-2"), "o-2"), (.municipality("091"), "091"), (.region("01"), "region:01"),
            (.municipalityType(.semiUrban), "type:semi-urban"), (.languageGroup("bilingual"), "language:bilingual"),
            (.direction("leadership"), "leadership"), (.sector("ecec"), "ecec"), (.allSectors, "all"),
            (.municipalityTypes, "equality"), (.allCommunities, "all"), (.community(0), "community-0"),
        ]
        for (subject, key) in subjects { #expect(subject.key == key) }
    }

    @Test func theNetworksAFindingNames() {
        let gap = GapFinding(kind: .direction, subject: .network("A"), other: .network("B"), score: 1,
                             evidence: .directionGap(directions: ["d"], weight: 1, bridges: ["o"]))
        #expect(gap.networks == ["A", "B"])
        let overload = GapFinding(kind: .overload, subject: .organisation("o"), score: 2, evidence: .overload(networks: ["C", "D"]))
        #expect(overload.networks == ["C", "D"])
        let hanging = GapFinding(kind: .brokers, subject: .network("E"), other: .organisation("o"), score: 1, evidence: .hangsOnOne)
        #expect(hanging.networks == ["E"])
    }

    /// A finding round-trips through JSON unchanged (for the platform's API).
    @Test func findingsAreCodable() throws {
        let findings = [
            GapFinding(kind: .coverage, subject: .municipalityType(.rural), score: 0.5,
                       evidence: .coverage(direction: "leadership", reached: 1, municipalities: 2)),
            GapFinding(kind: .communities, subject: .community(1), score: 2,
                       evidence: .community(networks: ["A", "B"], sectors: [SectorCount(sector: "s", count: 2)])),
        ]
        let data = try JSONEncoder().encode(findings)
        #expect(try JSONDecoder().decode([GapFinding].self, from: data) == findings)
    }
}
