/// Newman's assortativity coefficient for a categorical vertex attribute, as NetworkX
/// `attribute_assortativity_coefficient`.
///
/// `r = (Σ_i e_ii − Σ_i a_i b_i) / (1 − Σ_i a_i b_i)`, where `e_ij` is the share of edge ends joining
/// category `i` to `j`, `a_i = Σ_j e_ij` and `b_j = Σ_i e_ij` (Newman 2003, eq. 2). An undirected edge
/// counts in both directions and a self-loop once, as NetworkX's adjacency walk does; a directed graph
/// counts each arc once. Weights are not used (NetworkX ignores them too).
/// - Parameters:
///   - graph: the graph.
///   - categories: a category label `0 ..< k` per vertex.
/// - Returns: `r` in `[−1, 1]`; `.nan` when undefined (no edges, or every edge inside one category,
///   where NetworkX divides 0 by 0).
/// - Complexity: O(*V* + *E* + *k*²) time, O(*k*²) memory.
public func attributeAssortativity(_ graph: Graph, categories: [Int32]) -> Double {
    let n = graph.vertexCount
    precondition(categories.count == n, "one category per vertex")
    let k = Int((categories.max() ?? -1) + 1)
    var diagonal = [Double](repeating: 0, count: k)
    var a = [Double](repeating: 0, count: k), b = [Double](repeating: 0, count: k)
    var total = 0.0
    for u in 0..<n {
        let cu = Int(categories[u])
        for i in Int(graph.offsets[u])..<Int(graph.offsets[u + 1]) {
            let cv = Int(categories[Int(graph.targets[i])])
            a[cu] += 1
            b[cv] += 1
            if cu == cv { diagonal[cu] += 1 }
            total += 1
        }
    }
    guard total > 0 else { return .nan }
    var trace = 0.0, products = 0.0
    for c in 0..<k {
        trace += diagonal[c] / total
        products += (a[c] / total) * (b[c] / total)
    }
    return (trace - products) / (1 - products)
}
