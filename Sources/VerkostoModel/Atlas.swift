import VerkostoSupport

/// The whole data set as plain values, with look-ups by id.
///
/// An `Atlas` is what the store loads and what every analysis takes. Its tables are constants,
/// so that its look-up index always matches them. It does not check
/// itself on creation; call ``validate()`` for the list of problems. Look-ups assume ids are
/// unique; where they are not, the first row with an id wins.
public struct Atlas: Sendable, Equatable {
    public let metadata: [String: String]
    public let sectors: [Sector]
    public let directions: [Direction]
    public let regions: [Region]
    public let municipalities: [Municipality]
    public let networks: [Network]
    public let organisations: [Organisation]
    public let memberships: [Membership]
    public let networkDirections: [NetworkDirection]
    public let collaborations: [Collaboration]

    /// The snapshot day, when this Atlas was made by ``at(_:)``; `nil` for the full history.
    public private(set) var snapshot: Day?

    public let index: Index

    public init(metadata: [String: String] = [:], sectors: [Sector] = [], directions: [Direction] = [],
                regions: [Region] = [], municipalities: [Municipality] = [], networks: [Network] = [],
                organisations: [Organisation] = [], memberships: [Membership] = [],
                networkDirections: [NetworkDirection] = [], collaborations: [Collaboration] = []) {
        self.metadata = metadata
        self.sectors = sectors
        self.directions = directions
        self.regions = regions
        self.municipalities = municipalities
        self.networks = networks
        self.organisations = organisations
        self.memberships = memberships
        self.networkDirections = networkDirections
        self.collaborations = collaborations
        self.snapshot = nil
        self.index = Index(sectors: sectors, directions: directions, regions: regions,
                           municipalities: municipalities, networks: networks, organisations: organisations,
                           memberships: memberships, networkDirections: networkDirections)
    }

    public static func == (lhs: Atlas, rhs: Atlas) -> Bool {
        lhs.metadata == rhs.metadata && lhs.sectors == rhs.sectors && lhs.directions == rhs.directions
            && lhs.regions == rhs.regions && lhs.municipalities == rhs.municipalities
            && lhs.networks == rhs.networks && lhs.organisations == rhs.organisations
            && lhs.memberships == rhs.memberships && lhs.networkDirections == rhs.networkDirections
            && lhs.collaborations == rhs.collaborations && lhs.snapshot == rhs.snapshot
    }

    /// Positions of rows by id, and adjacency between networks and organisations, by position.
    public struct Index: Sendable {
        public let sector: [String: Int]
        public let direction: [String: Int]
        public let region: [String: Int]
        public let municipality: [String: Int]
        public let network: [String: Int]
        public let organisation: [String: Int]
        /// For each network (by position), the positions in `memberships` of its memberships.
        public let membershipsOfNetwork: [[Int]]
        /// For each organisation (by position), the positions in `memberships` of its memberships.
        public let membershipsOfOrganisation: [[Int]]
        /// For each network (by position), the positions in `networkDirections` of its directions.
        public let directionsOfNetwork: [[Int]]

        init(sectors: [Sector], directions: [Direction], regions: [Region], municipalities: [Municipality],
             networks: [Network], organisations: [Organisation], memberships: [Membership],
             networkDirections: [NetworkDirection]) {
            func positions<T>(_ rows: [T], _ id: (T) -> String) -> [String: Int] {
                var result = [String: Int](minimumCapacity: rows.count)
                for (position, row) in rows.enumerated() where result[id(row)] == nil {
                    result[id(row)] = position
                }
                return result
            }
            sector = positions(sectors, \.id)
            direction = positions(directions, \.id)
            region = positions(regions, \.id)
            municipality = positions(municipalities, \.id)
            network = positions(networks, \.id)
            organisation = positions(organisations, \.id)
            var ofNetwork = [[Int]](repeating: [], count: networks.count)
            var ofOrganisation = [[Int]](repeating: [], count: organisations.count)
            for (position, membership) in memberships.enumerated() {
                if let n = network[membership.network] { ofNetwork[n].append(position) }
                if let o = organisation[membership.organisation] { ofOrganisation[o].append(position) }
            }
            membershipsOfNetwork = ofNetwork
            membershipsOfOrganisation = ofOrganisation
            var directionsOf = [[Int]](repeating: [], count: networks.count)
            for (position, link) in networkDirections.enumerated() {
                if let n = network[link.network] { directionsOf[n].append(position) }
            }
            directionsOfNetwork = directionsOf
        }
    }

