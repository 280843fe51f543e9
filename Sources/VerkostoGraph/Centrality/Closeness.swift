/// Closeness centrality with the Wasserman–Faust improvement for disconnected graphs, as
/// NetworkX `closeness_centrality(wf_improved=True)`.
///
/// For vertex u reaching r − 1 other vertices at total distance D:
/// C(u) = ((r − 1) / D) · ((r − 1) / (n − 1)); 0 when u reaches nothing. For directed graphs
/// distances are measured *to* u (incoming), as NetworkX does. Weights are lengths.
/// Sources are split between threads (each writes only its own vertices).
/// - Parameters:
///   - graph: the graph.
///   - weighted: use `graph.weights` as edge lengths (ignored when the graph has none).
///   - threads: threads to use; `nil` means all processors.
/// - Returns: one value per vertex.
/// - Complexity: O(*V E*) unweighted, O(*V E* log *V*) weighted.
public func closeness(_ graph: Graph, weighted: Bool = false, threads: Int? = nil) -> [Double] {
    let n = graph.vertexCount
    let sums = distanceSums(graph, weighted: weighted, threads: threads)
    var out = [Double](repeating: 0, count: n)
    for u in 0..<n {
        let total = sums.total[u], others = sums.reached[u] - 1
        if total > 0 && n > 1 {
            out[u] = (others / total) * (others / Double(n - 1))
        }
    }
    return out
}

/// Harmonic centrality: the sum of 1 / d(v, u) over all v ≠ u, as NetworkX `harmonic_centrality`.
///
/// Unreachable vertices add 0 (Marchiori & Latora 2000; Boldi & Vigna 2014). Not normalised.
/// For directed graphs distances are measured to u. Weights are lengths.
/// - Parameters:
///   - graph: the graph.
///   - weighted: use `graph.weights` as edge lengths (ignored when the graph has none).
///   - threads: threads to use; `nil` means all processors.
/// - Returns: one value per vertex.
/// - Complexity: O(*V E*) unweighted, O(*V E* log *V*) weighted.
public func harmonic(_ graph: Graph, weighted: Bool = false, threads: Int? = nil) -> [Double] {
    distanceSums(graph, weighted: weighted, threads: threads).inverse
}

/// Per-vertex sums over the vertices at finite distance: Σ d, Σ 1/d, and how many (itself included).
struct DistanceSums {
    var total: [Double]
    var inverse: [Double]
    var reached: [Double]
}

func distanceSums(_ graph: Graph, weighted: Bool, threads: Int?) -> DistanceSums {
    let n = graph.vertexCount
    guard n > 0 else { return DistanceSums(total: [], inverse: [], reached: []) }
    let useWeights = weighted && graph.isWeighted
    if useWeights {
        precondition(graph.weights!.allSatisfy { $0 > 0 }, "closeness needs positive edge lengths")
    }
    // Rows of the block: total, inverse, reached. Each source writes only its own column.
    let rows = SharedRows(rows: 3, width: n)
    let incoming = graph.transposed()
    incoming.withView(useWeights: useWeights) { view in
        forEachSourceStripe(n, threads: threads) { _, sources in
            let ws = ShortestPathWorkspace(view)
            let total = rows.row(0), inverse = rows.row(1), reached = rows.row(2)
            let order = ws.order, distance = ws.distance
            for s in sources {
                ws.run(from: s)
                var t = 0.0, h = 0.0
                for k in 1..<max(1, ws.reached) {
                    let d = distance[Int(order[k])]
                    t += d
                    h += 1 / d
                }
                total[s] = t; inverse[s] = h; reached[s] = Double(ws.reached)
            }
        }
    }
    return DistanceSums(total: Array(rows.row(0)), inverse: Array(rows.row(1)), reached: Array(rows.row(2)))
}
