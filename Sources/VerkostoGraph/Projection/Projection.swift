import VerkostoSupport

/// How a projection weighs the tie between two vertices that share neighbours.
///
/// With N(u) the neighbours of u on the other side and k(x) the degree of x:
public enum ProjectionWeighting: String, Sendable, Hashable, CaseIterable {
    /// |N(u) ∩ N(v)|, as NetworkX `bipartite.weighted_projected_graph`.
    case count
    /// |N(u) ∩ N(v)| / |N(u) ∪ N(v)|, as `bipartite.overlap_weighted_projected_graph(jaccard=True)`.
    case jaccard
    /// |N(u) ∩ N(v)| / min(k(u), k(v)), as `bipartite.overlap_weighted_projected_graph(jaccard=False)`.
    case overlap
    /// Σ over shared x of 1 / (k(x) − 1) (Newman 2001), as `bipartite.collaboration_weighted_projected_graph`.
    case newman
}

/// A projection would hold more pairs than the budget allows.
public struct ProjectionTooLargeError: VerkostoError, Sendable, Hashable {
    /// The side that was being projected onto.
    public let side: BipartiteGraph.Side
    /// Upper bound on the pairs: min(Σ C(k, 2) over the other side, C(n, 2)); or pairs kept so far.
    public let pairs: Int
    /// The budget that was exceeded.
    public let budget: Int
    public var kind: FailureKind { .failure }
    /// What went wrong, in one line.
    public var message: String {
        "projecting onto the \(side) side would keep \(pairs) pairs, over the budget of \(budget)"
    }
    /// What the user can do about it.
    public var suggestion: String {
        "set a minimum weight (--min), project the other side, or raise the pair budget"
    }
    public var description: String { message + "; " + suggestion }
}

/// An upper bound on the pairs a projection onto `side` creates: Σ C(k(x), 2) over the vertices x of
/// the other side, capped by C(n, 2). Each shared neighbour adds one pair contribution.
/// - Parameters:
///   - graph: the two-mode graph.
///   - side: the side to project onto.
/// - Returns: the bound (saturating at `Int.max`).
/// - Complexity: O(size of the other side).
public func estimatedProjectionPairs(_ graph: BipartiteGraph, onto side: BipartiteGraph.Side) -> Int {
    let other = side.opposite
    var total = 0
    for x in 0..<graph.count(other) {
        let k = graph.degree(of: Int32(x), on: other)
        let (p, o1) = (k * (k - 1) / 2).addingReportingOverflow(total)
        total = o1 ? Int.max : p
    }
    let n = graph.count(side)
    return min(total, n * (n - 1) / 2)
}

/// Default pair budget for ``project(_:onto:weighting:minimumWeight:pairBudget:)``: 20 million
/// pairs, about 0.5 GB in the final CSR graph.
public let defaultProjectionPairBudget = 20_000_000

/// Calls `body(u, v, weight)` once for every pair u < v on `side` that shares a neighbour and
/// whose weight is at least `minimumWeight`, in order of u, then v ascending.
///
/// Row by row with a dense accumulator and a marker list (the per-row sparse accumulator of
/// Gustavson 1978): memory O(n) besides what `body` keeps. Only pairs with u < v are visited,
/// found by a cursor into each neighbour's sorted row.
/// - Parameters:
///   - graph: the two-mode graph.
///   - side: the side to project onto.
///   - weighting: see ``ProjectionWeighting``.
///   - minimumWeight: drop pairs below this weight (default: keep all).
///   - body: receives each kept pair; return `false` to stop early.
/// - Complexity: O(Σ k(x)² over the other side + n).
public func forEachProjectedPair(_ graph: BipartiteGraph, onto side: BipartiteGraph.Side,
                                 weighting: ProjectionWeighting, minimumWeight: Double = -.infinity,
                                 _ body: (Int32, Int32, Double) -> Bool) {
    let n = graph.count(side)
    let fromOffsets = side == .left ? graph.leftOffsets : graph.rightOffsets
    let fromTargets = side == .left ? graph.leftTargets : graph.rightTargets
    let viaOffsets = side == .left ? graph.rightOffsets : graph.leftOffsets
    let viaTargets = side == .left ? graph.rightTargets : graph.leftTargets
    let viaCount = viaOffsets.count - 1
    var accumulator = [Double](repeating: 0, count: n)
    var touched = [Int32](repeating: 0, count: n)
    var cursor = Array(viaOffsets.dropLast())  // position of the current u within each via row
    var contribution = [Double](repeating: 1, count: viaCount)
    if weighting == .newman {
        for x in 0..<viaCount {
            let k = viaOffsets[x + 1] - viaOffsets[x]
            contribution[x] = k > 1 ? 1 / Double(k - 1) : 0
        }
    }
    fromOffsets.withUnsafeBufferPointer { fo in
    fromTargets.withUnsafeBufferPointer { ft in
    viaOffsets.withUnsafeBufferPointer { vo in
    viaTargets.withUnsafeBufferPointer { vt in
    accumulator.withUnsafeMutableBufferPointer { acc in
    touched.withUnsafeMutableBufferPointer { touched in
    cursor.withUnsafeMutableBufferPointer { cursor in
    contribution.withUnsafeBufferPointer { contribution in
        for u in 0..<n {
            var count = 0
            let degreeU = Double(fo[u + 1] - fo[u])
            for i in Int(fo[u])..<Int(fo[u + 1]) {
                let x = Int(ft[i])
                let start = Int(cursor[x]) + 1   // vt[cursor[x]] == u; later entries are > u
                cursor[x] += 1
                let c = contribution[x]
                for j in start..<Int(vo[x + 1]) {
                    let v = Int(vt[j])
                    if acc[v] == 0 { touched[count] = Int32(v); count += 1 }
                    acc[v] += c
                }
            }
            if count == 0 { continue }
            touched[0..<count].sort()
            for t in 0..<count {
                let v = Int(touched[t])
                let shared = acc[v]
                acc[v] = 0
                let weight: Double
                switch weighting {
                case .count, .newman: weight = shared
                case .jaccard: weight = shared / (degreeU + Double(fo[v + 1] - fo[v]) - shared)
                case .overlap: weight = shared / min(degreeU, Double(fo[v + 1] - fo[v]))
                }
                if weight >= minimumWeight && !body(Int32(u), Int32(v), weight) {
                    for rest in (t + 1)..<count { acc[Int(touched[rest])] = 0 }
                    return
                }
            }
        }
    }}}}}}}}
}

