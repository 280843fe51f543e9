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

/// Whether NetworkX would give `v` no value: no neighbours (no out-neighbours when directed,
/// since NetworkX tests `len(G[v]) == 0`, and `G[v]` holds successors only).
@inline(__always)
func hasNoBurtValue(_ graph: Graph, _ v: Int) -> Bool {
    graph.offsets[v] == graph.offsets[v + 1]
}
