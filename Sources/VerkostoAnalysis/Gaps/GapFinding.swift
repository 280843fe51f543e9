import VerkostoModel

/// The kinds of collaboration gap `verkosto gaps` looks for.
public enum GapKind: String, Sendable, CaseIterable, Codable {
    case direction, sector, coverage, brokers, isolated, overload, communities
}

/// One finding of a gap analysis, as typed facts: what it is about and the evidence.
///
/// A finding holds ids and figures, never text: its sentence is written from it, in any
/// language, by ``explanation(_:atlas:)``, and its table row by ``row(_:atlas:)``. A kind that
/// finds nothing gives no finding (see ``GapKind/nothingFound(_:settings:)`` for what to say).
public struct GapFinding: Sendable, Hashable, Codable {
    public let kind: GapKind
    /// What the finding is about.
    public let subject: GapSubject
    /// The other party of a pair (two networks, two sectors, a network and the organisation it
    /// hangs on), if any.
    public let other: GapSubject?
    /// A number to rank findings of the kind by; what it measures depends on the evidence.
    public let score: Double?
    public let evidence: GapEvidence

    public init(kind: GapKind, subject: GapSubject, other: GapSubject? = nil, score: Double?, evidence: GapEvidence) {
        self.kind = kind
        self.subject = subject
        self.other = other
        self.score = score
        self.evidence = evidence
    }

    /// The networks the finding names: its subject and other party when they are networks, and
    /// the networks an overloaded organisation is in.
    public var networks: [String] {
        var ids: [String] = []
        if case let .network(id) = subject { ids.append(id) }
        if case let .network(id)? = other { ids.append(id) }
        if case let .overload(networks) = evidence { ids += networks }
        return ids
    }
}

/// What a gap finding is about.
public enum GapSubject: Sendable, Hashable, Codable {
    case network(String)
    case organisation(String)
    /// A municipality, by its code.
    case municipality(String)
    /// A region, by its code.
    case region(String)
    case municipalityType(MunicipalityType)
    /// The municipalities of a language group: `fi`, `sv` or `bilingual` (``coverageLanguage(_:)``).
    case languageGroup(String)
    /// A development direction, by its id.
    case direction(String)
    case sector(String)
    /// All sectors together: the whole field.
    case allSectors
    /// The municipality types set against each other.
    case municipalityTypes
    /// All communities of the network graph together.
    case allCommunities
    /// A community of the network graph, numbered from 0.
    case community(Int)

    /// The subject as a stable key, as `verkosto gaps` writes it in its `subject` column:
    /// an id, or `region:01`, `type:rural`, `language:sv`, `all`, `equality`, `community-0`.
    public var key: String {
        switch self {
        case let .network(id), let .organisation(id), let .municipality(id), let .direction(id), let .sector(id): return id
        case let .region(code): return "region:\(code)"
        case let .municipalityType(type): return "type:\(type.rawValue)"
        case let .languageGroup(group): return "language:\(group)"
        case .allSectors, .allCommunities: return "all"
        case .municipalityTypes: return "equality"
        case let .community(number): return "community-\(number)"
        }
    }
}

/// The facts that make a gap finding, by kind.
public enum GapEvidence: Sendable, Hashable, Codable {
    /// Two networks (subject, other) share these directions (ids, highest priority weight
    /// first) with the given weight, but no member and no collaboration; `bridges` are the
    /// organisations (ids) best placed to bridge them.
    case directionGap(directions: [String], weight: Double, bridges: [String])
    /// No network works on the direction (the subject) whose coverage was asked.
    case noNetworkOnDirection
    /// The networks on `direction` reach `reached` of the group's `municipalities`.
    case coverage(direction: String, reached: Int, municipalities: Int)
    /// The least reached municipality type's coverage over the best reached type's.
    case coverageEquality(direction: String, ratio: Double)
    /// No network on `direction` reaches the municipality (the subject).
    case unreached(direction: String, region: String, type: MunicipalityType, population: Int)
    /// The network (subject) has no shared member and no collaboration; `members` is its size.
    case isolated(members: Int, sector: String)
    /// The organisation (subject) is in all these networks (ids) at once.
    case overload(networks: [String])
    /// Without the organisation (subject), these networks (ids) lose touch with the others.
    case onlyLink(cutOff: [String])
    /// The network (subject) is tied to the others only through the organisation (other).
    case hangsOnOne
    /// The organisation (subject) links separate parts of the field.
    case broker(betweenness: Double, constraint: Double)
    /// The whole field: the share of cross-sector ties and the E-I index against chance
    /// (`pAtMost` is `nil` when no permutations were run).
    case wholeField(crossSectorShare: Double, observed: Double, expected: Double, pAtMost: Double?)
    /// One sector's E-I index with its permutation p-values.
    case sectorEI(index: Double, pInward: Double, pOutward: Double, networks: Int)
    /// Ties between the networks of two sectors (subject and other; the same sector for ties
    /// within one); 0 means none at all.
    case sectorTies(Int)
    /// Communities of the network graph against sectors.
    case communities(count: Int, modularity: Double, nmi: Double, ari: Double)
    /// A community's networks (ids) and how many of them each sector has, largest first.
    case community(networks: [String], sectors: [SectorCount])
}

/// A sector and a count, in a list that keeps its order.
public struct SectorCount: Sendable, Hashable, Codable {
    public let sector: String
    public let count: Int

    public init(sector: String, count: Int) {
        self.sector = sector
        self.count = count
    }
}
