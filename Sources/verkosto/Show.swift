import ArgumentParser
import VerkostoModel
import VerkostoStore
import VerkostoSupport

extension Verkosto {
    struct Show: ParsableCommand {
        enum Kind: String, ExpressibleByArgument, CaseIterable {
            case network, organisation
        }

        static let configuration = CommandConfiguration(
            abstract: "Show one network or organisation in full, over its whole history.",
            discussion: """
                A network: names, sector, unit, goal, operating model, dates, development directions, \
                members with roles and dates, and collaborations. An organisation: its data and its networks.

                Example:
                  verkosto show network n-johtajuus
                  verkosto show organisation o-helsinki
                """)

        @Argument(help: ArgumentHelp("network or organisation", valueName: "kind"))
        var kind: Kind

        @Argument(help: ArgumentHelp("The id, as in the data.", valueName: "id"))
        var id: String

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let atlas = try database.open().load()
            switch kind {
            case .network: try showNetwork(atlas)
            case .organisation: try showOrganisation(atlas)
            }
        }

        func section(_ title: String) { Swift.print("\n\(title)") }

        func fields(_ pairs: [(String, String)]) {
            let width = pairs.map(\.0.count).max() ?? 0
            for (name, value) in pairs where !value.isEmpty {
                Swift.print(name + String(repeating: " ", count: width - name.count) + "  " + value)
            }
        }

        func showNetwork(_ atlas: Atlas) throws {
            guard let network = atlas.network(id) else {
                throw CommandError(.missingInput, "unknown network '\(id)' (see: verkosto list networks)")
            }
            let sector = atlas.sector(network.sector)
            fields([("id", network.id), ("name (fi)", network.name.fi), ("name (sv)", network.name.sv),
                    ("name (en)", network.name.en), ("sector", sector.map { "\($0.name.fi) (\($0.id))" } ?? network.sector),
                    ("unit", network.unit), ("goal", network.goal), ("operating model", network.operatingModel),
                    ("since", network.period.since?.description ?? ""), ("until", network.period.until?.description ?? "")])
            section("Directions")
            var directions = Table(columns: ["priority", "direction", "name"])
            for link in atlas.directions(ofNetwork: id) {
                directions.append([.integer(link.priority), .text(link.direction),
                                   .text(atlas.direction(link.direction)?.name.fi ?? "")])
            }
            directions.print(.table)
            section("Members")
            var members = Table(columns: ["organisation", "name", "role", "since", "until"])
            for membership in atlas.memberships(ofNetwork: id) {
                members.append([.text(membership.organisation), .text(atlas.organisation(membership.organisation)?.name ?? ""),
                                .text(membership.role.rawValue), .day(membership.period.since), .day(membership.period.until)])
            }
            members.print(.table)
            section("Collaborations")
            var collaborations = Table(columns: ["with", "name", "kind", "since", "until"])
            for link in atlas.collaborations(ofNetwork: id) {
                let other = link.networkA == id ? link.networkB : link.networkA
                collaborations.append([.text(other), .text(atlas.network(other)?.name.fi ?? ""), .text(link.kind.rawValue),
                                       .day(link.period.since), .day(link.period.until)])
            }
            collaborations.print(.table)
        }

        func showOrganisation(_ atlas: Atlas) throws {
            guard let organisation = atlas.organisation(id) else {
                throw CommandError(.missingInput, "unknown organisation '\(id)' (see: verkosto list organisations)")
            }
            let municipality = atlas.municipality(organisation.municipality)
            fields([("id", organisation.id), ("name", organisation.name), ("kind", organisation.kind.rawValue),
                    ("municipality", municipality.map { "\($0.name.fi) (\($0.id))" } ?? organisation.municipality),
                    ("region", atlas.region(ofOrganisation: organisation).map { "\($0.name.fi) (\($0.id))" } ?? ""),
                    ("language", organisation.language.rawValue)])
            section("Networks")
            var networks = Table(columns: ["network", "name", "sector", "role", "since", "until"])
            for membership in atlas.memberships(ofOrganisation: id) {
                let network = atlas.network(membership.network)
                networks.append([.text(membership.network), .text(network?.name.fi ?? ""), .text(network?.sector ?? ""),
                                 .text(membership.role.rawValue), .day(membership.period.since), .day(membership.period.until)])
            }
            networks.print(.table)
        }
    }
}
