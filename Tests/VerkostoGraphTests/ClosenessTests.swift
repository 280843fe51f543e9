import Testing
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
}
