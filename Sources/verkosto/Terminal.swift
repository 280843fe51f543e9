import Foundation
import VerkostoSupport

/// Stderr output: errors, warnings and progress. Progress shows only when stderr is a terminal.
enum Terminal {
    nonisolated(unsafe) private static var progressShown = false
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
