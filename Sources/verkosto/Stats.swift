import ArgumentParser
import VerkostoAnalysis
import VerkostoGraph
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
            let store = try database.open()
            let atlas = try store.load()
            let day = snapshot.day
            let table = Self.table(atlas, at: day)
            table.print(output.format)
        }

        /// The statistics as a two-column table: measure and value.
        static func table(_ atlas: Atlas, at day: Day) -> Table {
            var table = Table(columns: ["measure", "value"])
            let counts: [(String, Int)] = [
                ("sectors", atlas.sectors.count), ("directions", atlas.directions.count), ("regions", atlas.regions.count),
                ("municipalities", atlas.municipalities.count), ("networks", atlas.networks.count),
                ("organisations", atlas.organisations.count), ("memberships", atlas.memberships.count),
                ("network_directions", atlas.networkDirections.count), ("collaborations", atlas.collaborations.count),
            ]
            for (name, count) in counts { table.append([.text(name), .integer(count)]) }
            let snapshot = atlas.at(day)
            let participating = snapshot.participatingOrganisations
            let municipalities = Set(participating.map(\.municipality))
            let regions = Set(participating.compactMap { snapshot.region(ofOrganisation: $0)?.id })
            table.append([.text("snapshot day"), .text(day.description)])
            table.append([.text("active networks"), .integer(snapshot.networks.count)])
            table.append([.text("active memberships"), .integer(snapshot.memberships.count)])
            table.append([.text("active collaborations"), .integer(snapshot.collaborations.count)])
            table.append([.text("participating organisations"), .integer(participating.count)])
            table.append([.text("municipalities reached"), .integer(municipalities.count)])
            table.append([.text("regions reached"), .integer(regions.count)])
            let view = NetworkGraphView(atlas: snapshot)
            let n = snapshot.networks.count
            let components = connectedComponents(view.labelled.graph)
            table.append([.text("network ties"), .integer(view.ties.count)])
            table.append([.text("network graph density"), n > 1 ? .number(Double(2 * view.ties.count) / Double(n * (n - 1))) : .empty])
            table.append([.text("network graph components"), .integer(components.count)])
            table.append([.text("largest component (networks)"), .integer(components.largest.map { components.sizes[Int($0)] } ?? 0)])
            table.append([.text("isolated networks"), .integer(isolatedNetworks(view).count)])
            table.append([.text("cross-sector share of ties"), view.ties.isEmpty ? .empty : .number(sectorMixing(view).crossSectorShare)])
            return table
        }
    }
}
