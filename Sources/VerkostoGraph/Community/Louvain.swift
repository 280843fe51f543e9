import VerkostoSupport

/// Communities by the Louvain method (Blondel, Guillaume, Lambiotte & Lefebvre 2008).
///
/// Each level moves single vertices to the neighbouring community with the largest modularity
/// gain until none improves, then merges every community into one vertex; levels repeat until
/// nothing moves. Vertices are visited from a queue (seeded random order first; afterwards only
/// the neighbours of a vertex that moved), Traag et al.'s (2019) fast local moving, which on a
/// Barabási–Albert graph of 100,000 vertices is both faster and better than full passes.
/// Modularity is that of ``modularity(_:membership:resolution:)``, with resolution γ. Edge weights are used when present;
/// a directed graph is read as undirected (each arc an edge, weights of reciprocal arcs summed).
///
/// - Parameters:
///   - graph: the graph.
///   - resolution: γ (1 is classic modularity).
///   - seed: seed of the vertex order; the same seed gives the same partition.
///   - refine: after the last level, move single vertices of the original graph until none
///     improves (as NetworKit PLM's `refine`); if any moved, climb the levels again from that
///     partition. It can only raise modularity.
///   - maxRounds: the largest number of such rounds (levels, then vertex moves).
/// - Returns: the partition and its modularity (of the undirected reading) at `resolution`.
/// - Complexity: about O(*E*) per level in practice, with few levels; O(*V* + *E*) memory.
public func louvain(_ graph: Graph, resolution: Double = 1, seed: UInt64 = 0, refine: Bool = true,
                    maxRounds: Int = 10) -> Partition {
    let n = graph.vertexCount
    var rng = SplitMix64(seed: seed)
    let base = LevelGraph(graph)
    var level = base
    var nodeOf = [Int32](0..<Int32(n))
    var rounds = 0
    while true {
        while true {
            var comm = [Int32](0..<Int32(level.count))
            if !moveNodes(level, &comm, resolution: resolution, rng: &rng, sweeps: false) { break }
            let k = renumber(&comm)
            for v in 0..<n { nodeOf[v] = comm[Int(nodeOf[v])] }
            if k == level.count { break }
            level = level.aggregate(by: comm, count: k)
        }
        rounds += 1
        // Single-vertex moves on the original graph from the final partition; if any vertex moved,
        // climb the levels again from the improved partition.
        guard refine, rounds < max(1, maxRounds + 1),
              moveNodes(base, &nodeOf, resolution: resolution, rng: &rng, sweeps: false)
        else { break }
        let k = renumber(&nodeOf)
        if rounds >= maxRounds { break }
        level = base.aggregate(by: nodeOf, count: k)
    }
    return Partition(membership: nodeOf, modularity: levelModularity(graph, nodeOf, resolution))
}

/// Modularity of `membership` on the undirected reading of `graph`.
func levelModularity(_ graph: Graph, _ membership: [Int32], _ resolution: Double) -> Double {
    modularity(graph.isDirected ? undirectedView(graph) : graph, membership: membership, resolution: resolution)
}
