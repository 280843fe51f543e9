import VerkostoSupport

/// One level of the multilevel community searches (Louvain, Leiden): an undirected weighted graph
/// whose vertices are the communities of the level below.
///
/// Rows hold no self entries; a vertex's self-loop weight is kept in `loops` (it counts once in a
/// community's inside weight and twice in its degree, as in ``modularity(_:membership:resolution:)``).
struct LevelGraph {
    var offsets: [Int]
    var targets: [Int32]
    var weights: [Double]
    var loops: [Double]
    /// Weighted degree: row sum + 2 × self-loop.
    var degree: [Double]
    /// Twice the total edge weight.
    var twoM: Double
    var count: Int { degree.count }

    /// The undirected reading of `graph` (a directed arc becomes an undirected edge; weights summed).
    init(_ graph: Graph) {
        let g = graph.isDirected ? undirectedView(graph) : graph
        let n = g.vertexCount
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets: [Int32] = []
        targets.reserveCapacity(g.targets.count)
        var weights: [Double] = []
        weights.reserveCapacity(g.targets.count)
        var loops = [Double](repeating: 0, count: n)
        var degree = [Double](repeating: 0, count: n)
        var twoM = 0.0
        for u in 0..<n {
            for i in Int(g.offsets[u])..<Int(g.offsets[u + 1]) {
                let v = g.targets[i]
                let x = g.weights?[i] ?? 1
                if Int(v) == u {
                    loops[u] += x
                    degree[u] += 2 * x
                } else {
                    targets.append(v)
                    weights.append(x)
                    degree[u] += x
                }
            }
            offsets[u + 1] = targets.count
            twoM += degree[u]
        }
        self.init(offsets: offsets, targets: targets, weights: weights, loops: loops, degree: degree, twoM: twoM)
    }

    init(offsets: [Int], targets: [Int32], weights: [Double], loops: [Double], degree: [Double], twoM: Double) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.loops = loops
        self.degree = degree
        self.twoM = twoM
    }

    /// The graph of communities: vertex `c` is community `c` of `labels` (labels `0 ..< k`).
    /// - Complexity: O(*V* + *E*).
    func aggregate(by labels: [Int32], count k: Int) -> LevelGraph {
        let n = count
        // Bucket the vertices by community.
        var start = [Int](repeating: 0, count: k + 1)
        for c in labels { start[Int(c) + 1] += 1 }
        for c in 0..<k { start[c + 1] += start[c] }
        var members = [Int32](repeating: 0, count: n)
        var fill = start
        for v in 0..<n { let c = Int(labels[v]); members[fill[c]] = Int32(v); fill[c] += 1 }

        var newOffsets = [Int](repeating: 0, count: k + 1)
        var newTargets: [Int32] = []
        newTargets.reserveCapacity(min(targets.count, 4 * k + targets.count / 2))
        var newWeights: [Double] = []
        newWeights.reserveCapacity(newTargets.capacity)
        var newLoops = [Double](repeating: 0, count: k)
        var newDegree = [Double](repeating: 0, count: k)
        var acc = [Double](repeating: 0, count: k)
        var seen = [Bool](repeating: false, count: k)
        var touched: [Int32] = []
        labels.withUnsafeBufferPointer { lab in
            offsets.withUnsafeBufferPointer { off in
                targets.withUnsafeBufferPointer { tgt in
                    weights.withUnsafeBufferPointer { wt in
                        for c in 0..<k {
                            var inside = 0.0, loop = 0.0, deg = 0.0
                            for m in start[c]..<start[c + 1] {
                                let v = Int(members[m])
                                loop += loops[v]
                                deg += degree[v]
                                for e in off[v]..<off[v + 1] {
                                    let d = Int(lab[Int(tgt[e])])
                                    if d == c { inside += wt[e]; continue }
                                    if !seen[d] { seen[d] = true; touched.append(Int32(d)) }
                                    acc[d] += wt[e]
                                }
                            }
                            for d in touched {
                                newTargets.append(d)
                                newWeights.append(acc[Int(d)])
                                acc[Int(d)] = 0
                                seen[Int(d)] = false
                            }
                            touched.removeAll(keepingCapacity: true)
                            newLoops[c] = loop + 0.5 * inside
                            newDegree[c] = deg
                            newOffsets[c + 1] = newTargets.count
                        }
                    }
                }
            }
        }
        return LevelGraph(offsets: newOffsets, targets: newTargets, weights: newWeights, loops: newLoops,
                          degree: newDegree, twoM: twoM)
    }
}

/// Renumbers labels `0 ..< k` by first appearance; returns the count `k`.
func renumber(_ labels: inout [Int32]) -> Int {
    var map = [Int32](repeating: -1, count: labels.count)
    var next: Int32 = 0
    for i in labels.indices {
        let l = Int(labels[i])
        if map[l] < 0 { map[l] = next; next += 1 }
        labels[i] = map[l]
    }
    return Int(next)
}

