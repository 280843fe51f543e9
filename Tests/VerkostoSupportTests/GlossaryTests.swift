import Testing
import VerkostoSupport

/// The glossaries fill their templates the same way in every language; the expected sentences
/// are the templates of the three glossary files written out by hand.
@Suite struct GlossaryTests {
    let fi = Localisation(.fi).words, sv = Localisation(.sv).words, en = Localisation(.en).words

    @Test func sentencesPutTheirFiguresInPlace() {
        #expect(fi.overloaded("Oulu", networks: 7) == "Oulu on mukana 7 verkostossa yhtä aikaa, mikä voi kuormittaa sitä.")
        #expect(sv.overloaded("Oulu", networks: 7) == "Oulu deltar i 7 nätverk samtidigt, vilket kan vara en belastning.")
        #expect(en.overloaded("Oulu", networks: 7) == "Oulu takes part in 7 networks at once, which may be a burden.")
        #expect(en.tieCounts(gained: 2, lost: 1) == "gained 2, lost 1")
        #expect(fi.snapshot("1.11.2026") == "Tilanne 1.11.2026")
    }

    @Test func optionalPartsOfSentences() {
        #expect(en.answerDirections(count: 0, example: nil)
                    == "0 pairs of networks share a development direction but have no shared members and no joint work.")
        #expect(en.answerDirections(count: 1, example: "X.").hasSuffix(" The largest gap: X."))
        #expect(fi.gapCount(3, of: 3) == "3 suunta-aukkoa")
        #expect(fi.gapCount(2, of: 5) == "2 suurinta 5 suunta-aukosta")
    }

    @Test func vocabularyKeysUnknownToTheGlossaryComeBackAsTheyAre() {
        #expect(en.organisationKind("guild") == "guild")
        #expect(sv.municipalityTypeGroup("metropolis") == "metropolis")
        #expect(fi.indicator("ei_index") == nil && fi.indicator("ties") == "Verkostojen väliset yhteydet")
    }

    @Test func theThreeLanguagesDiffer() {
        for words in [sv, en] {
            #expect(words.legend != fi.legend && words.overviewTitle != fi.overviewTitle && words.and != fi.and)
        }
    }
}
