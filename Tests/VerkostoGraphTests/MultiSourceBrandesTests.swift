import Testing
@testable import VerkostoGraph
import VerkostoSupport

/// The eight-lane kernel against one search per source. The reference runs Dijkstra on the same
/// graph with every length 1 (a different code path: one source at a time, a heap), so both
/// must give the same dependencies.
@Suite struct MultiSourceBrandesTests {
    static func reference(_ g: Graph) throws -> [Double] {
        try betweenness(g.withWeights([Double](repeating: 1, count: g.targets.count)), weighted: true,
                        normalized: false, threads: 1)
    }

    @Test(arguments: [31, 32, 33, 34] as [UInt64])
    func agreesWithOneSourceAtATime(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        // Directed for even seeds; vertices 280..<300 isolated; a few self-loops and parallel edges kept.
        var b = GraphBuilder(vertexCount: 300, directed: seed % 2 == 0)
        for _ in 0..<700 {
            b.addEdge(Int32.random(in: 0..<280, using: &rng), Int32.random(in: 0..<280, using: &rng))
        }
        let g = b.build(.init(parallelEdges: .keep, selfLoops: .keep))
        let expected = try Self.reference(g)
        #expect(close(betweenness(g, normalized: false, threads: 1), expected, relative: 1e-12))
        #expect(close(betweenness(g, normalized: false, threads: 3), expected, relative: 1e-12))
    }

    /// A path of 600 vertices: searches go 599 levels deep, past what a byte per lane stores, so
    /// every batch falls back to single searches. Exact values by hand: on a path, vertex i lies
    /// between the i vertices before it and the n − 1 − i after it.
    @Test func deepSearchesFallBack() throws {
        let n = 600
        var b = GraphBuilder(vertexCount: n)
        for i in 0..<(n - 1) { b.addEdge(Int32(i), Int32(i + 1)) }
        let raw = betweenness(b.build(), normalized: false, threads: 2)
        #expect(raw == (0..<n).map { Double($0 * (n - 1 - $0)) })
    }

    /// A ring of 300 with chords every 50: the searches share little, so the kernel gives way to
    /// single searches after the first batch, and must still agree.
    @Test func lowSharingFallsBack() throws {
        var b = GraphBuilder(vertexCount: 300)
        for i in 0..<300 { b.addEdge(Int32(i), Int32((i + 1) % 300)) }
        for i in stride(from: 0, to: 300, by: 50) { b.addEdge(Int32(i), Int32((i + 150) % 300)) }
        let g = b.build()
        #expect(close(betweenness(g, normalized: false), try Self.reference(g), relative: 1e-12))
    }

    /// The kernel by itself: one batch of three sources on a 4-cycle 0–1–2–3–0. From 0: 2 is
    /// reached by two paths, one through 1, one through 3, so 1 and 3 each get 1/2; likewise from 2
    /// for 1 and 3; from 1, 0 and 2 get 1/2 each. Totals: 0 → 1/2, 1 → 1, 2 → 1/2, 3 → 1.
    @Test func oneBatchByHand() {
        var b = GraphBuilder(vertexCount: 4)
        b.addEdge(0, 1); b.addEdge(1, 2); b.addEdge(2, 3); b.addEdge(3, 0)
        let g = b.build()
        var out = [Double](repeating: 0, count: 4)
        let done = g.withView(useWeights: false) { view in
            let ws = MultiSourceBrandesWorkspace(view)
            return ([0, 1, 2] as [Int32]).withUnsafeBufferPointer { sources in
                out.withUnsafeMutableBufferPointer { ws.run(sources, into: $0) }
            }
        }
        #expect(done)
        #expect(out == [0.5, 1, 0.5, 1])
    }
}
