import Testing
@testable import VerkostoGraph

struct LabelPair: @unchecked Sendable, CustomTestStringConvertible {
    let name: String
    let a: [Int32], b: [Int32]
    let nmi: Double, ari: Double
    var testDescription: String { name }

    static let all: [LabelPair] = (StructureFixtures.root["partition_comparison"] as! [[String: Any]]).map {
        LabelPair(name: $0["name"] as! String, a: ($0["a"] as! [Int]).map(Int32.init),
                  b: ($0["b"] as! [Int]).map(Int32.init), nmi: $0["nmi"] as! Double, ari: $0["ari"] as! Double)
    }
}

@Suite struct PartitionComparisonTests {
    @Test(arguments: LabelPair.all)
    func matchesScikitLearn(_ p: LabelPair) {
        #expect(abs(normalizedMutualInformation(p.a, p.b) - p.nmi) < 1e-12)
        #expect(abs(adjustedRandIndex(p.a, p.b) - p.ari) < 1e-12)
    }

    @Test func byHand() {
        // a = [0,0,1,1], b = [0,1,0,1]: every cell holds 1, so I = Σ ¼ log(¼ / (½ · ½)) = 0 → NMI 0.
        // ARI: Σ C(n_ij,2) = 0, Σ C(a_i,2) = Σ C(b_j,2) = 2, C(4,2) = 6 → X = 4/6;
        // (0 − 2/3) / (2 − 2/3) = −1/2.
        #expect(normalizedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1]) == 0)
        #expect(abs(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1]) + 0.5) < 1e-15)
        // Equal up to renaming: both 1.
        #expect(abs(normalizedMutualInformation([5, 5, 2, 9], [0, 0, 1, 2]) - 1) < 1e-15)
        #expect(adjustedRandIndex([5, 5, 2, 9], [0, 0, 1, 2]) == 1)
        // Both a single class: 1 (scikit-learn's convention).
        #expect(normalizedMutualInformation([3, 3], [1, 1]) == 1 && adjustedRandIndex([3, 3], [1, 1]) == 1)
    }
}
