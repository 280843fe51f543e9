/// Betweenness centrality by Brandes' algorithm (Brandes 2001), normalised as NetworkX
/// `betweenness_centrality`.
///
/// For each vertex v, the sum over pairs s ≠ v ≠ t of σ(s,t | v) / σ(s,t). With
/// `normalized`, values are divided by (n − 1)(n − 2) for directed graphs and by
/// (n − 1)(n − 2) / 2 for undirected ones; without it, undirected values count each
/// unordered pair once. Graphs with n ≤ 2 get zeros.
///
/// Weighted runs treat weights as **distances** (Dijkstra); turn similarities into
/// distances first with ``similarityToDistance(_:)``. Weights must be positive.
/// Sources are split between threads, each accumulating into its own buffer; the buffers
/// are then summed in a fixed order, so the result equals the one-thread result to rounding.
/// - Parameters:
///   - graph: the graph; for directed graphs paths follow edge direction.
///   - weighted: use `graph.weights` as edge lengths (ignored when the graph has none).
///   - normalized: divide as NetworkX does (default `true`).
///   - threads: threads to use; `nil` means all processors.
/// - Returns: one value per vertex.
/// - Complexity: O(*V E*) unweighted, O(*V E* log *V*) weighted; O(*V* · threads) memory.
public func betweenness(_ graph: Graph, weighted: Bool = false, normalized: Bool = true,
                        threads: Int? = nil) -> [Double] {
    let n = graph.vertexCount
    var raw = rawBetweenness(graph, weighted: weighted, threads: threads)
    guard n > 2 else { return [Double](repeating: 0, count: n) }
    let scale: Double
    if normalized {
        scale = 1.0 / (Double(n - 1) * Double(n - 2))
    } else {
        scale = graph.isDirected ? 1 : 0.5
    }
    for i in 0..<n { raw[i] *= scale }
    return raw
}

/// Brandes' sums over ordered source–target pairs, before any scaling.
func rawBetweenness(_ graph: Graph, weighted: Bool, threads: Int?) -> [Double] {
    let n = graph.vertexCount
    guard n > 0 else { return [] }
    let useWeights = weighted && graph.isWeighted
    if useWeights {
        precondition(graph.weights!.allSatisfy { $0 > 0 }, "betweenness needs positive edge lengths")
    }
    let requested = max(1, min(threads ?? availableProcessorCount(), n))
    let sums = SharedRows(rows: requested, width: n)
    graph.withView(useWeights: useWeights) { forward in
        forEachSourceStripe(n, threads: requested) { thread, sources in
            let ws = ShortestPathWorkspace(forward)
            let out = sums.row(thread)
            for s in sources {
                ws.run(from: s)
                accumulateDependencies(ws, into: out)
            }
        }
    }
    return sums.columnSums()
}

/// Brandes' phase two, pulled from successors: δ(v) = σ(v) Σ_{w: v ∈ P(w)} (1 + δ(w)) / σ(w),
/// taken in reverse order of distance; δ(v) is added to `out[v]` for every v except the source.
///
/// Pulling writes each δ once (no scattered read-modify-write), and successors are out-edges,
/// so directed graphs need no transposed copy. `ws.delta` holds (1 + δ(w)) / σ(w).
@inline(__always)
func accumulateDependencies(_ ws: ShortestPathWorkspace, into out: UnsafeMutableBufferPointer<Double>) {
    let graph = ws.graph
    let offsets = graph.offsets, targets = graph.targets
    let sigma = ws.sigma, coefficient = ws.delta, order = ws.order
    if let weights = graph.weights {
        let distance = ws.distance
        var k = ws.reached - 1
        while k > 0 {  // order[0] is the source: it gets no dependency
            let v = Int(order[k]); k -= 1
            let dv = distance[v]
            var sum = 0.0
            for i in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(targets[i])
                if dv + weights[i] == distance[w] { sum += coefficient[w] }
            }
            let delta = sigma[v] * sum
            coefficient[v] = (1 + delta) / sigma[v]
            out[v] += delta
        }
    } else {
        let hops = ws.hops
        var k = ws.reached - 1
        while k > 0 {  // order[0] is the source: it gets no dependency
            let v = Int(order[k]); k -= 1
            let next = hops[v] + 1
            var sum = 0.0
            for i in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(targets[i])
                let c = coefficient[w]
                sum += hops[w] == next ? c : 0  // branch-free: this test is unpredictable
            }
            let delta = sigma[v] * sum
            coefficient[v] = (1 + delta) / sigma[v]
            out[v] += delta
        }
    }
}

/// Turns similarity weights (larger = closer, e.g. Jaccard or shared-member counts) into
/// distances for path-based measures: d = 1 / w.
///
/// Betweenness, closeness and harmonic centrality read weights as lengths, so a strong tie
/// must become a short edge. 1/w keeps the order of ties and maps w = 1 to length 1.
/// - Parameter graph: a weighted graph with positive weights.
/// - Returns: the same graph with each weight w replaced by 1 / w.
/// - Complexity: O(*E*).
public func similarityToDistance(_ graph: Graph) -> Graph {
    guard let w = graph.weights else { return graph }
    precondition(w.allSatisfy { $0 > 0 }, "similarities must be positive to invert")
    return graph.withWeights(w.map { 1 / $0 })
}
