import Testing
@testable import VerkostoGraph

@Suite struct AssortativityTests {
    @Test(arguments: StructureFixtures.assortativity)
    func matchesNetworkX(_ c: FixtureCase) {
        let r = attributeAssortativity(c.graph, categories: c.labels("attribute"))
        #expect(abs(r - c.number("assortativity")) < 1e-12)
    }

    @Test func perfectMixingByHand() {
        // Edges 0–1 and 2–3. Categories 0,0,1,1: e_00 = e_11 = ½, a = b = (½, ½):
        // r = (1 − ½)/(1 − ½) = 1. Categories 0,1,0,1: e_01 = e_10 = ½: r = (0 − ½)/(1 − ½) = −1.
        var b = GraphBuilder(vertexCount: 4)
        b.addEdge(0, 1); b.addEdge(2, 3)
        let g = b.build()
        #expect(attributeAssortativity(g, categories: [0, 0, 1, 1]) == 1)
        #expect(attributeAssortativity(g, categories: [0, 1, 0, 1]) == -1)
        #expect(attributeAssortativity(GraphBuilder(vertexCount: 2).build(), categories: [0, 1]).isNaN)
    }
}
