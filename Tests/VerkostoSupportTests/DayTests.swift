import Foundation
import Testing
import VerkostoSupport

/// Calendar days. Expected ordinals from Python: `(date(y, m, d) - date(1970, 1, 1)).days`.
@Suite struct DayTests {
    @Test func parsesIsoDates() {
        #expect(Day(iso: "2024-02-29") == Day(year: 2024, month: 2, day: 29))
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2023-2-1") == nil)
        #expect(Day(iso: "2023-13-01") == nil)
        #expect(Day(iso: "2023-01-0a") == nil)
        #expect(Day(iso: "0000-01-01") == nil)
        #expect(Day(year: 1900, month: 2, day: 29) == nil)  // not a leap year
        #expect(Day(year: 2000, month: 2, day: 29) != nil)  // a leap year
    }

    @Test func yearMeansLastDayOfYear() {
        #expect(Day(snapshot: "2024") == Day(year: 2024, month: 12, day: 31))
        #expect(Day(snapshot: " 2024-06-01 ") == Day(year: 2024, month: 6, day: 1))
        #expect(Day(snapshot: "24") == nil)
    }

    @Test(arguments: [("1970-01-01", 0), ("2000-03-01", 11017), ("2024-12-31", 20088), ("1969-12-31", -1),
                      ("0001-01-01", -719162), ("9999-12-31", 2932896), ("1899-12-31", -25568)])
    func ordinalsMatchPython(text: String, ordinal: Int) {
        let day = Day(iso: text)!
        #expect(day.ordinal == ordinal)
        #expect(Day(ordinal: ordinal) == day)
        #expect(Day(checkedOrdinal: ordinal) == day)
    }

    @Test func checkedOrdinalsStayInTheYearsOneToNineThousandNineHundredNinetyNine() {
        #expect(Day(checkedOrdinal: -719163) == nil)
        #expect(Day(checkedOrdinal: 2932897) == nil)
        #expect(Day.first == Day(year: 1, month: 1, day: 1))
        #expect(Day.last == Day(year: 9999, month: 12, day: 31))
    }

    @Test func arithmeticAndOrder() {
        let day = Day(year: 2024, month: 2, day: 29)!
        #expect(day.adding(days: 1) == Day(year: 2024, month: 3, day: 1))
        #expect(day.adding(days: -60) == Day(year: 2023, month: 12, day: 31))
        #expect(day.adding(years: 1) == Day(year: 2025, month: 2, day: 28))  // clamped
        #expect(day.adding(years: -4) == Day(year: 2020, month: 2, day: 29))
        #expect(Day(year: 2023, month: 12, day: 31)! < day)
        #expect(!(day < day))
    }

    @Test func textForms() throws {
        let day = Day(year: 812, month: 3, day: 4)!
        #expect(day.description == "0812-03-04")
        #expect(day.text(Localisation(.fi)) == "4.3.812")
        #expect(day.text(Localisation(.en)) == "0812-03-04")
        let json = try JSONEncoder().encode([day])
        #expect(String(decoding: json, as: UTF8.self) == "[\"0812-03-04\"]")
        #expect(try JSONDecoder().decode([Day].self, from: json) == [day])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Day].self, from: Data("[\"2023-02-30\"]".utf8)) }
    }

    @Test func asciiDecimals() {
        #expect(ASCIIDecimal.value(Array("0042".utf8)) == 42)
        #expect(ASCIIDecimal.value(Array("".utf8)) == nil)
        #expect(ASCIIDecimal.value(Array("4-2".utf8)) == nil)
    }
}
