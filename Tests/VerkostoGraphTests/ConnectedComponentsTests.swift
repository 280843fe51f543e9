import Testing
@testable import VerkostoGraph

@Suite struct ConnectedComponentsTests {
    @Test(arguments: StructureFixtures.structure)
    func matchesNetworkX(_ c: FixtureCase) {
        let ours = connectedComponents(c.graph)
        // NetworkX numbers components by its own order; compare canonical relabellings.
        #expect(canonicalLabels(ours.labels) == canonicalLabels(c.labels("components")))
        // Our sizes are indexed by our labels (numbered by smallest vertex).
        var sizes = [Int](repeating: 0, count: ours.count)
        for l in ours.labels { sizes[Int(l)] += 1 }
        #expect(ours.sizes == sizes)
        #expect(ours.sizes.sorted() == Dictionary(grouping: c.labels("components"), by: { $0 }).values.map(\.count).sorted())
    }

    @Test func directedGraphGivesWeakComponents() {
        // 0→1←2 is one weak component; 3→4 another; 5 alone.
        var b = GraphBuilder(vertexCount: 6, directed: true)
        b.addEdge(0, 1); b.addEdge(2, 1); b.addEdge(3, 4)
        let c = connectedComponents(b.build())
        #expect(c.labels == [0, 0, 0, 1, 1, 2])
        #expect(c.sizes == [3, 2, 1])
        #expect(c.largest == 0)
    }
}
