#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Receives how far a long computation has come: `done` of `total` units of work (sources of a
/// shortest-path sweep, rows of a projection, levels of a community search).
///
/// `total == 0` means the total is not known in advance (the community searches stop when
/// nothing improves); `done` still only grows. Calls come from the computing threads, one at a
/// time (never concurrently), at most about a thousand times per computation, and the last call
/// has `done == total` when the total is known. Keep the handler short: the computation waits for it.
public typealias ProgressHandler = @Sendable (_ done: Int, _ total: Int) -> Void

/// Adds up the work that several threads report and calls a ``ProgressHandler`` in order.
///
/// Threads call ``add(_:)`` after each piece of work; the handler runs under a lock, so it sees
/// `done` grow one call at a time. Calls are thinned to one per 1/1000 of the total (and
/// always the final one).
final class ProgressCounter: @unchecked Sendable {
    private let handler: ProgressHandler
    private let total: Int
    private let step: Int
    private var done = 0
    private var nextReport: Int
    private let lock: UnsafeMutablePointer<pthread_mutex_t>

    /// A counter for `total` units, or `nil` when nobody listens (so the hot loops skip it).
    static func make(_ handler: ProgressHandler?, total: Int) -> ProgressCounter? {
        handler.map { ProgressCounter(handler: $0, total: total) }
    }

    private init(handler: @escaping ProgressHandler, total: Int) {
        self.handler = handler
        self.total = total
        step = max(1, total / 1000)
        nextReport = total == 0 ? 1 : step
        lock = .allocate(capacity: 1)
        lock.initialize(to: pthread_mutex_t())
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// Records `units` more units of finished work.
    func add(_ units: Int) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        done += units
        if done >= nextReport || (total > 0 && done >= total) {
            handler(total > 0 ? min(done, total) : done, total)
            nextReport = done + step
        }
    }
}
