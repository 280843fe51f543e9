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
/// and of the other side ("via"), and each via vertex's contribution to a shared count.
///
/// The arrays are copied into buffers this object owns, so that the kernels read them without
/// bounds checks from any thread.
final class ProjectionSides: @unchecked Sendable {
    let n: Int
    let fromOffsets: UnsafeBufferPointer<Int32>, fromTargets: UnsafeBufferPointer<Int32>
    let viaOffsets: UnsafeBufferPointer<Int32>, viaTargets: UnsafeBufferPointer<Int32>
    /// 1 per shared neighbour x, or 1 / (k(x) − 1) for Newman's weighting.
    let contribution: UnsafeBufferPointer<Double>
    let weighting: ProjectionWeighting

    init(_ graph: BipartiteGraph, onto side: BipartiteGraph.Side, weighting: ProjectionWeighting) {
        n = graph.count(side)
        fromOffsets = ownedCopy(side == .left ? graph.leftOffsets : graph.rightOffsets)
        fromTargets = ownedCopy(side == .left ? graph.leftTargets : graph.rightTargets)
        viaOffsets = ownedCopy(side == .left ? graph.rightOffsets : graph.leftOffsets)
        viaTargets = ownedCopy(side == .left ? graph.rightTargets : graph.leftTargets)
        self.weighting = weighting
        let viaCount = viaOffsets.count - 1
        var contribution = [Double](repeating: 1, count: viaCount)
        if weighting == .newman {
            for x in 0..<viaCount {
                let k = viaOffsets[x + 1] - viaOffsets[x]
                contribution[x] = k > 1 ? 1 / Double(k - 1) : 0
            }
        }
        self.contribution = ownedCopy(contribution)
    }

