import VerkostoSupport

/// Which vertices a shortest-path measure starts its searches from.
///
/// Exact betweenness and closeness search from every vertex. Sampling K pivots instead gives the
/// estimates of Brandes & Pich (2007) for betweenness and Eppstein & Wang (2004) for closeness,
/// in O(*K E*) instead of O(*V E*).
public enum SourceSelection: Sendable, Hashable {
    /// Every vertex: the exact measure.
    case all
    /// `count` distinct pivots drawn uniformly at random with ``SplitMix64`` seeded by `seed`
    /// (the same seed gives the same pivots). A count of at least the vertex count means all.
    case sample(count: Int, seed: UInt64)
    /// These pivots, in this order (repeats are ignored).
    case given([Int32])

    /// The pivots for a graph of `n` vertices, or `nil` when every vertex is a source.
    /// - Complexity: O(*K*) expected for a sample, plus O(*n*) bits of bookkeeping.
    func pivots(vertexCount n: Int) -> [Int32]? {
        switch self {
        case .all:
            return nil
        case let .sample(count, seed):
            if count >= n { return nil }
            return samplePivots(count: max(0, count), from: n, seed: seed)
        case let .given(vertices):
            var seen = [Bool](repeating: false, count: n)
            var out: [Int32] = []
            for v in vertices where v >= 0 && Int(v) < n && !seen[Int(v)] {
                seen[Int(v)] = true
                out.append(v)
            }
            return out
        }
    }
}

/// `count` distinct integers from `0 ..< n`, uniformly (a partial Fisher–Yates shuffle, Knuth
/// 1997 §3.4.2, on a sparse swap table so that memory is O(count)).
func samplePivots(count: Int, from n: Int, seed: UInt64) -> [Int32] {
    var rng = SplitMix64(seed: seed)
    var swapped: [Int: Int] = [:]  // position → value, for positions moved by the shuffle
    swapped.reserveCapacity(2 * count)
    var out: [Int32] = []
    out.reserveCapacity(count)
    for i in 0..<count {
        let j = i + rng.below(n - i)
        let atJ = swapped[j] ?? j
        swapped[j] = swapped[i] ?? i
        out.append(Int32(atJ))
    }
    return out
}
