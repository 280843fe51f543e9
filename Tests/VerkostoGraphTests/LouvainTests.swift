import Testing
@testable import VerkostoGraph

@Suite struct LouvainTests {
    static let seeds: [UInt64] = Array(0..<10)
    /// As many seeds as the fixture ran NetworkX louvain_communities with (seed = 0 ..< 200).
    static let manySeeds: [UInt64] = Array(0..<200)

    @Test(arguments: StructureFixtures.communities, [1.0, 0.5, 2.0])
    func noWorseThanNetworkX(_ c: FixtureCase, _ gamma: Double) {
        let runs = Self.manySeeds.map { louvain(c.graph, resolution: gamma, seed: $0) }
        for p in runs {
            // The reported modularity is the partition's, at the same resolution.
            #expect(abs(p.modularity - modularity(c.graph, membership: p.membership, resolution: gamma)) < 1e-12)
        }
        // Against NetworkX louvain_communities over the same number of seeds: best at least as good.
        let best = runs.map(\.modularity).max()!
        let mean = runs.map(\.modularity).reduce(0, +) / Double(runs.count)
        #expect(best >= c.number("nx_louvain_best_\(gamma)") - 1e-12)
        // Means over 200 seeds each: ours is higher, or lower by less than two standard errors of the
        // difference of the two means (2 · sd · √(2/200) = sd / 5, sd of NetworkX's runs).
        #expect(mean >= c.number("nx_louvain_mean_\(gamma)") - c.number("nx_louvain_sd_\(gamma)") / 5)
        if gamma == 1 {
            #expect(best >= c.number("igraph_multilevel") - 1e-12)
        }
    }

    @Test func plantedPartitionIsRecovered() {
        // 5 blocks of 40, p_in 0.25, p_out 0.02 (NetworkX planted_partition_graph, seed 42).
        let c = StructureFixtures.community("planted")
        let p = louvain(c.graph, seed: 1)
        #expect(p.membership == canonicalLabels(c.labels("truth")))
    }

    @Test func sameSeedSameResult() {
        let c = StructureFixtures.community("karate_weighted")
        #expect(louvain(c.graph, seed: 42) == louvain(c.graph, seed: 42))
    }

    @Test func communitiesAreNumberedByFirstVertex() {
        let c = StructureFixtures.community("planted")
        let m = louvain(c.graph, seed: 3).membership
        var next: Int32 = 0
        for l in m { #expect(l <= next); if l == next { next += 1 } }
    }

    @Test func edgeCases() {
        #expect(louvain(GraphBuilder(vertexCount: 0).build()).membership == [])
        let empty = louvain(GraphBuilder(vertexCount: 3).build())
        #expect(empty.membership == [0, 1, 2] && empty.modularity == 0)
        // Two disjoint edges: each its own community, Q = 2 · (1/2 − (2/4)²) = 1/2.
        var b = GraphBuilder(vertexCount: 4)
        b.addEdge(0, 1); b.addEdge(2, 3)
        let p = louvain(b.build())
        #expect(p.membership == [0, 0, 1, 1] && abs(p.modularity - 0.5) < 1e-15)
    }
}
