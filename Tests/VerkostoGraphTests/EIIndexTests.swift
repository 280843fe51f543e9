import Testing
@testable import VerkostoGraph

@Suite struct EIIndexTests {
    /// Groups A = {0, 1, 2} (label 0), B = {3, 4} (1), C = {5} (2); vertex 6 in B has no ties.
    /// Edges: inside A 0–1, 1–2, 0–2; inside B 3–4; between groups 2–3, 2–5, 4–5.
    static func example() -> Graph {
        var b = GraphBuilder(vertexCount: 7)
        for (u, v) in [(0, 1), (1, 2), (0, 2), (3, 4), (2, 3), (2, 5), (4, 5)] { b.addEdge(Int32(u), Int32(v)) }
        return b.build()
    }
    static let groups: [Int32] = [0, 0, 0, 1, 1, 2, 1]

    @Test func handCalculation() {
        let r = eiIndex(Self.example(), groups: Self.groups)
        // Whole: E = 3 (2–3, 2–5, 4–5), I = 4 → (3 − 4) / 7 = −1/7.
        #expect(r.externalTies == 3 && r.internalTies == 4)
        #expect(abs(r.whole + 1.0 / 7) < 1e-15)
        // A: members' ties 0:{1,2}, 1:{0,2}, 2:{0,1 | 3,5} → I = 6, E = 2 → −4/8 = −0.5.
        // B: 3:{4 | 2}, 4:{3 | 5} → I = 2, E = 2 → 0.  C: 5:{2, 4} both external → +1.
        #expect(r.groups == [-0.5, 0, 1])
        // Vertices: 0 and 1 only internal (−1); 2: 2 in, 2 out (0); 3, 4: 1 and 1 (0); 5: +1; 6: no ties.
        #expect(Array(r.vertices[0..<6]) == [-1, -1, 0, 0, 0, 1])
        #expect(r.vertices[6].isNaN)
    }

    @Test func weightedAndDirected() {
        // Directed 0→1 (w 3, same group), 0→2 (w 1, other group), 2→0 (w 2, other group).
        var b = GraphBuilder(vertexCount: 3, directed: true)
        b.addEdge(0, 1, weight: 3); b.addEdge(0, 2, weight: 1); b.addEdge(2, 0, weight: 2)
        let g = b.build()
        let counted = eiIndex(g, groups: [0, 0, 1])
        // Arcs: E = 2, I = 1 → 1/3. Vertex 0 (out-arcs): E 1, I 1 → 0; vertex 1: no out-arcs.
        #expect(abs(counted.whole - 1.0 / 3) < 1e-15 && counted.vertices[0] == 0 && counted.vertices[1].isNaN)
        // Weighted: E = 1 + 2 = 3, I = 3 → 0; group 1 (vertex 2) only external → 1.
        let w = eiIndex(g, groups: [0, 0, 1], weighted: true)
        #expect(w.whole == 0 && w.groups == [-0.5, 1])
    }

    @Test func permutationTestByHand() {
        // Triangle 0–1–2 plus 2–3; groups {0,1} and {2,3}. Observed: I = {0–1, 2–3}, E = {0–2, 1–2} → 0.
        // The 6 ways to place two labels of each kind: {0,1}|{2,3} and {2,3}|{0,1} give E-I 0;
        // {0,2}, {1,3}, {0,3}, {1,2} as one group each leave one internal edge → (3 − 1)/4 = 0.5.
        // So P(E-I ≥ 0) = 1, P(E-I ≤ 0) = 1/3, two-sided min(1, 2/3) = 2/3, mean 1/3.
        // Expected from group sizes: internal ordered pairs 2 + 2 = 4 of 12 → (8 − 4)/12 = 1/3.
        var b = GraphBuilder(vertexCount: 4)
        for (u, v) in [(0, 1), (1, 2), (0, 2), (2, 3)] { b.addEdge(Int32(u), Int32(v)) }
        let t = eiPermutationTest(b.build(), groups: [0, 0, 1, 1], permutations: 30_000, seed: 7)
        #expect(t.observed == 0)
        #expect(abs(t.expected - 1.0 / 3) < 1e-15)
        #expect(t.pGreaterOrEqual == 1)
        #expect(t.minimum == 0 && t.maximum == 0.5)
        // Sampling error: 4 standard errors of a proportion 1/3 over 30,000 draws is 0.011.
        #expect(abs(t.pLessOrEqual! - 1.0 / 3) < 0.011)
        #expect(abs(t.pTwoSided! - 2.0 / 3) < 0.022)
        #expect(abs(t.permutationMean! - 1.0 / 3) < 0.006)  // 4 · 0.236 / √30000 ≈ 0.0055
        #expect(t.permutations == 30_000)
    }

    @Test func permutationTestIsRepeatable() {
        let g = Self.example()
        let a = eiPermutationTest(g, groups: Self.groups, permutations: 500, seed: 3)
        #expect(a == eiPermutationTest(g, groups: Self.groups, permutations: 500, seed: 3))
    }

    @Test(arguments: [0, -1])
    func noPermutationsGiveNoPValue(_ permutations: Int) {
        let t = eiPermutationTest(Self.example(), groups: Self.groups, permutations: permutations, seed: 3)
        #expect(t.observed == eiIndex(Self.example(), groups: Self.groups).whole)
        #expect(t.pGreaterOrEqual == nil && t.pLessOrEqual == nil && t.pTwoSided == nil)
        #expect(t.permutationMean == nil && t.permutationSD == nil && t.minimum == nil && t.maximum == nil)
        #expect(t.permutations == 0)
    }
}
