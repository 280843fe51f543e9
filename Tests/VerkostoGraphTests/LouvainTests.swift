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

    /// As `communities --help` says: community 0 is the largest; equal sizes in the order of their
    /// smallest vertex. Checked on the karate club, the Florentine families, Les Misérables and a
    /// random geometric graph (NetworkX's graphs), for Louvain and Leiden.
    @Test(arguments: NumericFixtures.communities)
    func communitiesAreNumberedBySize(_ c: FixtureCase) {
        for p in [louvain(c.graph, seed: 3), leiden(c.graph, seed: 3)] {
            let sizes = p.sizes
            var smallest = [Int](repeating: Int.max, count: p.count)
            for (v, l) in p.membership.enumerated() { smallest[Int(l)] = min(smallest[Int(l)], v) }
            #expect(p.count > 1)
            for k in 1..<p.count {
                #expect(sizes[k - 1] > sizes[k] || (sizes[k - 1] == sizes[k] && smallest[k - 1] < smallest[k]),
                        "community \(k - 1) (\(sizes[k - 1]) from \(smallest[k - 1])) before \(k) (\(sizes[k]) from \(smallest[k]))")
            }
        }
    }

    @Test func numberingByHand() {
        // Labels as found: {0, 1}, {2, 3, 4}, {5}, {6, 7, 8}. By size, then smallest vertex:
        // {2, 3, 4} → 0, {6, 7, 8} → 1, {0, 1} → 2, {5} → 3.
        let p = Partition(membership: [7, 7, 3, 3, 3, 9, 1, 1, 1], modularity: 0)
        #expect(p.membership == [2, 2, 0, 0, 0, 3, 1, 1, 1])
        #expect(p.sizes == [3, 3, 2, 1])
    }

    @Test func reportsLevelsAsTheyFinish() {
        let log = ProgressLog()
        _ = louvain(StructureFixtures.community("planted").graph, seed: 1, progress: log.record)
        #expect(!log.calls.isEmpty && log.calls.allSatisfy { $0.total == 0 })
        #expect(zip(log.calls, log.calls.dropFirst()).allSatisfy { $0.done < $1.done })
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
