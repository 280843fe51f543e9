import Testing
import VerkostoSupport
@testable import VerkostoGraph

@Suite struct BetweennessTests {
    @Test(arguments: Fixtures.graphs)
    func matchesNetworkX(_ c: OneModeCase) {
        let weighted = c.graph.isWeighted
        #expect(close(betweenness(c.graph, weighted: weighted, threads: 1), c.expected["betweenness"]!))
        #expect(close(betweenness(c.graph, weighted: weighted, normalized: false, threads: 1),
                      c.expected["betweenness_raw"]!))
    }

    @Test(arguments: Fixtures.graphs)
    func parallelAgreesWithSerial(_ c: OneModeCase) {
        let weighted = c.graph.isWeighted
        let one = betweenness(c.graph, weighted: weighted, threads: 1)
        #expect(close(betweenness(c.graph, weighted: weighted, threads: 2), one, relative: 1e-12))
        #expect(close(betweenness(c.graph, weighted: weighted, threads: 3), one, relative: 1e-12))
    }

    @Test(arguments: [1, 2, 3])
    func randomGraphsParallelAgreeAndSumToPathCount(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let g = randomGraph(vertices: 300, edges: 900, rng: &rng)
        let raw = betweenness(g, normalized: false, threads: 1)
        #expect(close(betweenness(g, normalized: false, threads: 2), raw, relative: 1e-12))
        // Σ_v b(v) = Σ over unordered connected pairs of (path length − 1); check with BFS distances.
        var expected = 0.0
        for s in 0..<g.vertexCount {
            var dist = [Int](repeating: -1, count: g.vertexCount)
            dist[s] = 0
            var queue = [s], head = 0
            while head < queue.count {
                let v = queue[head]; head += 1
                for w in g.neighbors(of: Int32(v)) where dist[Int(w)] < 0 {
                    dist[Int(w)] = dist[v] + 1; queue.append(Int(w))
                }
            }
            for t in (s + 1)..<g.vertexCount where dist[t] > 0 { expected += Double(dist[t] - 1) }
        }
        let total = raw.reduce(0, +)
        #expect(abs(total - expected) <= 1e-9 * expected)
    }

    @Test func similarityToDistanceInverts() {
        var b = GraphBuilder(vertexCount: 3)
        b.addEdge(0, 1, weight: 0.25)
        b.addEdge(1, 2, weight: 2)
        let d = similarityToDistance(b.build())
        #expect(Array(d.edgeWeights(of: 1)!) == [4, 0.5])
    }
}

func randomGraph(vertices n: Int, edges m: Int, rng: inout SplitMix64) -> Graph {
    var b = GraphBuilder(vertexCount: n)
    for _ in 0..<m {
        b.addEdge(Int32.random(in: 0..<Int32(n), using: &rng), Int32.random(in: 0..<Int32(n), using: &rng))
    }
    return b.build(.init(selfLoops: .drop))
}
