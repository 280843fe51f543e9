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

    @Test(arguments: Fixtures.bipartite)
    func sampleOfAllIsExact(_ c: TwoModeCase) {
        let all = c.graph.leftCount + c.graph.rightCount
        #expect(twoModeBetweenness(c.graph, sources: .sample(count: all, seed: 2)) == twoModeBetweenness(c.graph))
        #expect(twoModeCloseness(c.graph, sources: .sample(count: all, seed: 2)) == twoModeCloseness(c.graph))
    }

    /// Pivots drawn from the unified graph scale as one-mode betweenness does: the unordered-pair
    /// estimate of the unified graph, divided by the side's maximum.
    @Test func sampledBetweennessScalesAsOneMode() throws {
        let c = Fixtures.bipartite[0]
        let pivots = SourceSelection.given([0, 3, 7, 20, 25])
        let oneMode = betweenness(c.graph.unifiedGraph(), normalized: false, sources: pivots)
        let twoMode = twoModeBetweenness(c.graph, sources: pivots)
        let l = c.graph.leftCount, r = c.graph.rightCount
        for u in 0..<l {
            #expect(abs(twoMode.left[u] - oneMode[u] / maximumBetweenness(own: l, other: r)) < 1e-12)
        }
    }

    @Test func emptySideGivesZeros() {
        let b = BipartiteGraph(leftCount: 3, rightCount: 0, left: [], right: [])
        #expect(twoModeBetweenness(b) == TwoModeCentrality(left: [0, 0, 0], right: []))
        #expect(twoModeCloseness(b) == TwoModeCentrality(left: [0, 0, 0], right: []))
    }
}
