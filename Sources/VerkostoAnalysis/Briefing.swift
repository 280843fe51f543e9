import VerkostoGraph
import VerkostoModel
import VerkostoSupport

/// The answers to the questions of DESIGN.md ("The questions it must answer") for one day, as
/// typed facts: figures, lists of ids with their numbers, and changes. No text: the report, the
/// CLI and the platform format a Briefing in a language with ``Localisation``, taking names
/// from the Atlas.
///
/// One Briefing is computed once per day and language-free, so a server can cache it and
/// render it in Finnish, Swedish and English alike.
public struct Briefing: Sendable, Codable {
    /// The day the answers describe, and the day a year before it (for changes).
    public let day: Day
    public let previousDay: Day
    /// The headline indicators on ``day`` and on ``previousDay``.
    public let indicators: HeadlineIndicators
    public let previousIndicators: HeadlineIndicators
    /// Municipalities in the data (the denominator of reach).
    public let municipalities: Int
    public let networks: NetworksAnswer
    public let crossSector: CrossSectorAnswer
    public let directions: DirectionsAnswer
    public let coverage: CoverageAnswer
    public let centrality: CentralityAnswer
    /// The gaps to act on, by kind: direction, coverage, brokers, overload, isolated.
    public let gaps: [GapFinding]
    public let trend: TrendAnswer
    /// One card per active network, in Atlas order.
    public let cards: [NetworkCard]

    /// The kinds of gap a briefing lists, in order.
    public static let gapKinds: [GapKind] = [.direction, .coverage, .brokers, .overload, .isolated]

    /// Computes the answers on `day` from the whole Atlas (all dates: the change since the year
    /// before and the trend need history).
    ///
    /// - Parameters:
    ///   - atlas: the whole Atlas.
    ///   - day: the day to answer for.
    ///   - settings: the gap analysis' settings (the coverage direction is also Q4's).
    ///   - firstTrendYear: the trend starts at the end of this year, or at the data's first year
    ///     when that is later; its last point is `day`.
    ///   - progress: told of each phase.
    /// - Throws: ``ConvergenceError`` when eigenvector centrality does not converge.
    /// - Complexity: dominated by the gap analyses (brokers' betweenness) and the trend (one
    ///   snapshot per year).
    public init(_ atlas: Atlas, day: Day, settings: GapSettings = GapSettings(), firstTrendYear: Int = 2022,
                progress: any WorkProgress = SilentProgress()) throws {
        progress.begin("figures")
        let snapshot = atlas.at(day)
        let view = NetworkGraphView(atlas: snapshot)
        self.day = day
        previousDay = day.adding(years: -1)
        indicators = HeadlineIndicators(snapshot, leadershipDirection: settings.coverageDirection)
        previousIndicators = HeadlineIndicators(atlas.at(previousDay), leadershipDirection: settings.coverageDirection)
        municipalities = snapshot.municipalities.count
        networks = NetworksAnswer(snapshot, participating: indicators.organisationsParticipating)
        crossSector = CrossSectorAnswer(view, indicators: indicators, previous: previousIndicators)
        progress.begin("gaps")
        gaps = findGaps(snapshot, kinds: Self.gapKinds, settings: settings)
        directions = DirectionsAnswer(gaps: gaps.filter { $0.kind == .direction })
        coverage = CoverageAnswer(snapshot, direction: settings.coverageDirection)
        progress.begin("centrality")
        centrality = try CentralityAnswer(view, brokerFindings: gaps.filter { $0.kind == .brokers }.count)
        progress.begin("trend")
        trend = TrendAnswer(atlas, day: day, firstYear: firstTrendYear)
        let (centrality, gaps) = (self.centrality, self.gaps)
        cards = snapshot.networks.map { network in
            NetworkCard(network, in: snapshot, ranks: centrality.ranks(of: network.id),
                        gaps: gaps.filter { $0.networks.contains(network.id) })
        }
    }
}

/// Q1: what networks there are, and how they work.
public struct NetworksAnswer: Sendable, Codable {
    /// One active network.
    public struct Row: Sendable, Codable {
        public let network: String
        public let sector: String
        public let unit: String
        public let members: Int
        /// The direction of the network's highest priority, if any.
        public let mainDirection: String?
        public let since: Day?
    }

    public let rows: [Row]
    /// Sectors with an active network.
    public let sectors: Int
    /// Organisations with an active membership.
    public let organisations: Int
    /// The network with the most members (the first in Atlas order on a tie), if any.
    public let largest: String?
    public let largestMembers: Int
    /// Coordinating units.
    public let units: Int

