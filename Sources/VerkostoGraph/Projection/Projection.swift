import VerkostoSupport

/// How a projection weighs the tie between two vertices that share neighbours.
///
/// With N(u) the neighbours of u on the other side and k(x) the degree of x:
public enum ProjectionWeighting: String, Sendable, Hashable, CaseIterable {
    /// |N(u) ∩ N(v)|, as NetworkX `bipartite.weighted_projected_graph`.
    case count
    /// |N(u) ∩ N(v)| / |N(u) ∪ N(v)|, as `bipartite.overlap_weighted_projected_graph(jaccard=True)`.
    case jaccard
    /// |N(u) ∩ N(v)| / min(k(u), k(v)), as `bipartite.overlap_weighted_projected_graph(jaccard=False)`.
    case overlap
    /// Σ over shared x of 1 / (k(x) − 1) (Newman 2001), as `bipartite.collaboration_weighted_projected_graph`.
    case newman
}

/// A projection would hold more pairs than the budget allows.
public struct ProjectionTooLargeError: VerkostoError, Sendable, Hashable {
    /// The side that was being projected onto.
    public let side: BipartiteGraph.Side
    /// Upper bound on the pairs: min(Σ C(k, 2) over the other side, C(n, 2)); or pairs kept so far.
    public let pairs: Int
    /// The budget that was exceeded.
    public let budget: Int
    public var kind: FailureKind { .failure }
    /// What went wrong, in one line.
    public var message: String {
        "projecting onto the \(side) side would keep \(pairs) pairs, over the budget of \(budget)"
    }
    /// What the caller can do about it, in engine terms (a command line names its own options).
    public var suggestion: String {
        "keep only pairs above a minimum weight, project the other side, or raise the pair budget"
    }
    public var description: String { message + "; " + suggestion }
}

/// An upper bound on the pairs a projection onto `side` creates: Σ C(k(x), 2) over the vertices x of
/// the other side, capped by C(n, 2). Each shared neighbour adds one pair contribution.
/// - Parameters:
///   - graph: the two-mode graph.
///   - side: the side to project onto.
/// - Returns: the bound (saturating at `Int.max`).
/// - Complexity: O(size of the other side).
public func estimatedProjectionPairs(_ graph: BipartiteGraph, onto side: BipartiteGraph.Side) -> Int {
    let other = side.opposite
    var total = 0
    for x in 0..<graph.count(other) {
        let k = graph.degree(of: Int32(x), on: other)
        let (p, o1) = (k * (k - 1) / 2).addingReportingOverflow(total)
        total = o1 ? Int.max : p
    }
    let n = graph.count(side)
    return min(total, n * (n - 1) / 2)
}

/// Default pair budget for ``project(_:onto:weighting:minimumWeight:pairBudget:)``: 20 million
/// pairs, about 0.5 GB in the final CSR graph.
public let defaultProjectionPairBudget = 20_000_000

/// One side's view of a two-mode graph for projecting onto it: the rows of the side ("from")
/// and of the other side ("via"), and for Newman's weighting each via vertex's contribution.
///
/// The pointers are valid only inside ``with(_:onto:weighting:_:)``.
struct ProjectionSides: @unchecked Sendable {
    /// The side projected onto, and its vertex count.
    let side: BipartiteGraph.Side
    let n: Int
    let fromOffsets: UnsafeBufferPointer<Int32>, fromTargets: UnsafeBufferPointer<Int32>
    let viaOffsets: UnsafeBufferPointer<Int32>, viaTargets: UnsafeBufferPointer<Int32>
    /// 1 / (k(x) − 1) for Newman's weighting (0 when k(x) = 1); `nil`: every shared x counts 1.
    let contribution: UnsafeBufferPointer<Double>?
    let weighting: ProjectionWeighting

    /// Calls `body` with the sides of `graph` for projecting onto `side`.
    static func with<R, E: Error>(_ graph: BipartiteGraph, onto side: BipartiteGraph.Side, weighting: ProjectionWeighting,
                                  _ body: (ProjectionSides) throws(E) -> R) throws(E) -> R {
        let from = side == .left ? (graph.leftOffsets, graph.leftTargets) : (graph.rightOffsets, graph.rightTargets)
        let via = side == .left ? (graph.rightOffsets, graph.rightTargets) : (graph.leftOffsets, graph.leftTargets)
        var newman: [Double] = []
        if weighting == .newman {
            newman = (0..<(via.0.count - 1)).map { x in
                let k = via.0[x + 1] - via.0[x]
                return k > 1 ? 1 / Double(k - 1) : 0
            }
        }
        let result: Result<R, E> =
            from.0.withUnsafeBufferPointer { fo in
            from.1.withUnsafeBufferPointer { ft in
            via.0.withUnsafeBufferPointer { vo in
            via.1.withUnsafeBufferPointer { vt in
            newman.withUnsafeBufferPointer { contribution in
                let sides = ProjectionSides(side: side, n: graph.count(side), fromOffsets: fo, fromTargets: ft, viaOffsets: vo,
                                            viaTargets: vt, contribution: weighting == .newman ? contribution : nil,
                                            weighting: weighting)
                do throws(E) { return .success(try body(sides)) } catch { return .failure(error) }
            }}}}}
        return try result.get()
    }

