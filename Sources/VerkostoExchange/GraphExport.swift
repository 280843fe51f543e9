import VerkostoAnalysis
import VerkostoGraph
import VerkostoModel
import VerkostoSupport

/// Which graph of an Atlas to export.
public enum ExportGraphKind: String, Sendable, CaseIterable {
    /// Networks tied by shared members and collaborations.
    case networks
    /// Organisations tied by the networks they share.
    case organisations
    /// Organisations × networks, one edge per membership.
    case twoMode = "two-mode"
}

/// What to put in an exported graph.
public struct GraphExportOptions: Sendable {
    public var graph: ExportGraphKind
    /// How shared members weigh a tie (networks and organisations graphs).
    public var weighting: ProjectionWeighting
    /// What ties networks in the networks graph.
    public var ties: NetworkTies
    /// The language of `label` and of `sector_name`.
    public var language: Language
    /// Add centrality measures as node attributes.
    public var withMetrics: Bool
    /// Give nodes and edges spells (periods of presence) for dynamic GEXF.
    public var dynamic: Bool

    public init(graph: ExportGraphKind = .twoMode, weighting: ProjectionWeighting = .count, ties: NetworkTies = .both,
                language: Language = .fi, withMetrics: Bool = false, dynamic: Bool = false) {
        self.graph = graph
        self.weighting = weighting
        self.ties = ties
        self.language = language
        self.withMetrics = withMetrics
        self.dynamic = dynamic
    }
}

/// A graph file that cannot be read, or a graph that cannot be exported as asked.
public struct ExchangeError: VerkostoError, Sendable {
    public var kind: FailureKind
    public var message: String
    public init(_ kind: FailureKind = .failure, _ message: String) {
        self.kind = kind
        self.message = message
    }
    public var description: String { message }
}

/// The attribute names Verkosto writes and reads, in one place.
///
/// Nodes: `kind` (`network` or `organisation`), `label` (the name in the chosen language).
/// Networks: `name_fi`, `name_sv`, `name_en`, `sector`, `sector_name_fi|sv|en`, `colour`
/// (the sector's colour), `unit`, `goal`, `operating_model`, `since`, `until`.
/// Organisations: `name`, `org_kind`, `language`, `municipality`, `municipality_name_fi|sv`,
/// `municipality_type`, `municipality_language`, `region`, `region_name_fi|sv`.
/// Edges: `role`, `since`, `until` (memberships); `weight`, `shared_members`, `collaborations`
/// (network ties); `weight` (organisation ties).
public enum ExchangeAttributes {
    public static let networkAttributes: [ExchangeGraph.Attribute] = [
        .init("name_fi", .string), .init("name_sv", .string), .init("name_en", .string),
        .init("sector", .string), .init("sector_name_fi", .string), .init("sector_name_sv", .string),
        .init("sector_name_en", .string), .init("colour", .string), .init("unit", .string), .init("goal", .string),
        .init("operating_model", .string), .init("since", .string), .init("until", .string),
    ]
    public static let organisationAttributes: [ExchangeGraph.Attribute] = [
        .init("name", .string), .init("org_kind", .string), .init("language", .string),
        .init("municipality", .string), .init("municipality_name_fi", .string), .init("municipality_name_sv", .string),
        .init("municipality_type", .string), .init("municipality_language", .string),
        .init("region", .string), .init("region_name_fi", .string), .init("region_name_sv", .string),
    ]
}

