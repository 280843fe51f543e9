import Testing
@testable import VerkostoGraph
import VerkostoSupport

@Suite struct BreadthFirstOrderTests {
    /// A star on 1..4 around 0, a path 5–6–7, and 8 alone: the hub first, its leaves, then the
    /// other pieces from their first vertex.
    @Test func hubFirstThenRestartsByFirstVertex() {
        var b = GraphBuilder(vertexCount: 9)
        for leaf in 1...4 { b.addEdge(0, Int32(leaf)) }
        b.addEdge(5, 6); b.addEdge(6, 7)
        #expect(breadthFirstOrder(b.build()) == [0, 1, 2, 3, 4, 5, 6, 7, 8])
        var c = GraphBuilder(vertexCount: 5)
        c.addEdge(0, 1); c.addEdge(1, 2); c.addEdge(1, 3); c.addEdge(3, 4)  // hub 1
        #expect(breadthFirstOrder(c.build()) == [1, 0, 2, 3, 4])
    }

    @Test(arguments: [51, 52] as [UInt64])
    func relabellingKeepsTheGraph(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var b = GraphBuilder(vertexCount: 60, directed: seed % 2 == 0)
        for _ in 0..<150 {
            b.addEdge(Int32.random(in: 0..<60, using: &rng), Int32.random(in: 0..<60, using: &rng),
                      weight: Double.random(in: 0.5..<2, using: &rng))
        }
        let g = b.build()
        let order = breadthFirstOrder(g)
        #expect(order.sorted() == (0..<60).map { Int32($0) })
        var newId = [Int32](repeating: 0, count: 60)
        for (i, v) in order.enumerated() { newId[Int(v)] = Int32(i) }
        let h = g.relabelled(order: order, newId: newId)
        #expect(h.edgeCount == g.edgeCount && h.isDirected == g.isDirected)
        for v in 0..<60 {
            let row = g.neighbors(of: Int32(v)).map { newId[Int($0)] }
            let weights = Array(g.edgeWeights(of: Int32(v))!)
            let mapped = zip(row, weights).sorted { $0.0 < $1.0 }
            #expect(Array(h.neighbors(of: newId[v])) == mapped.map(\.0))
            #expect(Array(h.edgeWeights(of: newId[v])!) == mapped.map(\.1))
        }
    }
}
