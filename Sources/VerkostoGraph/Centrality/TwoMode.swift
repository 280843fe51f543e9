/// Centrality of both sides of a two-mode graph, normalised by Borgatti & Everett (1997)
/// as `networkx.algorithms.bipartite`.
public struct TwoModeCentrality: Sendable, Hashable {
    /// Values of the left vertices, by left id.
    public var left: [Double]
    /// Values of the right vertices, by right id.
    public var right: [Double]

    public init(left: [Double], right: [Double]) {
        self.left = left
        self.right = right
    }
}

/// Two-mode degree centrality: a vertex's degree divided by the size of the other side, as
/// NetworkX `bipartite.degree_centrality`.
/// - Parameter graph: the two-mode graph.
/// - Returns: values for both sides (0 when the other side is empty).
/// - Complexity: O(*L* + *R*).
public func twoModeDegree(_ graph: BipartiteGraph) -> TwoModeCentrality {
    let l = graph.leftCount, r = graph.rightCount
    let toLeft = r > 0 ? 1.0 / Double(r) : 0, toRight = l > 0 ? 1.0 / Double(l) : 0
    return TwoModeCentrality(
        left: (0..<l).map { Double(graph.degree(of: Int32($0), on: .left)) * toLeft },
        right: (0..<r).map { Double(graph.degree(of: Int32($0), on: .right)) * toRight })
}

/// Two-mode betweenness: Brandes betweenness of the unified graph (unordered pairs) divided by
/// the largest value possible on each side (Borgatti & Everett 1997), as NetworkX
/// `bipartite.betweenness_centrality`; exact, or estimated from sampled pivots of the unified
/// graph, scaled as ``betweenness(_:weighted:normalized:sources:threads:progress:)`` scales them.
///
/// With n = |left|, m = |right|, s, t = divmod(n − 1, m), the left maximum is
/// ½ [m²(s+1)² + m(s+1)(2t − s − 1) − t(2s − t + 3)]; the right one swaps the roles. When one
/// side is empty no path passes through any vertex, and every value is 0.
/// - Parameters:
///   - graph: the two-mode graph.
///   - sources: every vertex (exact, the default) or sampled pivots, by unified id (left `u` is
///     `u`, right `r` is `leftCount + r`).
///   - threads: threads to use; `nil` means all processors.
///   - progress: told how many sources are done, out of the number of sources.
/// - Returns: values for both sides.
/// - Complexity: O(*K E*), with *K* the number of sources (*L* + *R* when exact).
public func twoModeBetweenness(_ graph: BipartiteGraph, sources: SourceSelection = .all, threads: Int? = nil,
                               progress: ProgressHandler? = nil) -> TwoModeCentrality {
    let l = graph.leftCount, r = graph.rightCount
    guard l > 0 && r > 0 else {
        return TwoModeCentrality(left: [Double](repeating: 0, count: l), right: [Double](repeating: 0, count: r))
    }
    let unified = graph.unifiedGraph()
    let pivots = sources.pivots(vertexCount: l + r)
    let raw = rawBetweenness(unified, weighted: false, pivots: pivots, threads: threads, progress: progress)
    let pairs = scaleBetweenness(raw, directed: false, normalized: false, pivots: pivots)
    let leftMax = maximumBetweenness(own: l, other: r)
    let rightMax = maximumBetweenness(own: r, other: l)
    return TwoModeCentrality(left: (0..<l).map { pairs[$0] / leftMax },
                             right: (0..<r).map { pairs[l + $0] / rightMax })
}

/// Borgatti–Everett maximum betweenness of a vertex on a side of `own` vertices facing `other`.
func maximumBetweenness(own n: Int, other m: Int) -> Double {
    let s = Double((n - 1) / m), t = Double((n - 1) % m), md = Double(m)
    return (md * md * (s + 1) * (s + 1) + md * (s + 1) * (2 * t - s - 1) - t * (2 * s - t + 3)) / 2
}

/// Two-mode closeness: for a left vertex, (m + 2(n − 1)) / Σ d, times the share of the graph it
/// reaches ((r − 1) / (n + m − 1)); symmetrically for right vertices. As NetworkX
/// `bipartite.closeness_centrality(normalized=True)`. Unweighted. Sampled pivots estimate Σ d and
/// r − 1 as ``closeness(_:weighted:sources:threads:progress:)`` does.
/// - Parameters:
///   - graph: the two-mode graph.
///   - sources: every vertex (exact, the default) or sampled pivots, by unified id.
///   - threads: threads to use; `nil` means all processors.
///   - progress: told how many sources are done, out of the number of sources.
/// - Returns: values for both sides; 0 for a vertex that reaches nothing.
/// - Complexity: O((*L* + *R*) *E*) exact; O(*K E*) from *K* pivots.
public func twoModeCloseness(_ graph: BipartiteGraph, sources: SourceSelection = .all, threads: Int? = nil,
                             progress: ProgressHandler? = nil) -> TwoModeCentrality {
    let l = graph.leftCount, r = graph.rightCount, total = l + r
    let sums = estimatedDistanceSums(graph.unifiedGraph(), useWeights: false, sources: sources, threads: threads,
                                     progress: progress)
    func value(_ v: Int, _ numerator: Double) -> Double {
        let d = sums.total[v]
        if d.isNaN { return .nan }
        guard d > 0 && total > 1 else { return 0 }
        return numerator / d * (sums.others[v] / Double(total - 1))
    }
    return TwoModeCentrality(left: (0..<l).map { value($0, Double(r + 2 * (l - 1))) },
                             right: (0..<r).map { value(l + $0, Double(l + 2 * (r - 1))) })
}