    /// Σ k(x) over u's neighbours x: the entries row u's kernel reads.
    func work(_ u: Int) -> Int {
        var total = 0
        for i in Int(fromOffsets[u])..<Int(fromOffsets[u + 1]) {
            let x = Int(fromTargets[i])
            total += Int(viaOffsets[x + 1] - viaOffsets[x])
        }
        return total
    }
}

/// Per-thread scratch space that computes one row of a projection: the vertices v that share a
/// neighbour with u, in ascending order, with their weights.
///
/// Two kernels, chosen by the degree of u:
/// - **sorted merge** when u has at most ``mergeLimit`` neighbours: their rows are already sorted,
///   so a k-way merge lists each v in order and counts its repeats, with no scattered writes and
///   no sort (organisations, in a few networks each, projected onto organisations);
/// - **dense accumulator** otherwise (Gustavson 1978): shared counts add up in an array indexed by
///   v. When the row reads at least 1/32 as many entries as the array has, the array is then
///   scanned in order (networks, with many members, onto networks); otherwise the touched v are
///   remembered and sorted. Both lists are built without branches on the data.
/// The row is left in ``targets`` and ``weights`` (the first `count` entries), ready to copy.
final class ProjectionRowKernel {
    static let mergeLimit = 8
    let sides: ProjectionSides
    /// The last row: its vertices, ascending, and their weights.
    let targets: UnsafeMutableBufferPointer<Int32>
    let weights: UnsafeMutableBufferPointer<Double>
    private let accumulator: UnsafeMutableBufferPointer<Double>
    private let heads: UnsafeMutableBufferPointer<Int>
    private let ends: UnsafeMutableBufferPointer<Int>
    private let listWeights: UnsafeMutableBufferPointer<Double>

    init(_ sides: ProjectionSides) {
        self.sides = sides
        let n = max(1, sides.n)
        accumulator = .allocate(capacity: n); accumulator.initialize(repeating: 0)
        targets = .allocate(capacity: n)
        weights = .allocate(capacity: n)
        heads = .allocate(capacity: Self.mergeLimit)
        ends = .allocate(capacity: Self.mergeLimit)
        listWeights = .allocate(capacity: Self.mergeLimit)
    }

    deinit {
        accumulator.deallocate(); targets.deallocate(); weights.deallocate()
        heads.deallocate(); ends.deallocate(); listWeights.deallocate()
    }

