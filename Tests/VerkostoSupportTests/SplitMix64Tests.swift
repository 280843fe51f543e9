import Testing
import VerkostoSupport

/// Expected values from a Python transcription of Vigna's `splitmix64.c` and of Lemire's
/// "nearly divisionless" bounded draw (Lemire 2019, Algorithm 5), run with the same seed:
///
/// ```python
/// M = (1 << 64) - 1
/// def splitmix64(seed):
///     s = seed
///     while True:
///         s = (s + 0x9E3779B97F4A7C15) & M
///         z = ((s ^ (s >> 30)) * 0xBF58476D1CE4E5B9) & M
///         z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
///         yield z ^ (z >> 31)
/// def below(gen, b):
///     m = next(gen) * b
///     if m & M < b:
///         t = ((1 << 64) - b) % b
///         while m & M < t:
///             m = next(gen) * b
///     return m >> 64
/// ```
@Suite struct SplitMix64Tests {
    @Test func matchesTheReferenceSequence() {
        var random = SplitMix64(seed: 42)
        let expected: [UInt64] = [13_679_457_532_755_275_413, 2_949_826_092_126_892_291, 5_139_283_748_462_763_858,
                                  6_349_198_060_258_255_764, 701_532_786_141_963_250, 16_015_981_125_662_989_062]
        #expect((0..<6).map { _ in random.next() } == expected)
        // Seed 1234567, as Vigna's splitmix64.c prints it.
        var other = SplitMix64(seed: 1_234_567)
        #expect(other.next() == 6_457_827_717_110_365_317)
        #expect(other.next() == 3_203_168_211_198_807_973)
    }

    @Test func boundedDrawsMatchLemire() {
        var small = SplitMix64(seed: 42)
        #expect((0..<6).map { _ in small.below(7) } == [5, 1, 1, 2, 0, 6])
    }

    /// With bound 3 · 2⁶¹ a quarter of the draws fall in the biased zone and are drawn again: the
    /// second value here is the third raw draw (a biased multiply-shift would give
    /// 1106184784547584609, from the second).
    @Test func boundedDrawsRejectTheBiasedZone() {
        var random = SplitMix64(seed: 42)
        let bound = 3 << 61
        #expect((0..<6).map { _ in random.below(bound) } == [
            5_129_796_574_783_228_279, 1_927_231_405_673_536_446, 2_380_949_272_596_845_911,
            263_074_794_803_236_218, 6_005_992_922_123_620_898, 1_510_824_267_291_609_346,
        ])
    }

    @Test func unitIsInZeroOne() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<10_000 {
            let x = random.unit()
            #expect(x >= 0 && x < 1)
        }
    }

    @Test func shuffleIsAPermutationAndRepeats() {
        var a = SplitMix64(seed: 3), b = SplitMix64(seed: 3)
        var x = Array(0..<50), y = Array(0..<50)
        a.shuffle(&x)
        b.shuffle(&y)
        #expect(x == y)
        #expect(x.sorted() == Array(0..<50))
        #expect(x != Array(0..<50))
    }
}
