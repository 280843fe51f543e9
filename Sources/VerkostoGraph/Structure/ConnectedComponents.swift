/// Connected components: a component label per vertex and the size of each component.
///
/// Components are numbered `0 ..< count` in the order of their smallest vertex id.
public struct ConnectedComponents: Sendable, Hashable {
    /// The component of each vertex.
    public let labels: [Int32]
    /// The number of vertices in each component.
    public let sizes: [Int]
    /// Number of components.
    public var count: Int { sizes.count }
    /// The label of the largest component (the first one on ties), or `nil` for an empty graph.
    public var largest: Int32? {
        guard var best = sizes.indices.first else { return nil }
        for c in sizes.indices where sizes[c] > sizes[best] { best = c }
        return Int32(best)
    }

    /// Creates the result from a label per vertex and the size of each label's component.
    public init(labels: [Int32], sizes: [Int]) {
        self.labels = labels
        self.sizes = sizes
    }
}

/// Connected components by breadth-first search; weakly connected components when directed.
///
/// Matches NetworkX `connected_components` (`weakly_connected_components` when directed) up to
/// the numbering of the components.
/// - Parameter graph: the graph.
/// - Returns: labels and sizes.
/// - Complexity: O(*V* + *E*).
public func connectedComponents(_ graph: Graph) -> ConnectedComponents {
    let n = graph.vertexCount
    let reverse: Graph? = graph.isDirected ? graph.transposed() : nil
    var labels = [Int32](repeating: -1, count: n)
    var sizes: [Int] = []
    var queue = [Int32](repeating: 0, count: n)
    labels.withUnsafeMutableBufferPointer { label in
        queue.withUnsafeMutableBufferPointer { queue in
            graph.withView(useWeights: false) { g in
                for s in 0..<n where label[s] < 0 {
                    let c = Int32(sizes.count)
                    label[s] = c
                    queue[0] = Int32(s)
                    var head = 0, tail = 1
                    while head < tail {
                        let u = Int(queue[head]); head += 1
                        for i in Int(g.offsets[u])..<Int(g.offsets[u + 1]) {
                            let x = Int(g.targets[i])
                            if label[x] < 0 { label[x] = c; queue[tail] = Int32(x); tail += 1 }
                        }
                        if let r = reverse {
                            for i in r.edgeRange(of: Int32(u)) {
                                let x = Int(r.targets[i])
                                if label[x] < 0 { label[x] = c; queue[tail] = Int32(x); tail += 1 }
                            }
                        }
                    }
                    sizes.append(tail)
                }
            }
        }
    }
    return ConnectedComponents(labels: labels, sizes: sizes)
}
