import Testing
@testable import VerkostoGraph

@Suite struct EffectiveSizeTests {
    @Test(arguments: StructureFixtures.holes)
    func matchesNetworkX(_ c: FixtureCase) {
        let ours = effectiveSize(c.graph)
        #expect(closeOrNaN(ours, c.doubles("effective_size")), "\(ours)")
    }

    @Test(arguments: StructureFixtures.holes)
    func efficiencyIsSizeOverDistinctNeighbours(_ c: FixtureCase) {
        let size = c.doubles("effective_size")
        let eff = efficiency(c.graph)
        // Distinct neighbours (both directions), counted here from the fixture edge list.
        var nbrs = [Set<Int>](repeating: [], count: c.graph.vertexCount)
        for e in c.values["edges"] as! [[Int]] where e[0] != e[1] { nbrs[e[0]].insert(e[1]); nbrs[e[1]].insert(e[0]) }
        let expected = zip(size, nbrs).map { $1.isEmpty ? Double.nan : $0 / Double($1.count) }
        #expect(closeOrNaN(eff, expected))
    }

    @Test func triangleWithPendant() {
        // Triangle 0-1-2 plus pendant 3 on 0. Ego 0: n = 3 neighbours {1,2,3}, t = 1 tie (1–2),
        // effective size 3 − 2·1/3 = 7/3, efficiency 7/9. Ego 1: n = 2, t = 1, size 2 − 1 = 1.
        var b = GraphBuilder(vertexCount: 4)
        b.addEdge(0, 1); b.addEdge(1, 2); b.addEdge(0, 2); b.addEdge(0, 3)
        let g = b.build()
        let e = effectiveSize(g)
        #expect(abs(e[0] - 7.0 / 3) < 1e-14 && e[1] == 1 && e[3] == 1)
        #expect(abs(efficiency(g)[0] - 7.0 / 9) < 1e-14)
    }

    /// A vertex whose only tie is a self-loop has no one to broker between: effective size,
    /// efficiency and constraint are undefined there (NaN), as in NetworkX 3.6 ("isolated nodes,
    /// including nodes with only self-edges"), whatever the direction or weighting.
    @Test(arguments: [false, true], [false, true])
    func selfLoopOnlyIsUndefined(directed: Bool, weighted: Bool) {
        var b = GraphBuilder(vertexCount: 3, directed: directed)
        b.addEdge(0, 0, weight: weighted ? 2 : nil)
        b.addEdge(1, 2, weight: weighted ? 1 : nil)
        let g = b.build()
        for measure in [effectiveSize(g, weighted: weighted), efficiency(g, weighted: weighted),
                        constraint(g, weighted: weighted)] {
            #expect(measure[0].isNaN)
            #expect(!measure[1].isNaN && !measure[2].isNaN)
        }
        #expect(effectiveSize(g, weighted: weighted)[1] == 1)
    }
}