    // MARK: Look-ups

    public func sector(_ id: String) -> Sector? { index.sector[id].map { sectors[$0] } }
    public func direction(_ id: String) -> Direction? { index.direction[id].map { directions[$0] } }
    public func region(_ id: String) -> Region? { index.region[id].map { regions[$0] } }
    public func municipality(_ id: String) -> Municipality? { index.municipality[id].map { municipalities[$0] } }
    public func network(_ id: String) -> Network? { index.network[id].map { networks[$0] } }
    public func organisation(_ id: String) -> Organisation? { index.organisation[id].map { organisations[$0] } }

    /// The memberships of a network, in file order.
    public func memberships(ofNetwork id: String) -> [Membership] {
        guard let position = index.network[id] else { return [] }
        return index.membershipsOfNetwork[position].map { memberships[$0] }
    }

    /// The memberships of an organisation, in file order.
    public func memberships(ofOrganisation id: String) -> [Membership] {
        guard let position = index.organisation[id] else { return [] }
        return index.membershipsOfOrganisation[position].map { memberships[$0] }
    }

    /// The development directions of a network, by priority.
    public func directions(ofNetwork id: String) -> [NetworkDirection] {
        guard let position = index.network[id] else { return [] }
        return index.directionsOfNetwork[position].map { networkDirections[$0] }
            .sorted { ($0.priority, $0.direction) < ($1.priority, $1.direction) }
    }

    /// The collaborations a network takes part in.
    public func collaborations(ofNetwork id: String) -> [Collaboration] {
        collaborations.filter { $0.networkA == id || $0.networkB == id }
    }

    /// The region of an organisation, through its municipality.
    public func region(ofOrganisation organisation: Organisation) -> Region? {
        municipality(organisation.municipality).flatMap { region($0.region) }
    }

    /// The same Atlas with its metadata replaced.
    public func replacingMetadata(_ metadata: [String: String]) -> Atlas {
        var copy = Atlas(metadata: metadata, sectors: sectors, directions: directions, regions: regions,
                         municipalities: municipalities, networks: networks, organisations: organisations,
                         memberships: memberships, networkDirections: networkDirections, collaborations: collaborations)
        copy.snapshot = snapshot
        return copy
    }

    // MARK: Snapshots

    /// The snapshot on `day`: networks, memberships and collaborations active that day
    /// (both ends inclusive, see ``Period``), the direction links of the active networks,
    /// and all reference tables and organisations.
    ///
    /// A membership counts only when its network is active too, and a collaboration only
    /// when both its networks are.
    ///
    /// - Complexity: O(*n*) in the number of rows.
    public func at(_ day: Day) -> Atlas {
        let activeNetworks = networks.filter { $0.period.contains(day) }
        let active = Set(activeNetworks.map(\.id))
        var snapshot = Atlas(
            metadata: metadata, sectors: sectors, directions: directions, regions: regions,
            municipalities: municipalities, networks: activeNetworks, organisations: organisations,
            memberships: memberships.filter { active.contains($0.network) && $0.period.contains(day) },
            networkDirections: networkDirections.filter { active.contains($0.network) },
            collaborations: collaborations.filter {
                active.contains($0.networkA) && active.contains($0.networkB) && $0.period.contains(day)
            })
        snapshot.snapshot = day
        return snapshot
    }

    /// The organisations with at least one membership in this Atlas.
    public var participatingOrganisations: [Organisation] {
        organisations.indices.filter { !index.membershipsOfOrganisation[$0].isEmpty }.map { organisations[$0] }
    }

    /// The earliest and latest dates that appear in the data, or `nil` when there are none.
    public var dateRange: ClosedRange<Day>? {
        var days: [Day] = []
        for network in networks { days += [network.period.since, network.period.until].compactMap { $0 } }
        for membership in memberships { days += [membership.period.since, membership.period.until].compactMap { $0 } }
        for link in collaborations { days += [link.period.since, link.period.until].compactMap { $0 } }
        guard let low = days.min(), let high = days.max() else { return nil }
        return low...high
    }
}
