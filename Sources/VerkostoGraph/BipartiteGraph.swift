/// An immutable two-mode (affiliation) graph: left vertices (e.g. organisations) × right
/// vertices (e.g. networks), with CSR adjacency both ways.
///
/// Left ids are `0 ..< leftCount`, right ids `0 ..< rightCount`, each side numbered on its own.
/// Repeated pairs are merged: a left vertex is either attached to a right vertex or not.
/// Rows are sorted ascending. Labels live beside the graph, never inside it.
public struct BipartiteGraph: Sendable, Hashable {
    /// One side of a two-mode graph.
    public enum Side: Sendable, Hashable, CaseIterable {
        case left
        case right

        /// The other side.
        public var opposite: Side { self == .left ? .right : .left }
    }

    /// Row starts of the left → right adjacency (`leftCount + 1` entries).
    public let leftOffsets: [Int32]
    /// Right ids attached to each left vertex, row by row.
    public let leftTargets: [Int32]
    /// Row starts of the right → left adjacency (`rightCount + 1` entries).
    public let rightOffsets: [Int32]
    /// Left ids attached to each right vertex, row by row.
    public let rightTargets: [Int32]

    @inlinable public var leftCount: Int { leftOffsets.count - 1 }
    @inlinable public var rightCount: Int { rightOffsets.count - 1 }
    /// Number of distinct (left, right) pairs.
    @inlinable public var edgeCount: Int { leftTargets.count }

    /// Builds a two-mode graph from parallel arrays of pairs `(left[i], right[i])`.
    /// - Parameters:
    ///   - leftCount: number of left vertices.
    ///   - rightCount: number of right vertices.
    ///   - left: left id of each pair.
    ///   - right: right id of each pair, same length as `left`.
    /// - Complexity: O(*L* + *R* + *E* log *d*).
    public init(leftCount: Int, rightCount: Int, left: [Int32], right: [Int32]) {
        precondition(left.count == right.count, "left and right must have the same length")
        precondition(leftCount >= 0 && rightCount >= 0)
        precondition(left.count < Int(Int32.max), "too many pairs for Int32 offsets")
        for i in 0..<left.count {
            precondition(left[i] >= 0 && Int(left[i]) < leftCount && right[i] >= 0 && Int(right[i]) < rightCount,
                         "pair \(left[i]),\(right[i]) outside \(leftCount)×\(rightCount)")
        }
        let (lo, lt) = BipartiteGraph.rows(count: leftCount, from: left, to: right)
        // Build the reverse from the de-duplicated forward rows so both sides agree.
        var src: [Int32] = []
        src.reserveCapacity(lt.count)
        for u in 0..<leftCount {
            for _ in Int(lo[u])..<Int(lo[u + 1]) { src.append(Int32(u)) }
        }
        let (ro, rt) = BipartiteGraph.rows(count: rightCount, from: lt, to: src)
        leftOffsets = lo
        leftTargets = lt
        rightOffsets = ro
        rightTargets = rt
    }

    /// Sorted, de-duplicated CSR rows of `from[i] → to[i]`.
    private static func rows(count: Int, from: [Int32], to: [Int32]) -> ([Int32], [Int32]) {
        var offsets = [Int32](repeating: 0, count: count + 1)
        for f in from { offsets[Int(f) + 1] += 1 }
        for v in 0..<count { offsets[v + 1] += offsets[v] }
        var cursor = offsets
        var targets = [Int32](repeating: 0, count: from.count)
        for i in 0..<from.count {
            let f = Int(from[i])
            targets[Int(cursor[f])] = to[i]
            cursor[f] += 1
        }
        var write = 0
        var out = [Int32](repeating: 0, count: count + 1)
        for v in 0..<count {
            let start = Int(offsets[v]), end = Int(offsets[v + 1])
            targets[start..<end].sort()
            var previous: Int32 = -1
            for i in start..<end where targets[i] != previous {
                previous = targets[i]
                targets[write] = previous
                write += 1
            }
            out[v + 1] = Int32(write)
        }
        targets.removeLast(targets.count - write)
        return (out, targets)
    }

    /// Number of vertices on `side`.
    @inlinable public func count(_ side: Side) -> Int { side == .left ? leftCount : rightCount }

    /// The neighbours (on the other side) of vertex `v` of `side`, sorted ascending.
    /// - Complexity: O(1).
    @inlinable public func neighbors(of v: Int32, on side: Side) -> ArraySlice<Int32> {
        switch side {
        case .left: return leftTargets[Int(leftOffsets[Int(v)]) ..< Int(leftOffsets[Int(v) + 1])]
        case .right: return rightTargets[Int(rightOffsets[Int(v)]) ..< Int(rightOffsets[Int(v) + 1])]
        }
    }

    /// The degree of vertex `v` of `side`.
    /// - Complexity: O(1).
    @inlinable public func degree(of v: Int32, on side: Side) -> Int {
        switch side {
        case .left: return Int(leftOffsets[Int(v) + 1] - leftOffsets[Int(v)])
        case .right: return Int(rightOffsets[Int(v) + 1] - rightOffsets[Int(v)])
        }
    }

    /// The same data with the sides swapped.
    public func swapped() -> BipartiteGraph {
        BipartiteGraph(leftOffsets: rightOffsets, leftTargets: rightTargets,
                       rightOffsets: leftOffsets, rightTargets: leftTargets)
    }

    private init(leftOffsets: [Int32], leftTargets: [Int32], rightOffsets: [Int32], rightTargets: [Int32]) {
        self.leftOffsets = leftOffsets
        self.leftTargets = leftTargets
        self.rightOffsets = rightOffsets
        self.rightTargets = rightTargets
    }

    /// The one-mode undirected ``Graph`` on `leftCount + rightCount` vertices: left vertex `u`
    /// keeps id `u`, right vertex `r` becomes `leftCount + r`.
    /// - Complexity: O(*L* + *R* + *E*).
    public func unifiedGraph() -> Graph {
        let l = leftCount, n = leftCount + rightCount
        var offsets = [Int32](repeating: 0, count: n + 1)
        var targets = [Int32]()
        targets.reserveCapacity(2 * edgeCount)
        for u in 0..<l {
            for i in Int(leftOffsets[u])..<Int(leftOffsets[u + 1]) { targets.append(Int32(l) + leftTargets[i]) }
            offsets[u + 1] = Int32(targets.count)
        }
        for r in 0..<rightCount {
            targets.append(contentsOf: rightTargets[Int(rightOffsets[r])..<Int(rightOffsets[r + 1])])
            offsets[l + r + 1] = Int32(targets.count)
        }
        return Graph(uncheckedOffsets: offsets, targets: targets, weights: nil, isDirected: false,
                     edgeCount: edgeCount)
    }
}
