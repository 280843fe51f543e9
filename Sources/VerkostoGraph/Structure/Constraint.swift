/// Burt's constraint of every vertex (Burt 1992), as NetworkX `nx.constraint`.
///
/// `c(v) = Σ_{j ∈ N(v)} ℓ(v, j)`, with local constraint `ℓ(v, j) = (p(v,j) + Σ_{q ∈ N(v)} p(v,q) p(q,j))²`
/// and `p(u, x) = m(u, x) / Σ_{z ∈ N(u)} m(u, z)` the normalised mutual weight, where
/// `m(u, x) = a(u, x) + a(x, u)`. `N(u)` holds predecessors and successors when directed.
/// A self-loop makes a vertex its own neighbour, exactly as in NetworkX.
///
/// - Parameters:
///   - graph: the graph; parallel edges are merged by summing their weights.
///   - weighted: use edge weights (ignored if the graph has none).
/// - Returns: one value per vertex; `.nan` for a vertex with no neighbour other than itself
///   (in either direction), where constraint is not defined.
/// - Complexity: O(*V* + Σ_v Σ_{q ∈ N(v)} deg(q)), that is O(Σ_v deg(v)²).
public func constraint(_ graph: Graph, weighted: Bool = true) -> [Double] {
    let n = graph.vertexCount
    let g = mutualWeightGraph(graph, weighted: weighted)
    let w = g.weights!
    var ego = EgoProportions(g)
    var out = [Double](repeating: .nan, count: n)
    var indirect = [Double](repeating: 0, count: n)  // Σ_q p(v,q) p(q,x)
    for v in 0..<n {
        if hasNoBurtValue(g, v) { continue }
        let row = ego.load(v)
        for i in row {
            let q = Int(g.targets[i])
            let pvq = ego.proportion[q]
            for k in Int(g.offsets[q])..<Int(g.offsets[q + 1]) {
                let x = Int(g.targets[k])
                if ego.isNeighbour[x] { indirect[x] += pvq * (w[k] / ego.rowSum[q]) }
            }
        }
        var c = 0.0
        for i in row {
            let x = Int(g.targets[i])
            let l = ego.proportion[x] + indirect[x]
            c += l * l
            indirect[x] = 0
        }
        out[v] = c
        ego.clear(row)
    }
    return out
}
