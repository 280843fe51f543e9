/// Communities by the Louvain method (Blondel, Guillaume, Lambiotte & Lefebvre 2008).
///
/// Each level moves single vertices to the neighbouring community with the largest modularity
/// gain until none improves (full passes in one seeded random order), then
/// merges every community into one vertex; levels repeat until nothing moves. Modularity is that of
/// ``modularity(_:membership:resolution:)``, with resolution γ. Edge weights are used when present;
/// a directed graph is read as undirected (each arc an edge, weights of reciprocal arcs summed).
///
/// - Parameters:
///   - graph: the graph.
///   - resolution: γ (1 is classic modularity).
///   - seed: seed of the vertex order; the same seed gives the same partition.
///   - refine: after the last level, move single vertices of the original graph once more until
///     none improves (as NetworKit PLM's `refine`); it can only raise modularity.
/// - Returns: the partition and its modularity (of the undirected reading) at `resolution`.
/// - Complexity: about O(*E*) per level in practice, with few levels; O(*V* + *E*) memory.
public func louvain(_ graph: Graph, resolution: Double = 1, seed: UInt64 = 0, refine: Bool = true) -> Partition {
    let n = graph.vertexCount
    var rng = SplitMix64(seed: seed)
    var level = LevelGraph(graph)
    var nodeOf = [Int32](0..<Int32(n))
    while true {
        var comm = [Int32](0..<Int32(level.count))
        if !moveNodes(level, &comm, resolution: resolution, rng: &rng, sweeps: true) { break }
        let k = renumber(&comm)
        for v in 0..<n { nodeOf[v] = comm[Int(nodeOf[v])] }
        if k == level.count { break }
        level = level.aggregate(by: comm, count: k)
    }
    if refine {
        // One more round of single-vertex moves on the original graph, from the final partition.
        let base = LevelGraph(graph)
        _ = moveNodes(base, &nodeOf, resolution: resolution, rng: &rng, sweeps: true)
    }
    return Partition(membership: nodeOf, modularity: levelModularity(graph, nodeOf, resolution))
}

/// Modularity of `membership` on the undirected reading of `graph`.
func levelModularity(_ graph: Graph, _ membership: [Int32], _ resolution: Double) -> Double {
    modularity(graph.isDirected ? undirectedView(graph) : graph, membership: membership, resolution: resolution)
}
