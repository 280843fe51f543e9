/// Closeness centrality with the Wasserman–Faust improvement for disconnected graphs, as
/// NetworkX `closeness_centrality(wf_improved=True)`; exact, or estimated from sampled pivots.
///
/// For vertex u reaching r − 1 other vertices at total distance D:
/// C(u) = ((r − 1) / D) · ((r − 1) / (n − 1)); 0 when u reaches nothing. For directed graphs
/// distances are measured *to* u (incoming), as NetworkX does. Weights are lengths and must be
/// finite and greater than 0.
///
/// **Sampling** (Eppstein & Wang 2004): with `sources: .sample(count: k, seed:)`, D and r − 1 are
/// estimated from the k pivots p as (n − 1)/k′ · Σ_p d(p, u) and (n − 1)/k′ · #{p reaching u},
/// where k′ is the number of pivots other than u; so C(u) ≈ (ρ / Σ_p d(p, u)) · (ρ / k′) with ρ
/// the pivots that reach u. The estimate of the mean distance is unbiased; C(u) is NaN when u is
/// the only pivot (k′ = 0). k ≥ n is the exact measure.
/// - Parameters:
///   - graph: the graph.
///   - weighted: use `graph.weights` as edge lengths (ignored when the graph has none).
///   - sources: every vertex (exact, the default) or sampled pivots.
///   - threads: threads to use; `nil` means all processors.
///   - progress: told how many sources are done, out of the number of sources.
/// - Returns: one value per vertex.
/// - Throws: ``InvalidEdgeWeightError`` when `weighted` and a weight is not a positive finite number.
/// - Complexity: O(*K E*) unweighted (in words of 64 sources: O(⌈*K*/64⌉ · levels · (*V* + *E*))),
///   O(*K E* log *V*) weighted, with *K* the number of sources.
public func closeness(_ graph: Graph, weighted: Bool, sources: SourceSelection = .all,
                      threads: Int? = nil, progress: ProgressHandler? = nil) throws(InvalidEdgeWeightError) -> [Double] {
    closenessValues(try distanceSums(graph, weighted: weighted, sources: sources, threads: threads, progress: progress))
}

/// Closeness of the graph read without weights, which cannot fail; see
/// ``closeness(_:weighted:sources:threads:progress:)``.
/// - Complexity: O(⌈*K*/64⌉ · levels · (*V* + *E*)) word operations, with *K* the number of sources.
public func closeness(_ graph: Graph, sources: SourceSelection = .all, threads: Int? = nil,
                      progress: ProgressHandler? = nil) -> [Double] {
    closenessValues(estimatedDistanceSums(graph, useWeights: false, sources: sources, threads: threads,
                                          progress: progress))
}

/// Wasserman–Faust closeness from (estimated) distance sums.
func closenessValues(_ sums: DistanceSums) -> [Double] {
    let n = sums.total.count
    var out = [Double](repeating: 0, count: n)
    for u in 0..<n {
        let total = sums.total[u], others = sums.others[u]
        if total.isNaN {
            out[u] = .nan
        } else if total > 0 && n > 1 {
            out[u] = (others / total) * (others / Double(n - 1))
        }
    }
    return out
}

/// Harmonic centrality: the sum of 1 / d(v, u) over all v ≠ u, as NetworkX `harmonic_centrality`;
/// exact, or estimated from sampled pivots.
///
/// Unreachable vertices add 0 (Marchiori & Latora 2000; Boldi & Vigna 2014). Not normalised.
/// For directed graphs distances are measured to u. Weights are lengths and must be finite and
/// greater than 0. Sampled: (n − 1)/k′ · Σ_p 1/d(p, u) over the pivots p other than u (unbiased).
/// - Parameters:
///   - graph: the graph.
///   - weighted: use `graph.weights` as edge lengths (ignored when the graph has none).
///   - sources: every vertex (exact, the default) or sampled pivots.
///   - threads: threads to use; `nil` means all processors.
///   - progress: told how many sources are done, out of the number of sources.
/// - Returns: one value per vertex.
/// - Throws: ``InvalidEdgeWeightError`` when `weighted` and a weight is not a positive finite number.
/// - Complexity: as ``closeness(_:weighted:sources:threads:progress:)``.
public func harmonic(_ graph: Graph, weighted: Bool, sources: SourceSelection = .all,
                     threads: Int? = nil, progress: ProgressHandler? = nil) throws(InvalidEdgeWeightError) -> [Double] {
    try distanceSums(graph, weighted: weighted, sources: sources, threads: threads, progress: progress).inverse
}

