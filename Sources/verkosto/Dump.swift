import ArgumentParser
import Foundation
import VerkostoStore
import VerkostoSupport

extension Verkosto {
    struct Dump: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the whole data set as a JSON file or a CSV folder, in the format import reads.",
            discussion: """
                A PATH ending in .json gives one JSON document; any other PATH is a folder (created when \
                needed) with one CSV file per table. `verkosto import` reads either back unchanged.

                Example:
                  verkosto dump -o backup.json
                  verkosto dump -o exported-csv/
                """)

        @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp(
            "The JSON file (*.json) or CSV folder to write.", valueName: "path"))
        var output: String

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let store = try database.open()
            try store.dump(to: URL(fileURLWithPath: output))
        }
    }
}