extension Atlas {
    /// The chosen graph of this Atlas as an ``ExchangeGraph``, with every attribute the data
    /// model has for its nodes and edges, and centrality measures when asked.
    ///
    /// Use it on a snapshot (``Atlas/at(_:)``) for the graph of one day, or on the whole Atlas
    /// for the full history (every membership, with its dates; an organisation that left and
    /// joined again has two parallel edges).
    ///
    /// - Throws: ``ExchangeError`` when a network and an organisation share an id (two-mode);
    ///   errors from centrality (``ConvergenceError``) and projection (``ProjectionTooLargeError``).
    /// - Complexity: that of the graph view, plus the centrality measures when asked.
    public func exchangeGraph(_ options: GraphExportOptions) throws -> ExchangeGraph {
        let language = options.language
        var graph = ExchangeGraph()
        graph.graphValues["graph"] = options.graph.rawValue
        if let name = metadata["name"] { graph.graphValues["name"] = name }
        if let snapshot { graph.graphValues["snapshot"] = snapshot.description }
        let common: [ExchangeGraph.Attribute] = [.init("kind", .string), .init("label", .string)]
        var metricNames: [CentralityMeasure] = []
        var metricValues: [String: [Double]] = [:]

        func networkNode(_ network: Network) -> ExchangeGraph.Node {
            var values: [String: ExchangeGraph.Value] = [
                "kind": .string("network"), "label": .string(network.name.text(language)),
                "name_fi": .string(network.name.fi), "sector": .string(network.sector),
                "colour": .string(SectorColours.hex(forSector: network.sector, in: self)),
            ]
            func put(_ key: String, _ text: String) { if !text.isEmpty { values[key] = .string(text) } }
            put("name_sv", network.name.sv)
            put("name_en", network.name.en)
            if let sector = sector(network.sector) {
                put("sector_name_fi", sector.name.fi)
                put("sector_name_sv", sector.name.sv)
                put("sector_name_en", sector.name.en)
            }
            put("unit", network.unit)
            put("goal", network.goal)
            put("operating_model", network.operatingModel)
            put("since", network.period.since?.description ?? "")
            put("until", network.period.until?.description ?? "")
            return ExchangeGraph.Node(id: network.id, values: values,
                                      spells: options.dynamic ? [network.period] : [])
        }
        func organisationNode(_ organisation: Organisation) -> ExchangeGraph.Node {
            var values: [String: ExchangeGraph.Value] = [
                "kind": .string("organisation"), "label": .string(organisation.name),
                "name": .string(organisation.name), "org_kind": .string(organisation.kind.rawValue),
                "language": .string(organisation.language.rawValue), "municipality": .string(organisation.municipality),
            ]
            func put(_ key: String, _ text: String) { if !text.isEmpty { values[key] = .string(text) } }
            if let municipality = municipality(organisation.municipality) {
                put("municipality_name_fi", municipality.name.fi)
                put("municipality_name_sv", municipality.name.sv)
                put("municipality_type", municipality.type.rawValue)
                put("municipality_language", municipality.language.rawValue)
                put("region", municipality.region)
                if let region = region(municipality.region) {
                    put("region_name_fi", region.name.fi)
                    put("region_name_sv", region.name.sv)
                }
            }
            let spells = options.dynamic
                ? mergedPeriods(memberships(ofOrganisation: organisation.id).map(\.period)) : []
            return ExchangeGraph.Node(id: organisation.id, values: values, spells: spells)
        }

        switch options.graph {
        case .twoMode:
            let twoMode = twoModeGraph(language: language)
            let networkIds = Set(networks.map(\.id))
            if let clash = twoMode.organisationIds.first(where: { networkIds.contains($0) }) {
                throw ExchangeError(.failure, "'\(clash)' is the id of both a network and an organisation; a two-mode graph needs distinct node ids")
            }
            graph.nodeAttributes = common + ExchangeAttributes.organisationAttributes + ExchangeAttributes.networkAttributes
            graph.edgeAttributes = [.init("role", .string), .init("since", .string), .init("until", .string)]
            graph.nodes = participatingOrganisations.map(organisationNode) + networks.map(networkNode)
            for (position, membership) in memberships.enumerated()
            where index.organisation[membership.organisation] != nil && index.network[membership.network] != nil {
                var values: [String: ExchangeGraph.Value] = ["role": .string(membership.role.rawValue)]
                if let since = membership.period.since { values["since"] = .string(since.description) }
                if let until = membership.period.until { values["until"] = .string(until.description) }
                graph.edges.append(ExchangeGraph.Edge(id: "m\(position)", source: membership.organisation,
                                                      target: membership.network, values: values,
                                                      spells: options.dynamic ? [membership.period] : []))
            }
            if options.withMetrics {
                metricNames = CentralityMeasure.allCases.filter { $0 != .brokerage }
                let table = try twoModeCentralityTable(twoMode, measures: metricNames)
                for (m, measure) in metricNames.enumerated() { metricValues[measure.rawValue] = table.values[m] }
                // The table lists organisations, then networks: the order of `graph.nodes`.
            }
        case .networks:
            let view = NetworkGraphView(atlas: self, ties: options.ties, weighting: options.weighting, language: language)
            graph.nodeAttributes = common + ExchangeAttributes.networkAttributes
            graph.edgeAttributes = [.init("weight", .double), .init("shared_members", .int), .init("collaborations", .int)]
            graph.nodes = networks.map(networkNode)
            let spells = options.dynamic ? networkTieSpells() : [:]
            for tie in view.ties {
                let a = networks[tie.a].id, b = networks[tie.b].id
                graph.edges.append(ExchangeGraph.Edge(
                    id: "t\(graph.edges.count)", source: a, target: b,
                    values: ["weight": .double(tie.weight), "shared_members": .int(tie.sharedMembers),
                             "collaborations": .int(tie.collaborations)],
                    spells: spells[TiePair(a, b)] ?? []))
            }
            if options.withMetrics {
                metricNames = CentralityMeasure.allCases.filter { $0 != .brokerage }
                let table = try centralityTable(view.labelled, measures: metricNames, weighted: true)
                for (m, measure) in metricNames.enumerated() { metricValues[measure.rawValue] = table.values[m] }
            }
        case .organisations:
            let labelled = try organisationGraph(weighting: options.weighting, language: language)
            graph.nodeAttributes = common + ExchangeAttributes.organisationAttributes
            graph.edgeAttributes = [.init("weight", .double)]
            let organisationsById = labelled.ids.map { organisation($0)! }
            graph.nodes = organisationsById.map(organisationNode)
            let g = labelled.graph
            for u in 0..<Int32(g.vertexCount) {
                let (start, end) = (Int(g.offsets[Int(u)]), Int(g.offsets[Int(u) + 1]))
                for e in start..<end where g.targets[e] > u {
                    graph.edges.append(ExchangeGraph.Edge(
                        id: "t\(graph.edges.count)", source: labelled.ids[Int(u)], target: labelled.ids[Int(g.targets[e])],
                        values: ["weight": .double(g.weights?[e] ?? 1)]))
                }
            }
            if options.withMetrics {
                metricNames = CentralityMeasure.allCases.filter { $0 != .brokerage }
                let table = try centralityTable(labelled, measures: metricNames, weighted: true)
                for (m, measure) in metricNames.enumerated() { metricValues[measure.rawValue] = table.values[m] }
            }
        }
        for measure in metricNames {
            graph.nodeAttributes.append(.init(measure.rawValue, .double))
            let column = metricValues[measure.rawValue]!
            for v in graph.nodes.indices { graph.nodes[v].values[measure.rawValue] = .double(column[v]) }
        }
        return graph
    }

