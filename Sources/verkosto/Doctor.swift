import ArgumentParser
import Foundation
import VerkostoStore
import VerkostoSupport

extension Verkosto {
    struct Doctor: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the database: SQLite integrity, foreign keys, schema version, rows per table.",
            discussion: """
                Prints what it checked and exits 0 when the database is healthy. A damaged file, a \
                broken reference or a foreign schema version exits 65 with one line saying what is \
                wrong; restore a copy made with `verkosto backup`.

                Example:
                  verkosto doctor --db verkosto.sqlite
                """)

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let store = try database.open()
            let health = try store.health()
            print("integrity     \(health.integrity == ["ok"] ? "ok" : "FAILED")")
            print("foreign keys  \(health.foreignKeyViolations.isEmpty ? "ok" : "\(health.foreignKeyViolations.count) broken")")
            print("schema        \(health.schemaVersion)\(health.schemaVersion == health.expectedSchemaVersion ? "" : " (expected \(health.expectedSchemaVersion))")")
            for (table, count) in health.counts.sorted(by: { $0.key < $1.key }) {
                print("\(table.padding(toLength: 20, withPad: " ", startingAt: 0))\(count)")
            }
            if !health.isHealthy {
                for line in health.problems.dropFirst() { Terminal.printError("\(store.path): \(line)") }
                throw CommandError(.badData, "\(store.path): not healthy: \(health.problems.first!); restore a backup (verkosto backup)")
            }
        }
    }
}
