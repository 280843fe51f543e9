import Foundation
import Testing
import VerkostoModel
import VerkostoSupport
@testable import VerkostoAnalysis

/// Findings put into words and rows. The expected sentences are the glossaries' templates filled
/// in by hand with the names of TinyAtlas (networks "Verkosto A", directions "suunta d1",
/// organisations "Org o1"; Swedish and English names fall back to the Finnish ones).
@Suite struct GapTextTests {
    let atlas = TinyAtlas.make(
        networks: [("A", "s1"), ("B", "s2"), ("C", "s1")],
        memberships: [("o1", "A"), ("o1", "C"), ("o2", "B"), ("o3", "A")],
        collaborations: [("C", "B")],
        directions: [("A", "d1", 1), ("B", "d1", 1), ("A", "d2", 2), ("B", "d2", 3), ("C", "d1", 2), ("C", "d3", 1)])
    let gap = GapFinding(kind: .direction, subject: .network("A"), other: .network("B"), score: 4,
                         evidence: .directionGap(directions: ["d1", "d2"], weight: 4, bridges: ["o1"]))

    @Test func aDirectionGapInEachLanguage() {
        #expect(gap.explanation(Localisation(.fi), atlas: atlas)
                    == "Verkostot Verkosto A ja Verkosto B työskentelevät molemmat suunnalla suunta d1 ja suunta d2, mutta niillä "
                    + "ei ole yhteisiä jäseniä eikä yhteistä toimintaa; yhdistäjänä voisi toimia Org o1.")
        #expect(gap.explanation(Localisation(.sv), atlas: atlas)
                    == "Nätverken Verkosto A och Verkosto B arbetar båda med suunta d1 och suunta d2, men de har inga gemensamma "
                    + "medlemmar och ingen gemensam verksamhet; Org o1 kunde bygga en bro mellan dem.")
        #expect(gap.explanation(Localisation(.en), atlas: atlas)
                    == "Networks Verkosto A and Verkosto B both work on suunta d1 and suunta d2, but they have no shared members "
                    + "and no joint activities; Org o1 could bridge them.")
    }

    @Test func aGapWithoutBridgesEndsWithAFullStop() {
        let bare = GapFinding(kind: .direction, subject: .network("A"), other: .network("B"), score: 3,
                              evidence: .directionGap(directions: ["d1"], weight: 3, bridges: []))
        #expect(bare.explanation(Localisation(.en), atlas: atlas).hasSuffix("on suunta d1, but they have no shared members and no joint activities."))
    }

    @Test func aRowHoldsIdsNamesTheScoreAndTheEvidenceInShort() {
        let row = gap.row(Localisation(.en), atlas: atlas)
        #expect(row.kind == "direction" && row.subject == "A" && row.subjectName == "Verkosto A")
        #expect(row.other == "B" && row.otherName == "Verkosto B" && row.score == 4 && row.detail == "d1 d2")
        #expect(row.explanation == gap.explanation(Localisation(.en), atlas: atlas))
    }

    @Test func brokerFiguresUseTheLanguagesDecimals() {
        let broker = GapFinding(kind: .brokers, subject: .organisation("o1"), score: 0.25,
                                evidence: .broker(betweenness: 0.25, constraint: .nan))
        #expect(broker.explanation(Localisation(.fi), atlas: atlas)
                    == "Org o1 välittää tietoa muuten erillisten verkostojen välillä (välityskeskeisyys 0,25, rajoite –).")
        #expect(broker.row(Localisation(.fi), atlas: atlas).detail == "betweenness 0.25, constraint nan")
    }

    @Test func aSectorVerdictFollowsItsPValues() {
        let silo = GapFinding(kind: .sector, subject: .sector("s1"), score: -0.5,
                              evidence: .sectorEI(index: -0.5, pInward: 0.01, pOutward: 0.99, networks: 2))
        #expect(silo.explanation(Localisation(.en), atlas: atlas)
                    == "The E-I index of sektori s1 is -0.50: the sector is a silo: its networks mostly keep to themselves (p = 0.01).")
        let chance = GapFinding(kind: .sector, subject: .sector("s1"), score: 0.1,
                                evidence: .sectorEI(index: 0.1, pInward: 0.4, pOutward: 0.6, networks: 2))
        #expect(chance.explanation(Localisation(.en), atlas: atlas).hasSuffix("that is not different from chance."))
    }

    /// Every kind's findings on a varied Atlas have a sentence in every language, and every kind
    /// but coverage has something to say when it finds nothing.
    @Test func everyKindExplainsItselfInEachLanguage() {
        var settings = GapSettings()
        settings.permutations = 50
        let atlas = SectorSilosTests.atlas
        let findings = findGaps(atlas, kinds: GapKind.allCases, settings: settings)
        for language in Language.allCases {
            let text = Localisation(language)
            #expect(findings.allSatisfy { !$0.explanation(text, atlas: atlas).isEmpty })
            for kind in GapKind.allCases where kind != .coverage {
                #expect(kind.nothingFoundRow(text, settings: settings)?.subject == "")
            }
        }
        #expect(GapKind.overload.nothingFound(Localisation(.en), settings: settings) == "No organisation takes part in more than 5 networks.")
        #expect(GapKind.coverage.nothingFoundRow(Localisation(.en), settings: settings) == nil)
    }

    /// A row encodes as a row of `verkosto gaps --format json`: snake_case keys, `null` score.
    @Test func rowsEncodeAsTheCommandsJSON() throws {
        let row = GapKind.isolated.nothingFoundRow(Localisation(.en), settings: GapSettings())!
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(row), as: UTF8.self)
                    == #"{"detail":"","explanation":"No isolated networks: every network shares members or works with at least one other.","#
                    + #""kind":"isolated","other":"","other_name":"","score":null,"subject":"","subject_name":""}"#)
    }
}
