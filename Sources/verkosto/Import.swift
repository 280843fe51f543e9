import ArgumentParser
import Foundation
import VerkostoStore

extension Verkosto {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a data set (a folder of CSV files or one JSON file) into the database, all or nothing.",
            discussion: """
                PATH is a folder of CSV files named as in Data/FORMAT.md (networks.csv, memberships.csv, ...; \
                each optional, but every reference must resolve) or one .json document with one key per table. \
                CSV may use , or ; and may be UTF-8 (with or without BOM) or Windows-1252 (converted, with a warning).

                By default the import MERGES into what the database holds: rows with the same key are \
                updated, others added (keys: id or code; memberships organisation+network+since; \
                network_directions network+direction; collaborations the network pair+kind+since). \
                With --replace, the database is emptied first.

                The resulting data set is validated before anything is committed: one error rolls \
                everything back, and the first error is printed as file:line:column: message. \
                Warnings go to stderr and do not stop the import.

                Example:
                  verkosto import Data/oph --db verkosto.sqlite
                  verkosto import more-members.json
                  verkosto import Data/oph --replace
                """)

        @Argument(help: ArgumentHelp("A folder of CSV files, or a .json file.", valueName: "path"))
        var path: String

        @Flag(help: "Empty the database first, instead of merging by key.")
        var replace = false

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let store = try database.open(create: true)
            let summary = try store.importData(from: URL(fileURLWithPath: path), mode: replace ? .replace : .merge,
                                               progress: Terminal.progress)
            Terminal.progress("done")
            Terminal.clearProgress()
            Terminal.warnings(summary.warnings.map(\.description))
            let read = summary.rowsRead.values.reduce(0, +)
            let memberships = summary.counts["memberships"] ?? 0
            let networks = summary.counts["networks"] ?? 0
            let organisations = summary.counts["organisations"] ?? 0
            Swift.print("\(replace ? "replaced with" : "merged") \(read) rows from \(path) into \(store.path): "
                        + "\(networks) networks, \(organisations) organisations, \(memberships) memberships")
        }
    }
}