/// Moves single vertices to the neighbouring community with the largest modularity gain until
/// no move improves it: the queue-based "fast local moving" of Traag, Waltman & van Eck (2019),
/// which visits a vertex again only when a neighbour left its community.
///
/// `comm` holds labels in `0 ..< g.count`; a vertex may also move to an empty community when every
/// other choice loses. With `sweeps`, vertices are instead visited in full passes in one random
/// order until a pass moves none (classic Louvain, as NetworkX and NetworKit PLM).
/// Returns whether any vertex moved.
/// - Complexity: O(*E*) per pass over the queue.
func moveNodes(_ g: LevelGraph, _ comm: inout [Int32], resolution: Double, rng: inout SplitMix64, allowEmpty: Bool = true, sweeps: Bool = false) -> Bool {
    let n = g.count
    guard n > 1, g.twoM > 0 else { return false }
    let scale = resolution / g.twoM
    let epsilon = 1e-13 * g.twoM
    var tot = [Double](repeating: 0, count: n)
    var size = [Int32](repeating: 0, count: n)
    for v in 0..<n { tot[Int(comm[v])] += g.degree[v]; size[Int(comm[v])] += 1 }
    var empty: [Int32] = []
    for c in 0..<n where size[c] == 0 { empty.append(Int32(c)) }
    var queue = [Int32](0..<Int32(n))
    rng.shuffle(&queue)
    var inQueue = [Bool](repeating: true, count: n)
    var head = 0, queued = n
    var acc = [Double](repeating: 0, count: n)
    var seen = [Bool](repeating: false, count: n)
    var touched = [Int32](repeating: 0, count: n)
    var moved = false
    g.offsets.withUnsafeBufferPointer { off in
    g.targets.withUnsafeBufferPointer { tgt in
    g.weights.withUnsafeBufferPointer { wt in
    g.degree.withUnsafeBufferPointer { deg in
    comm.withUnsafeMutableBufferPointer { cm in
    tot.withUnsafeMutableBufferPointer { tot in
    acc.withUnsafeMutableBufferPointer { acc in
    seen.withUnsafeMutableBufferPointer { seen in
    touched.withUnsafeMutableBufferPointer { touched in
    queue.withUnsafeMutableBufferPointer { queue in
    inQueue.withUnsafeMutableBufferPointer { inQueue in
        var sweepPosition = 0
        var movedThisSweep = false
        while queued > 0 {
            let v: Int
            if sweeps {
                if sweepPosition == n {
                    if !movedThisSweep { break }
                    movedThisSweep = false
                    sweepPosition = 0
                }
                v = Int(queue[sweepPosition])
                sweepPosition += 1
            } else {
                v = Int(queue[head])
                head += 1
                if head == n { head = 0 }
                queued -= 1
                inQueue[v] = false
            }
            let cv = Int(cm[v])
            let kv = deg[v]
            var nt = 0
            seen[cv] = true
            touched[0] = Int32(cv)
            nt = 1
            for e in off[v]..<off[v + 1] {
                let c = Int(cm[Int(tgt[e])])
                if !seen[c] { seen[c] = true; touched[nt] = Int32(c); nt += 1 }
                acc[c] += wt[e]
            }
            tot[cv] -= kv
            size[cv] -= 1
            let stay = acc[cv] - scale * tot[cv] * kv
            var best = cv
            var bestGain = stay
            for j in 1..<max(1, nt) {
                let c = Int(touched[j])
                let gain = acc[c] - scale * tot[c] * kv
                if gain > bestGain { best = c; bestGain = gain }
            }
            if allowEmpty, bestGain < 0, size[cv] > 0, let free = empty.last {
                best = Int(free)
                bestGain = 0
            }
            if best != cv && bestGain <= stay + epsilon { best = cv }
            for j in 0..<nt { let c = Int(touched[j]); acc[c] = 0; seen[c] = false }
            tot[best] += kv
            size[best] += 1
            cm[v] = Int32(best)
            if best != cv {
                moved = true
                movedThisSweep = true
                if let free = empty.last, Int(free) == best { empty.removeLast() }
                if size[cv] == 0 { empty.append(Int32(cv)) }
                if sweeps { continue }
                for e in off[v]..<off[v + 1] {
                    let t = Int(tgt[e])
                    if !inQueue[t] && Int(cm[t]) != best {
                        inQueue[t] = true
                        var slot = head + queued
                        if slot >= n { slot -= n }
                        queue[slot] = Int32(t)
                        queued += 1
                    }
                }
            }
        }
    }}}}}}}}}}}
    return moved
}

