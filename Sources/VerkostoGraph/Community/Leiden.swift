#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VerkostoSupport

/// Communities by the Leiden algorithm (Traag, Waltman & van Eck 2019), optimising modularity.
///
/// Each round: fast local moving of vertices; refinement, which splits every community into
/// well-connected sub-communities by merging singletons only (a singleton joins a sub-community
/// with probability ∝ exp(ΔQ / θ) among the non-negative gains, ΔQ in edge-weight units, as
/// igraph's β); aggregation of the refined partition, starting the next level from the unrefined
/// one. Rounds repeat from the last partition until it no longer changes (or `maxIterations`).
/// Every community is connected. Edge weights are used when present; a directed graph is read
/// as undirected.
///
/// - Parameters:
///   - graph: the graph.
///   - resolution: γ (1 is classic modularity).
///   - randomness: θ of the refinement (igraph's `beta`, default 0.01).
///   - maxIterations: the largest number of rounds.
///   - seed: seed of all random choices; the same seed gives the same partition.
/// - Returns: the partition and its modularity (of the undirected reading) at `resolution`.
/// - Complexity: about O(*E*) per level in practice; O(*V* + *E*) memory.
public func leiden(_ graph: Graph, resolution: Double = 1, randomness: Double = 0.01,
                   maxIterations: Int = 20, seed: UInt64 = 0) -> Partition {
    let n = graph.vertexCount
    var rng = SplitMix64(seed: seed)
    let base = LevelGraph(graph)
    var membership = [Int32](0..<Int32(n))
    for _ in 0..<max(1, maxIterations) {
        let next = leidenRound(base, start: membership, resolution: resolution, randomness: randomness, rng: &rng)
        if canonicalLabels(next) == canonicalLabels(membership) { break }
        membership = next
    }
    return Partition(membership: membership, modularity: levelModularity(graph, membership, resolution))
}

/// One round of Leiden from the partition `start` of `base`'s vertices.
func leidenRound(_ base: LevelGraph, start: [Int32], resolution: Double, randomness: Double,
                 rng: inout SplitMix64) -> [Int32] {
    let n = base.count
    var level = base
    var comm = start
    _ = renumber(&comm)
    var nodeOf = [Int32](0..<Int32(n))
    while true {
        _ = moveNodes(level, &comm, resolution: resolution, rng: &rng)
        let k = renumber(&comm)
        if k == level.count { break }
        var refined = refine(level, comm: comm, resolution: resolution, randomness: randomness, rng: &rng)
        var r = renumber(&refined)
        if r == level.count {  // nothing merged: aggregate the unrefined partition instead
            refined = comm
            r = k
        }
        var aggComm = [Int32](repeating: 0, count: r)
        for v in 0..<level.count { aggComm[Int(refined[v])] = comm[v] }
        for x in 0..<n { nodeOf[x] = refined[Int(nodeOf[x])] }
        level = level.aggregate(by: refined, count: r)
        comm = aggComm
    }
    var out = [Int32](repeating: 0, count: n)
    for x in 0..<n { out[x] = comm[Int(nodeOf[x])] }
    return out
}

/// Leiden's refinement: inside each community of `comm`, singletons that are well connected merge
/// into well-connected sub-communities, chosen at random ∝ exp(gain / θ) among non-negative gains.
/// Returns sub-community labels (vertex ids of their first member, not renumbered).
/// - Complexity: O(*V* + *E*).
func refine(_ g: LevelGraph, comm: [Int32], resolution: Double, randomness: Double,
            rng: inout SplitMix64) -> [Int32] {
    let n = g.count
    let scale = resolution / g.twoM
    var total = [Double](repeating: 0, count: n)      // degree sum of each community
    for v in 0..<n { total[Int(comm[v])] += g.degree[v] }
    var refined = [Int32](0..<Int32(n))
    var kRef = g.degree
    var sizeRef = [Int32](repeating: 1, count: n)
    var external = [Double](repeating: 0, count: n)   // weight from a sub-community to the rest of its community
    for v in 0..<n {
        for e in g.offsets[v]..<g.offsets[v + 1] where comm[Int(g.targets[e])] == comm[v] {
            external[v] += g.weights[e]
        }
    }
    var order = [Int32](0..<Int32(n))
    rng.shuffle(&order)
    var acc = [Double](repeating: 0, count: n)
    var seen = [Bool](repeating: false, count: n)
    var touched: [Int32] = []
    var candidates: [Int32] = []
    var gains: [Double] = []
    for vv in order {
        let v = Int(vv)
        guard sizeRef[Int(refined[v])] == 1, refined[v] == vv else { continue }
        let s = Int(comm[v])
        let kv = g.degree[v]
        guard external[v] >= scale * kv * (total[s] - kv) else { continue }
        for e in g.offsets[v]..<g.offsets[v + 1] {
            let t = Int(g.targets[e])
            guard Int(comm[t]) == s else { continue }
            let c = Int(refined[t])
            if !seen[c] { seen[c] = true; touched.append(Int32(c)) }
            acc[c] += g.weights[e]
        }
        candidates.removeAll(keepingCapacity: true)
        gains.removeAll(keepingCapacity: true)
        candidates.append(vv); gains.append(0)  // staying alone
        var top = 0.0
        for c32 in touched {
            let c = Int(c32)
            guard external[c] >= scale * kRef[c] * (total[s] - kRef[c]) else { continue }
            let gain = acc[c] - scale * kv * kRef[c]
            if gain >= 0 { candidates.append(c32); gains.append(gain); top = max(top, gain) }
        }
        var chosen = Int(vv)
        if candidates.count > 1 {
            var sum = 0.0
            for i in gains.indices { gains[i] = randomness > 0 ? exp((gains[i] - top) / randomness)
                                                                : (gains[i] == top ? 1 : 0); sum += gains[i] }
            var r = rng.unit() * sum
            chosen = Int(candidates[candidates.count - 1])
            for i in gains.indices {
                r -= gains[i]
                if r < 0 { chosen = Int(candidates[i]); break }
            }
        }
        if chosen != v {
            refined[v] = Int32(chosen)
            kRef[chosen] += kv
            sizeRef[chosen] += 1
            sizeRef[v] = 0
            external[chosen] = external[chosen] + external[v] - 2 * acc[chosen]
        }
        for c in touched { acc[Int(c)] = 0; seen[Int(c)] = false }
        touched.removeAll(keepingCapacity: true)
    }
    return refined
}
