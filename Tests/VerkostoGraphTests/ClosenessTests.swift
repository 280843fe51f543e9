import Testing
import VerkostoSupport
@testable import VerkostoGraph

@Suite struct ClosenessTests {
    @Test(arguments: Fixtures.graphs)
    func closenessMatchesNetworkX(_ c: OneModeCase) {
        #expect(close(closeness(c.graph, weighted: c.graph.isWeighted, threads: 1), c.expected["closeness"]!))
    }

    @Test(arguments: Fixtures.graphs)
    func harmonicMatchesNetworkX(_ c: OneModeCase) {
        #expect(close(harmonic(c.graph, weighted: c.graph.isWeighted, threads: 1), c.expected["harmonic"]!))
    }

    @Test(arguments: Fixtures.graphs)
    func parallelAgreesWithSerial(_ c: OneModeCase) {
        let w = c.graph.isWeighted
        #expect(close(closeness(c.graph, weighted: w, threads: 2), closeness(c.graph, weighted: w, threads: 1)))
    }

    /// Multi-source BFS (unweighted) against one Dijkstra per source (all weights 1), over several
    /// 64-source batches, directed and undirected, with isolated vertices.
    @Test(arguments: [21, 22, 23, 24] as [UInt64])
    func bitParallelBFSAgreesWithPerSourceSearch(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var b = GraphBuilder(vertexCount: 300, directed: seed % 2 == 0)
        for _ in 0..<500 {
            b.addEdge(Int32.random(in: 0..<280, using: &rng), Int32.random(in: 0..<280, using: &rng))
        }
        let g = b.build()
        let ones = g.withWeights([Double](repeating: 1, count: g.targets.count))
        #expect(close(closeness(g, threads: 2), closeness(ones, weighted: true, threads: 1), relative: 1e-12))
        #expect(close(harmonic(g, threads: 3), harmonic(ones, weighted: true, threads: 1), relative: 1e-12))
    }
}
