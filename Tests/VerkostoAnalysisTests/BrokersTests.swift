import Testing
import VerkostoModel
@testable import VerkostoAnalysis

/// Single points of failure on the path B – A – C, tied by o1 (A, B) and o2 (A, C; o3 is in C
/// only): without o1, B is cut off; without o2, C is. Every tie of B runs through o1, every tie
/// of C through o2.
@Suite struct BrokersTests {
    let atlas = TinyAtlas.make(networks: [("A", "s1"), ("B", "s2"), ("C", "s1")],
                               memberships: [("o1", "A"), ("o1", "B"), ("o2", "A"), ("o2", "C"), ("o3", "C")])

    @Test func cutOrganisationsAndHangingNetworks() {
        let analysis = brokerAnalysis(NetworkGraphView(atlas: atlas))
        let cut = analysis.cutOrganisations.map { "\(atlas.organisations[$0.organisation].id):\($0.cutOffNetworks.map { atlas.networks[$0].id })" }
        #expect(cut == ["o1:[\"B\"]", "o2:[\"C\"]"])
        let hanging = analysis.hangingNetworks.map { "\(atlas.networks[$0.network].id)-\(atlas.organisations[$0.organisation].id)" }
        #expect(Set(hanging) == ["B-o1", "C-o2"])
    }

    /// A triangle of networks tied through three different organisations has no single point
    /// of failure.
    @Test func aTriangleHasNone() {
        let triangle = TinyAtlas.make(networks: [("A", "s"), ("B", "s"), ("C", "s")],
                                      memberships: [("x", "A"), ("x", "B"), ("y", "B"), ("y", "C"), ("z", "C"), ("z", "A")])
        let analysis = brokerAnalysis(NetworkGraphView(atlas: triangle))
        #expect(analysis.cutOrganisations.isEmpty && analysis.hangingNetworks.isEmpty)
    }
}
