import Testing
import VerkostoSupport

/// Numbers, shares, days and lists in each language; expected text written out by hand.
@Suite struct LocalisationTests {
    let fi = Localisation(.fi), sv = Localisation(.sv), en = Localisation(.en)

    @Test func percentRoundsHalfAwayAndSpacesByLanguage() {
        #expect(fi.percent(0.456) == "46 %")
        #expect(sv.percent(0.455) == "46 %")
        #expect(en.percent(0.456) == "46%")
        #expect(fi.percent(0) == "0 %")
        #expect(fi.percent(1) == "100 %")
        #expect(en.percent(.nan) == "0%")
        #expect(fi.percent(-0.126) == "-13 %")
    }

    @Test func decimalHasFixedPlacesAndTheLanguagesSeparator() {
        #expect(fi.decimal(0.5) == "0,50")
        #expect(en.decimal(0.5) == "0.50")
        #expect(sv.decimal(-0.126) == "-0,13")
        // 0.125 is exact in binary: ties go to even, as printf does.
        #expect(fi.decimal(0.125) == "0,12")
        #expect(fi.decimal(0.375) == "0,38")
        #expect(fi.decimal(-0.001) == "0,00")
        #expect(en.decimal(2, places: 0) == "2")
        #expect(en.decimal(3.14159, places: 3) == "3.142")
        #expect(fi.decimal(.nan) == "–")
    }

    @Test func numberDropsTrailingZeros() {
        #expect(fi.number(0.5) == "0,5")
        #expect(en.number(0.5) == "0.5")
        #expect(fi.number(2) == "2")
        #expect(fi.number(0.02) == "0,02")
        #expect(en.number(1234.567) == "1234.57")
        #expect(en.number(.infinity) == "0")
    }

    @Test func datesAsEachLanguageWritesThem() {
        #expect(fi.date(year: 2026, month: 11, day: 1) == "1.11.2026")
        #expect(sv.date(year: 2026, month: 1, day: 31) == "31.1.2026")
        #expect(en.date(year: 2026, month: 11, day: 1) == "2026-11-01")
        #expect(ISODate.text(year: 812, month: 3, day: 4) == "0812-03-04")
    }

    @Test func signedPoints() {
        #expect(fi.signed(6) == "+6")
        #expect(fi.signed(-3) == "−3")
        #expect(fi.signed(0) == "±0")
    }

    @Test func listsJoinTheLastItemWithTheLanguagesAnd() {
        #expect(fi.list([]) == "")
        #expect(fi.list(["A"]) == "A")
        #expect(fi.list(["A", "B"]) == "A ja B")
        #expect(sv.list(["A", "B", "C"]) == "A, B och C")
        #expect(en.list(["A", "B", "C"]) == "A, B and C")
    }

    @Test func eachLanguageHasItsOwnGlossary() {
        #expect(fi.words.legend == "Selite")
        #expect(sv.words.legend == "Teckenförklaring")
        #expect(en.words.legend == "Legend")
        #expect(Language.allCases.map { Localisation($0).words.overviewTitle }.count == 3)
    }
}
