import ArgumentParser
import Foundation
import VerkostoModel
import VerkostoStore
import VerkostoSupport

/// `--db FILE`: the database. Default `verkosto.sqlite` in the working directory; `VERKOSTO_DB` overrides the default.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp(
        "The SQLite database (default: $VERKOSTO_DB, else verkosto.sqlite in the working directory).",
        valueName: "file"))
    var database: String?

    /// The database path in effect.
    var path: String {
        if let database { return database }
        if let fromEnvironment = ProcessInfo.processInfo.environment["VERKOSTO_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "verkosto.sqlite"
    }

    /// Opens the database; it must exist unless `create` is true.
    func open(create: Bool = false) throws -> AtlasDatabase {
        try AtlasDatabase(path: path, create: create)
    }
}

/// How tables are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// `--format table|csv|json`.
struct OutputFormatOptions: ParsableArguments {
    @Option(help: "Output format: an aligned table, CSV (safe for spreadsheets), or JSON (an array of row objects).")
    var format: OutputFormat = .table
}

/// `--at DATE`: the snapshot day. An ISO date, or a year meaning 31 December; default today.
struct SnapshotOptions: ParsableArguments {
    @Option(name: .customLong("at"), help: ArgumentHelp(
        "The snapshot day: YYYY-MM-DD, or a year meaning 31 December of that year (default: today). "
            + "A row is active when since ≤ day ≤ until: a membership that ends on the --at day still counts that day.",
        valueName: "date"))
    var date: Day?

    /// The snapshot day in effect.
    var day: Day { date ?? .today }
}

/// A day on the command line: `YYYY-MM-DD`, or a year meaning 31 December of that year.
extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(snapshot: argument)
    }

    public var defaultValueDescription: String { description }
}
