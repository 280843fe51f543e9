import ArgumentParser
import VerkostoAnalysis
import VerkostoModel
import VerkostoStore
import VerkostoSupport

extension Verkosto {
    struct List: ParsableCommand {
        enum Kind: String, ExpressibleByArgument, CaseIterable {
            case networks, organisations, directions, sectors, municipalities, regions
        }

        static let configuration = CommandConfiguration(
            abstract: "List networks, organisations, directions, sectors, municipalities or regions.",
            discussion: """
                Networks are those active on the --at day (default today), with their active members. \
                Organisations show how many networks they take part in on that day. With --sector S, \
                networks of that sector only, and organisations taking part in one of them.

                Example:
                  verkosto list networks --at 2025 --sector ecec
                  verkosto list organisations --format csv > organisations.csv
                  verkosto list directions --format json
                """)

        @Argument(help: ArgumentHelp("What to list: networks, organisations, directions, sectors, municipalities or regions.",
                                     valueName: "what"))
        var kind: Kind

        @Option(help: ArgumentHelp("Only networks of this sector (an id such as ecec), and their organisations.",
                                   valueName: "sector"))
        var sector: String?

        @OptionGroup var snapshot: SnapshotOptions
        @OptionGroup var output: OutputFormatOptions
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if sector != nil, kind != .networks, kind != .organisations {
                throw ValidationError("--sector applies to networks and organisations only")
            }
        }

        func run() throws {
            let full = try database.open().load()
            if let sector, full.sector(sector) == nil {
                throw CommandError(.missingInput, "unknown sector '\(sector)' (see: verkosto list sectors)")
            }
            let atlas = full.at(snapshot.day)
            let inSector: (Network) -> Bool = { network in sector.map { network.sector == $0 } ?? true }
            var table: Table
            switch kind {
            case .networks:
                table = Table(columns: NetworkListRow.columns)
                for network in atlas.networks where inSector(network) {
                    let row = NetworkListRow(network, in: atlas)
                    table.append([.text(row.id), .text(row.name), .text(row.sector), .text(row.unit), .day(row.since),
                                  .day(row.until), .integer(row.members), .text(row.mainDirection)])
                }
            case .organisations:
                table = Table(columns: ["id", "name", "kind", "municipality", "region", "language", "networks"])
                for organisation in atlas.organisations {
                    let networks = atlas.memberships(ofOrganisation: organisation.id).filter { membership in
                        atlas.network(membership.network).map(inSector) ?? false
                    }
                    if sector != nil && networks.isEmpty { continue }
                    let municipality = atlas.municipality(organisation.municipality)
                    table.append([.text(organisation.id), .text(organisation.name), .text(organisation.kind.rawValue),
                                  .text(municipality?.name.fi ?? organisation.municipality),
                                  .text(atlas.region(ofOrganisation: organisation)?.name.fi ?? ""),
                                  .text(organisation.language.rawValue), .integer(Set(networks.map(\.network)).count)])
                }
            case .directions:
                var count: [String: Int] = [:]
                for link in atlas.networkDirections { count[link.direction, default: 0] += 1 }
                table = Table(columns: ["id", "name_fi", "name_sv", "name_en", "networks"])
                for direction in atlas.directions {
                    table.append([.text(direction.id), .text(direction.name.fi), .text(direction.name.sv),
                                  .text(direction.name.en), .integer(count[direction.id] ?? 0)])
                }
            case .sectors:
                var count: [String: Int] = [:]
                for network in atlas.networks { count[network.sector, default: 0] += 1 }
                table = Table(columns: ["id", "name_fi", "name_sv", "name_en", "networks"])
                for sector in atlas.sectors {
                    table.append([.text(sector.id), .text(sector.name.fi), .text(sector.name.sv), .text(sector.name.en),
                                  .integer(count[sector.id] ?? 0)])
                }
            case .municipalities:
                var count: [String: Int] = [:]
                for organisation in atlas.organisations { count[organisation.municipality, default: 0] += 1 }
                table = Table(columns: ["code", "name_fi", "name_sv", "region", "type", "language", "population", "organisations"])
                for municipality in atlas.municipalities {
                    table.append([.text(municipality.id), .text(municipality.name.fi), .text(municipality.name.sv),
                                  .text(municipality.region), .text(municipality.type.rawValue),
                                  .text(municipality.language.rawValue), .integer(municipality.population),
                                  .integer(count[municipality.id] ?? 0)])
                }
            case .regions:
                var count: [String: Int] = [:]
                for municipality in atlas.municipalities { count[municipality.region, default: 0] += 1 }
                table = Table(columns: ["code", "name_fi", "name_sv", "municipalities"])
                for region in atlas.regions {
                    table.append([.text(region.id), .text(region.name.fi), .text(region.name.sv), .integer(count[region.id] ?? 0)])
                }
            }
            table.print(output.format)
        }
    }
}
