import Testing
import VerkostoModel
import VerkostoSupport
@testable import VerkostoAnalysis

/// `stats` on BriefingTests' Atlas, counted by hand: on 2024-06-30 the path B – A – C.
@Suite struct StatisticsTests {
    @Test func countsAndTheShapeOfTheNetworkGraph() {
        let statistics = Statistics(BriefingTests.atlas, day: Day(iso: "2024-06-30")!)
        #expect(statistics.rows.map(\.table) == ["sectors", "directions", "regions", "municipalities", "networks", "organisations",
                                                 "memberships", "network_directions", "collaborations"])
        #expect(statistics.rows.map(\.rows) == [2, 1, 1, 2, 3, 3, 5, 2, 0])
        #expect(statistics.activeNetworks == 3 && statistics.activeMemberships == 5 && statistics.activeCollaborations == 0)
        #expect(statistics.participatingOrganisations == 3 && statistics.municipalitiesReached == 2 && statistics.regionsReached == 1)
        #expect(statistics.ties == 2 && statistics.components == 1 && statistics.largestComponent == 3 && statistics.isolatedNetworks == 0)
        #expect(statistics.density == 4.0 / 6.0)  // 2 ties of 3 · 2 / 2 = 3 possible
        #expect(statistics.crossSectorShare == 0.5)
    }

    /// A year earlier only A and B are active, tied by o1: one tie of one possible, across.
    @Test func anEarlierDay() {
        let statistics = Statistics(BriefingTests.atlas, day: Day(iso: "2023-06-30")!)
        #expect(statistics.activeNetworks == 2 && statistics.ties == 1 && statistics.density == 1 && statistics.crossSectorShare == 1)
        #expect(statistics.rows.map(\.rows) == [2, 1, 1, 2, 3, 3, 5, 2, 0])  // the whole Atlas, not the day
    }

    @Test func anEmptyDayHasNoDensityAndNoShare() {
        let statistics = Statistics(BriefingTests.atlas, day: Day(iso: "2021-01-01")!)
        #expect(statistics.activeNetworks == 0 && statistics.density == nil && statistics.crossSectorShare == nil)
        #expect(statistics.largestComponent == 0)
    }
}
