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

    /// Shows the current phase with a bar of `done` out of `total`.
    static func bar(_ done: Int, of total: Int) {
        let filled = min(20, done * 20 / max(total, 1))
        let name = phase
        progress(name + " [" + String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled)
                 + "] \(min(100, done * 100 / max(total, 1)))%")
        phase = name
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