    /// Computes row u: every v ≠ u sharing a neighbour with u (only v > u when `upperOnly`),
    /// ascending, with its weight, keeping those of weight at least `minimumWeight`.
    /// - Returns: the number of entries left in ``targets`` and ``weights``.
    /// - Complexity: O(Σ k(x) over u's neighbours x), plus a sort of the row or a scan of *n*
    ///   for the dense kernel.
    func row(_ u: Int, upperOnly: Bool, minimumWeight: Double) -> Int {
        let fo = sides.fromOffsets, ft = sides.fromTargets, vo = sides.viaOffsets, vt = sides.viaTargets
        let contribution = sides.contribution
        @inline(__always) func share(_ x: Int) -> Double { contribution?[x] ?? 1 }
        let start = Int(fo[u]), end = Int(fo[u + 1])
        let targets = targets, shared = weights  // `weights` holds the shared counts until weighed
        var count = 0
        if end - start <= Self.mergeLimit {
            // Sorted merge of u's neighbours' rows (from past u when upperOnly). The rows stay in
            // ascending order of x, so shared weights add up in the same order as in the dense
            // kernel, and both halves of a pair get the same bits.
            let heads = heads, ends = ends, listWeights = listWeights
            var k = 0
            for i in start..<end {
                let x = Int(ft[i])
                var lo = Int(vo[x])
                let hi = Int(vo[x + 1])
                if upperOnly {  // first entry > u, by binary search (u itself is in the row)
                    var a = lo, b = hi
                    while a < b { let m = (a + b) >> 1; if Int(vt[m]) <= u { a = m + 1 } else { b = m } }
                    lo = a
                }
                if lo < hi { heads[k] = lo; ends[k] = hi; listWeights[k] = share(x); k += 1 }
            }
            while k > 0 {
                var smallest = Int32.max
                for j in 0..<k where vt[heads[j]] < smallest { smallest = vt[heads[j]] }
                var sum = 0.0
                var j = 0
                while j < k {
                    if vt[heads[j]] == smallest {
                        sum += listWeights[j]
                        heads[j] += 1
                        if heads[j] == ends[j] {  // this row is used up: close the gap, keeping x order
                            k -= 1
                            for m in j..<k { heads[m] = heads[m + 1]; ends[m] = ends[m + 1]; listWeights[m] = listWeights[m + 1] }
                            continue
                        }
                    }
                    j += 1
                }
                if Int(smallest) == u { continue }
                targets[count] = smallest
                shared[count] = sum
                count += 1
            }
        } else {
            let acc = accumulator
            let first = upperOnly ? u + 1 : 0
            var work = 0
            for i in start..<end { let x = Int(ft[i]); work += Int(vo[x + 1] - vo[x]) }
            if work * 32 >= sides.n - first {
                for i in start..<end {
                    let x = Int(ft[i])
                    let c = share(x)
                    for j in Int(vo[x])..<Int(vo[x + 1]) { acc[Int(vt[j])] += c }
                }
                acc[u] = 0  // u shares all its neighbours with itself; not a pair
                for v in 0..<first { acc[v] = 0 }
                for v in first..<sides.n {
                    let sum = acc[v]
                    targets[count] = Int32(v)
                    shared[count] = sum
                    count += sum != 0 ? 1 : 0
                    acc[v] = 0
                }
            } else {
                for i in start..<end {
                    let x = Int(ft[i])
                    let c = share(x)
                    for j in Int(vo[x])..<Int(vo[x + 1]) {
                        let v = Int(vt[j])
                        targets[count] = Int32(v)
                        count += acc[v] == 0 ? 1 : 0
                        acc[v] += c
                    }
                }
                var row = UnsafeMutableBufferPointer(rebasing: targets[0..<count])
                row.sort()
                acc[u] = 0
                var kept = 0
                for t in 0..<count {
                    let v = Int(targets[t])
                    let sum = acc[v]
                    acc[v] = 0
                    targets[kept] = Int32(v)
                    shared[kept] = sum
                    kept += (v >= first && sum != 0) ? 1 : 0
                }
                count = kept
            }
        }
        return weigh(u, count: count, minimumWeight: minimumWeight)
    }

    /// Turns the shared counts of the first `count` entries into weights, keeping those of at
    /// least `minimumWeight`; returns how many are kept.
    private func weigh(_ u: Int, count: Int, minimumWeight: Double) -> Int {
        let fo = sides.fromOffsets, targets = targets, weights = weights
        let degreeU = Double(fo[u + 1] - fo[u])
        switch sides.weighting {
        case .count, .newman:
            break
        case .jaccard:
            for t in 0..<count {
                let v = Int(targets[t])
                weights[t] /= degreeU + Double(fo[v + 1] - fo[v]) - weights[t]
            }
        case .overlap:
            for t in 0..<count {
                let v = Int(targets[t])
                weights[t] /= min(degreeU, Double(fo[v + 1] - fo[v]))
            }
        }
        guard minimumWeight > -.infinity else { return count }
        var kept = 0
        for t in 0..<count {
            let w = weights[t]
            targets[kept] = targets[t]
            weights[kept] = w
            kept += w >= minimumWeight ? 1 : 0
        }
        return kept
    }
}

/// Calls `body(u, v, weight)` once for every pair u < v on `side` that shares a neighbour and
/// whose weight is at least `minimumWeight`, in order of u, then v ascending.
///
/// Row by row with ``ProjectionRowKernel`` (sorted merge for vertices of degree ≤ 8, a dense
/// accumulator otherwise): memory O(n) besides what `body` keeps.
/// - Parameters:
///   - graph: the two-mode graph.
///   - side: the side to project onto.
///   - weighting: see ``ProjectionWeighting``.
///   - minimumWeight: drop pairs below this weight (default: keep all).
///   - body: receives each kept pair; return `false` to stop early.
/// - Complexity: O(Σ k(x)² over the other side + n), plus the sorting of sparse rows.
public func forEachProjectedPair(_ graph: BipartiteGraph, onto side: BipartiteGraph.Side,
                                 weighting: ProjectionWeighting, minimumWeight: Double = -.infinity,
                                 _ body: (Int32, Int32, Double) -> Bool) {
    ProjectionSides.with(graph, onto: side, weighting: weighting) { sides in
        let kernel = ProjectionRowKernel(sides)
        for u in 0..<sides.n {
            let count = kernel.row(u, upperOnly: true, minimumWeight: minimumWeight)
            for t in 0..<count where !body(Int32(u), kernel.targets[t], kernel.weights[t]) { return }
        }
    }
}

