import ArgumentParser
import Foundation
import VerkostoStore
import VerkostoSupport

extension Verkosto {
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the database to FILE with SQLite's online backup, atomically.",
            discussion: """
                The copy is one consistent snapshot, even while another process imports. It is \
                written to a temporary file in FILE's folder, checked, then renamed into place: FILE \
                is either untouched or the whole new copy. FILE, named here, is replaced when it exists. \
                The copy is itself a Verkosto database: use it with --db FILE.

                Example:
                  verkosto backup verkosto-2025-06-30.sqlite
                """)

        @Argument(help: ArgumentHelp("The file to write.", valueName: "file"))
        var file: String

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let store = try database.open()
            let target = URL(fileURLWithPath: file)
            if target.standardizedFileURL.resolvingSymlinksInPath().path
                == URL(fileURLWithPath: store.path).standardizedFileURL.resolvingSymlinksInPath().path {
                throw ValidationError("FILE is the database itself; name another file")
            }
            try store.backup(to: target)
            print("backed up \(store.path) to \(file)")
        }
    }
}