    deinit {
        fromOffsets.deallocate(); fromTargets.deallocate(); viaOffsets.deallocate(); viaTargets.deallocate()
        contribution.deallocate()
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
///   v, the touched v are remembered, and the row is read out either by sorting them or, when they
///   are many, by one scan of the array in order (networks, with many members, onto networks).
final class ProjectionRowKernel {
    static let mergeLimit = 8
    let sides: ProjectionSides
    private let accumulator: UnsafeMutableBufferPointer<Double>
    private let touched: UnsafeMutableBufferPointer<Int32>
    private var heads = [Int](repeating: 0, count: ProjectionRowKernel.mergeLimit)
    private var ends = [Int](repeating: 0, count: ProjectionRowKernel.mergeLimit)
    private var weights = [Double](repeating: 0, count: ProjectionRowKernel.mergeLimit)

    init(_ sides: ProjectionSides) {
        self.sides = sides
        accumulator = .allocate(capacity: max(1, sides.n)); accumulator.initialize(repeating: 0)
        touched = .allocate(capacity: max(1, sides.n))
    }

    deinit { accumulator.deallocate(); touched.deallocate() }

    /// Calls `emit(v, weight)` for every v ≠ u sharing a neighbour with u (only v > u when
    /// `upperOnly`), ascending, whose weight is at least `minimumWeight`.
    /// - Complexity: O(Σ k(x) over u's neighbours x), plus a sort of the row or a scan of *n*
    ///   for the dense kernel.
    @inline(__always)
    func row(_ u: Int, upperOnly: Bool, minimumWeight: Double, _ emit: (Int32, Double) -> Void) {
        let fo = sides.fromOffsets, ft = sides.fromTargets, vo = sides.viaOffsets, vt = sides.viaTargets
        let contribution = sides.contribution, weighting = sides.weighting
        let start = Int(fo[u]), end = Int(fo[u + 1])
        let degreeU = Double(end - start)
        @inline(__always) func weigh(_ v: Int, _ shared: Double) -> Double {
            switch weighting {
            case .count, .newman: return shared
            case .jaccard: return shared / (degreeU + Double(fo[v + 1] - fo[v]) - shared)
            case .overlap: return shared / min(degreeU, Double(fo[v + 1] - fo[v]))
            }
        }
        if end - start <= Self.mergeLimit {
            // Sorted merge of u's neighbours' rows (from past u when upperOnly). The rows stay in
            // ascending order of x, so shared weights add up in the same order as in the dense
            // kernel, and both halves of a pair get the same bits.
            var k = 0
            for i in start..<end {
                let x = Int(ft[i])
                var lo = Int(vo[x]), hi = Int(vo[x + 1])
                if upperOnly {  // first entry > u, by binary search (u itself is in the row)
                    var a = lo, b = hi
                    while a < b { let m = (a + b) >> 1; if Int(vt[m]) <= u { a = m + 1 } else { b = m } }
                    lo = a
                }
                if lo < hi { heads[k] = lo; ends[k] = hi; weights[k] = contribution[x]; k += 1 }
            }
            while k > 0 {
                var smallest = Int32.max
                for j in 0..<k where vt[heads[j]] < smallest { smallest = vt[heads[j]] }
                var shared = 0.0
                var j = 0
                while j < k {
                    if vt[heads[j]] == smallest {
                        shared += weights[j]
                        heads[j] += 1
                        if heads[j] == ends[j] {  // this row is used up: close the gap, keeping x order
                            k -= 1
                            for m in j..<k { heads[m] = heads[m + 1]; ends[m] = ends[m + 1]; weights[m] = weights[m + 1] }
                            continue
                        }
                    }
                    j += 1
                }
                let v = Int(smallest)
                if v == u { continue }
                let w = weigh(v, shared)
                if w >= minimumWeight { emit(smallest, w) }
            }
            return
        }
        // Dense accumulator.
        let acc = accumulator, touched = touched
        var count = 0
        for i in start..<end {
            let x = Int(ft[i])
            let c = contribution[x]
            for j in Int(vo[x])..<Int(vo[x + 1]) {
                let v = Int(vt[j])
                if acc[v] == 0 { touched[count] = Int32(v); count += 1 }
                acc[v] += c
            }
        }
        acc[u] = 0  // u shares all its neighbours with itself; not a pair
        let first = upperOnly ? u + 1 : 0
        if count * 32 >= sides.n - first {
            // Many: read the row out in order by scanning the array.
            for v in first..<sides.n where acc[v] != 0 {
                let w = weigh(v, acc[v])
                if w >= minimumWeight { emit(Int32(v), w) }
            }
            for t in 0..<count { acc[Int(touched[t])] = 0 }
        } else {
            var row = UnsafeMutableBufferPointer(rebasing: touched[0..<count])
            row.sort()
            for t in 0..<count {
                let v = Int(touched[t])
                let shared = acc[v]
                acc[v] = 0
                if v < first || shared == 0 { continue }
                let w = weigh(v, shared)
                if w >= minimumWeight { emit(Int32(v), w) }
            }
        }
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
    let kernel = ProjectionRowKernel(ProjectionSides(graph, onto: side, weighting: weighting))
    var stopped = false
    for u in 0..<kernel.sides.n where !stopped {
        kernel.row(u, upperOnly: true, minimumWeight: minimumWeight) { v, w in
            if !stopped && !body(Int32(u), v, w) { stopped = true }
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
    let sides = ProjectionSides(graph, onto: side, weighting: weighting)
    let n = sides.n
    // Chunks of consecutive rows with about equal work: at least 8 per thread for balance, and
    // about 2^20 entries each at most, so that a refusal stops early.
    var work = [Int](repeating: 0, count: n + 1)
    for u in 0..<n { work[u + 1] = work[u] + sides.work(u) + 1 }
    let used = max(1, min(threads ?? availableProcessorCount(), max(1, n)))
    let chunkCount = max(1, min(n, max(8 * used, work[n] >> 20)))
    var bounds = [0]
    var u = 0
    for c in 1..<chunkCount {
        let goal = work[n] / chunkCount * c
        while u < n && work[u] < goal { u += 1 }
        if u > bounds.last! { bounds.append(u) }
    }
    bounds.append(n)
    let chunkStarts = bounds
    let chunks = chunkStarts.count - 1
    let results = SharedSlots<ProjectionChunk>(count: chunks)
    let kept = SharedTally()
    let entryBudget = pairBudget > Int.max / 2 ? Int.max : 2 * pairBudget
    let counter = ProgressCounter.make(progress, total: n)
    let minimum = minimumWeight ?? -.infinity
    forEachSourceStripe(chunks, threads: used) { _, chunkIndices in
        let kernel = ProjectionRowKernel(sides)
        for c in chunkIndices {
            if kept.value > entryBudget { return }
            var chunk = ProjectionChunk()
            chunk.rowLengths.reserveCapacity(chunkStarts[c + 1] - chunkStarts[c])
            for row in chunkStarts[c]..<chunkStarts[c + 1] {
                let before = chunk.targets.count
                kernel.row(row, upperOnly: false, minimumWeight: minimum) { v, w in
                    chunk.targets.append(v)
                    chunk.weights.append(w)
                }
                chunk.rowLengths.append(Int32(chunk.targets.count - before))
            }
            kept.add(chunk.targets.count)
            counter?.add(chunkStarts[c + 1] - chunkStarts[c])
            results.set(c, chunk)
        }
    }
    let entries = kept.value
    if entries > entryBudget {
        throw ProjectionTooLargeError(side: side, pairs: entries / 2, budget: pairBudget)
    }
    var offsets = [Int32](repeating: 0, count: n + 1)
    var targets = [Int32](); targets.reserveCapacity(entries)
    var weights = [Double](); weights.reserveCapacity(entries)
    var row = 0
    for c in 0..<chunks {
        let chunk = results.take(c)!
        for length in chunk.rowLengths {
            offsets[row + 1] = offsets[row] + length
            row += 1
        }
        targets.append(contentsOf: chunk.targets)
        weights.append(contentsOf: chunk.weights)
    }
    return Graph(uncheckedOffsets: offsets, targets: targets, weights: weights, isDirected: false,
                 edgeCount: entries / 2)
}

/// A copy of `array` in a buffer the caller owns (and deallocates).
private func ownedCopy<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
    let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, array.count))
    _ = buffer.initialize(fromContentsOf: array)
    return UnsafeBufferPointer(rebasing: buffer[0..<array.count])
}
