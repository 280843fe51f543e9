import Testing
@testable import VerkostoGraph

@Suite struct SourceSelectionTests {
    @Test func sampleIsDistinctRepeatableAndInRange() {
        let a = SourceSelection.sample(count: 40, seed: 5).pivots(vertexCount: 100)!
        #expect(a.count == 40 && Set(a).count == 40 && a.allSatisfy { $0 >= 0 && $0 < 100 })
        #expect(a == SourceSelection.sample(count: 40, seed: 5).pivots(vertexCount: 100))
        #expect(a != SourceSelection.sample(count: 40, seed: 6).pivots(vertexCount: 100))
    }

    @Test func allAndOversizedSamplesMeanEveryVertex() {
        #expect(SourceSelection.all.pivots(vertexCount: 10) == nil)
        #expect(SourceSelection.sample(count: 10, seed: 1).pivots(vertexCount: 10) == nil)
        #expect(SourceSelection.sample(count: 11, seed: 1).pivots(vertexCount: 10) == nil)
        #expect(SourceSelection.sample(count: 0, seed: 1).pivots(vertexCount: 10) == [])
    }

    @Test func givenDropsRepeatsAndStrangers() {
        #expect(SourceSelection.given([3, 1, 3, -1, 12, 0]).pivots(vertexCount: 10) == [3, 1, 0])
    }

    /// Every vertex is about equally likely: 20,000 samples of 3 from 10 should pick each vertex
    /// 6,000 times, with a standard deviation of about 65; allow 5 of them.
    @Test func sampleIsUniform() {
        var hits = [Int](repeating: 0, count: 10)
        for seed in 0..<20_000 as Range<UInt64> {
            for v in SourceSelection.sample(count: 3, seed: seed).pivots(vertexCount: 10)! { hits[Int(v)] += 1 }
        }
        #expect(hits.allSatisfy { abs($0 - 6000) < 325 }, "\(hits)")
    }
}
