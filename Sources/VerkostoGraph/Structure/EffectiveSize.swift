/// Burt's effective size of every vertex's ego network (Burt 1992), as NetworkX `nx.effective_size`.
///
/// `e(v) = Σ_{u ∈ N(v)} (1 − Σ_{w ∈ N(v)} p(v,w) · m(u,w) / max_z m(u,z))`, with `p` and `m` as in
/// ``constraint(_:weighted:)``. For an unweighted undirected graph NetworkX (and this function) uses
/// Borgatti's (1997) simplification `e(v) = n − 2t / n`, with `n` the neighbours of `v` other than
/// `v` and `t` the edges among them (a neighbour's self-loop counts as one such edge).
///
/// - Parameters:
///   - graph: the graph; parallel edges are merged by summing their weights.
///   - weighted: use edge weights (ignored if the graph has none).
/// - Returns: one value per vertex; `.nan` for a vertex with no neighbour other than itself (in
///   either direction), where effective size is not defined.
/// - Note: NetworkX 3.6's default (scipy) path of `effective_size` divides by the largest mutual
///   weight of the wrong vertex on weighted and directed graphs; this follows the formula above,
///   which NetworkX's per-vertex path (`nodes=` given) computes.
/// - Complexity: O(Σ_v deg(v)²).
public func effectiveSize(_ graph: Graph, weighted: Bool = true) -> [Double] {
    let n = graph.vertexCount
    let useWeights = weighted && graph.isWeighted
    let g = mutualWeightGraph(graph, weighted: useWeights)
    let w = g.weights!
    var out = [Double](repeating: .nan, count: n)
    var isNeighbor = [Bool](repeating: false, count: n)
    if !graph.isDirected && !useWeights {
        for v in 0..<n {
            if hasNoBurtValue(g, v) { continue }
            let row = Int(g.offsets[v])..<Int(g.offsets[v + 1])
            var size = 0
            for i in row where Int(g.targets[i]) != v { isNeighbor[Int(g.targets[i])] = true; size += 1 }
            var twiceTies = 0
            for i in row {
                let u = Int(g.targets[i])
                if u == v { continue }
                for k in Int(g.offsets[u])..<Int(g.offsets[u + 1]) {
                    let x = Int(g.targets[k])
                    if x == u { twiceTies += 2 } else if isNeighbor[x] { twiceTies += 1 }
                }
            }
            if size > 0 { out[v] = Double(size) - Double(twiceTies) / Double(size) }
            for i in row { isNeighbor[Int(g.targets[i])] = false }
        }
        return out
    }
    var rowMax = [Double](repeating: 0, count: n)
    for v in 0..<n {
        for i in Int(g.offsets[v])..<Int(g.offsets[v + 1]) { rowMax[v] = max(rowMax[v], w[i]) }
    }
    var ego = EgoProportions(g)
    for v in 0..<n {
        if hasNoBurtValue(g, v) { continue }
        let row = ego.load(v)
        var e = Double(row.count)
        for i in row {
            let u = Int(g.targets[i])
            var r = 0.0
            for k in Int(g.offsets[u])..<Int(g.offsets[u + 1]) {
                let x = Int(g.targets[k])
                if ego.isNeighbour[x] { r += ego.proportion[x] * (w[k] / rowMax[u]) }
            }
            e -= r
        }
        out[v] = e
        ego.clear(row)
    }
    return out
}

/// Burt's efficiency: effective size divided by the number of neighbours (Burt 1992, p. 52).
///
/// The neighbour count is that of the mutual-weight graph of ``effectiveSize(_:weighted:)``:
/// distinct neighbours, predecessors and successors together when directed, the vertex itself excluded.
/// - Parameters:
///   - graph: the graph.
///   - weighted: use edge weights for the effective size.
/// - Returns: one value per vertex; `.nan` where the effective size is `.nan`.
/// - Complexity: as ``effectiveSize(_:weighted:)``.
public func efficiency(_ graph: Graph, weighted: Bool = true) -> [Double] {
    let sizes = effectiveSize(graph, weighted: weighted)
    let g = mutualWeightGraph(graph, weighted: false)
    var out = sizes
    for v in 0..<graph.vertexCount {
        var d = 0
        for i in Int(g.offsets[v])..<Int(g.offsets[v + 1]) where Int(g.targets[i]) != v { d += 1 }
        out[v] = d > 0 ? sizes[v] / Double(d) : .nan
    }
    return out
}
