import Foundation
import Testing
import VerkostoSupport
@testable import VerkostoGraph

@Suite struct ClosenessTests {
    @Test(arguments: Fixtures.graphs)
    func closenessMatchesNetworkX(_ c: OneModeCase) throws {
        #expect(close(try closeness(c.graph, weighted: c.graph.isWeighted, threads: 1), c.expected["closeness"]!))
    }

    @Test(arguments: Fixtures.graphs)
    func harmonicMatchesNetworkX(_ c: OneModeCase) throws {
        #expect(close(try harmonic(c.graph, weighted: c.graph.isWeighted, threads: 1), c.expected["harmonic"]!))
    }

    /// Bit for bit the same values with any thread count (fixed accumulators, fixed order).
    @Test(arguments: Fixtures.graphs)
    func parallelEqualsSerial(_ c: OneModeCase) throws {
        let w = c.graph.isWeighted
        #expect(try closeness(c.graph, weighted: w, threads: 2) == closeness(c.graph, weighted: w, threads: 1))
        #expect(try harmonic(c.graph, weighted: w, threads: 3) == harmonic(c.graph, weighted: w, threads: 1))
    }

    /// The same over more than eight 64-source batches (every accumulator in use), exact and
    /// sampled, unweighted and weighted (Dijkstra).
    @Test(arguments: [2, 3, 8, 11])
    func valuesDoNotDependOnTheThreadCount(threads: Int) throws {
        var rng = SplitMix64(seed: 17)
        let g = randomGraph(vertices: 700, edges: 2_000, rng: &rng)
        #expect(harmonic(g, threads: threads) == harmonic(g, threads: 1))
        #expect(closeness(g, threads: threads) == closeness(g, threads: 1))
        let sample = SourceSelection.sample(count: 300, seed: 2)
        #expect(harmonic(g, sources: sample, threads: threads) == harmonic(g, sources: sample, threads: 1))
        let weighted = g.withWeights((0..<g.targets.count).map { 1 + Double($0 % 7) / 4 })
        #expect(try harmonic(weighted, weighted: true, threads: threads) == harmonic(weighted, weighted: true, threads: 1))
    }

    /// Multi-source BFS (unweighted) against one Dijkstra per source (all weights 1), over several
    /// 64-source batches, directed and undirected, with isolated vertices.
    @Test(arguments: [21, 22, 23, 24] as [UInt64])
    func bitParallelBFSAgreesWithPerSourceSearch(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        var b = GraphBuilder(vertexCount: 300, directed: seed % 2 == 0)
        for _ in 0..<500 {
            b.addEdge(Int32.random(in: 0..<280, using: &rng), Int32.random(in: 0..<280, using: &rng))
        }
        let g = b.build()
        let ones = g.withWeights([Double](repeating: 1, count: g.targets.count))
        #expect(close(closeness(g, threads: 2), try closeness(ones, weighted: true, threads: 1), relative: 1e-12))
        #expect(close(harmonic(g, threads: 3), try harmonic(ones, weighted: true, threads: 1), relative: 1e-12))
        // The same pivots through both paths (sampled sums are gathered the same way).
        let pivots = SourceSelection.sample(count: 70, seed: seed)
        #expect(close(closeness(g, sources: pivots, threads: 2),
                      try closeness(ones, weighted: true, sources: pivots, threads: 1), relative: 1e-12))
    }

    /// Closeness is a sum of lengths, so ties do not change it, but equal sums must still be added
    /// as NetworkX in exact arithmetic adds them.
    @Test(arguments: NumericFixtures.ties)
    func weightedMatchesExactArithmetic(_ c: FixtureCase) throws {
        #expect(close(try closeness(c.graph, weighted: true), c.doubles("closeness")))
    }

    /// The sampled harmonic centrality, a scaled sum over the pivots, is unbiased: over 60 seeds of
    /// 40 pivots, every vertex's mean estimate lies within 5 standard errors of NetworkX's value.
    @Test func sampledHarmonicIsUnbiased() throws {
        let c = NumericFixtures.estimate("watts_strogatz_400")
        let exact = c.doubles("harmonic")
        let n = exact.count, runs = 60
        var sum = [Double](repeating: 0, count: n), sumSquares = sum
        for seed in 0..<UInt64(runs) {
            let estimate = harmonic(c.graph, sources: .sample(count: 40, seed: seed))
            for v in 0..<n { sum[v] += estimate[v]; sumSquares[v] += estimate[v] * estimate[v] }
        }
        var worst = 0.0
        for v in 0..<n {
            let mean = sum[v] / Double(runs)
            let variance = max(0, sumSquares[v] / Double(runs) - mean * mean) * Double(runs) / Double(runs - 1)
            worst = max(worst, abs(mean - exact[v]) / (variance / Double(runs)).squareRoot())
        }
        #expect(worst < 5, "largest deviation \(worst) standard errors")
    }

    /// Eppstein & Wang's closeness estimate: over 30 seeds, the RMS relative error over all vertices
    /// shrinks from K = 25 to K = 100 pivots by 2 · √((n − 25)/(n − 100)) (1/√K with the
    /// finite-population correction), within 25 %, and at K = 100 it stays below 4 %.
    @Test(arguments: ["ba_500", "watts_strogatz_400"])
    func sampledErrorShrinksAsPredicted(_ name: String) throws {
        let c = NumericFixtures.estimate(name)
        let exact = c.doubles("closeness")
        let n = Double(exact.count)
        func rms(_ k: Int) -> Double {
            var squares = 0.0
            for seed in 0..<30 as Range<UInt64> {
                let estimate = closeness(c.graph, sources: .sample(count: k, seed: seed), threads: 2)
                for v in exact.indices { squares += pow((estimate[v] - exact[v]) / exact[v], 2) }
            }
            return (squares / (30 * n)).squareRoot()
        }
        let small = rms(25), large = rms(100)
        let predicted = 2 * ((n - 25) / (n - 100)).squareRoot()
        #expect(abs(small / large / predicted - 1) < 0.25, "ratio \(small / large), predicted \(predicted)")
        #expect(large < 0.04, "RMS relative error \(large) at K = 100")
    }

    @Test func sampleOfAllIsExactAndALonePivotKnowsNothingOfItself() throws {
        let g = Fixtures.graph("karate").graph
        #expect(closeness(g, sources: .sample(count: 34, seed: 1)) == closeness(g))
        // One pivot, vertex 0: every other vertex's estimate comes from its distance to 0; vertex 0
        // itself has no other pivot, so its value is undefined.
        let one = closeness(g, sources: .given([0]))
        #expect(one[0].isNaN)
        #expect(one[1] == 1)  // d(0, 1) = 1: (1 / 1) · (1 / 1)
    }

    @Test(arguments: [0.0, -2, .nan, -.infinity])
    func refusesBadLengths(_ bad: Double) {
        var b = GraphBuilder(vertexCount: 3)
        b.addEdge(0, 1, weight: bad); b.addEdge(1, 2, weight: 1)
        let g = b.build()
        #expect(throws: InvalidEdgeWeightError.self) { try closeness(g, weighted: true) }
        #expect(throws: InvalidEdgeWeightError.self) { try harmonic(g, weighted: true) }
    }

    @Test func reportsProgress() throws {
        let log = ProgressLog()
        _ = closeness(NumericFixtures.estimate("ba_500").graph, threads: 2, progress: log.record)
        #expect(log.calls.last.map { $0.done == 500 && $0.total == 500 } == true)
    }
}
