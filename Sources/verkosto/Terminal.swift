import Foundation
import VerkostoSupport

/// Stderr output: errors, warnings and progress. Progress shows only when stderr is a terminal.
enum Terminal {
    nonisolated(unsafe) private static var progressShown = false
    nonisolated(unsafe) private static var phase = ""
    /// When the process started showing progress; `VERKOSTO_TRACE=1` prints phase timings from it.
    static let started = Date()

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func warning(_ line: String) {
        clearProgress()
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Shows `note` on one self-overwriting line, on a terminal only.
    static func progress(_ note: String) {
        phase = note
        if ProcessInfo.processInfo.environment["VERKOSTO_TRACE"] != nil {
            let elapsed = Date().timeIntervalSince(started)
            let cpu = Double(clock()) / Double(CLOCKS_PER_SEC)
            FileHandle.standardError.write(Data(String(format: "%7.2f s wall %7.2f s cpu  %@\n", elapsed, cpu, note).utf8))
            return
        }
        guard stderrIsTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(note)…".utf8))
        progressShown = true
    }

    /// Shows the current phase with a bar of `done` out of `total`, and `detail` after it (such
    /// as the time left).
    static func bar(_ done: Int, of total: Int, detail: String? = nil) {
        let filled = min(20, done * 20 / max(total, 1))
        let name = phase
        progress(name + " [" + String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled)
                 + "] \(min(100, done * 100 / max(total, 1)))%" + (detail.map { ", " + $0 } ?? ""))
        phase = name
    }

    /// A duration for people: "40 s", "3 min", "1 h 20 min", "2 days".
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "a very long time" }
        let s = Int(seconds.rounded())
        if s < 60 { return "\(max(1, s)) s" }
        if s < 3600 { return "\((s + 30) / 60) min" }
        if s < 48 * 3600 {
            let minutes = (s + 30) / 60
            return minutes % 60 == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(minutes % 60) min"
        }
        return "\((s + 43_200) / 86_400) days"
    }

    /// An integer with thin groups of three digits, as people read big counts: 1,000,000.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return value < 0 ? "-" + out : out
    }

    static func clearProgress() {
        guard progressShown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        progressShown = false
    }

    /// Prints at most `limit` warnings, then how many more there were.
    static func warnings(_ lines: [String], limit: Int = 20) {
        for line in lines.prefix(limit) { warning(line) }
        if lines.count > limit { warning("... and \(lines.count - limit) more warnings") }
    }
}

/// The CLI's display of ``WorkProgress``: each phase on one self-overwriting line of stderr,
/// on a terminal only, and a bar for the rows of big tables:
/// `writing memberships [#####...............] 25%`.
struct TerminalProgress: WorkProgress {
    /// Tables with fewer rows than this show no bar: they are written in a moment.
    static let barThreshold = 1 << 17

    func begin(_ phase: String) { Terminal.progress(phase) }

    func advance(_ done: Int, of total: Int) {
        guard total >= Self.barThreshold else { return }
        Terminal.bar(done, of: total)
    }
}

/// The CLI's display of a long computation's ``ProgressHandler`` calls: a bar with the time
/// left, on stderr and on a terminal only (`measure [#####...............] 25%, about 3 min left`).
///
/// On a terminal it also watches the speed: when a computation that was not announced as long
/// turns out, a few seconds in, to need more than ``longRun`` seconds in all (a debug build, a
/// busy machine), it calls `onSlow` once with the projected total, so the command can say how
/// to go faster. (In a pipe only the estimate made before the run warns, which does not depend
/// on timing.)
/// Calls come one at a time (the engine's counter serialises them), from any thread.
final class ComputationProgress: @unchecked Sendable {
    /// Computations projected to take longer than this (seconds) are worth a warning.
    static let longRun = 60.0

    private let label: String
    private var started: Date?
    private var doneAtStart = 0
    private var slowReported: Bool
    private let onSlow: (Double) -> Void

    /// - Parameters:
    ///   - label: what is computed, shown before the bar.
    ///   - warned: the computation was already announced as long (no second warning).
    ///   - onSlow: called once with the projected total seconds when it proves long.
    init(_ label: String, warned: Bool, onSlow: @escaping (Double) -> Void) {
        self.label = label
        slowReported = warned
        self.onSlow = onSlow
    }

    /// Records that `done` of `total` units are finished. The clock starts at the first call
    /// (after the first thousandth of the work), and the time left is projected from the work
    /// done since.
    func update(_ done: Int, _ total: Int) {
        guard let start = started else {
            started = Date()
            doneAtStart = done
            Terminal.progress(label)
            return
        }
        let elapsed = Date().timeIntervalSince(start)
        var left: Double?
        if total > 0 && done > doneAtStart && elapsed > 0.5 {
            left = elapsed / Double(done - doneAtStart) * Double(total - done)
        }
        // Only on a terminal, like the bar: in a pipe the output must not depend on timing.
        if !slowReported, let left, elapsed > 3, elapsed + left > Self.longRun, Terminal.stderrIsTerminal {
            slowReported = true
            onSlow(elapsed + left)
        }
        if done >= total && total > 0 {
            Terminal.clearProgress()
            return
        }
        Terminal.bar(done, of: total, detail: left.map { "about \(Terminal.duration($0)) left" })
    }
}
