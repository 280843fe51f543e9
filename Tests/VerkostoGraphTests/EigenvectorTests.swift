import Testing
@testable import VerkostoGraph

@Suite struct EigenvectorTests {
    @Test(arguments: Fixtures.graphs.filter { !$0.graph.isDirected })
    func matchesNetworkX(_ c: OneModeCase) throws {
        let x = try eigenvector(c.graph, weighted: c.graph.isWeighted, tolerance: 1e-13, maxIterations: 100_000)
        #expect(close(x, c.expected["eigenvector"]!))
        #expect(abs(x.reduce(0) { $0 + $1 * $1 } - 1) < 1e-12)
    }

    @Test func reportsNonConvergence() {
        let g = Fixtures.graph("karate").graph
        #expect(throws: ConvergenceError.self) { try eigenvector(g, tolerance: 1e-15, maxIterations: 3) }
    }
}
