import Testing
@testable import VerkostoGraph

@Suite struct CoreNumberTests {
    @Test(arguments: StructureFixtures.structure)
    func matchesNetworkX(_ c: FixtureCase) {
        #expect(coreNumbers(c.graph) == c.ints("core_number"))
    }

    @Test func cliqueWithTail() {
        // K4 on 0..3 has core 3; the tail 3–4–5 has core 1; vertex 6 is isolated (core 0).
        var b = GraphBuilder(vertexCount: 7)
        for u in 0..<4 { for v in (u + 1)..<4 { b.addEdge(Int32(u), Int32(v)) } }
        b.addEdge(3, 4); b.addEdge(4, 5)
        #expect(coreNumbers(b.build()) == [3, 3, 3, 3, 1, 1, 0])
    }
}
