import Testing
import VerkostoSupport
@testable import VerkostoGraph

@Suite struct ProjectionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let data: TwoModeCase
        let side: BipartiteGraph.Side
        let weighting: ProjectionWeighting
        var testDescription: String { "\(data.name) \(side) \(weighting)" }
    }

    static let cases: [Case] = Fixtures.bipartite.flatMap { d in
        [BipartiteGraph.Side.left, .right].flatMap { s in ProjectionWeighting.allCases.map { Case(data: d, side: s, weighting: $0) } }
    }

    /// The upper-triangle edges `[u, v, w]` of a projection, sorted.
    static func triples(_ g: Graph) -> [[Double]] {
        var out: [[Double]] = []
        for u in 0..<Int32(g.vertexCount) {
            let w = g.edgeWeights(of: u)!
            for (i, v) in g.neighbors(of: u).enumerated() where v > u {
                out.append([Double(u), Double(v), w[w.startIndex + i]])
            }
        }
        return out
    }

    @Test(arguments: cases)
    func matchesNetworkX(_ c: Case) throws {
        let g = try project(c.data.graph, onto: c.side, weighting: c.weighting)
        let expected = c.data.projections[c.side == .left ? "left" : "right"]![c.weighting.rawValue]!
        let got = Self.triples(g)
        #expect(g.vertexCount == c.data.graph.count(c.side))
        #expect(got.count == expected.count)
        #expect(got.map { [$0[0], $0[1]] } == expected.map { [$0[0], $0[1]] })
        #expect(close(got.map { $0[2] }, expected.map { $0[2] }))
    }

    @Test(arguments: [5, 6, 7] as [UInt64])
    func symmetricOnRandomData(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        var left: [Int32] = [], right: [Int32] = []
        for _ in 0..<800 {
            left.append(Int32.random(in: 0..<200, using: &rng))
            right.append(Int32(Double.random(in: 0..<1, using: &rng) * Double.random(in: 0..<1, using: &rng) * 40))
        }
        let b = BipartiteGraph(leftCount: 200, rightCount: 40, left: left, right: right)
        for side in BipartiteGraph.Side.allCases {
            for weighting in ProjectionWeighting.allCases {
                let g = try project(b, onto: side, weighting: weighting)
                var sorted = true, symmetric = true
                for u in 0..<Int32(g.vertexCount) {
                    let row = g.neighbors(of: u)
                    sorted = sorted && row.elementsEqual(row.sorted())
                    for i in row.indices {
                        let v = row[i]
                        let back = g.neighbors(of: v).firstIndex(of: u)
                        symmetric = symmetric && back != nil && g.weights![back!] == g.weights![i]
                    }
                }
                #expect(sorted && symmetric, "\(side) \(weighting)")
                #expect(g.edgeCount * 2 == g.targets.count)
            }
        }
    }

    @Test func minimumWeightDropsWeakPairs() throws {
        let d = Fixtures.bipartite[0]
        let all = try project(d.graph, onto: .left, weighting: .jaccard)
        let strong = try project(d.graph, onto: .left, weighting: .jaccard, minimumWeight: 0.5)
        #expect(strong.weights!.allSatisfy { $0 >= 0.5 })
        #expect(strong.edgeCount == all.weights!.filter { $0 >= 0.5 }.count / 2)
    }

    @Test func refusesOverBudgetWithSuggestion() {
        // One right vertex with 100 members: C(100, 2) = 4950 pairs.
        let b = BipartiteGraph(leftCount: 100, rightCount: 1, left: (0..<100).map { Int32($0) },
                               right: [Int32](repeating: 0, count: 100))
        #expect(estimatedProjectionPairs(b, onto: .left) == 4950)
        #expect(estimatedProjectionPairs(b, onto: .right) == 0)
        do {
            _ = try project(b, onto: .left, pairBudget: 1000)
            Issue.record("expected ProjectionTooLargeError")
        } catch {
            #expect(error.pairs == 4950 && error.budget == 1000)
            #expect(error.suggestion.contains("--min"))
        }
        // With a threshold it streams, and still stops once the kept pairs pass the budget.
        #expect(throws: ProjectionTooLargeError.self) {
            try project(b, onto: .left, minimumWeight: 1, pairBudget: 1000)
        }
        #expect(throws: Never.self) { try project(b, onto: .left, minimumWeight: 2, pairBudget: 1000) }
        #expect((try? project(b, onto: .left, pairBudget: 5000))?.edgeCount == 4950)
    }
}
