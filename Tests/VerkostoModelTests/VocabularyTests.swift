import Testing
import VerkostoModel
import VerkostoSupport

/// Every value of the data's vocabularies has a name in every language's glossary, and no two
/// values share a name (the glossaries are keyed by the values' text in the data format).
@Suite struct VocabularyTests {
    @Test(arguments: Language.allCases)
    func everyOrganisationKindHasItsOwnName(_ language: Language) {
        let words = Localisation(language).words
        let names = OrganisationKind.allCases.map { words.organisationKind($0.rawValue) }
        #expect(zip(names, OrganisationKind.allCases).allSatisfy { $0 != $1.rawValue })
        #expect(Set(names).count == names.count)
    }

    @Test(arguments: Language.allCases)
    func everyMunicipalityTypeHasALabelAndAGroupName(_ language: Language) {
        let words = Localisation(language).words
        for type in MunicipalityType.allCases {
            #expect(words.municipalityTypeLabel(type.rawValue) != type.rawValue)
            #expect(words.municipalityTypeGroup(type.rawValue) != type.rawValue)
        }
        #expect(Set(MunicipalityType.allCases.map { words.municipalityTypeGroup($0.rawValue) }).count == 3)
    }

    @Test func localizedTextFallsBackToFinnish() {
        let name = LocalizedText(fi: "Verkosto", sv: "", en: "Network")
        #expect(name.text(.fi) == "Verkosto")
        #expect(name.text(.sv) == "Verkosto")
        #expect(name.text(.en) == "Network")
    }

    @Test func languageStatusGroups() {
        #expect(LanguageStatus.sv.includesSwedish && LanguageStatus.finnishSwedish.includesSwedish)
        #expect(!LanguageStatus.fi.includesSwedish && !LanguageStatus.en.includesSwedish)
        #expect(LanguageStatus.swedishFinnish.isBilingual && !LanguageStatus.sv.isBilingual)
    }
}