/// Harmonic centrality of the graph read without weights, which cannot fail; see
/// ``harmonic(_:weighted:sources:threads:progress:)``.
/// - Complexity: as ``closeness(_:sources:threads:progress:)``.
public func harmonic(_ graph: Graph, sources: SourceSelection = .all, threads: Int? = nil,
                     progress: ProgressHandler? = nil) -> [Double] {
    estimatedDistanceSums(graph, useWeights: false, sources: sources, threads: threads, progress: progress).inverse
}

/// Per-vertex sums over the other vertices at finite distance *to* it: Σ d, Σ 1/d, and how many
/// (all estimated from the pivots when sampled; NaN where no pivot other than the vertex exists).
struct DistanceSums {
    var total: [Double]
    var inverse: [Double]
    var others: [Double]
}

/// Distance sums from the sources of `sources`, scaled to estimates when they are a sample;
/// weights, when used, are checked first.
func distanceSums(_ graph: Graph, weighted: Bool, sources: SourceSelection, threads: Int?,
                  progress: ProgressHandler?) throws(InvalidEdgeWeightError) -> DistanceSums {
    let useWeights = weighted && graph.isWeighted
    if useWeights { try graph.validateWeights(.positive, for: "closeness") }
    return estimatedDistanceSums(graph, useWeights: useWeights, sources: sources, threads: threads, progress: progress)
}

/// ``distanceSums(_:weighted:sources:threads:progress:)`` after the weights were checked.
func estimatedDistanceSums(_ graph: Graph, useWeights: Bool, sources: SourceSelection, threads: Int?,
                           progress: ProgressHandler?) -> DistanceSums {
    let n = graph.vertexCount
    let pivots = sources.pivots(vertexCount: n)
    let list = pivots ?? (0..<Int32(n)).map { $0 }
    let raw = useWeights
        ? dijkstraDistanceSums(graph, sources: list, threads: threads, progress: progress)
        : multiSourceDistanceSums(graph, sources: list, threads: threads, progress: progress)
    // raw.others counts every source reaching u, u itself included when it is a source.
    var sums = raw
    guard let pivots else {
        for u in 0..<n { sums.others[u] -= 1 }
        return sums
    }
    var isPivot = [Bool](repeating: false, count: n)
    for p in pivots { isPivot[Int(p)] = true }
    for u in 0..<n {
        let own = isPivot[u] ? 1.0 : 0
        let otherPivots = Double(pivots.count) - own
        let scale = otherPivots > 0 ? Double(n - 1) / otherPivots : .nan
        sums.total[u] *= scale
        sums.inverse[u] *= scale
        sums.others[u] = (sums.others[u] - own) * scale
    }
    return sums
}

/// Distance sums by one Dijkstra search per source, each adding d(s, u) at every u it reaches
/// (into the rows of its stripe of ``accumulatorStripes``; the rows are summed in stripe order,
/// so the sums do not depend on the thread count).
/// - Complexity: O(*K E* log *V*).
func dijkstraDistanceSums(_ graph: Graph, sources: [Int32], threads: Int?, progress: ProgressHandler?) -> DistanceSums {
    let n = graph.vertexCount
    guard n > 0 else { return DistanceSums(total: [], inverse: [], others: []) }
    let stripes = max(1, min(accumulatorStripes, sources.count))
    let used = max(1, min(threads ?? availableProcessorCount(), stripes))
    let rows = SharedRows(rows: 3 * stripes, width: n)  // per stripe: total, inverse, reached
    let counter = ProgressCounter.make(progress, total: sources.count)
    graph.withView(useWeights: true) { view in
        forEachSourceStripe(stripes, threads: used) { _, stripeIndices in
            let ws = ShortestPathWorkspace(view)
            let order = ws.order, distance = ws.distance
            for stripe in stripeIndices {
                    let total = rows.row(3 * stripe), inverse = rows.row(3 * stripe + 1), reached = rows.row(3 * stripe + 2)
                for i in stride(from: stripe, to: sources.count, by: stripes) {
                    ws.run(from: Int(sources[i]))
                    reached[Int(order[0])] += 1
                    for k in 1..<max(1, ws.reached) {
                        let v = Int(order[k])
                        let d = distance[v]
                        total[v] += d
                        inverse[v] += 1 / d
                        reached[v] += 1
                    }
                    counter?.add(1)
                }
            }
        }
    }
    return rows.stripeSums(stripes)
}

