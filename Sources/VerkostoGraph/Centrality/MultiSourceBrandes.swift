/// Brandes' two phases (Brandes 2001) for up to eight sources at once, one SIMD lane each,
/// level-synchronously: the multi-source idea of Then et al. (2014, "The More the Merrier") with
/// path counts and dependencies instead of bits.
///
/// Each vertex keeps a level per lane (`UInt8`, 255 = not reached) and one `Double` per lane that
/// holds σ, the number of shortest paths, after phase one, and is overwritten in place by the
/// coefficient (1 + δ) / σ during phase two. A vertex is listed once for every distinct level it
/// has across the lanes, so on a small-world graph, where the eight searches reach most vertices
/// at two or three distinct levels, a batch scans each adjacency list about 2–3 times instead of
/// 8, and one cache line serves all eight searches.
///
/// Path counts are doubles, as in igraph and NetworKit: exact up to 2⁵³ paths, and beyond that
/// rounded (never wrapped), so no overflow can occur.
final class MultiSourceBrandesWorkspace {
    typealias Lanes = SIMD8<Double>
    typealias Levels = SIMD8<UInt8>
    static let width = 8
    /// Level value of a lane that has not reached the vertex; also the first level we cannot store.
    static let unreached: UInt8 = 255

    let graph: CSRView
    let n: Int
    private let level: UnsafeMutableBufferPointer<Levels>
    private let value: UnsafeMutableBufferPointer<Lanes>
    /// The last level for which a vertex was put on the list (255 = none in this batch).
    private let listedAt: UnsafeMutableBufferPointer<UInt8>
    /// Vertices by level: level d's entries are `list[levelStart[d] ..< levelStart[d + 1]]`.
    private var list: UnsafeMutableBufferPointer<Int32>
    private var listCount = 0
    private var levelStart = [Int](repeating: 0, count: 257)
    /// Lanes served per listed vertex in the last batch (1 … 8): how much sharing paid off.
    private(set) var sharing = Double(MultiSourceBrandesWorkspace.width)

    init(_ graph: CSRView) {
        self.graph = graph
        n = graph.vertexCount
        level = .allocate(capacity: n); level.initialize(repeating: Levels(repeating: Self.unreached))
        value = .allocate(capacity: n); value.initialize(repeating: .zero)
        listedAt = .allocate(capacity: n); listedAt.initialize(repeating: Self.unreached)
        list = .allocate(capacity: max(16, 2 * n))
    }

    deinit {
        level.deallocate(); value.deallocate(); listedAt.deallocate(); list.deallocate()
    }

    @inline(__always) private func append(_ v: Int) {
        if listCount == list.count {
            let bigger = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 2 * list.count)
            _ = bigger.initialize(fromContentsOf: list)
            list.deallocate()
            list = bigger
        }
        list[listCount] = Int32(v)
        listCount += 1
    }

    /// Adds to `out[v]` the dependencies of every vertex on `sources` (at most 8, distinct).
    ///
    /// Returns `false`, adding nothing, when a search goes deeper than 254 levels (the lanes store
    /// levels as bytes); the caller then runs those sources one by one.
    /// - Complexity: O(Σ over listed (vertex, level) entries of the vertex's degree).
    func run(_ sources: UnsafeBufferPointer<Int32>, into out: UnsafeMutableBufferPointer<Double>) -> Bool {
        precondition(sources.count <= Self.width, "at most \(Self.width) sources per batch")
        defer { reset() }
        let offsets = graph.offsets, targets = graph.targets
        let level = level, value = value, listedAt = listedAt
        let unreached = Levels(repeating: Self.unreached)
        for (lane, s32) in sources.enumerated() {
            let s = Int(s32)
            level[s][lane] = 0
            value[s][lane] = 1
            if listedAt[s] != 0 { listedAt[s] = 0; append(s) }
        }
        levelStart[0] = 0
        levelStart[1] = listCount
        // Phase one: levels and path counts, pushed from each level to the next.
        var d = 0
        while levelStart[d + 1] > levelStart[d] {
            if d + 1 >= Int(Self.unreached) { return false }
            let here = Levels(repeating: UInt8(d)), next = Levels(repeating: UInt8(d + 1))
            let nextLevel = UInt8(d + 1)
            for entry in levelStart[d]..<levelStart[d + 1] {
                let v = Int(list[entry])
                let atV = level[v] .== here
                let sigmaV = Lanes.zero.replacing(with: value[v], where: widen(atV))
                for i in Int(offsets[v])..<Int(offsets[v + 1]) {
                    let w = Int(targets[i])
                    var levelW = level[w]
                    let fresh = atV .& (levelW .== unreached)
                    if any(fresh) {
                        levelW.replace(with: next, where: fresh)
                        level[w] = levelW
                        if listedAt[w] != nextLevel { listedAt[w] = nextLevel; append(w) }
                    }
                    // Branch-free: whether w is a successor in some lane is unpredictable.
                    value[w] += Lanes.zero.replacing(with: sigmaV, where: widen(atV .& (levelW .== next)))
                }
            }
            d += 1
            levelStart[d + 1] = listCount
        }
        // Phase two: dependencies pulled from successors, deepest level first; level 0 holds only
        // the sources' own lanes, which get no dependency.
        var served = 0
        var depth = d - 1
        while depth >= 1 {
            let here = Levels(repeating: UInt8(depth)), next = Levels(repeating: UInt8(depth + 1))
            for entry in levelStart[depth]..<levelStart[depth + 1] {
                let v = Int(list[entry])
                let atV = level[v] .== here
                var sum = Lanes.zero
                for i in Int(offsets[v])..<Int(offsets[v + 1]) {
                    let w = Int(targets[i])
                    sum += Lanes.zero.replacing(with: value[w], where: widen(atV .& (level[w] .== next)))
                }
                let mask = widen(atV)
                let sigma = value[v]
                let delta = sigma * sum
                value[v] = sigma.replacing(with: (1 + delta) / sigma, where: mask)
                out[v] += Lanes.zero.replacing(with: delta, where: mask).sum()
                served += laneCount(atV)
            }
            depth -= 1
        }
        let listedBeyondSources = listCount - levelStart[1]
        sharing = listedBeyondSources > 0 ? Double(served) / Double(listedBeyondSources) : Double(Self.width)
        return true
    }

    /// Clears what the last batch touched: every touched vertex is on the list.
    private func reset() {
        let unreached = Levels(repeating: Self.unreached)
        for entry in 0..<listCount {
            let v = Int(list[entry])
            level[v] = unreached
            value[v] = .zero
            listedAt[v] = Self.unreached
        }
        listCount = 0
    }
}

/// The byte mask of a level comparison as the 64-bit mask that selects `Double` lanes.
@inline(__always)
private func widen(_ mask: SIMDMask<SIMD8<Int8>>) -> SIMDMask<SIMD8<Int64>> {
    SIMDMask<SIMD8<Int64>>(SIMD8<Int64>(truncatingIfNeeded: mask._storage))
}

/// The number of true lanes of a byte mask.
@inline(__always)
private func laneCount(_ mask: SIMDMask<SIMD8<Int8>>) -> Int {
    (unsafeBitCast(mask._storage, to: UInt64.self) & 0x0101_0101_0101_0101).nonzeroBitCount
}