/// One chunk of consecutive rows of a projection: each row's length, then all entries.
struct ProjectionChunk {
    var rowLengths: [Int32] = []
    var targets: [Int32] = []
    var weights: [Double] = []
}

/// Projects a two-mode graph onto one side: an undirected weighted ``Graph`` on that side's
/// vertices, with an edge between two vertices that share at least one neighbour.
///
/// Definitions match NetworkX `bipartite.weighted_projected_graph`,
/// `overlap_weighted_projected_graph` (jaccard true/false) and
/// `collaboration_weighted_projected_graph`; see ``ProjectionWeighting``. Every vertex of the
/// side is kept, isolated or not. This is the sparse product BᵀB (or BBᵀ) with the diagonal
/// dropped, computed row by row (``ProjectionRowKernel``): each row whole, both halves, so that
/// rows are independent. Rows are cut into chunks of about equal work, shared between threads;
/// each chunk writes its own buffers, which are joined in row order, so the result does not depend
/// on the number of threads.
///
/// Memory is bounded by `pairBudget`: when the pair bound of ``estimatedProjectionPairs(_:onto:)``
/// exceeds it and no `minimumWeight` is given, the call refuses up front; with a `minimumWeight`
/// it streams and refuses as soon as the kept pairs exceed the budget.
/// - Parameters:
///   - graph: the two-mode graph.
///   - side: the side to project onto.
///   - weighting: how to weigh ties (default `.count`).
///   - minimumWeight: keep only pairs with at least this weight (`nil`: keep all).
///   - pairBudget: most pairs to keep (default ``defaultProjectionPairBudget``).
///   - threads: threads to use; `nil` means all processors.
///   - progress: told how many rows are done, out of the side's vertex count.
/// - Returns: the projected graph; weights are similarities (see ``similarityToDistance(_:)``).
/// - Throws: ``ProjectionTooLargeError`` when the budget would be exceeded.
/// - Complexity: O(Σ k(x)² over the other side + n + sorting sparse rows); memory O(pairs + n · threads).
public func project(_ graph: BipartiteGraph, onto side: BipartiteGraph.Side,
                    weighting: ProjectionWeighting = .count, minimumWeight: Double? = nil,
                    pairBudget: Int = defaultProjectionPairBudget, threads: Int? = nil,
                    progress: ProgressHandler? = nil) throws(ProjectionTooLargeError) -> Graph {
    let bound = estimatedProjectionPairs(graph, onto: side)
    if bound > pairBudget && minimumWeight == nil {
        throw ProjectionTooLargeError(side: side, pairs: bound, budget: pairBudget)
    }
    let used = max(1, min(threads ?? availableProcessorCount(), max(1, graph.count(side))))
    return try ProjectionSides.with(graph, onto: side, weighting: weighting) { sides throws(ProjectionTooLargeError) in
        try projectRows(sides, minimumWeight: minimumWeight ?? -.infinity, pairBudget: pairBudget, threads: used,
                        progress: progress)
    }
}

