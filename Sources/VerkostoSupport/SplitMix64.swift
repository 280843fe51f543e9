/// A small, fast, seeded pseudo-random generator (SplitMix64, Steele, Lea & Flood 2014; the
/// constants of Vigna's reference `splitmix64.c`).
///
/// Verkosto's one seeded generator: the randomised algorithms (Louvain, Leiden, permutation
/// tests), the data generator, benchmarks and tests use it, so that a seed repeats exactly on
/// every platform and Swift version. Bounded draws are unbiased.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0 ..< bound`, without bias: Lemire's multiply-shift with
    /// rejection (Lemire 2019, "Fast random integer generation in an interval").
    ///
    /// - Complexity: O(1) expected; a draw is rejected with probability below `bound` / 2⁶⁴.
    @inlinable public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        let b = UInt64(bound)
        var m = next().multipliedFullWidth(by: b)
        if m.low < b {
            let t = (0 &- b) % b
            while m.low < t { m = next().multipliedFullWidth(by: b) }
        }
        return Int(m.high)
    }

    /// A uniform double in `[0, 1)`.
    @inlinable public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Shuffles `a` in place (Fisher–Yates).
    @inlinable public mutating func shuffle<T>(_ a: inout [T]) {
        var i = a.count - 1
        while i > 0 {
            let j = below(i + 1)
            a.swapAt(i, j)
            i -= 1
        }
    }
}
