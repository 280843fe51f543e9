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
    } else {
        return multiSourceDistanceSums(graph, threads: threads)
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

/// Unweighted distance sums by multi-source BFS (Then et al. 2014, "The More the Merrier"):
/// 64 sources advance together, one bit each in a `UInt64` per vertex.
///
/// Sums are gathered at the *reached* vertex: BFS from s reaching v at level d adds d to v's
/// total. That is Σ_s d(s, v), the incoming distance sum NetworkX uses (for undirected graphs
/// the same as the outgoing one). Each level pulls the frontier bits of v's in-neighbours;
/// vertices already reached by every source of the batch are skipped.
/// - Complexity: O(⌈V / 64⌉ · levels · (V + E)) word operations.
func multiSourceDistanceSums(_ graph: Graph, threads: Int?) -> DistanceSums {
    let n = graph.vertexCount
    let batches = (n + 63) / 64
    let used = max(1, min(threads ?? availableProcessorCount(), batches))
    let rows = SharedRows(rows: 3 * used, width: n)  // per thread: total, inverse, reached
    let incoming = graph.transposed()
    incoming.withView(useWeights: false) { view in
        forEachSourceStripe(batches, threads: used) { thread, batchIndices in
            let offsets = view.offsets, targets = view.targets
            let total = rows.row(3 * thread), inverse = rows.row(3 * thread + 1), reached = rows.row(3 * thread + 2)
            var visitStore = [UInt64](repeating: 0, count: n)
            var frontierStore = visitStore, nextStore = visitStore
            visitStore.withUnsafeMutableBufferPointer { visit in
            frontierStore.withUnsafeMutableBufferPointer { frontierStart in
            nextStore.withUnsafeMutableBufferPointer { nextStart in
                var frontier = frontierStart, next = nextStart
                for b in batchIndices {
                    let first = 64 * b, count = min(64, n - first)
                    let full: UInt64 = count == 64 ? ~0 : (1 << UInt64(count)) - 1
                    for v in 0..<n { visit[v] = 0; frontier[v] = 0 }
                    for j in 0..<count { visit[first + j] = 1 << UInt64(j); frontier[first + j] = 1 << UInt64(j) }
                    var level = 0
                    var active = true
                    while active {
                        level += 1
                        active = false
                        let d = Double(level), inverseD = 1 / Double(level)
                        for v in 0..<n {
                            let seen = visit[v]
                            if seen == full { next[v] = 0; continue }
                            var gather: UInt64 = 0
                            for i in Int(offsets[v])..<Int(offsets[v + 1]) { gather |= frontier[Int(targets[i])] }
                            let fresh = gather & ~seen
                            next[v] = fresh
                            if fresh != 0 {
                                visit[v] = seen | fresh
                                active = true
                                let c = Double(fresh.nonzeroBitCount)
                                total[v] += d * c
                                inverse[v] += c * inverseD
                            }
                        }
                        swap(&frontier, &next)
                    }
                    for v in 0..<n { reached[v] += Double(visit[v].nonzeroBitCount) }
                }
            }}}
        }
    }
    var sums = DistanceSums(total: [Double](repeating: 0, count: n), inverse: [Double](repeating: 0, count: n),
                            reached: [Double](repeating: 0, count: n))
    for t in 0..<used {
        let total = rows.row(3 * t), inverse = rows.row(3 * t + 1), reached = rows.row(3 * t + 2)
        for v in 0..<n {
            sums.total[v] += total[v]; sums.inverse[v] += inverse[v]; sums.reached[v] += reached[v]
        }
    }
    return sums
}
