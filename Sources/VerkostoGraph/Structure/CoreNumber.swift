/// The core number of every vertex by Batagelj & Zaversnik's bucket algorithm (2003), as NetworkX `core_number`.
///
/// The core number of `v` is the largest `k` such that `v` belongs to a subgraph in which every
/// vertex has degree at least `k`. Self-loops are ignored (NetworkX refuses graphs with them).
/// A directed graph uses in-degree + out-degree, as NetworkX. Parallel edges kept by the builder
/// count separately.
/// - Parameter graph: the graph.
/// - Returns: one core number per vertex.
/// - Complexity: O(*V* + *E*).
public func coreNumbers(_ graph: Graph) -> [Int] {
    let n = graph.vertexCount
    let reverse: Graph? = graph.isDirected ? graph.transposed() : nil
    var degree = [Int](repeating: 0, count: n)
    for v in 0..<n {
        for i in graph.edgeRange(of: Int32(v)) where Int(graph.targets[i]) != v { degree[v] += 1 }
        if let r = reverse {
            for i in r.edgeRange(of: Int32(v)) where Int(r.targets[i]) != v { degree[v] += 1 }
        }
    }
    let maxDegree = degree.max() ?? 0
    // bin[d] = start of the block of vertices with degree d in `order`.
    var bin = [Int](repeating: 0, count: maxDegree + 2)
    for d in degree { bin[d + 1] += 1 }
    for d in 0...maxDegree { bin[d + 1] += bin[d] }
    var position = [Int](repeating: 0, count: n)
    var order = [Int32](repeating: 0, count: n)
    var next = bin
    for v in 0..<n {
        position[v] = next[degree[v]]
        order[position[v]] = Int32(v)
        next[degree[v]] += 1
    }
    func lower(_ u: Int, below dv: Int) {
        let du = degree[u]
        guard du > dv else { return }
        // Swap u with the first vertex of its bin, then shrink the bin by one.
        let pu = position[u], pw = bin[du]
        let w = Int(order[pw])
        if u != w {
            order[pu] = Int32(w); position[w] = pu
            order[pw] = Int32(u); position[u] = pw
        }
        bin[du] += 1
        degree[u] = du - 1
    }
    for i in 0..<n {
        let v = Int(order[i])
        let dv = degree[v]
        for k in graph.edgeRange(of: Int32(v)) where Int(graph.targets[k]) != v {
            lower(Int(graph.targets[k]), below: dv)
        }
        if let r = reverse {
            for k in r.edgeRange(of: Int32(v)) where Int(r.targets[k]) != v {
                lower(Int(r.targets[k]), below: dv)
            }
        }
    }
    return degree
}
