import Testing
import VerkostoModel
import VerkostoSupport
@testable import VerkostoAnalysis

@Suite struct ParticipationTests {
    @Test func isolatedNetworksHaveNoTieOfAnyKind() {
        let atlas = TinyAtlas.make(networks: [("A", "s"), ("B", "s"), ("C", "s"), ("D", "s")],
                                   memberships: [("o1", "A"), ("o1", "B"), ("o2", "C")],
                                   collaborations: [("B", "D")])
        #expect(isolatedNetworks(NetworkGraphView(atlas: atlas)).map { atlas.networks[$0].id } == ["C"])
    }

    @Test func overloadCountsDistinctNetworksAboveTheThreshold() {
        let networks = (1...7).map { ("N\($0)", "s") }
        let memberships = (1...7).map { ("busy", "N\($0)") } + (1...5).map { ("calm", "N\($0)") }
        let atlas = TinyAtlas.make(networks: networks, memberships: memberships)
        let overloaded = overloadedOrganisations(atlas)
        #expect(overloaded.map { atlas.organisations[$0.organisation].id } == ["busy"])
        #expect(overloaded[0].networks.count == 7)
        #expect(overloadedOrganisations(atlas, threshold: 4).count == 2)
    }
}