    /// An unordered pair of network ids.
    struct TiePair: Hashable {
        let low: String, high: String
        init(_ a: String, _ b: String) { (low, high) = a <= b ? (a, b) : (b, a) }
    }

    /// When each pair of networks is tied: while both have the same member, or while they
    /// collaborate, as merged periods.
    /// - Complexity: O(Σ *k*² over organisations + *C*), *k* an organisation's memberships.
    func networkTieSpells() -> [TiePair: [Period]] {
        var periods: [TiePair: [Period]] = [:]
        for position in organisations.indices {
            let own = index.membershipsOfOrganisation[position].map { memberships[$0] }
            for i in own.indices {
                for j in own.indices where j > i && own[i].network != own[j].network {
                    if let common = intersection(own[i].period, own[j].period) {
                        periods[TiePair(own[i].network, own[j].network), default: []].append(common)
                    }
                }
            }
        }
        for collaboration in collaborations where collaboration.networkA != collaboration.networkB {
            periods[TiePair(collaboration.networkA, collaboration.networkB), default: []].append(collaboration.period)
        }
        return periods.mapValues(mergedPeriods)
    }
}

/// The days two periods share, or `nil` when none.
func intersection(_ a: Period, _ b: Period) -> Period? {
    let since: Day? = switch (a.since, b.since) {
    case let (x?, y?): max(x, y)
    case let (x, y): x ?? y
    }
    let until: Day? = switch (a.until, b.until) {
    case let (x?, y?): min(x, y)
    case let (x, y): x ?? y
    }
    if let since, let until, until < since { return nil }
    return Period(since: since, until: until)
}

/// Periods merged where they overlap or touch (the next starts the day after one ends),
/// ordered by start. A missing start is the beginning of time, a missing end the end.
/// - Complexity: O(*n* log *n*).
func mergedPeriods(_ periods: [Period]) -> [Period] {
    let sorted = periods.sorted { a, b in
        switch (a.since, b.since) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case let (x?, y?): return x < y
        }
    }
    var result: [Period] = []
    for period in sorted {
        guard var last = result.last else { result.append(period); continue }
        guard let lastUntil = last.until else { continue }
        if let since = period.since, lastUntil.adding(days: 1) < since {
            result.append(period)
        } else {
            last.until = period.until.map { max($0, lastUntil) }
            result[result.count - 1] = last
        }
    }
    return result
}
