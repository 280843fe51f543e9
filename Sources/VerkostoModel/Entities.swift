/// A sector of education, such as early childhood education or vocational education.
public struct Sector: Hashable, Sendable, Identifiable {
    /// A stable slug, for example `ecec` or `vocational`.
    public var id: String
    public var name: LocalizedText

    public init(id: String, name: LocalizedText) {
        self.id = id
        self.name = name
    }
}

/// A shared development direction (kehittämisen suunta), such as leadership competence.
public struct Direction: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: LocalizedText

    public init(id: String, name: LocalizedText) {
        self.id = id
        self.name = name
    }
}

/// A region (maakunta), identified by its two-digit Statistics Finland code.
public struct Region: Hashable, Sendable, Identifiable {
    /// The two-digit code, for example `01` for Uusimaa.
    public var id: String
    public var name: LocalizedText

    public init(id: String, name: LocalizedText) {
        self.id = id
        self.name = name
    }
}

/// A point on the Earth in WGS84 (EUREF-FIN) decimal degrees.
public struct GeoPoint: Hashable, Sendable {
    /// Degrees north, −90…90.
    public var latitude: Double
    /// Degrees east, −180…180.
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Whether both values are finite and in range (latitude −90…90, longitude −180…180).
    public var isValid: Bool {
        latitude.isFinite && longitude.isFinite && (-90...90).contains(latitude) && (-180...180).contains(longitude)
    }
}

/// A municipality (kunta), identified by its three-digit Statistics Finland code.
public struct Municipality: Hashable, Sendable, Identifiable {
    /// The three-digit code, for example `091` for Helsinki.
    public var id: String
    public var name: LocalizedText
    /// The region's code.
    public var region: String
    public var type: MunicipalityType
    public var language: LanguageStatus
    /// Approximate population.
    public var population: Int
    /// The municipal centre (kuntakeskus), when the data set gives it.
    public var centre: GeoPoint?

    public init(id: String, name: LocalizedText, region: String, type: MunicipalityType,
                language: LanguageStatus, population: Int, centre: GeoPoint? = nil) {
        self.id = id
        self.name = name
        self.region = region
        self.type = type
        self.language = language
        self.population = population
        self.centre = centre
    }
}

/// A development network that OPH leads.
public struct Network: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: LocalizedText
    /// The sector's id.
    public var sector: String
    /// The coordinating OPH unit.
    public var unit: String
    /// What the network aims at.
    public var goal: String
    /// How the network works (meetings, platform, rhythm).
    public var operatingModel: String
    public var period: Period

    public init(id: String, name: LocalizedText, sector: String, unit: String, goal: String,
                operatingModel: String, period: Period) {
        self.id = id
        self.name = name
        self.sector = sector
        self.unit = unit
        self.goal = goal
        self.operatingModel = operatingModel
        self.period = period
    }
}

/// A member organisation: a school, a municipality as education provider, and so on.
public struct Organisation: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var kind: OrganisationKind
    /// The municipality's code.
    public var municipality: String
    public var language: LanguageStatus

    public init(id: String, name: String, kind: OrganisationKind, municipality: String, language: LanguageStatus) {
        self.id = id
        self.name = name
        self.kind = kind
        self.municipality = municipality
        self.language = language
    }
}

/// An organisation's membership in a network, with its role and dates.
public struct Membership: Hashable, Sendable {
    public var organisation: String
    public var network: String
    public var role: MembershipRole
    public var period: Period

    public init(organisation: String, network: String, role: MembershipRole, period: Period) {
        self.organisation = organisation
        self.network = network
        self.role = role
        self.period = period
    }
}

/// A network's development direction, with its priority: 1 is the main direction,
/// 2 an important one, 3 a supporting one.
public struct NetworkDirection: Hashable, Sendable {
    public var network: String
    public var direction: String
    public var priority: Int

    public init(network: String, direction: String, priority: Int) {
        self.network = network
        self.direction = direction
        self.priority = priority
    }

    /// The weight a shared direction carries in gap analyses: 3 for priority 1, 2 for 2, 1 for 3.
    public var weight: Double { Double(max(1, 4 - priority)) }
}

/// Joint work between two networks (an event, a project, ...), with its dates.
public struct Collaboration: Hashable, Sendable {
    public var networkA: String
    public var networkB: String
    public var kind: CollaborationKind
    public var period: Period

    public init(networkA: String, networkB: String, kind: CollaborationKind, period: Period) {
        self.networkA = networkA
        self.networkB = networkB
        self.kind = kind
        self.period = period
    }
}
