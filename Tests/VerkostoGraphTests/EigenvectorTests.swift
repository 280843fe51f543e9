import Testing
@testable import VerkostoGraph

@Suite struct EigenvectorTests {
    /// NetworkX at tol 1e-13. Where it leaves a vanishing component at about 1e-11 instead of 0
    /// (the `disconnected` graph), the absolute floor of 1e-10 lets the exact 0 pass.
    @Test(arguments: Fixtures.graphs.filter { !$0.graph.isDirected })
    func matchesNetworkX(_ c: OneModeCase) throws {
        let x = try eigenvector(c.graph, weighted: c.graph.isWeighted, tolerance: 1e-13, maxIterations: 100_000)
        let expected = c.expected["eigenvector"]!
        #expect(zip(x, expected).allSatisfy { abs($0 - $1) <= 1e-9 * abs($1) + 1e-10 }, "\(x)")
        #expect(abs(x.reduce(0) { $0 + $1 * $1 } - 1) < 1e-12)
    }

    /// numpy's exact eigenvector, on graphs where NetworkX's iteration stops after 100 steps or
    /// where plain iteration on A oscillates (bipartite); NetworkX's limit where the largest
    /// eigenvalue is shared. Tight tolerance: agreement to 1e-9.
    @Test(arguments: NumericFixtures.eigenvector)
    func matchesTheExactEigenvector(_ c: FixtureCase) throws {
        let x = try eigenvector(c.graph, weighted: c.graph.isWeighted, tolerance: 1e-14, maxIterations: 100_000)
        let expected = c.doubles("eigenvector")
        #expect(zip(x, expected).allSatisfy { abs($0 - $1) <= 1e-9 }, "\(zip(x, expected).map { abs($0 - $1) }.max()!)")
    }

    /// With the defaults (NetworkX's tolerance of 1e-6 per vertex) every case converges, including
    /// the two on which NetworkX gives up after its 100 iterations, and lands within 20 times that
    /// tolerance of the exact vector (the wrong component's vector would be off by more than 0.1).
    @Test(arguments: NumericFixtures.eigenvector)
    func defaultsConvergeCloseToExact(_ c: FixtureCase) throws {
        let x = try eigenvector(c.graph, weighted: c.graph.isWeighted)
        let expected = c.doubles("eigenvector")
        #expect(zip(x, expected).allSatisfy { abs($0 - $1) <= 2e-5 })
    }

    @Test func fixtureHasTheHardCases() {
        // The fixture must keep the cases this solver exists for.
        let cases = NumericFixtures.eigenvector
        #expect(cases.contains { ($0.values["networkx_converges_in_100"] as! Bool) == false })
        #expect(cases.contains { (($0.values["plain_iteration_gap"] as? Double) ?? 0) > 0.5 })
    }

    @Test func reportsNonConvergence() {
        let g = Fixtures.graph("karate").graph
        #expect(throws: ConvergenceError.self) { try eigenvector(g, tolerance: 1e-15, maxIterations: 3) }
    }

    @Test(arguments: [-1.0, .nan, .infinity])
    func refusesBadWeights(_ bad: Double) {
        var b = GraphBuilder(vertexCount: 3)
        b.addEdge(0, 1, weight: 1); b.addEdge(1, 2, weight: bad)
        #expect(throws: InvalidEdgeWeightError.self) { try eigenvector(b.build(), weighted: true) }
    }

    @Test func zeroWeightsSplitComponents() throws {
        // 0–1 (weight 2) and 2–3 (weight 1) joined by a weight-0 edge 1–2: A is two blocks, the
        // heavier one has the largest eigenvalue (2), so the result is (1, 1, 0, 0) / √2.
        var b = GraphBuilder(vertexCount: 4)
        b.addEdge(0, 1, weight: 2); b.addEdge(1, 2, weight: 0); b.addEdge(2, 3, weight: 1)
        let x = try eigenvector(b.build(), weighted: true)
        #expect(zip(x, [(0.5).squareRoot(), (0.5).squareRoot(), 0, 0]).allSatisfy { abs($0 - $1) < 1e-12 })
    }
}
