import Testing
import VerkostoModel
@testable import VerkostoAnalysis

@Suite struct TrendTests {
    @Test func trendDaysAreYearAndQuarterEnds() {
        #expect(trendDays(fromYear: 2022, toYear: 2024, every: .year).map(\.description)
                == ["2022-12-31", "2023-12-31", "2024-12-31"])
        #expect(trendDays(fromYear: 2024, toYear: 2024, every: .quarter).map(\.description)
                == ["2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"])
        #expect(trendDays(fromYear: 2025, toYear: 2024, every: .year).isEmpty)
    }
}