    init(_ snapshot: Atlas, participating: Int) {
        let rows = snapshot.networks.map { network in
            Row(network: network.id, sector: network.sector, unit: network.unit,
                members: snapshot.memberships(ofNetwork: network.id).count,
                mainDirection: snapshot.directions(ofNetwork: network.id).min { $0.priority < $1.priority }?.direction,
                since: network.period.since)
        }
        self.rows = rows
        sectors = Set(snapshot.networks.map(\.sector)).count
        organisations = participating
        let largestRow = rows.indices.max { rows[$0].members < rows[$1].members }
        largest = largestRow.map { rows[$0].network }
        largestMembers = largestRow.map { rows[$0].members } ?? 0
        units = Set(snapshot.networks.map(\.unit)).count
    }
}

/// Q2: how much networks cooperate across sectors, and whether it grew.
public struct CrossSectorAnswer: Sendable, Codable {
    /// One sector: its networks, its ties to other sectors and within, and its E-I index.
    public struct Row: Sendable, Codable {
        public let sector: String
        public let networks: Int
        public let externalTies: Int
        public let internalTies: Int
        public let eiIndex: Double?
    }

    public let ties: Int
    public let crossSectorTies: Int
    public let share: Double
    /// The share a year before, when there were ties then.
    public let previousShare: Double?
    /// Whether the share grew over the year, when it can be said.
    public let grew: Bool?
    /// Every sector of the E-I index, in its order (``HeadlineIndicators/eiIndex``).
    public let rows: [Row]

    init(_ view: NetworkGraphView, indicators: HeadlineIndicators, previous: HeadlineIndicators) {
        ties = indicators.ties
        crossSectorTies = indicators.crossSectorTies
        share = indicators.crossSectorShare
        previousShare = previous.ties > 0 ? previous.crossSectorShare : nil
        grew = previous.ties > 0 ? indicators.crossSectorShare > previous.crossSectorShare : nil
        let mixing = sectorMixing(view)
        let networksOf = Dictionary(grouping: view.atlas.networks, by: \.sector).mapValues(\.count)
        rows = indicators.eiIndex.map { entry in
            let i = mixing.sectors.firstIndex(of: entry.sector)
            let internalTies = i.map { mixing.ties[$0][$0] } ?? 0
            let externalTies = i.map { i in mixing.ties[i].indices.filter { $0 != i }.map { mixing.ties[i][$0] }.reduce(0, +) } ?? 0
            return Row(sector: entry.sector, networks: networksOf[entry.sector] ?? 0, externalTies: externalTies,
                       internalTies: internalTies, eiIndex: entry.index)
        }
    }
}

/// Q3: networks that share a direction but have no shared members and no joint work.
public struct DirectionsAnswer: Sendable, Codable {
    /// The direction gaps, largest first (``GapEvidence/directionGap(directions:weight:bridges:)``).
    public let gaps: [GapFinding]
}

/// Q4: the regions and municipality types the leadership networks do not reach.
public struct CoverageAnswer: Sendable, Codable {
    /// The direction whose networks count.
    public let direction: String
    public let reached: Int
    public let municipalities: Int
    /// Coverage of each municipality type that has municipalities, in ``MunicipalityType`` order.
    public let types: [CoverageGroup]
    /// Municipalities no network on the direction reaches.
    public let unreached: Int
    /// Every region, lowest share first, then the whole country (``coverageByRegion(_:direction:)``).
    public let regions: [RegionCoverage]

    /// The region reached least, if any.
    public var weakest: RegionCoverage? { regions.first { $0.region != nil } }

    init(_ snapshot: Atlas, direction: String) {
        let result = VerkostoAnalysis.coverage(snapshot, direction: direction)
        self.direction = direction
        reached = result.reachedCount
        municipalities = snapshot.municipalities.count
        types = MunicipalityType.allCases.compactMap { type in
            result.groups.first { $0.dimension == .type && $0.key == type.rawValue }
        }
        unreached = result.unreached.count
        regions = coverageByRegion(snapshot, direction: direction)
    }
}

/// Q5: the central networks and organisations, brokers and single points of failure.
public struct CentralityAnswer: Sendable, Codable {
    /// One network's centrality and its rank by each measure (1 is the most central).
    public struct Row: Sendable, Codable {
        public let network: String
        public let degree: Double
        public let betweenness: Double
        public let eigenvector: Double
        public let degreeRank: Int
        public let betweennessRank: Int
        public let eigenvectorRank: Int
    }

    /// Every active network, by betweenness rank.
    public let rows: [Row]
    /// The organisation in the most networks (the first in Atlas order on a tie), if any.
    public let topOrganisation: String?
    public let topOrganisationNetworks: Int
    /// Broker findings: cut organisations, networks that hang on one organisation, brokers.
    public let brokerFindings: Int