/// The rows of a projection, in parallel chunks, as one CSR graph.
func projectRows(_ sides: ProjectionSides, minimumWeight: Double, pairBudget: Int, threads used: Int,
                 progress: ProgressHandler?) throws(ProjectionTooLargeError) -> Graph {
    let n = sides.n
    let entryBudget = pairBudget > Int.max / 2 ? Int.max : 2 * pairBudget
    // At most min(work, n − 1) entries in a row.
    var rowBound = [Int](repeating: 0, count: n + 1)
    for u in 0..<n { rowBound[u + 1] = rowBound[u] + min(sides.work(u), n - 1) }
    let counter = ProgressCounter.make(progress, total: n)
    if used == 1 {
        // One thread: rows go straight into the result, reserved at the bound (untouched pages of
        // the reservation are never faulted in).
        var offsets = [Int32](repeating: 0, count: n + 1)
        var targets: [Int32] = [], weights: [Double] = []
        let reserve = min(rowBound[n], entryBudget + n)
        targets.reserveCapacity(reserve); weights.reserveCapacity(reserve)
        let kernel = ProjectionRowKernel(sides)
        for u in 0..<n {
            let count = kernel.row(u, upperOnly: false, minimumWeight: minimumWeight)
            targets.append(contentsOf: UnsafeBufferPointer(rebasing: kernel.targets[0..<count]))
            weights.append(contentsOf: UnsafeBufferPointer(rebasing: kernel.weights[0..<count]))
            offsets[u + 1] = Int32(targets.count)
            if targets.count > entryBudget {
                throw ProjectionTooLargeError(side: sides.side, pairs: targets.count / 2, budget: pairBudget)
            }
            counter?.add(1)
        }
        return Graph(uncheckedOffsets: offsets, targets: targets, weights: weights, isDirected: false,
                     edgeCount: targets.count / 2)
    }
    // Several threads: chunks of consecutive rows with about equal work (8 per thread for balance,
    // and at most about 2^20 entries each, so that a refusal stops early), each into its own
    // buffers; then every thread copies its chunks into place in the result.
    let total = rowBound[n]
    let chunkCount = max(1, min(n, max(8 * used, total >> 20)))
    var starts = [0]
    var u = 0
    for c in 1..<chunkCount {
        let goal = total / chunkCount * c
        while u < n && rowBound[u] < goal { u += 1 }
        if u > starts.last! { starts.append(u) }
    }
    starts.append(n)
    let chunkStarts = starts, bounds = rowBound
    let chunks = chunkStarts.count - 1
    let results = SharedSlots<ProjectionChunk>(count: chunks)
    let kept = SharedTally()
    forEachSourceStripe(chunks, threads: used) { _, chunkIndices in
        let kernel = ProjectionRowKernel(sides)
        for c in chunkIndices {
            if kept.value > entryBudget { return }
            var chunk = ProjectionChunk()
            chunk.rowLengths.reserveCapacity(chunkStarts[c + 1] - chunkStarts[c])
            let reserve = bounds[chunkStarts[c + 1]] - bounds[chunkStarts[c]]
            chunk.targets.reserveCapacity(reserve)
            chunk.weights.reserveCapacity(reserve)
            for row in chunkStarts[c]..<chunkStarts[c + 1] {
                let count = kernel.row(row, upperOnly: false, minimumWeight: minimumWeight)
                chunk.targets.append(contentsOf: UnsafeBufferPointer(rebasing: kernel.targets[0..<count]))
                chunk.weights.append(contentsOf: UnsafeBufferPointer(rebasing: kernel.weights[0..<count]))
                chunk.rowLengths.append(Int32(count))
            }
            kept.add(chunk.targets.count)
            counter?.add(chunkStarts[c + 1] - chunkStarts[c])
            results.set(c, chunk)
        }
    }
    let entries = kept.value
    if entries > entryBudget {
        throw ProjectionTooLargeError(side: sides.side, pairs: entries / 2, budget: pairBudget)
    }
    var offsets = [Int32](repeating: 0, count: n + 1)
    var chunkOffset = [Int](repeating: 0, count: chunks + 1)
    for c in 0..<chunks {
        let chunk = results.peek(c)
        var row = chunkStarts[c]
        for length in chunk.rowLengths {
            offsets[row + 1] = offsets[row] + length
            row += 1
        }
        chunkOffset[c + 1] = chunkOffset[c] + chunk.targets.count
    }
    let places = chunkOffset
    let targets = [Int32](unsafeUninitializedCapacity: entries) { buffer, count in
        let into = SharedBuffer(buffer)
        forEachSourceStripe(chunks, threads: used) { _, chunkIndices in
            for c in chunkIndices {
                _ = UnsafeMutableBufferPointer(rebasing: into.buffer[places[c]..<places[c + 1]])
                    .initialize(fromContentsOf: results.peek(c).targets)
            }
        }
        count = entries
    }
    let weights = [Double](unsafeUninitializedCapacity: entries) { buffer, count in
        let into = SharedBuffer(buffer)
        forEachSourceStripe(chunks, threads: used) { _, chunkIndices in
            for c in chunkIndices {
                _ = UnsafeMutableBufferPointer(rebasing: into.buffer[places[c]..<places[c + 1]])
                    .initialize(fromContentsOf: results.peek(c).weights)
            }
        }
        count = entries
    }
    return Graph(uncheckedOffsets: offsets, targets: targets, weights: weights, isDirected: false,
                 edgeCount: entries / 2)
}