/// Unweighted distance sums by multi-source BFS (Then et al. 2014, "The More the Merrier"):
/// 64 sources of `sources` advance together, one bit each in a `UInt64` per vertex.
///
/// Sums are gathered at the *reached* vertex: BFS from s reaching v at level d adds d to v's
/// total. That is Σ_s d(s, v), the incoming distance sum NetworkX uses (for undirected graphs
/// the same as the outgoing one). Each level pulls the frontier bits of v's in-neighbours;
/// vertices already reached by every source of the batch are skipped. Batches are dealt to
/// ``accumulatorStripes`` stripes summed in stripe order, so the sums do not depend on the
/// thread count.
/// - Complexity: O(⌈K / 64⌉ · levels · (V + E)) word operations for K sources.
func multiSourceDistanceSums(_ graph: Graph, sources: [Int32], threads: Int?, progress: ProgressHandler?) -> DistanceSums {
    let n = graph.vertexCount
    guard n > 0 else { return DistanceSums(total: [], inverse: [], others: []) }
    let batches = (sources.count + 63) / 64
    let counter = ProgressCounter.make(progress, total: sources.count)
    let stripes = max(1, min(accumulatorStripes, batches))
    let used = max(1, min(threads ?? availableProcessorCount(), stripes))
    let rows = SharedRows(rows: 3 * stripes, width: n)  // per stripe: total, inverse, reached
    let incoming = graph.transposed()
    incoming.withView(useWeights: false) { view in
        forEachSourceStripe(stripes, threads: used) { _, stripeIndices in
            let offsets = view.offsets, targets = view.targets
            var visitStore = [UInt64](repeating: 0, count: n)
            var frontierStore = visitStore, nextStore = visitStore
            visitStore.withUnsafeMutableBufferPointer { visit in
            frontierStore.withUnsafeMutableBufferPointer { frontierStart in
            nextStore.withUnsafeMutableBufferPointer { nextStart in
                var frontier = frontierStart, next = nextStart
                for stripe in stripeIndices {
                    let total = rows.row(3 * stripe), inverse = rows.row(3 * stripe + 1), reached = rows.row(3 * stripe + 2)
                    for b in stride(from: stripe, to: batches, by: stripes) {
                        let first = 64 * b, count = min(64, sources.count - first)
                        let full: UInt64 = count == 64 ? ~0 : (1 << UInt64(count)) - 1
                        for v in 0..<n { visit[v] = 0; frontier[v] = 0 }
                        for j in 0..<count {
                            let s = Int(sources[first + j])
                            visit[s] |= 1 << UInt64(j); frontier[s] |= 1 << UInt64(j)
                        }
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
                        counter?.add(count)
                    }
                }
            }}}
        }
    }
    return rows.stripeSums(stripes)
}

extension SharedRows {
    /// Distance sums from rows laid out as (total, inverse, reached) for each of `stripes`
    /// stripes, added in stripe order.
    func stripeSums(_ stripes: Int) -> DistanceSums {
        var sums = DistanceSums(total: [Double](repeating: 0, count: width), inverse: [Double](repeating: 0, count: width),
                                others: [Double](repeating: 0, count: width))
        for t in 0..<stripes {
            let total = row(3 * t), inverse = row(3 * t + 1), reached = row(3 * t + 2)
            for v in 0..<width {
                sums.total[v] += total[v]; sums.inverse[v] += inverse[v]; sums.others[v] += reached[v]
            }
        }
        return sums
    }
}
