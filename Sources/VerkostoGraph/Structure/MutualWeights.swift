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

/// The proportional tie strengths of one vertex at a time, `p(v, x) = m(v, x) / Σ_z m(v, z)`
/// (Burt 1992), for the measures that walk every ego network of a mutual-weight graph:
/// ``load(_:)`` scatters `v`'s row into dense arrays, ``clear(_:)`` resets only what it set, so a
/// whole pass costs O(Σ_v deg(v)) beyond the measure's own work.
struct EgoProportions {
    let graph: Graph
    let weights: [Double]
    /// Σ_z m(u, z) for every u.
    let rowSum: [Double]
    /// `p(v, x)` for the neighbours x of the loaded vertex v; 0 elsewhere.
    private(set) var proportion: [Double]
    /// Whether x is a neighbour of the loaded vertex.
    private(set) var isNeighbour: [Bool]

    /// - Parameter mutual: a graph from ``mutualWeightGraph(_:weighted:)`` (always weighted).
    init(_ mutual: Graph) {
        graph = mutual
        weights = mutual.weights!
        var sums = [Double](repeating: 0, count: mutual.vertexCount)
        for v in 0..<mutual.vertexCount {
            for i in Int(mutual.offsets[v])..<Int(mutual.offsets[v + 1]) { sums[v] += weights[i] }
        }
        rowSum = sums
        proportion = [Double](repeating: 0, count: mutual.vertexCount)
        isNeighbour = [Bool](repeating: false, count: mutual.vertexCount)
    }

    /// Loads `v`'s proportions and returns its row (edge positions) in the graph.
    mutating func load(_ v: Int) -> Range<Int> {
        let row = Int(graph.offsets[v])..<Int(graph.offsets[v + 1])
        for i in row {
            let x = Int(graph.targets[i])
            proportion[x] = weights[i] / rowSum[v]
            isNeighbour[x] = true
        }
        return row
    }

    /// Resets what ``load(_:)`` set for `row`.
    mutating func clear(_ row: Range<Int>) {
        for i in row {
            let x = Int(graph.targets[i])
            proportion[x] = 0
            isNeighbour[x] = false
        }
    }
}
