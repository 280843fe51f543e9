import VerkostoGraph
import VerkostoModel
import VerkostoSupport

/// The kinds of collaboration gap `verkosto gaps` looks for.
public enum GapKind: String, Sendable, CaseIterable {
    case direction, sector, coverage, brokers, isolated, overload, communities
}

/// One finding of a gap analysis, with a sentence a manager can read.
///
/// Every kind fills the same columns so that all kinds fit one table: the subject (and the other
/// party of a pair), a score whose meaning the kind documents, a short detail, and the
/// explanation. A kind that finds nothing gives one finding with an empty subject that says so.
public struct GapFinding: Sendable, Hashable {
    public let kind: GapKind
    public let subject: String
    public let subjectName: String
    public let other: String
    public let otherName: String
    public let score: Double?
    public let detail: String
    public let explanation: String

    public init(kind: GapKind, subject: String = "", subjectName: String = "", other: String = "",
                otherName: String = "", score: Double? = nil, detail: String = "", explanation: String) {
        self.kind = kind
        self.subject = subject
        self.subjectName = subjectName
        self.other = other
        self.otherName = otherName
        self.score = score
        self.detail = detail
        self.explanation = explanation
    }
}

/// Settings of a gap analysis.
public struct GapSettings: Sendable {
    public var language: Language = .fi
    /// The direction whose networks `coverage` counts.
    public var coverageDirection: String = "leadership"
    /// `overload`: organisations in more than this many networks.
    public var overloadThreshold: Int = 5
    /// `sector`: permutations of the E-I test.
    public var permutations: Int = 1000
    /// Seed of every randomised step (permutations, community detection).
    public var seed: UInt64 = 1
    /// `direction`: bridge candidates named per gap.
    public var bridgeLimit: Int = 3

    public init() {}
}

/// Runs the asked gap analyses on a snapshot.
///
/// - Parameters:
///   - atlas: a snapshot (``Atlas/at(_:)``).
///   - kinds: the analyses, in output order.
///   - settings: language, thresholds and seeds.
/// - Returns: the findings of each kind, in the order of `kinds`.
public func findGaps(_ atlas: Atlas, kinds: [GapKind], settings: GapSettings = GapSettings()) -> [GapFinding] {
    let view = NetworkGraphView(atlas: atlas, ties: .both, weighting: .count, language: settings.language)
    var findings: [GapFinding] = []
    for kind in kinds {
        switch kind {
        case .direction: findings += directionFindings(view, settings)
        case .coverage: findings += coverageFindings(atlas, settings)
        case .isolated: findings += isolatedFindings(view, settings)
        case .overload: findings += overloadFindings(atlas, settings)
        case .sector: findings += sectorFindings(view, settings)
        case .brokers: findings += brokerFindings(view, settings)
        case .communities: findings += communityFindings(view, settings)
        }
    }
    return findings
}

extension Atlas {
    func networkName(_ position: Int, _ language: Language) -> String { networks[position].name.text(language) }
    func directionName(_ id: String, _ language: Language) -> String { direction(id)?.name.text(language) ?? id }
    func sectorName(_ id: String, _ language: Language) -> String { sector(id)?.name.text(language) ?? id }
}

func directionFindings(_ view: NetworkGraphView, _ settings: GapSettings) -> [GapFinding] {
    let atlas = view.atlas, lang = settings.language
    let text = Localisation(lang), words = text.words
    let gaps = directionGaps(view, bridgeLimit: settings.bridgeLimit)
    if gaps.isEmpty {
        return [GapFinding(kind: .direction, explanation: words.noDirectionGaps)]
    }
    return gaps.map { gap in
        let (x, y) = (atlas.networkName(gap.a, lang), atlas.networkName(gap.b, lang))
        let directions = text.list(gap.sharedDirections.map { atlas.directionName($0, lang) })
        let bridges = gap.bridgeCandidates.map { atlas.organisations[$0].name }
        let sentence = words.directionGap(x, y, directions: directions, bridges: bridges.isEmpty ? nil : text.list(bridges))
        return GapFinding(kind: .direction, subject: atlas.networks[gap.a].id, subjectName: x,
                          other: atlas.networks[gap.b].id, otherName: y, score: gap.weight,
                          detail: gap.sharedDirections.joined(separator: " "), explanation: sentence)
    }
}

