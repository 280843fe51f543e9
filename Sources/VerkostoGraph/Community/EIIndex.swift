import VerkostoSupport

/// Krackhardt & Stern's E-I index of a grouping: whole graph, each group and each vertex.
public struct EIIndex: Sendable, Hashable {
    /// `(E − I) / (E + I)` over all ties; `.nan` when the graph has no ties.
    public let whole: Double
    /// Ties (or weight) between groups over the whole graph: `E`.
    public let externalTies: Double
    /// Ties (or weight) within groups over the whole graph: `I`.
    public let internalTies: Double
    /// Per group (index = group label): ties from its members to other groups against ties inside it.
    /// `.nan` for a group with no ties.
    public let groups: [Double]
    /// Per vertex: ties to other groups against ties to its own group. `.nan` for a vertex with no ties.
    public let vertices: [Double]
}

/// The E-I index (Krackhardt & Stern 1988): `(E − I) / (E + I)` with `E` the ties between groups
/// and `I` the ties within groups; −1 is a closed silo, +1 only outward ties.
///
/// Ties are edges, or arcs when directed (a group's or vertex's own ties are then its out-arcs,
/// the rows of the adjacency matrix). An undirected tie between two groups counts once for the whole
/// graph and once for each of the two groups and vertices. Self-loops are ignored.
/// - Parameters:
///   - graph: the graph.
///   - groups: a group label `0 ..< k` per vertex.
///   - weighted: sum edge weights instead of counting ties.
/// - Returns: whole-graph, group and vertex indices.
/// - Complexity: O(*V* + *E*).
public func eiIndex(_ graph: Graph, groups: [Int32], weighted: Bool = false) -> EIIndex {
    let n = graph.vertexCount
    precondition(groups.count == n, "one group label per vertex")
    precondition(groups.allSatisfy { $0 >= 0 }, "group labels must be non-negative")
    let k = Int((groups.max() ?? -1) + 1)
    var groupE = [Double](repeating: 0, count: k), groupI = [Double](repeating: 0, count: k)
    var vertexE = [Double](repeating: 0, count: n), vertexI = [Double](repeating: 0, count: n)
    let w = weighted ? graph.weights : nil
    for u in 0..<n {
        let gu = Int(groups[u])
        for i in Int(graph.offsets[u])..<Int(graph.offsets[u + 1]) {
            let v = Int(graph.targets[i])
            if v == u { continue }
            let x = w?[i] ?? 1
            if Int(groups[v]) == gu { vertexI[u] += x; groupI[gu] += x } else { vertexE[u] += x; groupE[gu] += x }
        }
    }
    // Undirected rows hold each tie twice; the whole-graph totals count it once.
    let half = graph.isDirected ? 1.0 : 0.5
    let e = groupE.reduce(0, +) * half, i = groupI.reduce(0, +) * half
    return EIIndex(whole: eiRatio(e, i), externalTies: e, internalTies: i,
                   groups: zip(groupE, groupI).map(eiRatio), vertices: zip(vertexE, vertexI).map(eiRatio))
}

@inline(__always) func eiRatio(_ e: Double, _ i: Double) -> Double {
    e + i > 0 ? (e - i) / (e + i) : .nan
}

/// A permutation test of the whole-graph E-I index, as UCINET's E-I procedure reports it.
public struct EIPermutationTest: Sendable, Hashable {
    /// The observed whole-graph E-I index.
    public let observed: Double
    /// The E-I index expected from group sizes alone, if ties fell at random among pairs:
    /// `(P_E − P_I) / (P_E + P_I)` over the possible between- and within-group ties (the E-I of the
    /// complete graph with these groups).
    public let expected: Double
    /// Mean, standard deviation, smallest and largest E-I over the permutations.
    public let permutationMean: Double
    public let permutationSD: Double
    public let minimum: Double
    public let maximum: Double
    /// Share of permutations with E-I ≥ observed (one-sided, "more external than chance").
    public let pGreaterOrEqual: Double
    /// Share of permutations with E-I ≤ observed (one-sided, "more internal than chance").
    public let pLessOrEqual: Double
    /// Two-sided p-value: `min(1, 2 · min(pGreaterOrEqual, pLessOrEqual))`.
    public let pTwoSided: Double
    /// Number of permutations run.
    public let permutations: Int
}

/// Tests whether the whole-graph E-I index differs from chance by permuting group labels over vertices.
///
/// Each permutation shuffles `groups` (Fisher–Yates with ``SplitMix64``), keeping group sizes and the
/// graph fixed, and recomputes the whole-graph E-I; p-values are the shares of permutations at
/// least as extreme as observed (UCINET counts permutations only, without adding the observed one).
/// Ties are read as in ``eiIndex(_:groups:weighted:)``.
/// - Parameters:
///   - graph: the graph.
///   - groups: a group label `0 ..< k` per vertex.
///   - permutations: how many permutations to run (UCINET's default is 5000).
///   - seed: seed of the permutations; the same seed gives the same result.
///   - weighted: sum edge weights instead of counting ties.
/// - Returns: observed and expected E-I, permutation statistics and p-values.
/// - Complexity: O(permutations × (*V* + *E*)).
public func eiPermutationTest(_ graph: Graph, groups: [Int32], permutations: Int = 5000, seed: UInt64 = 0,
                              weighted: Bool = false) -> EIPermutationTest {
    precondition(permutations > 0, "at least one permutation")
    let n = graph.vertexCount
    let observed = eiIndex(graph, groups: groups, weighted: weighted).whole
    // Expected value from the possible ties given group sizes (ordered pairs; the ratio is the same
    // for unordered pairs).
    let k = Int((groups.max() ?? -1) + 1)
    var sizes = [Double](repeating: 0, count: k)
    for g in groups { sizes[Int(g)] += 1 }
    let possibleInternal = sizes.reduce(0) { $0 + $1 * ($1 - 1) }
    let possibleExternal = Double(n) * Double(n - 1) - possibleInternal
    let expected = eiRatio(possibleExternal, possibleInternal)

    let w = weighted ? graph.weights : nil
    var rng = SplitMix64(seed: seed)
    var labels = groups
    var sum = 0.0, sumSquares = 0.0, lo = Double.infinity, hi = -Double.infinity
    var atLeast = 0, atMost = 0
    let tolerance = 1e-12
    for _ in 0..<permutations {
        rng.shuffle(&labels)
        var e = 0.0, i = 0.0
        for u in 0..<n {
            let gu = labels[u]
            for s in Int(graph.offsets[u])..<Int(graph.offsets[u + 1]) {
                let v = Int(graph.targets[s])
                if v == u { continue }
                let x = w?[s] ?? 1
                if labels[v] == gu { i += x } else { e += x }
            }
        }
        let ei = eiRatio(e, i)
        sum += ei; sumSquares += ei * ei
        lo = min(lo, ei); hi = max(hi, ei)
        if ei >= observed - tolerance { atLeast += 1 }
        if ei <= observed + tolerance { atMost += 1 }
    }
    let count = Double(permutations)
    let mean = sum / count
    let variance = max(0, sumSquares / count - mean * mean)
    let pGE = Double(atLeast) / count, pLE = Double(atMost) / count
    return EIPermutationTest(observed: observed, expected: expected, permutationMean: mean,
                             permutationSD: variance.squareRoot(), minimum: lo, maximum: hi,
                             pGreaterOrEqual: pGE, pLessOrEqual: pLE, pTwoSided: min(1, 2 * min(pGE, pLE)),
                             permutations: permutations)
}