    /// The network of betweenness rank 1, if any.
    public var topNetwork: String? { rows.first?.network }

    /// A network's ranks by degree, betweenness and eigenvector; empty when it has none.
    public func ranks(of network: String) -> [Int] {
        rows.first { $0.network == network }.map { [$0.degreeRank, $0.betweennessRank, $0.eigenvectorRank] } ?? []
    }

    init(_ view: NetworkGraphView, brokerFindings: Int) throws {
        let table = try centralityTable(view.labelled, measures: [.degree, .betweenness, .eigenvector], weighted: false)
        /// Ranks by descending value, ties by position: 1, 2, 3, ...
        func ranks(_ values: [Double]) -> [Int] {
            let order = values.indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }
            var result = [Int](repeating: 0, count: values.count)
            for (rank, i) in order.enumerated() { result[i] = rank + 1 }
            return result
        }
        let rankColumns = table.values.map(ranks)
        let all = table.ids.indices.map { i in
            Row(network: table.ids[i], degree: table.values[0][i], betweenness: table.values[1][i],
                eigenvector: table.values[2][i], degreeRank: rankColumns[0][i], betweennessRank: rankColumns[1][i],
                eigenvectorRank: rankColumns[2][i])
        }
        rows = all.sorted { $0.betweennessRank < $1.betweennessRank }
        let snapshot = view.atlas
        let counts = snapshot.organisations.indices.map { snapshot.index.membershipsOfOrganisation[$0].count }
        let top = counts.indices.max { counts[$0] < counts[$1] }
        topOrganisation = top.map { snapshot.organisations[$0].id }
        topOrganisationNetworks = top.map { counts[$0] } ?? 0
        self.brokerFindings = brokerFindings
    }
}

/// The headline indicators at the end of each year up to the briefing's day.
public struct TrendAnswer: Sendable, Codable {
    /// The first year of the series.
    public let fromYear: Int
    /// One point a year (31 December), the last on the briefing's day.
    public let points: [HeadlineIndicators]

    init(_ atlas: Atlas, day: Day, firstYear: Int) {
        let first = max(firstYear, atlas.dateRange?.lowerBound.year ?? day.year)
        fromYear = min(first, day.year)
        var days = fromYear < day.year ? trendDays(fromYear: fromYear, toYear: day.year - 1, every: .year) : []
        days.append(day)
        points = VerkostoAnalysis.trend(atlas, days: days)
    }
}

/// What a network's card shows: its members by kind and region, its directions, its
/// centrality ranks and the gaps it is part of.
public struct NetworkCard: Sendable, Codable {
    public struct KindCount: Sendable, Codable {
        public let kind: OrganisationKind
        public let count: Int
    }
    public struct RegionCount: Sendable, Codable {
        /// The region's code, or `nil` for members whose municipality has no known region.
        public let region: String?
        public let count: Int
    }
    public struct DirectionPriority: Sendable, Codable {
        public let direction: String
        public let priority: Int
    }

    public let network: String
    public let members: Int
    /// Active members by organisation kind and by region, in no particular order.
    public let byKind: [KindCount]
    public let byRegion: [RegionCount]
    /// The network's directions, main first.
    public let directions: [DirectionPriority]
    /// Ranks by degree, betweenness and eigenvector (``CentralityAnswer``).
    public let ranks: [Int]
    /// The gap findings that name the network.
    public let gaps: [GapFinding]

    init(_ network: Network, in snapshot: Atlas, ranks: [Int], gaps: [GapFinding]) {
        self.network = network.id
        let memberships = snapshot.memberships(ofNetwork: network.id)
        members = memberships.count
        var kinds: [OrganisationKind: Int] = [:], regions: [String?: Int] = [:]
        for membership in memberships {
            guard let organisation = snapshot.organisation(membership.organisation) else { continue }
            kinds[organisation.kind, default: 0] += 1
            regions[snapshot.region(ofOrganisation: organisation)?.id, default: 0] += 1
        }
        byKind = OrganisationKind.allCases.compactMap { kind in kinds[kind].map { KindCount(kind: kind, count: $0) } }
        byRegion = regions.map { RegionCount(region: $0.key, count: $0.value) }.sorted { ($0.region ?? "") < ($1.region ?? "") }
        directions = snapshot.directions(ofNetwork: network.id).sorted { $0.priority < $1.priority }
            .map { DirectionPriority(direction: $0.direction, priority: $0.priority) }
        self.ranks = ranks
        self.gaps = gaps
    }
}
