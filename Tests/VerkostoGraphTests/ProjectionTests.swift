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
            #expect(error.suggestion.contains("minimum weight"))
        }
        // With a threshold it streams, and still stops once the kept pairs pass the budget.
        #expect(throws: ProjectionTooLargeError.self) {
            try project(b, onto: .left, minimumWeight: 1, pairBudget: 1000)
        }
        #expect(throws: Never.self) { try project(b, onto: .left, minimumWeight: 2, pairBudget: 1000) }
        #expect((try? project(b, onto: .left, pairBudget: 5000))?.edgeCount == 4950)
    }

    /// Random two-mode data with both kinds of rows: left vertices in 1–3 networks (the sorted-merge
    /// kernel when projecting onto the left) and up to 14 (the dense kernel), right vertices with
    /// many members. Every weighting on both sides against a direct count over sets, and the same
    /// graph, to the bit, from 1, 2 and 3 threads.
    @Test(arguments: [41, 42] as [UInt64])
    func bothKernelsAgreeWithSetsAndThreadCounts(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        var left: [Int32] = [], right: [Int32] = []
        for u in 0..<150 {
            let k = u % 10 == 0 ? Int.random(in: 9...14, using: &rng) : Int.random(in: 1...3, using: &rng)
            for _ in 0..<k { left.append(Int32(u)); right.append(Int32.random(in: 0..<30, using: &rng)) }
        }
        let b = BipartiteGraph(leftCount: 150, rightCount: 30, left: left, right: right)
        for side in BipartiteGraph.Side.allCases {
            let n = b.count(side)
            let sets = (0..<n).map { Set(b.neighbors(of: Int32($0), on: side)) }
            let other = side.opposite
            for weighting in ProjectionWeighting.allCases {
                let g = try project(b, onto: side, weighting: weighting, threads: 1)
                var expected: [[Double]] = []
                for u in 0..<n {
                    for v in 0..<n where v != u {
                        let shared = sets[u].intersection(sets[v])
                        if shared.isEmpty { continue }
                        let c = Double(shared.count), du = Double(sets[u].count), dv = Double(sets[v].count)
                        let w: Double
                        switch weighting {
                        case .count: w = c
                        case .jaccard: w = c / Double(sets[u].union(sets[v]).count)
                        case .overlap: w = c / min(du, dv)
                        case .newman: w = shared.sorted().reduce(0) { $0 + 1 / Double(b.degree(of: $1, on: other) - 1) }
                        }
                        expected.append([Double(u), Double(v), w])
                    }
                }
                var got: [[Double]] = []
                for u in 0..<Int32(n) {
                    let w = g.edgeWeights(of: u)!
                    for (i, v) in g.neighbors(of: u).enumerated() { got.append([Double(u), Double(v), w[w.startIndex + i]]) }
                }
                #expect(got.map { [$0[0], $0[1]] } == expected.map { [$0[0], $0[1]] }, "\(side) \(weighting)")
                #expect(close(got.map { $0[2] }, expected.map { $0[2] }, relative: 1e-14), "\(side) \(weighting)")
                #expect(try project(b, onto: side, weighting: weighting, threads: 2) == g)
                #expect(try project(b, onto: side, weighting: weighting, threads: 3) == g)
                // The streaming form lists the upper triangle of the same graph.
                var streamed: [[Double]] = []
                forEachProjectedPair(b, onto: side, weighting: weighting) { u, v, w in
                    streamed.append([Double(u), Double(v), w]); return true
                }
                #expect(streamed == got.filter { $0[0] < $0[1] }, "\(side) \(weighting)")
            }
        }
    }

    @Test func reportsRowsAsProgress() throws {
        let d = Fixtures.bipartite[0]
        let log = ProgressLog()
        _ = try project(d.graph, onto: .left, threads: 2, progress: log.record)
        let n = d.graph.leftCount
        #expect(log.calls.last.map { $0.done == n && $0.total == n } == true)
    }
}
