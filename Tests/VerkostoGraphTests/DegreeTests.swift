import Testing
@testable import VerkostoGraph

@Suite struct DegreeTests {
    @Test(arguments: Fixtures.graphs)
    func matchesNetworkX(_ c: OneModeCase) {
        if c.graph.vertexCount > 1 {
            #expect(close(degreeCentrality(c.graph), c.expected["degree"]!))
        } else {
            #expect(degreeCentrality(c.graph) == [0])
        }
        #expect(close(strength(c.graph), c.expected["strength"]!))
    }
}
