/// One thing wrong with an Atlas, with the place it was found.
public struct Problem: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        /// The data cannot be used as it is.
        case error
        /// The data can be used, but something looks wrong.
        case warning
    }

    public var severity: Severity
    /// The table, named as its file without extension: `memberships`, `networks`, ...
    public var table: String
    /// The 0-based position of the row in its table, or `nil` for the table as a whole.
    public var row: Int?
    /// The column, named as in the file header.
    public var column: String?
    public var message: String

    public init(_ severity: Severity = .error, table: String, row: Int?, column: String?, message: String) {
        self.severity = severity
        self.table = table
        self.row = row
        self.column = column
        self.message = message
    }

    public var description: String {
        var place = table
        if let row { place += " row \(row + 1)" }
        if let column { place += " column \(column)" }
        return "\(place): \(message)"
    }
}

extension Atlas {
    /// The table names, in the order they load: referenced tables before the ones that refer to them.
    public static let tableNames = [
        "metadata", "sectors", "directions", "regions", "municipalities", "networks",
        "organisations", "memberships", "network_directions", "collaborations",
    ]

    /// Checks the Atlas and returns every problem found, errors and warnings, in table order.
    ///
    /// Errors: empty or duplicate ids; references to unknown rows; `until` before `since`;
    /// a network collaborating with itself; a direction priority outside 1–3; a negative
    /// population; a municipal centre's latitude outside −90…90 or longitude outside −180…180;
    /// the same membership, direction link or collaboration twice.
    /// Warnings: a membership or collaboration dated outside its network's period.
    ///
    /// - Complexity: O(*n*) expected, in the number of rows.
    public func validate() -> [Problem] {
        var problems: [Problem] = []
        func error(_ table: String, _ row: Int, _ column: String?, _ message: String) {
            problems.append(Problem(.error, table: table, row: row, column: column, message: message))
        }
        func warning(_ table: String, _ row: Int, _ column: String?, _ message: String) {
            problems.append(Problem(.warning, table: table, row: row, column: column, message: message))
        }
        func checkIds(_ table: String, _ column: String, _ ids: [String]) {
            var firstRow: [String: Int] = [:]
            for (row, id) in ids.enumerated() {
                if id.isEmpty {
                    error(table, row, column, "empty id")
                } else if let first = firstRow[id] {
                    error(table, row, column, "duplicate id '\(id)' (first on row \(first + 1))")
                } else {
                    firstRow[id] = row
                }
            }
        }
        func checkPeriod(_ table: String, _ row: Int, _ period: Period) {
            if let since = period.since, let until = period.until, until < since {
                error(table, row, "until", "until \(until) is before since \(since)")
            }
        }

        checkIds("sectors", "id", sectors.map(\.id))
        checkIds("directions", "id", directions.map(\.id))
        checkIds("regions", "code", regions.map(\.id))
        checkIds("municipalities", "code", municipalities.map(\.id))
        checkIds("networks", "id", networks.map(\.id))
        checkIds("organisations", "id", organisations.map(\.id))

        for (row, municipality) in municipalities.enumerated() {
            if index.region[municipality.region] == nil {
                error("municipalities", row, "region", "unknown region '\(municipality.region)'")
            }
            if municipality.population < 0 {
                error("municipalities", row, "population", "population \(municipality.population) is negative")
            }
            if let centre = municipality.centre {
                if !(centre.latitude.isFinite && (-90...90).contains(centre.latitude)) {
                    error("municipalities", row, "latitude", "latitude \(centre.latitude) is outside −90…90 degrees")
                }
                if !(centre.longitude.isFinite && (-180...180).contains(centre.longitude)) {
                    error("municipalities", row, "longitude", "longitude \(centre.longitude) is outside −180…180 degrees")
                }
            }
        }
        for (row, network) in networks.enumerated() {
            if index.sector[network.sector] == nil {
                error("networks", row, "sector", "unknown sector '\(network.sector)'")
            }
            checkPeriod("networks", row, network.period)
        }
        for (row, organisation) in organisations.enumerated() where index.municipality[organisation.municipality] == nil {
            error("organisations", row, "municipality", "unknown municipality '\(organisation.municipality)'")
        }

        var seenMemberships: [MembershipKey: Int] = [:]
        seenMemberships.reserveCapacity(memberships.count)
        for (row, membership) in memberships.enumerated() {
            let organisationPosition = index.organisation[membership.organisation]
            if organisationPosition == nil {
                error("memberships", row, "organisation", "unknown organisation '\(membership.organisation)'")
            }
            let networkPosition = index.network[membership.network]
            if networkPosition == nil {
                error("memberships", row, "network", "unknown network '\(membership.network)'")
            }
            checkPeriod("memberships", row, membership.period)
            if let organisationPosition, let networkPosition {
                // Positions stand for ids here: hashing two integers instead of two strings.
                let key = MembershipKey(organisation: organisationPosition, network: networkPosition,
                                        since: membership.period.since?.ordinal ?? Int.min)
                if let first = seenMemberships.updateValue(row, forKey: key) {
                    seenMemberships[key] = first
                    error("memberships", row, nil,
                          "the same membership of '\(membership.organisation)' in '\(membership.network)' again (first on row \(first + 1))")
                }
                let network = networks[networkPosition]
                if reachesOutside(membership.period, network.period) {
                    warning("memberships", row, "since",
                            "membership dates \(outside(membership.period, network.period)) fall outside network '\(network.id)'")
                }
            }
        }

        var seenLinks: [String: Int] = [:]
        for (row, link) in networkDirections.enumerated() {
            if index.network[link.network] == nil {
                error("network_directions", row, "network", "unknown network '\(link.network)'")
            }
            if index.direction[link.direction] == nil {
                error("network_directions", row, "direction", "unknown direction '\(link.direction)'")
            }
            if !(1...3).contains(link.priority) {
                error("network_directions", row, "priority", "priority \(link.priority) is not 1, 2 or 3")
            }
            let key = link.network + "\u{0}" + link.direction
            if let first = seenLinks[key] {
                error("network_directions", row, nil,
                      "direction '\(link.direction)' of network '\(link.network)' again (first on row \(first + 1))")
            } else {
                seenLinks[key] = row
            }
        }

        var seenCollaborations: [String: Int] = [:]
        for (row, collaboration) in collaborations.enumerated() {
            for (column, id) in [("network_a", collaboration.networkA), ("network_b", collaboration.networkB)]
            where index.network[id] == nil {
                error("collaborations", row, column, "unknown network '\(id)'")
            }
            if collaboration.networkA == collaboration.networkB {
                error("collaborations", row, "network_b", "network '\(collaboration.networkA)' collaborates with itself")
            }
            checkPeriod("collaborations", row, collaboration.period)
            let pair = [collaboration.networkA, collaboration.networkB].sorted()
            let key = pair.joined(separator: "\u{0}") + "\u{0}" + collaboration.kind.rawValue + "\u{0}"
                + (collaboration.period.since?.description ?? "")
            if let first = seenCollaborations[key] {
                error("collaborations", row, nil, "the same collaboration again (first on row \(first + 1))")
            } else {
                seenCollaborations[key] = row
            }
        }
        return problems
    }

    /// The errors among ``validate()``'s problems.
    public func errors() -> [Problem] { validate().filter { $0.severity == .error } }

    private struct MembershipKey: Hashable {
        var organisation: Int
        var network: Int
        var since: Int
    }

    /// Whether `inner` starts before or ends after `outer` (a missing end is unbounded).
    private func reachesOutside(_ inner: Period, _ outer: Period) -> Bool {
        if let outerSince = outer.since, let innerSince = inner.since, innerSince < outerSince { return true }
        if let outerUntil = outer.until, let innerUntil = inner.until, outerUntil < innerUntil { return true }
        return false
    }

    /// A description of where `inner` reaches outside `outer`, or "" when it does not.
    private func outside(_ inner: Period, _ outer: Period) -> String {
        var parts: [String] = []
        if let outerSince = outer.since, let innerSince = inner.since, innerSince < outerSince {
            parts.append("since \(innerSince) is before the network starts on \(outerSince)")
        }
        if let outerUntil = outer.until, let innerUntil = inner.until, outerUntil < innerUntil {
            parts.append("until \(innerUntil) is after the network ends on \(outerUntil)")
        }
        return parts.joined(separator: "; ")
    }
}
