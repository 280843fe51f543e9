import Testing
@testable import VerkostoGraph

@Suite struct TwoModeTests {
    @Test(arguments: Fixtures.bipartite)
    func degreeMatchesNetworkX(_ c: TwoModeCase) {
        let d = twoModeDegree(c.graph)
        #expect(close(d.left, c.expected["degree_left"]!))
        #expect(close(d.right, c.expected["degree_right"]!))
    }

    @Test(arguments: Fixtures.bipartite)
    func betweennessMatchesNetworkX(_ c: TwoModeCase) {
        let b = twoModeBetweenness(c.graph, threads: 2)
        #expect(close(b.left, c.expected["betweenness_left"]!))
        #expect(close(b.right, c.expected["betweenness_right"]!))
    }

    @Test(arguments: Fixtures.bipartite)
    func closenessMatchesNetworkX(_ c: TwoModeCase) {
        let b = twoModeCloseness(c.graph, threads: 1)
        #expect(close(b.left, c.expected["closeness_left"]!))
        #expect(close(b.right, c.expected["closeness_right"]!))
    }
}
