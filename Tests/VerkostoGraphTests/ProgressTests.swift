import Dispatch
import Testing
@testable import VerkostoGraph

@Suite struct ProgressTests {
    @Test func absentHandlerMakesNoCounter() {
        #expect(ProgressCounter.make(nil, total: 10) == nil)
    }

    /// Four threads add 25,000 units each, one at a time: the handler sees `done` only grow, at
    /// most about once per thousandth of the total, and the last call is the total.
    @Test func threadsAddUpInOrder() {
        let log = ProgressLog()
        let counter = ProgressCounter.make(log.record, total: 100_000)!
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            for _ in 0..<25_000 { counter.add(1) }
        }
        let calls = log.calls
        #expect(calls.last.map { $0.done == 100_000 && $0.total == 100_000 } == true)
        #expect(zip(calls, calls.dropFirst()).allSatisfy { $0.done < $1.done })
        #expect(calls.count <= 1001)
    }

    @Test func unknownTotalReportsEveryStep() {
        let log = ProgressLog()
        let counter = ProgressCounter.make(log.record, total: 0)!
        for _ in 0..<3 { counter.add(1) }
        #expect(log.calls.map(\.done) == [1, 2, 3] && log.calls.allSatisfy { $0.total == 0 })
    }
}