/// Projects a two-mode graph onto one side: an undirected weighted ``Graph`` on that side's
/// vertices, with an edge between two vertices that share at least one neighbour.
///
/// Definitions match NetworkX `bipartite.weighted_projected_graph`,
/// `overlap_weighted_projected_graph` (jaccard true/false) and
/// `collaboration_weighted_projected_graph`; see ``ProjectionWeighting``. Every vertex of the
/// side is kept, isolated or not. Memory is bounded by `pairBudget`: when the pair bound of
/// ``estimatedProjectionPairs(_:onto:)`` exceeds it and no `minimumWeight` is given, the call
/// refuses up front; with a `minimumWeight` it streams and refuses only if the kept pairs
/// exceed the budget.
/// - Parameters:
///   - graph: the two-mode graph.
///   - side: the side to project onto.
///   - weighting: how to weigh ties (default `.count`).
///   - minimumWeight: keep only pairs with at least this weight (`nil`: keep all).
///   - pairBudget: most pairs to keep (default ``defaultProjectionPairBudget``).
/// - Returns: the projected graph; weights are similarities (see ``similarityToDistance(_:)``).
/// - Throws: ``ProjectionTooLargeError`` when the budget would be exceeded.
/// - Complexity: O(Σ k(x)² over the other side + n + pairs log pairs-per-row).
public func project(_ graph: BipartiteGraph, onto side: BipartiteGraph.Side,
                    weighting: ProjectionWeighting = .count, minimumWeight: Double? = nil,
                    pairBudget: Int = defaultProjectionPairBudget) throws(ProjectionTooLargeError) -> Graph {
    let n = graph.count(side)
    let bound = estimatedProjectionPairs(graph, onto: side)
    if bound > pairBudget && minimumWeight == nil {
        throw ProjectionTooLargeError(side: side, pairs: bound, budget: pairBudget)
    }
    // Upper-triangle pairs arrive ordered by u, then v.
    var rowCounts = [Int32](repeating: 0, count: n + 1)
    var us: [Int32] = [], vs: [Int32] = [], ws: [Double] = []
    let reserve = min(bound, pairBudget)
    us.reserveCapacity(reserve); vs.reserveCapacity(reserve); ws.reserveCapacity(reserve)
    var overflow = false
    forEachProjectedPair(graph, onto: side, weighting: weighting, minimumWeight: minimumWeight ?? -.infinity) { u, v, w in
        if us.count >= pairBudget { overflow = true; return false }
        us.append(u); vs.append(v); ws.append(w)
        rowCounts[Int(u) + 1] += 1
        rowCounts[Int(v) + 1] += 1
        return true
    }
    if overflow { throw ProjectionTooLargeError(side: side, pairs: us.count + 1, budget: pairBudget) }
    for i in 0..<n { rowCounts[i + 1] += rowCounts[i] }
    var cursor = rowCounts
    var targets = [Int32](repeating: 0, count: 2 * us.count)
    var weights = [Double](repeating: 0, count: 2 * us.count)
    // Row x gets its lower partners (from earlier u) first, ascending, then its upper ones: sorted.
    for i in 0..<us.count {
        let u = Int(us[i]), v = Int(vs[i])
        var slot = Int(cursor[u]); cursor[u] += 1
        targets[slot] = Int32(v); weights[slot] = ws[i]
        slot = Int(cursor[v]); cursor[v] += 1
        targets[slot] = Int32(u); weights[slot] = ws[i]
    }
    return Graph(uncheckedOffsets: rowCounts, targets: targets, weights: weights, isDirected: false,
                 edgeCount: us.count)
}
