import VerkostoGraph
import VerkostoModel

/// Settings of a gap analysis.
public struct GapSettings: Sendable, Hashable, Codable {
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
///   - settings: thresholds, seeds and the coverage direction.
/// - Returns: the findings of each kind, in the order of `kinds`; a kind that finds nothing
///   adds nothing.
/// - Complexity: the sum of the analyses asked for; brokers (betweenness of the two-mode graph)
///   and the sector permutation test dominate.
public func findGaps(_ atlas: Atlas, kinds: [GapKind], settings: GapSettings = GapSettings()) -> [GapFinding] {
    let view = NetworkGraphView(atlas: atlas, ties: .both, weighting: .count)
    var findings: [GapFinding] = []
    for kind in kinds {
        switch kind {
        case .direction: findings += directionFindings(view, settings)
        case .coverage: findings += coverageFindings(atlas, settings)
        case .isolated: findings += isolatedFindings(view)
        case .overload: findings += overloadFindings(atlas, settings)
        case .sector: findings += sectorFindings(view, settings)
        case .brokers: findings += brokerFindings(view)
        case .communities: findings += communityFindings(view, settings)
        }
    }
    return findings
}

func directionFindings(_ view: NetworkGraphView, _ settings: GapSettings) -> [GapFinding] {
    let atlas = view.atlas
    return directionGaps(view, bridgeLimit: settings.bridgeLimit).map { gap in
        GapFinding(kind: .direction, subject: .network(atlas.networks[gap.a].id), other: .network(atlas.networks[gap.b].id),
                   score: gap.weight,
                   evidence: .directionGap(directions: gap.sharedDirections, weight: gap.weight,
                                           bridges: gap.bridgeCandidates.map { atlas.organisations[$0].id }))
    }
}

func coverageFindings(_ atlas: Atlas, _ settings: GapSettings) -> [GapFinding] {
    let direction = settings.coverageDirection
    let result = coverage(atlas, direction: direction)
    if result.networks.isEmpty {
        return [GapFinding(kind: .coverage, subject: .direction(direction), score: nil, evidence: .noNetworkOnDirection)]
    }
    var findings: [GapFinding] = result.groups.map { group in
        let subject: GapSubject
        switch group.dimension {
        case .region: subject = .region(group.key)
        // The type groups' keys are MunicipalityType values (``coverage(_:direction:)``).
        case .type: subject = .municipalityType(MunicipalityType(rawValue: group.key)!)
        case .language: subject = .languageGroup(group.key)
        }
        return GapFinding(kind: .coverage, subject: subject, score: group.share,
                          evidence: .coverage(direction: direction, reached: group.reached, municipalities: group.municipalities))
    }
    if let equality = result.typeEquality {
        findings.append(GapFinding(kind: .coverage, subject: .municipalityTypes, score: equality,
                                   evidence: .coverageEquality(direction: direction, ratio: equality)))
    }
    for position in result.unreached {
        let municipality = atlas.municipalities[position]
        findings.append(GapFinding(kind: .coverage, subject: .municipality(municipality.id), score: Double(municipality.population),
                                   evidence: .unreached(direction: direction, region: municipality.region, type: municipality.type,
                                                        population: municipality.population)))
    }
    return findings
}

func isolatedFindings(_ view: NetworkGraphView) -> [GapFinding] {
    let atlas = view.atlas
    return isolatedNetworks(view).map { position in
        let members = Set(atlas.index.membershipsOfNetwork[position].map { atlas.memberships[$0].organisation }).count
        return GapFinding(kind: .isolated, subject: .network(atlas.networks[position].id), score: Double(members),
                          evidence: .isolated(members: members, sector: atlas.networks[position].sector))
    }
}

func overloadFindings(_ atlas: Atlas, _ settings: GapSettings) -> [GapFinding] {
    overloadedOrganisations(atlas, threshold: settings.overloadThreshold).map { item in
        GapFinding(kind: .overload, subject: .organisation(atlas.organisations[item.organisation].id),
                   score: Double(item.networks.count), evidence: .overload(networks: item.networks.map { atlas.networks[$0].id }))
    }
}

func brokerFindings(_ view: NetworkGraphView) -> [GapFinding] {
    let atlas = view.atlas
    let analysis = brokerAnalysis(view)
    var findings: [GapFinding] = analysis.cutOrganisations.map { item in
        GapFinding(kind: .brokers, subject: .organisation(atlas.organisations[item.organisation].id),
                   score: Double(item.cutOffNetworks.count),
                   evidence: .onlyLink(cutOff: item.cutOffNetworks.map { atlas.networks[$0].id }))
    }
    findings += analysis.hangingNetworks.map { item in
        GapFinding(kind: .brokers, subject: .network(atlas.networks[item.network].id),
                   other: .organisation(atlas.organisations[item.organisation].id), score: 1, evidence: .hangsOnOne)
    }
    findings += analysis.brokers.map { broker in
        GapFinding(kind: .brokers, subject: .organisation(atlas.organisations[broker.organisation].id), score: broker.betweenness,
                   evidence: .broker(betweenness: broker.betweenness, constraint: broker.constraint))
    }
    return findings
}

func sectorFindings(_ view: NetworkGraphView, _ settings: GapSettings) -> [GapFinding] {
    guard !view.atlas.networks.isEmpty else { return [] }
    let silos = sectorSilos(view, permutations: settings.permutations, seed: settings.seed)
    let mixing = silos.mixing, whole = silos.whole
    var findings = [GapFinding(
        kind: .sector, subject: .allSectors, score: whole.observed,
        evidence: .wholeField(crossSectorShare: mixing.crossSectorShare, observed: whole.observed, expected: whole.expected,
                              pAtMost: whole.pLessOrEqual))]
    for sector in silos.sectors where !sector.ei.isNaN {
        findings.append(GapFinding(kind: .sector, subject: .sector(mixing.sectors[sector.sector]), score: sector.ei,
                                   evidence: .sectorEI(index: sector.ei, pInward: sector.pInward, pOutward: sector.pOutward,
                                                       networks: mixing.networks[sector.sector])))
    }
    for (i, j) in silos.unconnectedPairs {
        findings.append(GapFinding(kind: .sector, subject: .sector(mixing.sectors[i]), other: .sector(mixing.sectors[j]),
                                   score: 0, evidence: .sectorTies(0)))
    }
    for i in mixing.sectors.indices {
        for j in i..<mixing.sectors.count where mixing.ties[i][j] > 0 {
            findings.append(GapFinding(kind: .sector, subject: .sector(mixing.sectors[i]), other: .sector(mixing.sectors[j]),
                                       score: Double(mixing.ties[i][j]), evidence: .sectorTies(mixing.ties[i][j])))
        }
    }
    return findings
}

func communityFindings(_ view: NetworkGraphView, _ settings: GapSettings) -> [GapFinding] {
    let atlas = view.atlas
    guard atlas.networks.count > 1 else { return [] }
    let result = communitiesAndSectors(view, seed: settings.seed)
    var findings = [GapFinding(
        kind: .communities, subject: .allCommunities, score: result.nmi,
        evidence: .communities(count: result.partition.count, modularity: result.partition.modularity, nmi: result.nmi,
                               ari: result.ari))]
    for (community, members) in result.members.enumerated() {
        var bySector: [String: Int] = [:]
        for network in members { bySector[atlas.networks[network].sector, default: 0] += 1 }
        let composition = bySector.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { SectorCount(sector: $0.key, count: $0.value) }
        findings.append(GapFinding(kind: .communities, subject: .community(community), score: Double(members.count),
                                   evidence: .community(networks: members.map { atlas.networks[$0].id }, sectors: composition)))
    }
    return findings
}
