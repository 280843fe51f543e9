import Testing
import VerkostoSupport
@testable import VerkostoGraph

@Suite struct PageRankTests {
    @Test(arguments: Fixtures.graphs)
    func matchesNetworkX(_ c: OneModeCase) throws {
        let x = try pageRank(c.graph, weighted: c.graph.isWeighted, tolerance: 1e-13, maxIterations: 100_000)
        #expect(close(x, c.expected["pagerank"]!))
    }

    @Test(arguments: [11, 12, 13] as [UInt64])
    func sumsToOne(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        var b = GraphBuilder(vertexCount: 500, directed: seed % 2 == 0)
        for _ in 0..<1500 {
            b.addEdge(Int32.random(in: 0..<500, using: &rng), Int32.random(in: 0..<500, using: &rng),
                      weight: Double.random(in: 0.1...3, using: &rng))
        }
        let x = try pageRank(b.build())
        #expect(abs(x.reduce(0, +) - 1) < 1e-12)
        #expect(x.allSatisfy { $0 > 0 })
    }
}
