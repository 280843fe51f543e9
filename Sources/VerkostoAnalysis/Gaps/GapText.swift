import VerkostoModel
import VerkostoSupport

/// A gap finding as one row of a table, the same for every kind: the schema of
/// `verkosto gaps --format csv|json` and of the platform's API.
public struct GapRow: Sendable, Hashable, Codable {
    public let kind: String
    /// ``GapSubject/key``; empty on a row that says a kind found nothing.
    public let subject: String
    public let subjectName: String
    public let other: String
    public let otherName: String
    public let score: Double?
    /// The evidence in short, in English, for machines and analysts (ids and raw figures).
    public let detail: String
    /// The finding as a sentence in the chosen language.
    public let explanation: String

    enum CodingKeys: String, CodingKey {
        case kind, subject, subjectName = "subject_name", other, otherName = "other_name", score, detail, explanation
    }

    /// The column names, in order.
    public static let columns = ["kind", "subject", "subject_name", "other", "other_name", "score", "detail", "explanation"]

    /// Writes every key, `null` for a missing or undefined (not finite) score, as `verkosto gaps
    /// --format json` does.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(subject, forKey: .subject)
        try container.encode(subjectName, forKey: .subjectName)
        try container.encode(other, forKey: .other)
        try container.encode(otherName, forKey: .otherName)
        try container.encode(score.flatMap { $0.isFinite ? $0 : nil }, forKey: .score)
        try container.encode(detail, forKey: .detail)
        try container.encode(explanation, forKey: .explanation)
    }
}

extension GapFinding {
    /// The finding as a sentence a manager can read, in `text`'s language, with names from
    /// `atlas` (the snapshot the finding came from).
    public func explanation(_ text: Localisation, atlas: Atlas) -> String {
        let words = text.words
        let subjectName = name(subject, text, atlas), otherName = other.map { name($0, text, atlas) } ?? ""
        switch evidence {
        case let .directionGap(directions, _, bridges):
            let bridgeNames = bridges.map { atlas.organisation($0)?.name ?? $0 }
            return words.directionGap(subjectName, otherName, directions: text.list(directions.map { atlas.directionName($0, text.language) }),
                                      bridges: bridgeNames.isEmpty ? nil : text.list(bridgeNames))
        case .noNetworkOnDirection:
            return words.noNetworkOnDirection(subjectName)
        case let .coverage(direction, reached, municipalities):
            var isRegion = false
            if case .region = subject { isRegion = true }
            return words.coverageOfGroup(direction: atlas.directionName(direction, text.language), group: subjectName,
                                         isRegion: isRegion, reached: reached, municipalities: municipalities,
                                         share: text.percent(municipalities == 0 ? 0 : Double(reached) / Double(municipalities)))
        case let .coverageEquality(_, ratio):
            return words.coverageEquality(text.decimal(ratio))
        case let .unreached(direction, region, type, population):
            return words.unreachedMunicipality(direction: atlas.directionName(direction, text.language), municipality: subjectName,
                                               region: atlas.regionName(region, text.language),
                                               type: words.municipalityTypeGroup(type.rawValue), population: population)
        case .isolated:
            return words.isolatedNetwork(subjectName)
        case let .overload(networks):
            return words.overloaded(subjectName, networks: networks.count)
        case let .onlyLink(cutOff):
            let names = text.list(cutOff.prefix(3).map { atlas.networkName($0, text.language) })
            let more = cutOff.count - min(3, cutOff.count)
            return words.onlyLink(subjectName, cutOff: names + (more > 0 ? words.andMore(more) : ""))
        case .hangsOnOne:
            return words.hangsOnOne(subjectName, organisation: otherName)
        case let .broker(betweenness, constraint):
            return words.broker(subjectName, betweenness: text.decimal(betweenness),
                                constraint: constraint.isNaN ? "–" : text.decimal(constraint))
        case let .wholeField(share, observed, expected, _):
            return words.wholeFieldEI(share: text.percent(share), observed: text.decimal(observed), expected: text.decimal(expected))
        case let .sectorEI(index, pInward, pOutward, _):
            let verdict: String
            if pInward < 0.05 && index < 0 {
                verdict = words.sectorIsSilo(p: text.decimal(pInward))
            } else if pInward < 0.05 {
                verdict = words.sectorFewerTies(p: text.decimal(pInward))
            } else if pOutward < 0.05 {
                verdict = words.sectorReachesOut(p: text.decimal(pOutward))
            } else {
                verdict = words.notDifferentFromChance
            }
            return words.sectorEI(subjectName, index: text.decimal(index)) + verdict
        case let .sectorTies(ties):
            if ties == 0 { return words.unconnectedSectors(subjectName, otherName) }
            return subject == other ? words.tiesWithinSector(subjectName, ties: ties)
                : words.tiesBetweenSectors(subjectName, otherName, ties: ties)
        case let .communities(count, _, nmi, ari):
            let verdict = nmi >= 0.7 ? words.communitiesFollowSectors
                : nmi >= 0.4 ? words.communitiesPartlyFollowSectors : words.communitiesCrossSectors
            return words.communitiesAgainstSectors(count: count, nmi: text.decimal(nmi), ari: text.decimal(ari)) + verdict
        case let .community(networks, sectors):
            guard case let .community(number) = subject, let top = sectors.first else { return "" }
            return words.community(number + 1, networks: networks.count, inTopSector: top.count,
                                   sector: atlas.sectorName(top.sector, text.language))
        }
    }

