/// Degree centrality: degree / (n − 1), as NetworkX `degree_centrality`.
///
/// Follows NetworkX's degree: an undirected self-loop counts twice; a directed graph uses
/// in-degree + out-degree. A graph with one vertex gets `[0]` (NetworkX returns 1 there by
/// dividing by 1; we treat n − 1 = 0 as no possible neighbours).
/// - Parameter graph: the graph; parallel edges kept in it count separately.
/// - Returns: one value per vertex.
/// - Complexity: O(*V* + *E*).
public func degreeCentrality(_ graph: Graph) -> [Double] {
    let n = graph.vertexCount
    let raw = nxDegree(graph, weighted: false)
    guard n > 1 else { return [Double](repeating: 0, count: n) }
    let scale = 1.0 / Double(n - 1)
    return raw.map { $0 * scale }
}

/// Strength: the sum of edge weights at each vertex, as NetworkX `G.degree(weight="weight")`.
///
/// An undirected self-loop counts twice; a directed graph sums in- and out-weights. Without
/// weights this is the (NetworkX) degree.
/// - Parameter graph: the graph.
/// - Returns: one value per vertex.
/// - Complexity: O(*V* + *E*).
public func strength(_ graph: Graph) -> [Double] {
    nxDegree(graph, weighted: true)
}

func nxDegree(_ graph: Graph, weighted: Bool) -> [Double] {
    let n = graph.vertexCount
    var out = [Double](repeating: 0, count: n)
    let w = weighted ? graph.weights : nil
    for v in 0..<n {
        for i in Int(graph.offsets[v])..<Int(graph.offsets[v + 1]) {
            let x = w?[i] ?? 1
            let t = Int(graph.targets[i])
            if graph.isDirected {
                out[v] += x
                out[t] += x
            } else {
                out[v] += t == v ? 2 * x : x
            }
        }
    }
    return out
}
