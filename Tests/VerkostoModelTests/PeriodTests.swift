import Testing
import VerkostoModel
import VerkostoSupport

/// The rule for boundaries: a record is active on day d when since ≤ d ≤ until.
@Suite struct PeriodTests {
    let period = Period(since: Day(iso: "2023-01-01"), until: Day(iso: "2024-06-30"))

    @Test func boundariesAreInclusive() {
        #expect(period.contains(Day(iso: "2024-06-30")!))
        #expect(period.contains(Day(iso: "2023-01-01")!))
        #expect(!period.contains(Day(iso: "2024-07-01")!))
        #expect(!period.contains(Day(iso: "2022-12-31")!))
        #expect(Period(since: nil, until: nil).contains(Day(iso: "1999-01-01")!))
        #expect(Period(since: Day(iso: "2023-01-01"), until: nil).contains(Day(iso: "9999-12-31")!))
    }

    @Test func overlapsAClosedInterval() {
        let d = { (text: String) in Day(iso: text)! }
        #expect(period.overlaps(from: d("2024-06-30"), to: d("2025-01-01")))  // touches the last day
        #expect(period.overlaps(from: d("2022-01-01"), to: d("2023-01-01")))  // touches the first day
        #expect(!period.overlaps(from: d("2024-07-01"), to: d("2025-01-01")))
        #expect(!period.overlaps(from: d("2021-01-01"), to: d("2022-12-31")))
        #expect(period.overlaps(from: d("2020-01-01"), to: d("2030-01-01")))  // contains it
    }
}
