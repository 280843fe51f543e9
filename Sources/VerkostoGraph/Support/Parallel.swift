import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Number of online processors, at least 1.
public func availableProcessorCount() -> Int {
    max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
}

/// A read-only pointer view of a CSR graph, valid only inside ``Graph/withView(_:)``.
struct CSRView: @unchecked Sendable {
    let vertexCount: Int
    let offsets: UnsafeBufferPointer<Int32>
    let targets: UnsafeBufferPointer<Int32>
    /// Weights parallel to `targets`, or `nil` to treat every edge as length 1.
    let weights: UnsafeBufferPointer<Double>?
}

extension Graph {
    /// Calls `body` with pointer views of this graph's arrays (`useWeights: false` hides weights).
    @discardableResult
    func withView<R>(useWeights: Bool, _ body: (CSRView) throws -> R) rethrows -> R {
        try offsets.withUnsafeBufferPointer { o in
            try targets.withUnsafeBufferPointer { t in
                if useWeights, let weights {
                    return try weights.withUnsafeBufferPointer { w in
                        try body(CSRView(vertexCount: vertexCount, offsets: o, targets: t, weights: w))
                    }
                }
                return try body(CSRView(vertexCount: vertexCount, offsets: o, targets: t, weights: nil))
            }
        }
    }
}

/// A block of `rows × width` doubles that threads write in disjoint rows.
final class SharedRows: @unchecked Sendable {
    let rows: Int
    let width: Int
    let base: UnsafeMutablePointer<Double>

    init(rows: Int, width: Int) {
        self.rows = rows
        self.width = width
        base = .allocate(capacity: max(1, rows * width))
        base.initialize(repeating: 0, count: max(1, rows * width))
    }

    deinit { base.deallocate() }

    /// Row `r` as a mutable buffer; only one thread may use a given row.
    func row(_ r: Int) -> UnsafeMutableBufferPointer<Double> {
        UnsafeMutableBufferPointer(start: base + r * width, count: width)
    }

    /// Sum of all rows, added in row order (so the result does not depend on scheduling).
    func columnSums() -> [Double] {
        var out = [Double](repeating: 0, count: width)
        for r in 0..<rows {
            let p = base + r * width
            for i in 0..<width { out[i] += p[i] }
        }
        return out
    }
}

/// Runs `body(thread, sources)` on `threads` threads; thread `t` gets sources `t, t+T, t+2T, …`.
/// - Parameters:
///   - sourceCount: number of sources `0 ..< sourceCount`.
///   - threads: requested thread count; `nil` means all processors. Clamped to `1 ... sourceCount`.
///   - body: the per-thread work; must only write its own thread's buffers.
/// - Returns: the thread count actually used.
@discardableResult
func forEachSourceStripe(_ sourceCount: Int, threads: Int?, _ body: @Sendable (Int, StrideTo<Int>) -> Void) -> Int {
    let t = max(1, min(threads ?? availableProcessorCount(), max(1, sourceCount)))
    if t == 1 {
        body(0, stride(from: 0, to: sourceCount, by: 1))
    } else {
        DispatchQueue.concurrentPerform(iterations: t) { i in
            body(i, stride(from: i, to: sourceCount, by: t))
        }
    }
    return t
}

/// Number of accumulators that sums over sources are split into, whatever the thread count.
///
/// Stripe `s` of `S` takes items `s, s+S, s+2S, …` in that order into its own accumulator, the
/// threads share out whole stripes, and the stripes are added in stripe order: the split and
/// every order of addition depend on `S` only, never on the thread count, so a sum comes out
/// bit for bit the same with 1, 2 or 8 threads. Eight stripes keep up to eight threads busy.
let accumulatorStripes = 8

/// One value per slot, each slot written by one thread at most; read after the threads are done.
final class SharedSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value?>
    let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: max(1, count))
        slots.initialize(repeating: nil, count: max(1, count))
    }

    deinit {
        slots.deinitialize(count: max(1, count))
        slots.deallocate()
    }

    /// Stores `value` in slot `i`; only one thread may write a given slot.
    func set(_ i: Int, _ value: Value) { slots[i] = value }

    /// The value in slot `i`, which must have been set.
    func peek(_ i: Int) -> Value { slots[i]! }
}

/// A buffer that threads write in disjoint ranges.
struct SharedBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}

/// A running total that several threads add to, behind a lock.
final class SharedTally: @unchecked Sendable {
    private var total = 0
    private let lock: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        lock = .allocate(capacity: 1)
        lock.initialize(to: pthread_mutex_t())
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// Adds `amount` to the total.
    func add(_ amount: Int) {
        pthread_mutex_lock(lock)
        total &+= amount
        pthread_mutex_unlock(lock)
    }

    /// The total so far.
    var value: Int {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return total
    }
}
