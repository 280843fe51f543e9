import Testing
@testable import VerkostoGraph

@Suite struct ArticulationPointsTests {
    @Test(arguments: StructureFixtures.structure)
    func matchesNetworkX(_ c: FixtureCase) {
        let cuts = cutStructure(c.graph)
        #expect(cuts.articulationPoints.map(Int.init) == c.ints("articulation_points"))
        let expected = (c.values["bridges"] as! [[Int]]).map { VertexPair(Int32($0[0]), Int32($0[1])) }
        #expect(cuts.bridges == expected)
    }

    @Test func longPathNeedsNoRecursion() {
        // A path of 200,000 vertices: every inner vertex is a cut vertex and every edge a bridge.
        let n = 200_000
        var b = GraphBuilder(vertexCount: n)
        for v in 1..<n { b.addEdge(Int32(v - 1), Int32(v)) }
        let cuts = cutStructure(b.build())
        #expect(cuts.articulationPoints.count == n - 2)
        #expect(cuts.articulationPoints.first == 1 && cuts.articulationPoints.last == Int32(n - 2))
        #expect(cuts.bridges.count == n - 1)
    }

    @Test func parallelEdgeIsNotABridge() {
        // 0=1 doubled (kept as a multigraph), 1–2 single: only 1–2 is a bridge; 1 is a cut vertex.
        var b = GraphBuilder(vertexCount: 3)
        b.addEdge(0, 1); b.addEdge(0, 1); b.addEdge(1, 2)
        let cuts = cutStructure(b.build(.init(parallelEdges: .keep)))
        #expect(cuts.bridges == [VertexPair(1, 2)])
        #expect(cuts.articulationPoints == [1])
    }
}
