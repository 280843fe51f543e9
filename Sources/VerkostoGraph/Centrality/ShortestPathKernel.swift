import HeapModule

/// A vertex waiting in Dijkstra's priority queue, ordered by tentative distance.
struct QueueEntry: Comparable {
    var distance: Double
    var vertex: Int32
    static func < (a: QueueEntry, b: QueueEntry) -> Bool {
        a.distance < b.distance || (a.distance == b.distance && a.vertex < b.vertex)
    }
}

/// Whether two path lengths are equal up to rounding: |a − b| ≤ ε (|a| + |b|) with ε = 10⁻¹⁰,
/// the relative tolerance igraph uses for weighted shortest paths.
///
/// Sums of weights such as 0.1 + 0.2 and 0.3, or 1/3 + 1/6 and 1/2 after 1/w, are mathematically
/// equal but can differ in the last bits; compared exactly, one of two equally short paths would
/// be dropped from the path counts. Both lengths must be finite and non-negative.
@inline(__always) func lengthsTie(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-10 * (a + b)
}

/// Per-thread scratch space for single-source shortest paths (Brandes 2001, phase one).
///
/// After ``run(from:)``, `order[0 ..< reached]` lists the reached vertices by non-decreasing
/// distance, `hops` (BFS) or `distance` (Dijkstra) hold distances and `sigma` the number of shortest
/// paths. Dijkstra counts two paths as equally short when their lengths tie by ``lengthsTie(_:_:)``.
/// Only reached vertices are reset before the next run, so a run costs O(reached part).
final class ShortestPathWorkspace {
    let graph: CSRView
    let n: Int
    let hops: UnsafeMutableBufferPointer<Int32>      // BFS distance, −1 = unreached
    let distance: UnsafeMutableBufferPointer<Double> // Dijkstra distance, +∞ = unreached
    let sigma: UnsafeMutableBufferPointer<Double>
    let delta: UnsafeMutableBufferPointer<Double>
    let order: UnsafeMutableBufferPointer<Int32>
    var reached = 0
    var heap = Heap<QueueEntry>()

    init(_ graph: CSRView) {
        self.graph = graph
        n = graph.vertexCount
        hops = .allocate(capacity: n); hops.initialize(repeating: -1)
        distance = .allocate(capacity: n); distance.initialize(repeating: .infinity)
        sigma = .allocate(capacity: n); sigma.initialize(repeating: 0)
        delta = .allocate(capacity: n); delta.initialize(repeating: 0)
        order = .allocate(capacity: n); order.initialize(repeating: 0)
    }

    deinit {
        hops.deallocate(); distance.deallocate(); sigma.deallocate(); delta.deallocate(); order.deallocate()
    }

    /// Clears what the previous run touched.
    func reset() {
        for i in 0..<reached {
            let v = Int(order[i])
            hops[v] = -1; distance[v] = .infinity; sigma[v] = 0; delta[v] = 0
        }
        reached = 0
    }

    /// Shortest paths from `s`: BFS when the view has no weights, otherwise Dijkstra.
    func run(from s: Int) {
        reset()
        if graph.weights == nil { bfs(s) } else { dijkstra(s) }
    }

    private func bfs(_ s: Int) {
        let offsets = graph.offsets, targets = graph.targets
        hops[s] = 0; sigma[s] = 1
        order[0] = Int32(s)
        var head = 0, tail = 1
        while head < tail {
            let v = Int(order[head]); head += 1
            let dv = hops[v], next = dv + 1, sv = sigma[v]
            for i in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(targets[i])
                var dw = hops[w]
                if dw < 0 {  // first visit (σ(w) is still 0)
                    hops[w] = next; dw = next
                    order[tail] = Int32(w); tail += 1
                }
                sigma[w] += dw == next ? sv : 0  // branch-free: this test is unpredictable
            }
        }
        reached = tail
    }

    private func dijkstra(_ s: Int) {
        let offsets = graph.offsets, targets = graph.targets, weights = graph.weights!
        distance[s] = 0; sigma[s] = 1
        heap.insert(QueueEntry(distance: 0, vertex: Int32(s)))
        var count = 0
        while let e = heap.popMin() {
            let v = Int(e.vertex)
            if hops[v] >= 0 || e.distance > distance[v] { continue }  // settled, or a stale entry
            hops[v] = 1                                               // marks "settled"
            order[count] = e.vertex; count += 1
            let dv = distance[v], sv = sigma[v]
            for i in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(targets[i])
                if hops[w] >= 0 { continue }
                let alt = dv + weights[i]
                let dw = distance[w]
                if dw == .infinity {
                    distance[w] = alt; sigma[w] = sv
                    heap.insert(QueueEntry(distance: alt, vertex: Int32(w)))
                } else if lengthsTie(alt, dw) {  // an equally short path (the first length is kept)
                    sigma[w] += sv
                } else if alt < dw {
                    distance[w] = alt; sigma[w] = sv
                    heap.insert(QueueEntry(distance: alt, vertex: Int32(w)))
                }
            }
        }
        // Tentative-but-unsettled vertices cannot remain: the heap is drained.
        reached = count
    }
}
