import Testing
@testable import VerkostoGraph

@Suite struct GraphBuilderTests {
    @Test func undirectedStoresBothDirectionsAndCountsOnce() {
        var b = GraphBuilder(vertexCount: 4)
        b.addEdge(0, 1)
        b.addEdge(2, 1)
        b.addEdge(3, 3)
        let g = b.build()
        #expect(g.vertexCount == 4)
        #expect(g.edgeCount == 3)
        #expect(!g.isDirected && !g.isWeighted)
        #expect(Array(g.neighbors(of: 1)) == [0, 2])
        #expect(Array(g.neighbors(of: 3)) == [3])
        #expect(g.degree(of: 1) == 2)
        #expect(g.offsets == [0, 1, 3, 4, 5])
    }

    @Test func parallelEdgesMergeSummingWeights() {
        var b = GraphBuilder(vertexCount: 3)
        b.addEdge(0, 1, weight: 2)
        b.addEdge(1, 0, weight: 0.5)
        b.addEdge(1, 2)
        let merged = b.build()
        #expect(merged.edgeCount == 2)
        #expect(Array(merged.neighbors(of: 1)) == [0, 2])
        #expect(Array(merged.edgeWeights(of: 1)!) == [2.5, 1])
        #expect(merged.strength(of: 1) == 3.5)
        let kept = b.build(.init(parallelEdges: .keep))
        #expect(kept.edgeCount == 3)
        #expect(Array(kept.neighbors(of: 0)) == [1, 1])
    }

    @Test func selfLoopsKeptOrDropped() {
        var b = GraphBuilder(vertexCount: 2)
        b.addEdge(0, 0)
        b.addEdge(0, 1)
        #expect(b.build().edgeCount == 2)
        let dropped = b.build(.init(selfLoops: .drop))
        #expect(dropped.edgeCount == 1)
        #expect(Array(dropped.neighbors(of: 0)) == [1])
    }

    @Test func directedKeepsOutEdgesAndTransposes() {
        var b = GraphBuilder(vertexCount: 3, directed: true)
        b.addEdge(0, 1)
        b.addEdge(0, 2)
        b.addEdge(2, 1)
        let g = b.build()
        #expect(g.edgeCount == 3)
        #expect(Array(g.neighbors(of: 1)).isEmpty)
        let t = g.transposed()
        #expect(Array(t.neighbors(of: 1)) == [0, 2])
        #expect(t.edgeCount == 3)
    }

    @Test func emptyAndOneVertex() {
        #expect(GraphBuilder().build().vertexCount == 0)
        var b = GraphBuilder()
        b.addVertex()
        let g = b.build()
        #expect(g.vertexCount == 1 && g.edgeCount == 0 && g.degree(of: 0) == 0)
    }

    @Test func csrInitialiserCountsUndirectedEdges() {
        let g = Graph(offsets: [0, 2, 3, 5], targets: [1, 2, 0, 0, 2], isDirected: false)
        #expect(g.edgeCount == 3)  // {0,1}, {0,2}, loop {2,2}
    }
}
