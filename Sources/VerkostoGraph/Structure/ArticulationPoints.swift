/// An undirected edge `{u, v}` named by its end points, `u < v`.
public struct VertexPair: Sendable, Hashable, Comparable {
    /// The smaller end point.
    public let u: Int32
    /// The larger end point.
    public let v: Int32
    /// Creates the pair with the smaller id first.
    public init(_ a: Int32, _ b: Int32) { u = min(a, b); v = max(a, b) }
    /// Orders by `u`, then `v`.
    public static func < (l: VertexPair, r: VertexPair) -> Bool { (l.u, l.v) < (r.u, r.v) }
}

/// The cut vertices and cut edges of a graph.
public struct CutStructure: Sendable, Hashable {
    /// Vertices whose removal increases the number of connected components, ascending.
    public let articulationPoints: [Int32]
    /// Edges whose removal increases the number of connected components, ascending.
    public let bridges: [VertexPair]
}

/// Articulation points and bridges by Hopcroft & Tarjan's depth-first search (1973), iteratively.
///
/// The search keeps its own stack, so paths of any length (hundreds of thousands of vertices)
/// are fine. A directed graph is read as undirected. Self-loops are ignored. Parallel edges
/// kept by the builder are honoured: an edge with a parallel twin is never a bridge.
/// Matches NetworkX `articulation_points` and `bridges`.
/// - Parameter graph: the graph.
/// - Returns: the articulation points and bridges, each sorted.
/// - Complexity: O(*V* + *E*) time and O(*V*) extra space.
public func cutStructure(_ graph: Graph) -> CutStructure {
    let g = graph.isDirected ? undirectedView(graph) : graph
    let n = g.vertexCount
    var disc = [Int32](repeating: -1, count: n)
    var low = [Int32](repeating: 0, count: n)
    var parent = [Int32](repeating: -1, count: n)
    var cursor = [Int32](repeating: 0, count: n)   // next row slot to look at
    var skippedParent = [Bool](repeating: false, count: n)
    var isCut = [Bool](repeating: false, count: n)
    var bridges: [VertexPair] = []
    var stack: [Int32] = []
    stack.reserveCapacity(min(n, 1 << 16))
    var time: Int32 = 0
    let off = g.offsets, tgt = g.targets
    for root in 0..<n where disc[root] < 0 {
        disc[root] = time; low[root] = time; time += 1
        cursor[root] = off[root]
        stack.append(Int32(root))
        var rootChildren = 0
        while let top = stack.last {
            let u = Int(top)
            let i = Int(cursor[u])
            if i < Int(off[u + 1]) {
                cursor[u] += 1
                let x = Int(tgt[i])
                if x == u { continue }
                if x == Int(parent[u]) && !skippedParent[u] { skippedParent[u] = true; continue }
                if disc[x] < 0 {
                    parent[x] = Int32(u)
                    disc[x] = time; low[x] = time; time += 1
                    cursor[x] = off[x]
                    stack.append(Int32(x))
                    if u == root { rootChildren += 1 }
                } else if disc[x] < low[u] {
                    low[u] = disc[x]
                }
            } else {
                stack.removeLast()
                let p = Int(parent[u])
                if p >= 0 {
                    if low[u] < low[p] { low[p] = low[u] }
                    if low[u] > disc[p] { bridges.append(VertexPair(Int32(p), Int32(u))) }
                    if p != root && low[u] >= disc[p] { isCut[p] = true }
                }
            }
        }
        if rootChildren > 1 { isCut[root] = true }
    }
    var points: [Int32] = []
    for v in 0..<n where isCut[v] { points.append(Int32(v)) }
    bridges.sort()
    return CutStructure(articulationPoints: points, bridges: bridges)
}

/// The vertices whose removal disconnects their component; see ``cutStructure(_:)``.
/// - Complexity: O(*V* + *E*).
public func articulationPoints(_ graph: Graph) -> [Int32] { cutStructure(graph).articulationPoints }

/// The edges whose removal disconnects their component; see ``cutStructure(_:)``.
/// - Complexity: O(*V* + *E*).
public func bridges(_ graph: Graph) -> [VertexPair] { cutStructure(graph).bridges }

/// An undirected graph with an edge `{u, v}` for every arc `u → v` (weights summed; parallel arcs merged).
/// - Complexity: O(*V* + *E* log *d*).
func undirectedView(_ graph: Graph) -> Graph {
    guard graph.isDirected else { return graph }
    var b = GraphBuilder(vertexCount: graph.vertexCount, directed: false)
    b.reserveEdges(graph.targets.count)
    for u in 0..<graph.vertexCount {
        for i in Int(graph.offsets[u])..<Int(graph.offsets[u + 1]) {
            b.addEdge(Int32(u), graph.targets[i], weight: graph.weights?[i])
        }
    }
    return b.build()
}
