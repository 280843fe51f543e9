/// The symmetric "mutual weight" graph behind Burt's measures, as NetworkX `mutual_weight`.
///
/// Weight of `{u, v}` is `a(u,v) + a(v,u)`: for a directed graph the two arcs' weights summed;
/// for an undirected graph every edge (and self-loop) gets the same factor 2, which cancels in
/// every ratio, so the edge weight itself is kept. Parallel edges are merged by summing.
/// Unweighted graphs use weight 1 per arc, as NetworkX's `weight=None`.
/// - Complexity: O(*V* + *E* log *d*).
func mutualWeightGraph(_ graph: Graph, weighted: Bool) -> Graph {
    let n = graph.vertexCount
    var b = GraphBuilder(vertexCount: n, directed: false)
    b.reserveEdges(graph.targets.count)
    let w = weighted ? graph.weights : nil
    for u in 0..<n {
        for i in Int(graph.offsets[u])..<Int(graph.offsets[u + 1]) {
            let v = Int(graph.targets[i])
            let x = w?[i] ?? 1
            if graph.isDirected {
                b.addEdge(Int32(u), Int32(v), weight: x)
                if u == v { b.addEdge(Int32(u), Int32(v), weight: x) }  // a(u,u) + a(u,u)
            } else if u <= v {
                b.addEdge(Int32(u), Int32(v), weight: x)
            }
        }
    }
    if b.addedEdgeCount == 0 {  // keep the graph weighted even with no edges
        return b.build().withWeights([])
    }
    let g = b.build()
    return g.isWeighted ? g : g.withWeights([Double](repeating: 1, count: g.targets.count))
}

/// Whether Burt's measures are undefined at `v`: it has no neighbour other than itself, in either
/// direction. (`mutual` is the graph from ``mutualWeightGraph(_:weighted:)``.)
@inline(__always)
func hasNoBurtValue(_ mutual: Graph, _ v: Int) -> Bool {
    for i in Int(mutual.offsets[v])..<Int(mutual.offsets[v + 1]) where Int(mutual.targets[i]) != v { return false }
    return true
}
