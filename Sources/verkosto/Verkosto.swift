import ArgumentParser
import Foundation
import VerkostoSupport

/// The `verkosto` command: maps and analyses OPH's development networks.
///
/// To add a command, write `extension Verkosto { struct Name: ParsableCommand { ... } }` in its
/// own file and list it in `subcommands` below. Throw a ``VerkostoError`` (a `DataError`,
/// `StoreError`, ...) for failures: ``main()`` prints it as one line and picks the exit status.
@main
struct Verkosto: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verkosto",
        abstract: "Map and analyse the development networks led by the Finnish National Agency for Education (OPH).",
        discussion: """
            Data lives in an SQLite database: --db FILE, or $VERKOSTO_DB, or verkosto.sqlite in the \
            working directory. Start with `verkosto import DIR` (a CSV folder as in Data/FORMAT.md) \
            or `verkosto generate --out DIR` for illustrative data.

            Exit status: 0 ok, 1 failure, 64 usage, 65 bad data, 66 missing input, \
            70 render failed, 73 cannot create output, 74 I/O error.
            """,
        version: "0.1.0",
        subcommands: [
            Import.self,
            List.self,
            Show.self,
            Stats.self,
            Centrality.self,
            Overlap.self,
            Communities.self,
            Gaps.self,
            Diff.self,
            Trend.self,
            Render.self,
            Report.self,
            Export.self,
            Generate.self,
            Dump.self,
            Doctor.self,
            Backup.self,
            Serve.self,
            User.self,
            Audit.self,
            RenderWorkerCommand.self,
        ])

    /// Runs the command line; errors become one line on stderr and a sysexits status.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if let code = ExitStatus.code(for: error) {
                Terminal.clearProgress()
                Terminal.printError(ExitStatus.message(for: error))
                Foundation.exit(code)
            }
            exit(withError: error)
        }
    }
}
