import VerkostoGraph
import VerkostoModel
import VerkostoSupport

/// What `verkosto stats` reports: the rows of every table, and what is active on a day with the
/// shape of that day's network graph.
public struct Statistics: Sendable, Hashable, Codable {
    /// Rows of each table of the whole Atlas, in load order (``Atlas/tableNames`` less metadata).
    public let rows: [TableCount]
    public let day: Day
    public let activeNetworks: Int
    public let activeMemberships: Int
    public let activeCollaborations: Int
    public let participatingOrganisations: Int
    public let municipalitiesReached: Int
    public let regionsReached: Int
    /// Ties between networks: a shared member or a collaboration (``NetworkGraphView``).
    public let ties: Int
    /// Ties over n(n − 1)/2; `nil` for fewer than two networks.
    public let density: Double?
    public let components: Int
    /// Networks in the largest connected component.
    public let largestComponent: Int
    public let isolatedNetworks: Int
    /// The share of ties that join two different sectors; `nil` when there is no tie.
    public let crossSectorShare: Double?

    public struct TableCount: Sendable, Hashable, Codable {
        public let table: String
        public let rows: Int
    }

    /// Computes the statistics of `atlas` (the whole data set) and of its snapshot on `day`.
    ///
    /// - Complexity: O(*n*) in the rows, plus the network graph of the day.
    public init(_ atlas: Atlas, day: Day) {
        rows = [("sectors", atlas.sectors.count), ("directions", atlas.directions.count), ("regions", atlas.regions.count),
                ("municipalities", atlas.municipalities.count), ("networks", atlas.networks.count),
                ("organisations", atlas.organisations.count), ("memberships", atlas.memberships.count),
                ("network_directions", atlas.networkDirections.count), ("collaborations", atlas.collaborations.count)]
            .map { TableCount(table: $0.0, rows: $0.1) }
        let snapshot = atlas.at(day)
        let participating = snapshot.participatingOrganisations
        self.day = day
        activeNetworks = snapshot.networks.count
        activeMemberships = snapshot.memberships.count
        activeCollaborations = snapshot.collaborations.count
        participatingOrganisations = participating.count
        municipalitiesReached = Set(participating.map(\.municipality)).count
        regionsReached = Set(participating.compactMap { snapshot.region(ofOrganisation: $0)?.id }).count
        let view = NetworkGraphView(atlas: snapshot)
        let n = snapshot.networks.count
        let found = connectedComponents(view.labelled.graph)
        ties = view.ties.count
        density = n > 1 ? Double(2 * view.ties.count) / Double(n * (n - 1)) : nil
        components = found.count
        largestComponent = found.largest.map { found.sizes[Int($0)] } ?? 0
        isolatedNetworks = VerkostoAnalysis.isolatedNetworks(view).count
        crossSectorShare = view.ties.isEmpty ? nil : sectorMixing(view).crossSectorShare
    }
}
