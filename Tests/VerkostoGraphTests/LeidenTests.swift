import Testing
@testable import VerkostoGraph

@Suite struct LeidenTests {
    static let seeds: [UInt64] = Array(0..<10)
    /// As many seeds as the fixture ran NetworkX louvain_communities with (seed = 0 ..< 200).
    static let manySeeds: [UInt64] = Array(0..<200)

    @Test(arguments: StructureFixtures.communities, [1.0, 0.5, 2.0])
    func noWorseThanNetworkXLouvain(_ c: FixtureCase, _ gamma: Double) {
        let runs = Self.manySeeds.map { leiden(c.graph, resolution: gamma, seed: $0) }
        for p in runs {
            #expect(abs(p.modularity - modularity(c.graph, membership: p.membership, resolution: gamma)) < 1e-12)
        }
        let best = runs.map(\.modularity).max()!
        let mean = runs.map(\.modularity).reduce(0, +) / Double(runs.count)
        #expect(best >= c.number("nx_louvain_best_\(gamma)") - 1e-12)
        // Means over 200 seeds each: ours is higher, or lower by less than two standard errors of the
        // difference of the two means (2 · sd · √(2/200) = sd / 5, sd of NetworkX's runs).
        #expect(mean >= c.number("nx_louvain_mean_\(gamma)") - c.number("nx_louvain_sd_\(gamma)") / 5)
        if gamma == 1 {
            // igraph community_leiden (modularity, until stable) over ten seeds.
            #expect(best >= c.number("igraph_leiden_best") - 1e-12)
        }
    }

    @Test(arguments: StructureFixtures.communities)
    func everyCommunityIsConnected(_ c: FixtureCase) {
        for seed in Self.seeds {
            let p = leiden(c.graph, seed: seed)
            // Within each community, the induced subgraph has one component.
            for community in 0..<Int32(p.count) {
                let members = p.membership.indices.filter { p.membership[$0] == community }
                var index = [Int: Int32]()
                for (i, v) in members.enumerated() { index[v] = Int32(i) }
                var b = GraphBuilder(vertexCount: members.count)
                for v in members {
                    for t in c.graph.neighbors(of: Int32(v)) {
                        if let j = index[Int(t)] { b.addEdge(index[v]!, j) }
                    }
                }
                #expect(connectedComponents(b.build()).count == 1)
            }
        }
    }

    @Test func plantedPartitionIsRecovered() {
        let c = StructureFixtures.community("planted")
        #expect(leiden(c.graph, seed: 1).membership == canonicalLabels(c.labels("truth")))
    }

    @Test func sameSeedSameResult() {
        let c = StructureFixtures.community("karate")
        #expect(leiden(c.graph, seed: 9) == leiden(c.graph, seed: 9))
    }
}
