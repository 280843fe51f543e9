import Testing
@testable import VerkostoGraph

@Suite struct BipartiteGraphTests {
    @Test func adjacencyBothWaysAndDuplicatesMerged() {
        let b = BipartiteGraph(leftCount: 3, rightCount: 2, left: [0, 1, 1, 2, 0], right: [0, 0, 1, 1, 0])
        #expect(b.edgeCount == 4)
        #expect(Array(b.neighbors(of: 1, on: .left)) == [0, 1])
        #expect(Array(b.neighbors(of: 0, on: .right)) == [0, 1])
        #expect(Array(b.neighbors(of: 1, on: .right)) == [1, 2])
        #expect(b.degree(of: 0, on: .left) == 1)
        let s = b.swapped()
        #expect(s.leftCount == 2 && Array(s.neighbors(of: 1, on: .left)) == [1, 2])
    }

    @Test func unifiedGraphShiftsRightIds() {
        let b = BipartiteGraph(leftCount: 2, rightCount: 2, left: [0, 1, 1], right: [0, 0, 1])
        let g = b.unifiedGraph()
        #expect(g.vertexCount == 4 && g.edgeCount == 3)
        #expect(Array(g.neighbors(of: 1)) == [2, 3])
        #expect(Array(g.neighbors(of: 2)) == [0, 1])
    }
}
