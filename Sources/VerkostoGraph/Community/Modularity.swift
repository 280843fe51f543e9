/// Newman–Girvan modularity with a resolution parameter, as NetworkX `community.modularity`.
///
/// Undirected: `Q = Σ_c [ L_c / m − γ (d_c / 2m)² ]`, where `L_c` is the weight of edges inside
/// community `c` (a self-loop counts once), `d_c` the sum of its vertices' degrees (a self-loop
/// counts twice) and `m` the total edge weight (Newman 2006; Reichardt & Bornholdt 2006 for γ).
/// Directed: `Q = Σ_c [ L_c / m − γ d⁺_c d⁻_c / m² ]` with out- and in-degree sums (Leicht & Newman 2008).
///
/// - Parameters:
///   - graph: the graph; its weights are used when present.
///   - membership: the community label (any non-negative integer) of each vertex.
///   - resolution: γ; above 1 favours smaller communities, below 1 larger ones.
/// - Returns: the modularity; 0 for a graph without edges (where NetworkX divides by zero).
/// - Complexity: O(*V* + *E*).
public func modularity(_ graph: Graph, membership: [Int32], resolution: Double = 1) -> Double {
    let n = graph.vertexCount
    precondition(membership.count == n, "membership needs one label per vertex")
    let labels = canonicalLabels(membership)
    let k = Int((labels.max() ?? -1) + 1)
    var inside = [Double](repeating: 0, count: k)
    var outSum = [Double](repeating: 0, count: k)
    var inSum = [Double](repeating: 0, count: k)
    var total = 0.0
    let w = graph.weights
    for u in 0..<n {
        let cu = Int(labels[u])
        for i in Int(graph.offsets[u])..<Int(graph.offsets[u + 1]) {
            let v = Int(graph.targets[i])
            let x = w?[i] ?? 1
            let cv = Int(labels[v])
            if graph.isDirected {
                total += x
                outSum[cu] += x
                inSum[cv] += x
                if cu == cv { inside[cu] += x }
            } else if v == u {
                total += x
                outSum[cu] += 2 * x
                inside[cu] += x
            } else {
                total += 0.5 * x
                outSum[cu] += x
                if cu == cv { inside[cu] += 0.5 * x }
            }
        }
    }
    guard total > 0 else { return 0 }
    var q = 0.0
    if graph.isDirected {
        let norm = 1 / (total * total)
        for c in 0..<k { q += inside[c] / total - resolution * outSum[c] * inSum[c] * norm }
    } else {
        let norm = 1 / (4 * total * total)
        for c in 0..<k { q += inside[c] / total - resolution * outSum[c] * outSum[c] * norm }
    }
    return q
}
