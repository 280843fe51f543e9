import Testing
import VerkostoGraph
import VerkostoModel
@testable import VerkostoAnalysis

@Suite struct CentralityTests {
    /// Path A(a) – B(b) – C(c): by hand, B brokers A→C and C→A (ties read as two arcs), each a
    /// liaison (three different sectors): brokerage 2 for B, 0 for the ends.
    @Test func brokerageUsesSectorsAsGroups() throws {
        let atlas = TinyAtlas.make(networks: [("A", "a"), ("B", "b"), ("C", "c")],
                                   memberships: [("x", "A"), ("x", "B"), ("y", "B"), ("y", "C")])
        let table = try centralityTable(NetworkGraphView(atlas: atlas).labelled, measures: [.brokerage], weighted: false)
        #expect(table.values[0] == [0, 2, 0])
        #expect(table.roles?.liaison == [0, 2, 0])
        #expect(table.roles?.coordinator == [0, 0, 0])
    }

    @Test func edgeListsHaveNoGroups() {
        let graph = LabelledGraph.fromEdges([("a", "b", nil), ("b", "c", nil)])
        #expect(throws: GroupsRequiredError.self) { try centralityTable(graph, measures: [.brokerage], weighted: false) }
    }
}
