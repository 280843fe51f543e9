import VerkostoModel
import VerkostoSupport

/// How many municipalities of one group (a region, a type, a language) a set of networks reaches.
public struct CoverageGroup: Sendable, Hashable, Codable {
    public enum Dimension: String, Sendable, CaseIterable, Codable {
        case region, type, language
    }
    public let dimension: Dimension
    /// The group's key: a region code, a ``MunicipalityType`` raw value, or `fi`, `sv`, `bilingual`.
    public let key: String
    public let municipalities: Int
    public let reached: Int
    /// `reached / municipalities`, 0 for an empty group.
    public var share: Double { municipalities == 0 ? 0 : Double(reached) / Double(municipalities) }
}

/// The reach of the networks on one development direction across Finland's municipalities.
public struct Coverage: Sendable {
    /// The direction whose networks were counted.
    public let direction: String
    /// Positions in the Atlas of the networks on that direction.
    public let networks: [Int]
    /// For each municipality (by Atlas position), the number of member organisations located there.
    public let membersInMunicipality: [Int]
    /// Groups by region, by municipality type and by language, in that order.
    public let groups: [CoverageGroup]
    /// Positions of the municipalities reached by none of the networks, largest population first.
    public let unreached: [Int]
    /// The lowest municipality type's share divided by the highest's: 1 is equal reach, 0 is
    /// a type reached not at all. `nil` when no type is reached.
    public let typeEquality: Double?

    public var reachedCount: Int { membersInMunicipality.filter { $0 > 0 }.count }
}

/// The language group of a municipality for coverage: `fi`, `sv` or `bilingual`.
public func coverageLanguage(_ status: LanguageStatus) -> String {
    status.isBilingual ? "bilingual" : status.rawValue
}

/// The municipalities reached by the networks that work on a direction (any priority).
///
/// A municipality is reached when at least one active member organisation of such a network
/// is located there. This answers the seed's goal that leadership competence is supported
/// equally in every kind of municipality.
/// - Parameters:
///   - atlas: a snapshot.
///   - direction: a direction id, by default `leadership`.
/// - Complexity: O(*M* + *U*), memberships and municipalities.
public func coverage(_ atlas: Atlas, direction: String = "leadership") -> Coverage {
    let networks = atlas.networks.indices.filter { position in
        atlas.index.directionsOfNetwork[position].contains { atlas.networkDirections[$0].direction == direction }
    }
    let onDirection = Set(networks.map { atlas.networks[$0].id })
    var counted = Set<String>()
    var members = [Int](repeating: 0, count: atlas.municipalities.count)
    for membership in atlas.memberships where onDirection.contains(membership.network) {
        guard counted.insert(membership.organisation).inserted,
              let organisation = atlas.organisation(membership.organisation),
              let place = atlas.index.municipality[organisation.municipality] else { continue }
        members[place] += 1
    }
    var groups: [CoverageGroup] = []
    func group(_ dimension: CoverageGroup.Dimension, keys: [String], keyOf: (Municipality) -> String) {
        var total: [String: Int] = [:], reached: [String: Int] = [:]
        for (position, municipality) in atlas.municipalities.enumerated() {
            let key = keyOf(municipality)
            total[key, default: 0] += 1
            if members[position] > 0 { reached[key, default: 0] += 1 }
        }
        for key in keys where total[key] != nil {
            groups.append(CoverageGroup(dimension: dimension, key: key, municipalities: total[key]!, reached: reached[key] ?? 0))
        }
    }
    group(.region, keys: atlas.regions.map(\.id)) { $0.region }
    group(.type, keys: MunicipalityType.allCases.map(\.rawValue)) { $0.type.rawValue }
    group(.language, keys: ["fi", "sv", "bilingual"]) { coverageLanguage($0.language) }
    let unreached = atlas.municipalities.indices.filter { members[$0] == 0 }.sorted {
        let (l, r) = (atlas.municipalities[$0], atlas.municipalities[$1])
        return l.population != r.population ? l.population > r.population : l.id < r.id
    }
    let typeShares = groups.filter { $0.dimension == .type && $0.municipalities > 0 }.map(\.share)
    let equality: Double? = typeShares.max().flatMap { $0 > 0 ? typeShares.min()! / $0 : nil }
    return Coverage(direction: direction, networks: networks, membersInMunicipality: members, groups: groups,
                    unreached: unreached, typeEquality: equality)
}

/// One region's municipalities and those reached, in all and by municipality type.
public struct RegionCoverage: Sendable, Hashable, Codable {
    /// The region's code, or `nil` for the whole country.
    public let region: String?
    public let municipalities: Int
    public let reached: Int
    /// Municipalities and reached ones for each ``MunicipalityType``, in `allCases` order.
    public let typeMunicipalities: [Int]
    public let typeReached: [Int]
    public var share: Double { municipalities == 0 ? 0 : Double(reached) / Double(municipalities) }
}

/// Coverage region by region: every region with municipalities, lowest share first (ties by
/// region code), then the whole country. The rows of the coverage map and the report's table.
///
/// Definition: ``coverage(_:direction:)``: a municipality is reached when an active member
/// organisation of a network on `direction` is located there.
/// - Complexity: O(*M* + *U* log *U*).
public func coverageByRegion(_ atlas: Atlas, direction: String) -> [RegionCoverage] {
    let result = coverage(atlas, direction: direction)
    let types = MunicipalityType.allCases
    var total: [String: [Int]] = [:], reached: [String: [Int]] = [:]
    var all = [Int](repeating: 0, count: types.count), allReached = all
    for (position, municipality) in atlas.municipalities.enumerated() {
        let t = types.firstIndex(of: municipality.type)!
        total[municipality.region, default: [Int](repeating: 0, count: types.count)][t] += 1
        all[t] += 1
        if result.membersInMunicipality[position] > 0 {
            reached[municipality.region, default: [Int](repeating: 0, count: types.count)][t] += 1
            allReached[t] += 1
        }
    }
    let known = atlas.regions.map(\.id)
    let regions = known.filter { total[$0] != nil } + Set(total.keys).subtracting(known).sorted()
    var rows = regions.map { id in
        let m = total[id] ?? [], r = reached[id] ?? [Int](repeating: 0, count: types.count)
        return RegionCoverage(region: id, municipalities: m.reduce(0, +), reached: r.reduce(0, +),
                              typeMunicipalities: m, typeReached: r)
    }
    rows.sort { $0.share != $1.share ? $0.share < $1.share : ($0.region ?? "") < ($1.region ?? "") }
    rows.append(RegionCoverage(region: nil, municipalities: all.reduce(0, +), reached: allReached.reduce(0, +),
                               typeMunicipalities: all, typeReached: allReached))
    return rows
}
