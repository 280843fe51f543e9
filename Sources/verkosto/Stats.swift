import ArgumentParser
import VerkostoAnalysis
import VerkostoModel
import VerkostoStore
import VerkostoSupport

extension Verkosto {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Counts: rows of every table, and what is active on the --at day.",
            discussion: """
                Active networks and memberships, participating organisations, and the municipalities \
                and regions they reach, on the --at day (default today). Then the network graph on that \
                day (networks tied by a shared member or a collaboration): ties, density (ties over \
                n(n−1)/2), connected components, the largest component, isolated networks, and the \
                share of ties that join two different sectors.

                Example:
                  verkosto stats --at 2025-06-30
                  verkosto stats --format json
                """)

        @OptionGroup var snapshot: SnapshotOptions
        @OptionGroup var output: OutputFormatOptions
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let atlas = try database.open().load()
            Self.table(Statistics(atlas, day: snapshot.day)).print(output.format)
        }

        /// The statistics as a two-column table: measure and value.
        static func table(_ statistics: Statistics) -> Table {
            var table = Table(columns: ["measure", "value"])
            for count in statistics.rows { table.append([.text(count.table), .integer(count.rows)]) }
            let rows: [(String, Table.Cell)] = [
                ("snapshot day", .text(statistics.day.description)),
                ("active networks", .integer(statistics.activeNetworks)),
                ("active memberships", .integer(statistics.activeMemberships)),
                ("active collaborations", .integer(statistics.activeCollaborations)),
                ("participating organisations", .integer(statistics.participatingOrganisations)),
                ("municipalities reached", .integer(statistics.municipalitiesReached)),
                ("regions reached", .integer(statistics.regionsReached)),
                ("network ties", .integer(statistics.ties)),
                ("network graph density", statistics.density.map { .number($0) } ?? .empty),
                ("network graph components", .integer(statistics.components)),
                ("largest component (networks)", .integer(statistics.largestComponent)),
                ("isolated networks", .integer(statistics.isolatedNetworks)),
                ("cross-sector share of ties", statistics.crossSectorShare.map { .number($0) } ?? .empty),
            ]
            for (name, value) in rows { table.append([.text(name), value]) }
            return table
        }
    }
}
