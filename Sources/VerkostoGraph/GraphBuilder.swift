/// Collects edges by vertex index and builds an immutable ``Graph`` once.
///
/// ```swift
/// var b = GraphBuilder(vertexCount: 3)
/// b.addEdge(0, 1)
/// b.addEdge(1, 2, weight: 0.5)
/// let g = b.build()
/// ```
/// The graph is weighted when any edge was given a weight; edges added without one weigh 1.
public struct GraphBuilder: Sendable {
    /// What to do with repeated edges between the same two vertices.
    public enum ParallelEdges: Sendable, Hashable {
        /// Keep one edge; its weight is the sum of the weights (NetworkX `Graph` keeps the last; we sum).
        case merge
        /// Keep every copy (a multigraph).
        case keep
    }

    /// What to do with edges from a vertex to itself.
    public enum SelfLoops: Sendable, Hashable {
        case keep
        case drop
    }

    /// Build options. The default merges parallel edges (summing weights) and keeps self-loops.
    public struct Options: Sendable, Hashable {
        public var parallelEdges: ParallelEdges
        public var selfLoops: SelfLoops
        public init(parallelEdges: ParallelEdges = .merge, selfLoops: SelfLoops = .keep) {
            self.parallelEdges = parallelEdges
            self.selfLoops = selfLoops
        }
    }

    /// Number of vertices so far; ids are `0 ..< vertexCount`.
    public private(set) var vertexCount: Int
    /// Whether the graph to build is directed.
    public let isDirected: Bool
    private var sources: [Int32] = []
    private var destinations: [Int32] = []
    private var edgeWeights: [Double] = []
    private var hasWeights = false

    /// Creates a builder for `vertexCount` vertices.
    public init(vertexCount: Int = 0, directed: Bool = false) {
        precondition(vertexCount >= 0 && vertexCount < Int(Int32.max), "vertex count out of range")
        self.vertexCount = vertexCount
        self.isDirected = directed
    }

    /// Number of edges added so far (before merging).
    public var addedEdgeCount: Int { sources.count }

    /// Adds a vertex and returns its id.
    @discardableResult
    public mutating func addVertex() -> Int32 {
        vertexCount += 1
        return Int32(vertexCount - 1)
    }

    /// Adds `count` vertices; returns the id of the first one.
    @discardableResult
    public mutating func addVertices(_ count: Int) -> Int32 {
        precondition(count >= 0)
        vertexCount += count
        return Int32(vertexCount - count)
    }

    /// Reserves room for `count` edges.
    public mutating func reserveEdges(_ count: Int) {
        sources.reserveCapacity(count)
        destinations.reserveCapacity(count)
    }

    /// Adds the edge `u – v` (or `u → v` when directed).
    /// - Parameter weight: the edge weight, or `nil` for 1 (and no weight if no edge has one).
    /// - Precondition: `u` and `v` are existing vertex ids.
    public mutating func addEdge(_ u: Int32, _ v: Int32, weight: Double? = nil) {
        precondition(u >= 0 && Int(u) < vertexCount && v >= 0 && Int(v) < vertexCount,
                     "edge \(u)-\(v) names a vertex outside 0..<\(vertexCount)")
        if let weight {
            if !hasWeights {
                edgeWeights = [Double](repeating: 1, count: sources.count)
                edgeWeights.reserveCapacity(sources.capacity)
                hasWeights = true
            }
            edgeWeights.append(weight)
        } else if hasWeights {
            edgeWeights.append(1)
        }
        sources.append(u)
        destinations.append(v)
    }

    /// Builds the graph: rows sorted by target id, parallel edges and self-loops as `options` say.
    /// - Complexity: O(*V* + *E* log *d*), *d* the largest degree.
    public func build(_ options: Options = Options()) -> Graph {
        let n = vertexCount
        let keepLoops = options.selfLoops == .keep
        // Count row lengths.
        var offsets = [Int32](repeating: 0, count: n + 1)
        var stored = 0
        for i in 0..<sources.count {
            let u = Int(sources[i]), v = Int(destinations[i])
            if u == v {
                if keepLoops { offsets[u + 1] += 1; stored += 1 }
            } else {
                offsets[u + 1] += 1; stored += 1
                if !isDirected { offsets[v + 1] += 1; stored += 1 }
            }
        }
        precondition(stored < Int(Int32.max), "too many edge entries for Int32 offsets")
        for v in 0..<n { offsets[v + 1] += offsets[v] }
        // Scatter.
        var cursor = offsets
        var targets = [Int32](repeating: 0, count: stored)
        var weights: [Double] = hasWeights ? [Double](repeating: 0, count: stored) : []
        for i in 0..<sources.count {
            let u = Int(sources[i]), v = Int(destinations[i])
            if u == v && !keepLoops { continue }
            var slot = Int(cursor[u]); cursor[u] += 1
            targets[slot] = Int32(v)
            if hasWeights { weights[slot] = edgeWeights[i] }
            if !isDirected && u != v {
                slot = Int(cursor[v]); cursor[v] += 1
                targets[slot] = Int32(u)
                if hasWeights { weights[slot] = edgeWeights[i] }
            }
        }
        // Sort each row (with weights), then merge duplicates if asked.
        var order: [Int] = []
        var rowTargets: [Int32] = []
        var rowWeights: [Double] = []
        var write = 0
        var newOffsets = [Int32](repeating: 0, count: n + 1)
        let merge = options.parallelEdges == .merge
        for v in 0..<n {
            let start = Int(offsets[v]), end = Int(offsets[v + 1])
            if hasWeights {
                order.removeAll(keepingCapacity: true)
                order.append(contentsOf: start..<end)
                order.sort { targets[$0] < targets[$1] || (targets[$0] == targets[$1] && $0 < $1) }
                rowTargets.removeAll(keepingCapacity: true)
                rowWeights.removeAll(keepingCapacity: true)
                for i in order { rowTargets.append(targets[i]); rowWeights.append(weights[i]) }
            } else {
                rowTargets.removeAll(keepingCapacity: true)
                rowTargets.append(contentsOf: targets[start..<end])
                rowTargets.sort()
            }
            for j in 0..<rowTargets.count {
                if merge && j > 0 && rowTargets[j] == rowTargets[j - 1] {
                    if hasWeights { weights[write - 1] += rowWeights[j] }
                    continue
                }
                targets[write] = rowTargets[j]
                if hasWeights { weights[write] = rowWeights[j] }
                write += 1
            }
            newOffsets[v + 1] = Int32(write)
        }
        targets.removeLast(targets.count - write)
        if hasWeights { weights.removeLast(weights.count - write) }
        var edgeCount = write
        if !isDirected {
            var loops = 0
            for v in 0..<n {
                for i in Int(newOffsets[v])..<Int(newOffsets[v + 1]) where Int(targets[i]) == v { loops += 1 }
            }
            edgeCount = (write - loops) / 2 + loops
        }
        return Graph(uncheckedOffsets: newOffsets, targets: targets, weights: hasWeights ? weights : nil,
                     isDirected: isDirected, edgeCount: edgeCount)
    }
}