    /// The finding as a table row (``GapRow``), in `text`'s language.
    public func row(_ text: Localisation, atlas: Atlas) -> GapRow {
        GapRow(kind: kind.rawValue, subject: subject.key, subjectName: name(subject, text, atlas),
               other: other?.key ?? "", otherName: other.map { name($0, text, atlas) } ?? "", score: score,
               detail: detail(text, atlas), explanation: explanation(text, atlas: atlas))
    }

    /// The name of a subject in the table: what a reader recognises it by.
    func name(_ subject: GapSubject, _ text: Localisation, _ atlas: Atlas) -> String {
        let language = text.language
        switch subject {
        case let .network(id): return atlas.networkName(id, language)
        case let .organisation(id): return atlas.organisation(id)?.name ?? id
        case let .municipality(code): return atlas.municipality(code)?.name.text(language) ?? code
        case let .region(code): return atlas.regionName(code, language)
        case let .municipalityType(type): return text.words.municipalityTypeGroup(type.rawValue)
        case let .languageGroup(group): return text.words.languageGroup(group)
        case let .direction(id): return atlas.directionName(id, language)
        case let .sector(id): return atlas.sectorName(id, language)
        case .allSectors: return text.words.allSectorsSubject
        case .municipalityTypes, .allCommunities: return ""
        case .community:
            guard case let .community(networks, _) = evidence else { return "" }
            return text.list(networks.prefix(3).map { atlas.networkName($0, language) }) + (networks.count > 3 ? "…" : "")
        }
    }

    /// The evidence in short: ids and raw figures, in English.
    func detail(_ text: Localisation, _ atlas: Atlas) -> String {
        switch evidence {
        case let .directionGap(directions, _, _): return directions.joined(separator: " ")
        case .noNetworkOnDirection: return ""
        case let .coverage(_, reached, municipalities): return "\(reached)/\(municipalities)"
        case .coverageEquality: return "lowest/highest type share"
        case let .unreached(_, region, type, _): return "\(atlas.regionName(region, text.language)); \(type.rawValue)"
        case let .isolated(_, sector): return sector
        case let .overload(networks): return networks.joined(separator: " ")
        case .onlyLink: return "articulation point"
        case .hangsOnOne: return "hangs on one organisation"
        case let .broker(betweenness, constraint): return "betweenness \(betweenness), constraint \(constraint)"
        case let .wholeField(share, _, expected, p):
            return "cross-sector share \(share); expected E-I \(expected); p(≤) \(p.map { "\($0)" } ?? "none: no permutations")"
        case let .sectorEI(_, pInward, pOutward, networks): return "p_inward \(pInward); p_outward \(pOutward); networks \(networks)"
        case let .sectorTies(ties): return ties == 0 ? "no tie" : "ties"
        case let .communities(count, modularity, nmi, ari):
            return "communities \(count); modularity \(modularity); NMI \(nmi); ARI \(ari)"
        case let .community(_, sectors): return sectors.map { "\($0.sector) \($0.count)" }.joined(separator: ", ")
        }
    }
}

extension GapKind {
    /// What to say when the kind found nothing, or `nil` when there is nothing to say (coverage
    /// of an Atlas without municipalities).
    public func nothingFound(_ text: Localisation, settings: GapSettings) -> String? {
        let words = text.words
        switch self {
        case .direction: return words.noDirectionGaps
        case .coverage: return nil
        case .isolated: return words.noIsolatedNetworks
        case .overload: return words.noOverload(threshold: settings.overloadThreshold)
        case .brokers: return words.noBrokers
        case .sector: return words.noNetworksThatDay
        case .communities: return words.communitiesNeedTwoNetworks
        }
    }

    /// The row that says the kind found nothing: only `kind` and the sentence.
    public func nothingFoundRow(_ text: Localisation, settings: GapSettings) -> GapRow? {
        nothingFound(text, settings: settings).map {
            GapRow(kind: rawValue, subject: "", subjectName: "", other: "", otherName: "", score: nil, detail: "", explanation: $0)
        }
    }
}

extension Atlas {
    func networkName(_ position: Int, _ language: Language) -> String { networks[position].name.text(language) }
    func networkName(_ id: String, _ language: Language) -> String { network(id)?.name.text(language) ?? id }
    func directionName(_ id: String, _ language: Language) -> String { direction(id)?.name.text(language) ?? id }
    func sectorName(_ id: String, _ language: Language) -> String { sector(id)?.name.text(language) ?? id }
    func regionName(_ code: String, _ language: Language) -> String { region(code)?.name.text(language) ?? code }
}
