import Testing
@testable import VerkostoGraph

@Suite struct ConstraintTests {
    @Test(arguments: StructureFixtures.holes)
    func matchesNetworkX(_ c: FixtureCase) {
        let ours = constraint(c.graph)
        #expect(closeOrNaN(ours, c.doubles("constraint")), "\(ours)")
    }

    @Test func starHasFullConstraintAtLeaves() {
        // Star 0–{1,2,3}: each leaf has one tie, p = 1, so c = 1; the centre has
        // three ties of p = 1/3 and no indirect paths: c = 3 · (1/3)² = 1/3.
        var b = GraphBuilder(vertexCount: 4)
        for leaf in 1...3 { b.addEdge(0, Int32(leaf)) }
        let c = constraint(b.build())
        #expect(abs(c[0] - 1.0 / 3) < 1e-15)
        #expect(c[1...] == [1, 1, 1])
    }

    @Test func isolatedVertexHasNoValue() {
        var b = GraphBuilder(vertexCount: 3)
        b.addEdge(0, 1)
        let c = constraint(b.build())
        #expect(c[2].isNaN && c[0] == 1)
    }
}
