import VerkostoModel

/// Networks of a snapshot with no tie to any other: no shared member and no collaboration.
///
/// - Returns: positions in the Atlas, in Atlas order.
/// - Complexity: O(*N* + *T*).
public func isolatedNetworks(_ view: NetworkGraphView) -> [Int] {
    var tied = [Bool](repeating: false, count: view.atlas.networks.count)
    for tie in view.ties { tied[tie.a] = true; tied[tie.b] = true }
    return tied.indices.filter { !tied[$0] }
}

/// An organisation that takes part in many networks at once.
public struct Overload: Sendable, Hashable {
    /// Position of the organisation in the Atlas.
    public let organisation: Int
    /// Positions of its networks in the Atlas, in Atlas order.
    public let networks: [Int]
}

/// Organisations in more than `threshold` networks at once: the participation burden.
///
/// - Parameters:
///   - atlas: a snapshot, so that only active memberships count.
///   - threshold: the most networks that are not a burden (default 5).
/// - Returns: the organisations, most networks first, then by id.
/// - Complexity: O(*M* log *M*).
public func overloadedOrganisations(_ atlas: Atlas, threshold: Int = 5) -> [Overload] {
    var result: [Overload] = []
    for position in atlas.organisations.indices {
        let networks = Set(atlas.index.membershipsOfOrganisation[position].compactMap {
            atlas.index.network[atlas.memberships[$0].network]
        }).sorted()
        if networks.count > threshold { result.append(Overload(organisation: position, networks: networks)) }
    }
    result.sort {
        $0.networks.count != $1.networks.count ? $0.networks.count > $1.networks.count
            : atlas.organisations[$0.organisation].id < atlas.organisations[$1.organisation].id
    }
    return result
}