func coverageFindings(_ atlas: Atlas, _ settings: GapSettings) -> [GapFinding] {
    let lang = settings.language
    let text = Localisation(lang), words = text.words
    let result = coverage(atlas, direction: settings.coverageDirection)
    let direction = atlas.directionName(settings.coverageDirection, lang)
    if result.networks.isEmpty {
        return [GapFinding(kind: .coverage, subject: settings.coverageDirection, explanation: words.noNetworkOnDirection(direction))]
    }
    var findings: [GapFinding] = []
    for group in result.groups {
        let name: String
        switch group.dimension {
        case .region: name = atlas.region(group.key)?.name.text(lang) ?? group.key
        case .type: name = words.municipalityTypeGroup(group.key)
        case .language: name = words.languageGroup(group.key)
        }
        let share = text.percent(group.share)
        findings.append(GapFinding(
            kind: .coverage, subject: "\(group.dimension.rawValue):\(group.key)", subjectName: name, score: group.share,
            detail: "\(group.reached)/\(group.municipalities)",
            explanation: words.coverageOfGroup(direction: direction, group: name, isRegion: group.dimension == .region,
                                               reached: group.reached, municipalities: group.municipalities, share: share))
        )
    }
    if let equality = result.typeEquality {
        let value = text.decimal(equality)
        findings.append(GapFinding(
            kind: .coverage, subject: "equality", subjectName: "", score: equality, detail: "lowest/highest type share",
            explanation: words.coverageEquality(value)))
    }
    for position in result.unreached {
        let municipality = atlas.municipalities[position]
        let name = municipality.name.text(lang)
        let region = atlas.region(municipality.region)?.name.text(lang) ?? municipality.region
        let type = words.municipalityTypeGroup(municipality.type.rawValue)
        findings.append(GapFinding(
            kind: .coverage, subject: municipality.id, subjectName: name, score: Double(municipality.population),
            detail: "\(region); \(municipality.type.rawValue)",
            explanation: words.unreachedMunicipality(direction: direction, municipality: name, region: region, type: type,
                                                     population: municipality.population)))
    }
    return findings
}

func isolatedFindings(_ view: NetworkGraphView, _ settings: GapSettings) -> [GapFinding] {
    let atlas = view.atlas, lang = settings.language
    let text = Localisation(lang), words = text.words
    let isolated = isolatedNetworks(view)
    if isolated.isEmpty {
        return [GapFinding(kind: .isolated, explanation: words.noIsolatedNetworks)]
    }
    return isolated.map { position in
        let name = atlas.networkName(position, lang)
        let members = Set(atlas.index.membershipsOfNetwork[position].map { atlas.memberships[$0].organisation }).count
        return GapFinding(kind: .isolated, subject: atlas.networks[position].id, subjectName: name, score: Double(members),
                          detail: atlas.networks[position].sector,
                          explanation: words.isolatedNetwork(name))
    }
}

func overloadFindings(_ atlas: Atlas, _ settings: GapSettings) -> [GapFinding] {
    let lang = settings.language, k = settings.overloadThreshold
    let words = Localisation(lang).words
    let overloaded = overloadedOrganisations(atlas, threshold: k)
    if overloaded.isEmpty {
        return [GapFinding(kind: .overload, explanation: words.noOverload(threshold: k))]
    }
    return overloaded.map { item in
        let organisation = atlas.organisations[item.organisation]
        let count = item.networks.count
        return GapFinding(kind: .overload, subject: organisation.id, subjectName: organisation.name, score: Double(count),
                          detail: item.networks.map { atlas.networks[$0].id }.joined(separator: " "),
                          explanation: words.overloaded(organisation.name, networks: count))
    }
}

func brokerFindings(_ view: NetworkGraphView, _ settings: GapSettings) -> [GapFinding] {
    let atlas = view.atlas, lang = settings.language
    let text = Localisation(lang), words = text.words
    let analysis = brokerAnalysis(view)
    var findings: [GapFinding] = []
    for item in analysis.cutOrganisations {
        let organisation = atlas.organisations[item.organisation]
        let names = text.list(item.cutOffNetworks.prefix(3).map { atlas.networkName($0, lang) })
        let more = item.cutOffNetworks.count - min(3, item.cutOffNetworks.count)
        let extra = more > 0 ? words.andMore(more) : ""
        findings.append(GapFinding(
            kind: .brokers, subject: organisation.id, subjectName: organisation.name, score: Double(item.cutOffNetworks.count),
            detail: "articulation point",
            explanation: words.onlyLink(organisation.name, cutOff: names + extra)))
    }
    for item in analysis.hangingNetworks {
        let organisation = atlas.organisations[item.organisation]
        let name = atlas.networkName(item.network, lang)
        findings.append(GapFinding(
            kind: .brokers, subject: atlas.networks[item.network].id, subjectName: name, other: organisation.id,
            otherName: organisation.name, score: 1, detail: "hangs on one organisation",
            explanation: words.hangsOnOne(name, organisation: organisation.name)))
    }
    for broker in analysis.brokers {
        let organisation = atlas.organisations[broker.organisation]
        let b = text.decimal(broker.betweenness)
        let c = broker.constraint.isNaN ? "–" : text.decimal(broker.constraint)
        findings.append(GapFinding(
            kind: .brokers, subject: organisation.id, subjectName: organisation.name, score: broker.betweenness,
            detail: "betweenness \(broker.betweenness), constraint \(broker.constraint)",
            explanation: words.broker(organisation.name, betweenness: b, constraint: c)))
    }
    if findings.isEmpty {
        findings.append(GapFinding(kind: .brokers, explanation: words.noBrokers))
    }
    return findings
}

