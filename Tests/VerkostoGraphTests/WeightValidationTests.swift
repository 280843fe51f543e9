import Testing
@testable import VerkostoGraph

@Suite struct WeightValidationTests {
    static func path(_ weights: [Double]) -> Graph {
        var b = GraphBuilder(vertexCount: weights.count + 1)
        for (i, w) in weights.enumerated() { b.addEdge(Int32(i), Int32(i + 1), weight: w) }
        return b.build()
    }

    @Test func positiveRuleNamesTheFirstBadEdgeInRowOrder() {
        let error = #expect(throws: InvalidEdgeWeightError.self) {
            try Self.path([1, 2, -3, 0]).validateWeights(.positive, for: "closeness")
        }
        #expect(error?.source == 2 && error?.target == 3 && error?.weight == -3)
        #expect(error?.description == "closeness needs every edge weight to be a finite number greater than 0, "
                + "but edge 2–3 weighs -3.0")
    }

    @Test func nonNegativeRuleAcceptsZero() throws {
        try Self.path([0, 1, 2]).validateWeights(.nonNegative, for: "PageRank")
        #expect(throws: InvalidEdgeWeightError.self) {
            try Self.path([0, .infinity]).validateWeights(.nonNegative, for: "PageRank")
        }
    }

    @Test func unweightedGraphsHaveNothingToCheck() throws {
        var b = GraphBuilder(vertexCount: 2)
        b.addEdge(0, 1)
        try b.build().validateWeights(.positive, for: "betweenness")
    }

    @Test func pageRankRefusesNegativeWeights() {
        #expect(throws: InvalidEdgeWeightError.self) { try pageRank(Self.path([1, -1])) }
    }
}
