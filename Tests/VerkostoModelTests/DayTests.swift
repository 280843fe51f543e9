import Testing
@testable import VerkostoModel

@Suite struct DayTests {
    @Test func parsesIsoDates() {
        #expect(Day(iso: "2024-02-29") == Day(year: 2024, month: 2, day: 29))
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2023-2-1") == nil)
        #expect(Day(iso: "2023-13-01") == nil)
    }

    @Test func yearMeansLastDayOfYear() {
        #expect(Day(snapshot: "2024") == Day(year: 2024, month: 12, day: 31))
        #expect(Day(snapshot: "2024-06-01") == Day(year: 2024, month: 6, day: 1))
    }

    /// Ordinals checked against Python: `(date(y,m,d) - date(1970,1,1)).days`.
    @Test(arguments: [("1970-01-01", 0), ("2000-03-01", 11017), ("2024-12-31", 20088), ("1969-12-31", -1)])
    func ordinalsMatchPython(text: String, ordinal: Int) {
        let day = Day(iso: text)!
        #expect(day.ordinal == ordinal)
        #expect(Day(ordinal: ordinal) == day)
    }

    @Test func periodBoundariesAreInclusive() {
        let period = Period(since: Day(iso: "2023-01-01"), until: Day(iso: "2024-06-30"))
        #expect(period.contains(Day(iso: "2024-06-30")!))
        #expect(period.contains(Day(iso: "2023-01-01")!))
        #expect(!period.contains(Day(iso: "2024-07-01")!))
        #expect(!period.contains(Day(iso: "2022-12-31")!))
        #expect(Period(since: nil, until: nil).contains(Day(iso: "1999-01-01")!))
    }
}
