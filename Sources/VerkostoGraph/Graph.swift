/// An immutable graph in compressed sparse row (CSR) form, with `Int32` vertex ids.
///
/// Vertex `v`'s neighbours are `targets[offsets[v] ..< offsets[v + 1]]`, sorted ascending;
/// when the graph is weighted, `weights` runs parallel to `targets`.
///
/// Rules:
/// - **Undirected** graphs store every edge `{u, v}` with `u != v` twice, as `u → v` and `v → u`;
///   ``edgeCount`` counts it once. A self-loop `{v, v}` is stored **once**, in `v`'s row, and
///   counts once in ``edgeCount``. (``degree(of:)`` is the row length, so a self-loop adds 1;
///   NetworkX's degree counts it twice, and ``degreeCentrality(_:)`` follows NetworkX.)
/// - **Directed** graphs store out-edges only; ``edgeCount`` is `targets.count`. Use
///   ``transposed()`` for in-edges.
/// - Parallel edges and self-loops follow the ``GraphBuilder/Options`` used to build the graph.
///
/// Labels are not part of a graph: keep `[String]` (and a `[String: Int32]` look-up) beside it.
public struct Graph: Sendable, Hashable {
    /// Row starts: `vertexCount + 1` entries, `offsets[0] == 0`, `offsets[vertexCount] == targets.count`.
    public let offsets: [Int32]
    /// Neighbour ids, row by row.
    public let targets: [Int32]
    /// Edge weights parallel to `targets`, or `nil` for an unweighted graph.
    public let weights: [Double]?
    /// Whether edges have a direction.
    public let isDirected: Bool
    /// Number of edges: undirected edges (including self-loops) once; directed edges once.
    public let edgeCount: Int

    /// Number of vertices.
    @inlinable public var vertexCount: Int { offsets.count - 1 }
    /// Whether the graph carries edge weights.
    @inlinable public var isWeighted: Bool { weights != nil }

    /// Creates a graph from CSR arrays, checking their shape.
    ///
    /// Prefer ``GraphBuilder``. Rows need not be sorted here, but undirected input must be
    /// symmetric (each `u → v`, `u != v`, matched by `v → u`); this is the caller's promise.
    /// - Complexity: O(*V* + *E*).
    public init(offsets: [Int32], targets: [Int32], weights: [Double]? = nil, isDirected: Bool) {
        precondition(!offsets.isEmpty && offsets[0] == 0, "offsets must start with 0")
        precondition(Int(offsets[offsets.count - 1]) == targets.count, "offsets must end at targets.count")
        precondition(weights == nil || weights!.count == targets.count, "weights must parallel targets")
        let n = offsets.count - 1
        var loops = 0
        for v in 0..<n {
            precondition(offsets[v] <= offsets[v + 1], "offsets must be non-decreasing")
            for i in Int(offsets[v])..<Int(offsets[v + 1]) {
                let t = targets[i]
                precondition(t >= 0 && Int(t) < n, "target out of range")
                if Int(t) == v { loops += 1 }
            }
        }
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.isDirected = isDirected
        self.edgeCount = isDirected ? targets.count : (targets.count - loops) / 2 + loops
    }

    /// Internal initialiser for builders that already know the edge count.
    init(uncheckedOffsets offsets: [Int32], targets: [Int32], weights: [Double]?, isDirected: Bool, edgeCount: Int) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.isDirected = isDirected
        self.edgeCount = edgeCount
    }

    /// The range of `v`'s row in `targets` (and `weights`).
    /// - Complexity: O(1).
    @inlinable public func edgeRange(of v: Int32) -> Range<Int> {
        Int(offsets[Int(v)]) ..< Int(offsets[Int(v) + 1])
    }

    /// The neighbours of `v` (out-neighbours when directed), sorted ascending.
    /// - Complexity: O(1).
    @inlinable public func neighbors(of v: Int32) -> ArraySlice<Int32> {
        targets[edgeRange(of: v)]
    }

    /// The weights of `v`'s edges, parallel to ``neighbors(of:)``; `nil` when unweighted.
    /// - Complexity: O(1).
    @inlinable public func edgeWeights(of v: Int32) -> ArraySlice<Double>? {
        weights.map { $0[edgeRange(of: v)] }
    }

    /// The number of entries in `v`'s row: its degree (out-degree when directed); a self-loop counts once.
    /// - Complexity: O(1).
    @inlinable public func degree(of v: Int32) -> Int {
        Int(offsets[Int(v) + 1] - offsets[Int(v)])
    }

    /// The sum of `v`'s edge weights (its degree when unweighted); a self-loop counts once.
    /// - Complexity: O(degree).
    public func strength(of v: Int32) -> Double {
        guard let w = weights else { return Double(degree(of: v)) }
        var s = 0.0
        for i in edgeRange(of: v) { s += w[i] }
        return s
    }

    /// The graph with every edge reversed (in-edge CSR of a directed graph); `self` when undirected.
    /// - Complexity: O(*V* + *E*).
    public func transposed() -> Graph {
        guard isDirected else { return self }
        let n = vertexCount
        var counts = [Int32](repeating: 0, count: n + 1)
        for t in targets { counts[Int(t) + 1] += 1 }
        for v in 0..<n { counts[v + 1] += counts[v] }
        var cursor = counts
        var newTargets = [Int32](repeating: 0, count: targets.count)
        var newWeights: [Double]? = weights == nil ? nil : [Double](repeating: 0, count: targets.count)
        for u in 0..<n {
            for i in Int(offsets[u])..<Int(offsets[u + 1]) {
                let t = Int(targets[i])
                let slot = Int(cursor[t])
                cursor[t] += 1
                newTargets[slot] = Int32(u)
                if let w = weights { newWeights![slot] = w[i] }
            }
        }
        return Graph(uncheckedOffsets: counts, targets: newTargets, weights: newWeights,
                     isDirected: true, edgeCount: edgeCount)
    }

    /// The same graph without weights.
    public func unweighted() -> Graph {
        Graph(uncheckedOffsets: offsets, targets: targets, weights: nil, isDirected: isDirected, edgeCount: edgeCount)
    }

    /// The same structure with weights replaced, e.g. by ``similarityToDistance(_:)``.
    /// - Parameter weights: one weight per entry of `targets` (both directions of an undirected edge).
    public func withWeights(_ weights: [Double]) -> Graph {
        precondition(weights.count == targets.count, "weights must parallel targets")
        return Graph(uncheckedOffsets: offsets, targets: targets, weights: weights, isDirected: isDirected,
                     edgeCount: edgeCount)
    }
}
