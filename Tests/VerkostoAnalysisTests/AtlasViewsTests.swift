import Testing
import VerkostoGraph
import VerkostoModel
@testable import VerkostoAnalysis

@Suite struct AtlasViewsTests {
    /// Networks A, B, C, D. Members: o1 in A, B; o2 in A, B, C; o3 in C; o4 in nothing shared.
    /// Collaboration B–D. By hand: A–B share {o1, o2}; A–C share {o2}; B–C share {o2}; B–D collaborate.
    let atlas = TinyAtlas.make(
        networks: [("A", "s1"), ("B", "s1"), ("C", "s2"), ("D", "s2")],
        memberships: [("o1", "A"), ("o1", "B"), ("o2", "A"), ("o2", "B"), ("o2", "C"), ("o3", "C"), ("o4", "D")],
        collaborations: [("B", "D")])

    @Test func twoModeGraphHasParticipatingOrganisationsAndAllNetworks() {
        let twoMode = atlas.twoModeGraph()
        #expect(twoMode.organisationIds == ["o1", "o2", "o3", "o4"])
        #expect(twoMode.networkIds == ["A", "B", "C", "D"])
        #expect(twoMode.graph.edgeCount == 7)
    }

    @Test func networkGraphCombinesMembersAndCollaborations() {
        let view = NetworkGraphView(atlas: atlas, ties: .both, weighting: .count)
        let ties = view.ties.map { (view.atlas.networks[$0.a].id, view.atlas.networks[$0.b].id, $0.sharedMembers, $0.collaborations, $0.weight) }
        #expect(ties.count == 4)
        #expect(ties[0] == ("A", "B", 2, 0, 2.0))
        #expect(ties[1] == ("A", "C", 1, 0, 1.0))
        #expect(ties[2] == ("B", "C", 1, 0, 1.0))
        #expect(ties[3] == ("B", "D", 0, 1, 1.0))
        #expect(view.labelled.graph.edgeCount == 4)
        #expect(view.tie(1, 0)?.sharedMembers == 2)
        #expect(view.tie(0, 3) == nil)
    }

    @Test func membersOnlyAndCollaborationsOnly() {
        #expect(NetworkGraphView(atlas: atlas, ties: .members).ties.count == 3)
        #expect(NetworkGraphView(atlas: atlas, ties: .collaborations).ties.count == 1)
    }

    /// Jaccard by hand: A = {o1, o2}, B = {o1, o2}: 2/2 = 1; A–C: {o2} / {o1, o2, o3} = 1/3.
    @Test func jaccardWeightsAndCollaborationsMakeFullTies() {
        let view = NetworkGraphView(atlas: atlas, ties: .both, weighting: .jaccard)
        #expect(view.tie(0, 1)?.weight == 1)
        #expect(abs(view.tie(0, 2)!.weight - 1.0 / 3.0) < 1e-12)
        #expect(view.tie(1, 3)?.weight == 1)
    }

    @Test func snapshotsDropEndedMemberships() {
        var memberships = atlas.memberships
        memberships[0].period = TinyAtlas.period("2022-01-01", "2024-12-31")
        let snapshot = Atlas(sectors: atlas.sectors, regions: atlas.regions, municipalities: atlas.municipalities,
                             networks: atlas.networks, organisations: atlas.organisations,
                             memberships: memberships, collaborations: atlas.collaborations).at(TinyAtlas.day)
        let view = NetworkGraphView(atlas: snapshot, ties: .members)
        #expect(view.tie(0, 1)?.sharedMembers == 1)
    }

    @Test func organisationGraphProjectsOntoOrganisations() throws {
        let graph = try atlas.organisationGraph()
        // o1–o2 share A and B (2); o2–o3 share C (1); o4 shares nothing.
        #expect(graph.graph.edgeCount == 2)
        #expect(graph.graph.vertexCount == 4)
    }
}
