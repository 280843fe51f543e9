import Testing
@testable import VerkostoGraph

@Suite struct ModularityTests {
    @Test(arguments: StructureFixtures.communities, [1.0, 0.5, 2.0])
    func groundTruthMatchesNetworkX(_ c: FixtureCase, _ gamma: Double) {
        let q = modularity(c.graph, membership: c.labels("truth"), resolution: gamma)
        #expect(abs(q - c.number("truth_modularity_\(gamma)")) < 1e-12)
    }

    @Test func selfLoopsMatchNetworkX() {
        let c = FixtureCase(StructureFixtures.root["modularity_loops"] as! [String: Any])
        let m = c.labels("membership")
        #expect(abs(modularity(c.graph, membership: m) - c.number("q_1")) < 1e-12)
        #expect(abs(modularity(c.graph, membership: m, resolution: 0.7) - c.number("q_0.7")) < 1e-12)
    }

    @Test func twoTrianglesByHand() {
        // Triangles {0,1,2} and {3,4,5} joined by 2–3: m = 7, degrees 2,2,3,3,2,2.
        // Each side: L_c = 3, d_c = 7, so Q = 2 · (3/7 − (7/14)²) = 6/7 − 1/2 = 5/14.
        var b = GraphBuilder(vertexCount: 6)
        for (u, v) in [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3)] { b.addEdge(Int32(u), Int32(v)) }
        let g = b.build()
        #expect(abs(modularity(g, membership: [0, 0, 0, 1, 1, 1]) - 5.0 / 14) < 1e-15)
        // Labels need not be 0-based or dense.
        #expect(abs(modularity(g, membership: [7, 7, 7, 3, 3, 3]) - 5.0 / 14) < 1e-15)
        // One community: Q = 7/7 − γ · 1 = 0 at γ = 1.
        #expect(abs(modularity(g, membership: [Int32](repeating: 0, count: 6))) < 1e-15)
    }

    @Test func directedByHand() {
        // Arcs 0→1, 1→0, 1→2: m = 3. Communities {0,1}, {2}:
        // {0,1}: L = 2, out 3, in 2 → 2/3 − 6/9; {2}: L = 0, out 0, in 1 → 0. Q = 0.
        var b = GraphBuilder(vertexCount: 3, directed: true)
        b.addEdge(0, 1); b.addEdge(1, 0); b.addEdge(1, 2)
        #expect(abs(modularity(b.build(), membership: [0, 0, 1])) < 1e-15)
    }
}
