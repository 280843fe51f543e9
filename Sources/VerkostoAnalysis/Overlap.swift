import VerkostoGraph

/// How much two networks overlap in members, under every weighting at once.
public struct OverlapRow: Sendable, Hashable {
    /// Positions of the two networks on the two-mode graph's network side (`a < b`).
    public let a: Int
    public let b: Int
    /// Shared member organisations.
    public let shared: Int
    /// Shared / union of members.
    public let jaccard: Double
    /// Shared / the smaller member count.
    public let overlap: Double
    /// Newman's collaboration weight: Σ over shared members of 1 / (k − 1), k its network count.
    public let newman: Double

    /// The value of one weighting.
    public func value(_ weighting: ProjectionWeighting) -> Double {
        switch weighting {
        case .count: return Double(shared)
        case .jaccard: return jaccard
        case .overlap: return overlap
        case .newman: return newman
        }
    }
}

/// Every pair of networks that share at least one member, with all four weightings.
///
/// Definitions as NetworkX's bipartite projections (see ``ProjectionWeighting``).
/// - Parameters:
///   - twoMode: organisations × networks.
///   - metric: the weighting that `minimum` applies to and rows are ordered by (highest first).
///   - minimum: keep pairs whose `metric` value is at least this.
/// - Complexity: O(Σ k² over organisations + *P* log *P*), *P* the pairs.
public func overlapRows(_ twoMode: LabelledTwoMode, metric: ProjectionWeighting = .jaccard,
                        minimum: Double? = nil) -> [OverlapRow] {
    let graph = twoMode.graph
    var counts: [(Int32, Int32, Double)] = []
    forEachProjectedPair(graph, onto: .right, weighting: .count) { u, v, w in counts.append((u, v, w)); return true }
    var newman: [Double] = []
    newman.reserveCapacity(counts.count)
    // Both passes visit the same pairs in the same order (u, then v ascending).
    forEachProjectedPair(graph, onto: .right, weighting: .newman) { _, _, w in newman.append(w); return true }
    var rows: [OverlapRow] = []
    rows.reserveCapacity(counts.count)
    for (i, (u, v, shared)) in counts.enumerated() {
        let ku = Double(graph.degree(of: u, on: .right)), kv = Double(graph.degree(of: v, on: .right))
        let row = OverlapRow(a: Int(u), b: Int(v), shared: Int(shared), jaccard: shared / (ku + kv - shared),
                             overlap: shared / min(ku, kv), newman: newman[i])
        if let minimum, row.value(metric) < minimum { continue }
        rows.append(row)
    }
    rows.sort { lhs, rhs in
        let (l, r) = (lhs.value(metric), rhs.value(metric))
        return l != r ? l > r : (lhs.a, lhs.b) < (rhs.a, rhs.b)
    }
    return rows
}
