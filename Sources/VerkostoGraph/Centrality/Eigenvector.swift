/// Eigenvector centrality by power iteration, as NetworkX `eigenvector_centrality`.
///
/// Iterates x ← (A + I) x from the uniform start, scaled to unit L2 norm, until the L1 change
/// is below `vertexCount * tolerance` (Bonacich 1987; NetworkX's shift by I makes bipartite
/// graphs, whose spectrum is symmetric, converge). Disconnected graphs: the result is the limit
/// of this same iteration from the uniform start, so components whose largest eigenvalue is
/// smaller decay towards 0 — exactly NetworkX's output, not a per-component normalisation.
/// A self-loop contributes its weight once (A[v][v] = w).
/// - Parameters:
///   - graph: an undirected graph (directed graphs use out-edges as NetworkX's left eigenvector does).
///   - weighted: use `graph.weights` as tie strengths (ignored when the graph has none).
///   - tolerance: per-vertex tolerance (NetworkX default 1e-6).
///   - maxIterations: iteration limit (NetworkX default 100).
/// - Returns: one value per vertex, unit L2 norm; `[]` for the empty graph.
/// - Throws: ``ConvergenceError`` when `maxIterations` is reached first.
/// - Complexity: O(*E*) per iteration.
public func eigenvector(_ graph: Graph, weighted: Bool = false, tolerance: Double = 1e-6,
                        maxIterations: Int = 100) throws -> [Double] {
    let n = graph.vertexCount
    guard n > 0 else { return [] }
    var x = [Double](repeating: 1.0 / Double(n), count: n)
    var next = x
    var change = Double.infinity
    for _ in 0..<maxIterations {
        // next = x + Aᵀx, computed as "every v sends x[v]·w to each neighbour" (NetworkX's order).
        graph.withView(useWeights: weighted) { view in
            x.withUnsafeBufferPointer { x in
                next.withUnsafeMutableBufferPointer { next in
                    for v in 0..<n { next[v] = x[v] }
                    for v in 0..<n {
                        let xv = x[v]
                        if let w = view.weights {
                            for i in Int(view.offsets[v])..<Int(view.offsets[v + 1]) { next[Int(view.targets[i])] += xv * w[i] }
                        } else {
                            for i in Int(view.offsets[v])..<Int(view.offsets[v + 1]) { next[Int(view.targets[i])] += xv }
                        }
                    }
                }
            }
        }
        var norm = 0.0
        for v in 0..<n { norm += next[v] * next[v] }
        norm = norm.squareRoot()
        if norm == 0 { norm = 1 }
        change = 0
        for v in 0..<n {
            next[v] /= norm
            change += abs(next[v] - x[v])
        }
        swap(&x, &next)
        if change < Double(n) * tolerance { return x }
    }
    throw ConvergenceError(algorithm: "eigenvector", iterations: maxIterations, lastChange: change)
}
