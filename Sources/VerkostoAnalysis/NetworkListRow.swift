import VerkostoModel
import VerkostoSupport

/// One network of a snapshot as `verkosto list networks` shows it and the platform's
/// `/api/networks` returns it: id, Finnish name, sector, unit, dates, active members and the
/// direction listed first. Encodes as the CLI's JSON row (keys ``columns``, nulls for no date).
public struct NetworkListRow: Sendable, Hashable, Codable {
    public let id: String
    public let name: String
    public let sector: String
    public let unit: String
    public let since: Day?
    public let until: Day?
    public let members: Int
    public let mainDirection: String

    /// The JSON keys and CSV columns, in order.
    public static let columns = ["id", "name", "sector", "unit", "since", "until", "members", "main direction"]

    enum CodingKeys: String, CodingKey {
        case id, name, sector, unit, since, until, members
        case mainDirection = "main direction"
    }

    /// The row of `network` in `snapshot` (an ``Atlas/at(_:)`` snapshot).
    /// - Complexity: O(members + directions of the network).
    public init(_ network: Network, in snapshot: Atlas) {
        id = network.id
        name = network.name.fi
        sector = network.sector
        unit = network.unit
        since = network.period.since
        until = network.period.until
        members = snapshot.memberships(ofNetwork: network.id).count
        mainDirection = snapshot.directions(ofNetwork: network.id).first.map(\.direction) ?? ""
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(sector, forKey: .sector)
        try container.encode(unit, forKey: .unit)
        try container.encode(since, forKey: .since)
        try container.encode(until, forKey: .until)
        try container.encode(members, forKey: .members)
        try container.encode(mainDirection, forKey: .mainDirection)
    }
}
