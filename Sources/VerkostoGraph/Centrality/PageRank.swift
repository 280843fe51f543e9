/// PageRank by power iteration (Page, Brin, Motwani & Winograd 1999), as NetworkX `pagerank`.
///
/// x ← α (x P + (Σ dangling x) / n) + (1 − α) / n, where P is the weight matrix with rows
/// divided by out-strength. Undirected edges count in both directions; a self-loop once.
/// Dangling vertices (out-strength 0, e.g. isolated ones) spread their score uniformly, as
/// NetworkX does without a `dangling` argument. Stops when the L1 change is below
/// `vertexCount * tolerance`. The result sums to 1.
/// - Parameters:
///   - graph: the graph.
///   - damping: α, the probability of following an edge (default 0.85).
///   - weighted: use `graph.weights` (NetworkX's default `weight="weight"`); ignored when none.
///   - tolerance: per-vertex tolerance (NetworkX default 1e-6).
///   - maxIterations: iteration limit (NetworkX default 100).
/// - Returns: one value per vertex; `[]` for the empty graph.
/// - Throws: ``InvalidEdgeWeightError`` for a negative, NaN or infinite weight;
///   ``ConvergenceError`` when `maxIterations` is reached first.
/// - Complexity: O(*V* + *E*) per iteration.
public func pageRank(_ graph: Graph, damping: Double = 0.85, weighted: Bool = true,
                     tolerance: Double = 1e-6, maxIterations: Int = 100) throws -> [Double] {
    let n = graph.vertexCount
    guard n > 0 else { return [] }
    let useWeights = weighted && graph.isWeighted
    if useWeights { try graph.validateWeights(.nonNegative, for: "PageRank") }
    // Out-strength of each vertex, then 1 / strength (0 marks a dangling vertex).
    var inverseOut = [Double](repeating: 0, count: n)
    for v in 0..<n {
        var s = 0.0
        if useWeights, let w = graph.weights {
            for i in Int(graph.offsets[v])..<Int(graph.offsets[v + 1]) { s += w[i] }
        } else {
            s = Double(graph.degree(of: Int32(v)))
        }
        inverseOut[v] = s != 0 ? 1 / s : 0
    }
    // Pull along in-edges: next[v] = Σ_u x[u] w(u,v) / out(u).
    let incoming = graph.transposed()
    let uniform = 1.0 / Double(n)
    var x = [Double](repeating: uniform, count: n)
    var next = x
    var share = x
    var change = Double.infinity
    for _ in 0..<maxIterations {
        var dangling = 0.0
        for v in 0..<n {
            share[v] = x[v] * inverseOut[v]
            if inverseOut[v] == 0 { dangling += x[v] }
        }
        let base = damping * dangling * uniform + (1 - damping) * uniform
        change = 0
        incoming.withView(useWeights: useWeights) { view in
            share.withUnsafeBufferPointer { share in
                x.withUnsafeBufferPointer { x in
                    next.withUnsafeMutableBufferPointer { next in
                        for v in 0..<n {
                            var sum = 0.0
                            if let w = view.weights {
                                for i in Int(view.offsets[v])..<Int(view.offsets[v + 1]) { sum += share[Int(view.targets[i])] * w[i] }
                            } else {
                                for i in Int(view.offsets[v])..<Int(view.offsets[v + 1]) { sum += share[Int(view.targets[i])] }
                            }
                            let value = damping * sum + base
                            next[v] = value
                            change += abs(value - x[v])
                        }
                    }
                }
            }
        }
        swap(&x, &next)
        if change < Double(n) * tolerance { return x }
    }
    throw ConvergenceError(algorithm: "pagerank", iterations: maxIterations, lastChange: change)
}
