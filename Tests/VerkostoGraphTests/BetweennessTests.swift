import Foundation
import Testing
import VerkostoSupport
@testable import VerkostoGraph

@Suite struct BetweennessTests {
    @Test(arguments: Fixtures.graphs)
    func matchesNetworkX(_ c: OneModeCase) throws {
        let weighted = c.graph.isWeighted
        #expect(close(try betweenness(c.graph, weighted: weighted, threads: 1), c.expected["betweenness"]!))
        #expect(close(try betweenness(c.graph, weighted: weighted, normalized: false, threads: 1),
                      c.expected["betweenness_raw"]!))
    }

    /// The values are the same bit for bit with any thread count: the sums are split into a fixed
    /// number of accumulators added in a fixed order.
    @Test(arguments: Fixtures.graphs)
    func parallelEqualsSerial(_ c: OneModeCase) throws {
        let weighted = c.graph.isWeighted
        let one = try betweenness(c.graph, weighted: weighted, threads: 1)
        #expect(try betweenness(c.graph, weighted: weighted, threads: 2) == one)
        #expect(try betweenness(c.graph, weighted: weighted, threads: 3) == one)
    }

    /// The same on a graph big enough for all eight accumulators, exact and sampled, with and
    /// without weights (Dijkstra).
    @Test(arguments: [1, 2, 3, 8, 11])
    func valuesDoNotDependOnTheThreadCount(threads: Int) throws {
        let g = NumericFixtures.estimate("ba_500").graph
        #expect(betweenness(g, threads: threads) == betweenness(g, threads: 1))
        let sample = SourceSelection.sample(count: 120, seed: 4)
        #expect(betweenness(g, sources: sample, threads: threads) == betweenness(g, sources: sample, threads: 1))
        var b = GraphBuilder(vertexCount: g.vertexCount)
        for v in 0..<Int32(g.vertexCount) {
            for w in g.neighbors(of: v) where v < w { b.addEdge(v, w, weight: 1 + Double((v * 7 + w) % 5) / 3) }
        }
        let weighted = b.build()
        #expect(try betweenness(weighted, weighted: true, threads: threads)
                    == betweenness(weighted, weighted: true, threads: 1))
    }

    @Test(arguments: [1, 2, 3])
    func randomGraphsParallelAgreeAndSumToPathCount(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let g = randomGraph(vertices: 300, edges: 900, rng: &rng)
        let raw = betweenness(g, normalized: false, threads: 1)
        #expect(betweenness(g, normalized: false, threads: 2) == raw)
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

    /// Lengths whose equal sums differ in floating point (0.1 + 0.2 and 0.3, three fifths, 1/w of
    /// counts): expected values from NetworkX in exact rational arithmetic; igraph agrees, NetworkX
    /// on doubles does not (the fixture script checks that it differs).
    @Test(arguments: NumericFixtures.ties)
    func equalSumsTieAsInExactArithmetic(_ c: FixtureCase) throws {
        let ours = try betweenness(c.graph, weighted: true, threads: 2)
        #expect(close(ours, c.doubles("betweenness")))
        #expect(close(ours, c.doubles("betweenness_igraph")))
        #expect(!close(ours, c.doubles("betweenness_networkx_floats")))
    }

    /// By hand: s–a 0.1, a–t 0.2, s–t 0.3. The pair (s, t) has two shortest paths, one through a,
    /// so a's unnormalised betweenness is 1/2 (0.1 + 0.2 = 0.30000000000000004 in doubles).
    @Test func triangleOfTenthsSharesThePath() throws {
        var b = GraphBuilder(vertexCount: 3)
        b.addEdge(0, 1, weight: 0.1); b.addEdge(1, 2, weight: 0.2); b.addEdge(0, 2, weight: 0.3)
        #expect(try betweenness(b.build(), weighted: true, normalized: false) == [0, 0.5, 0])
    }

    /// NetworkX `betweenness_centrality(k=K, seed=S)`, given the pivots it drew.
    @Test(arguments: NumericFixtures.sampled)
    func sampledMatchesNetworkX(_ c: FixtureCase) throws {
        let pivots = c.labels("pivots")
        let normalized = betweenness(c.graph, sources: .given(pivots), threads: 2)
        let raw = betweenness(c.graph, normalized: false, sources: .given(pivots), threads: 1)
        #expect(closeOrNaN(normalized, c.doubles("betweenness")))
        #expect(closeOrNaN(raw, c.doubles("betweenness_raw")))
    }

    @Test func sampleOfAllIsExactAndSampleOfNoneIsUndefined() throws {
        let g = Fixtures.graph("karate").graph
        let exact = betweenness(g)
        #expect(betweenness(g, sources: .sample(count: 34, seed: 9)) == exact)
        #expect(betweenness(g, sources: .sample(count: 1000, seed: 9)) == exact)
        let none = betweenness(g, sources: .given([]))
        #expect(none.allSatisfy { $0.isNaN })
    }

    /// Brandes & Pich's estimator is unbiased. Over 60 seeds of 40 pivots on a 500-vertex
    /// Barabási–Albert graph, the mean estimate lies within 5 standard errors (from the 60 runs) of
    /// NetworkX's exact value, for the sum over all vertices and for each of the 20 most central.
    /// (A peripheral vertex can owe a quarter of its betweenness to one source, drawn in 8 % of the
    /// runs; its estimates are too skewed for a standard error from 60 runs, so it is not tested
    /// one by one. The next test covers the error of every central vertex.)
    @Test func sampledEstimateIsUnbiased() throws {
        let c = NumericFixtures.estimate("ba_500")
        let exact = c.doubles("betweenness")
        let top = exact.indices.sorted { exact[$0] > exact[$1] }.prefix(20)
        let runs = 60
        var values = [[Double]](repeating: [], count: top.count + 1)  // the top vertices, then the sum
        for seed in 0..<UInt64(runs) {
            let estimate = betweenness(c.graph, sources: .sample(count: 40, seed: seed), threads: 2)
            for (i, v) in top.enumerated() { values[i].append(estimate[v]) }
            values[top.count].append(estimate.reduce(0, +))
        }
        let expected = top.map { exact[$0] } + [exact.reduce(0, +)]
        for (sample, truth) in zip(values, expected) {
            let mean = sample.reduce(0, +) / Double(runs)
            let variance = sample.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(runs - 1)
            let deviation = abs(mean - truth) / (variance / Double(runs)).squareRoot()
            #expect(deviation < 5, "mean \(mean) against \(truth): \(deviation) standard errors")
        }
    }

    /// The error of a sampled estimate falls as 1/√K times the finite-population correction
    /// √((n − K)/(n − 1)) (pivots are drawn without repeats). Over 30 seeds, the RMS relative error
    /// of the ten most central vertices must shrink from K = 25 to K = 100 by the predicted factor
    /// 2 · √((n − 25)/(n − 100)), within 25 %; and at K = 100 it must stay below 30 %.
    @Test(arguments: ["ba_500", "watts_strogatz_400"])
    func sampledErrorShrinksAsPredicted(_ name: String) throws {
        let c = NumericFixtures.estimate(name)
        let exact = c.doubles("betweenness")
        let n = Double(exact.count)
        let top = exact.indices.sorted { exact[$0] > exact[$1] }.prefix(10)
        func rms(_ k: Int) -> Double {
            var squares = 0.0
            for seed in 0..<30 as Range<UInt64> {
                let estimate = betweenness(c.graph, sources: .sample(count: k, seed: seed), threads: 2)
                for v in top { squares += pow((estimate[v] - exact[v]) / exact[v], 2) }
            }
            return (squares / Double(30 * top.count)).squareRoot()
        }
        let small = rms(25), large = rms(100)
        let predicted = 2 * ((n - 25) / (n - 100)).squareRoot()
        #expect(abs(small / large / predicted - 1) < 0.25, "ratio \(small / large), predicted \(predicted)")
        #expect(large < 0.3, "RMS relative error \(large) at K = 100")
    }

    @Test(arguments: [0.0, -1, .nan, .infinity])
    func refusesBadLengths(_ bad: Double) {
        var b = GraphBuilder(vertexCount: 4)
        b.addEdge(0, 1, weight: 1); b.addEdge(1, 2, weight: bad); b.addEdge(2, 3, weight: 2)
        let g = b.build()
        let error = #expect(throws: InvalidEdgeWeightError.self) { try betweenness(g, weighted: true) }
        #expect(error?.source == 1 && error?.target == 2 && error?.requirement == .positive)
        #expect(error.map { $0.weight == bad || ($0.weight.isNaN && bad.isNaN) } == true)
        // Unweighted, the same graph is fine.
        #expect(betweenness(g).count == 4)
    }

    @Test func reportsProgressUpToTheSourceCount() throws {
        let g = NumericFixtures.estimate("ba_500").graph
        let seen = ProgressLog()
        _ = betweenness(g, threads: 2, progress: seen.record)
        let calls = seen.calls
        #expect(calls.last.map { $0.done == 500 && $0.total == 500 } == true)
        #expect(zip(calls, calls.dropFirst()).allSatisfy { $0.done <= $1.done })
        let sampled = ProgressLog()
        _ = betweenness(g, sources: .sample(count: 37, seed: 1), progress: sampled.record)
        #expect(sampled.calls.last.map { $0.done == 37 && $0.total == 37 } == true)
    }

    @Test func similarityToDistanceInverts() throws {
        var b = GraphBuilder(vertexCount: 3)
        b.addEdge(0, 1, weight: 0.25)
        b.addEdge(1, 2, weight: 2)
        let d = try similarityToDistance(b.build())
        #expect(Array(d.edgeWeights(of: 1)!) == [4, 0.5])
    }

    @Test func similarityToDistanceRefusesZero() {
        var b = GraphBuilder(vertexCount: 2)
        b.addEdge(0, 1, weight: 0)
        #expect(throws: InvalidEdgeWeightError.self) { try similarityToDistance(b.build()) }
    }
}

/// Collects progress calls (they arrive one at a time, under the counter's lock).
final class ProgressLog: @unchecked Sendable {
    private(set) var calls: [(done: Int, total: Int)] = []
    var record: ProgressHandler { { [self] done, total in calls.append((done, total)) } }
}

func randomGraph(vertices n: Int, edges m: Int, rng: inout SplitMix64) -> Graph {
    var b = GraphBuilder(vertexCount: n)
    for _ in 0..<m {
        b.addEdge(Int32.random(in: 0..<Int32(n), using: &rng), Int32.random(in: 0..<Int32(n), using: &rng))
    }
    return b.build(.init(selfLoops: .drop))
}
