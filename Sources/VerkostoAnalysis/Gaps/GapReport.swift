import VerkostoGraph
import VerkostoModel

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
    let gaps = directionGaps(view, bridgeLimit: settings.bridgeLimit)
    if gaps.isEmpty {
        return [GapFinding(kind: .direction, explanation: Wording.say(lang,
            fi: "Suuntakuiluja ei löytynyt: kaikilla saman suunnan verkostoilla on yhteisiä jäseniä tai yhteistä toimintaa.",
            sv: "Inga luckor i inriktningarna: alla nätverk med samma inriktning har gemensamma medlemmar eller gemensam verksamhet.",
            en: "No direction gaps: every pair of networks on the same direction shares members or works together."))]
    }
    return gaps.map { gap in
        let (x, y) = (atlas.networkName(gap.a, lang), atlas.networkName(gap.b, lang))
        let directions = Wording.list(gap.sharedDirections.map { atlas.directionName($0, lang) }, lang)
        let bridges = gap.bridgeCandidates.map { atlas.organisations[$0].name }
        var sentence = Wording.say(lang,
            fi: "Verkostot \(x) ja \(y) työskentelevät molemmat suunnalla \(directions), mutta niillä ei ole yhteisiä jäseniä eikä yhteistä toimintaa",
            sv: "Nätverken \(x) och \(y) arbetar båda med \(directions), men de har inga gemensamma medlemmar och ingen gemensam verksamhet",
            en: "Networks \(x) and \(y) both work on \(directions), but they have no shared members and no joint activities")
        if !bridges.isEmpty {
            let names = Wording.list(bridges, lang)
            sentence += Wording.say(lang, fi: "; yhdistäjänä voisi toimia \(names).", sv: "; \(names) kunde bygga en bro mellan dem.",
                                    en: "; \(names) could bridge them.")
        } else {
            sentence += "."
        }
        return GapFinding(kind: .direction, subject: atlas.networks[gap.a].id, subjectName: x,
                          other: atlas.networks[gap.b].id, otherName: y, score: gap.weight,
                          detail: gap.sharedDirections.joined(separator: " "), explanation: sentence)
    }
}

func coverageFindings(_ atlas: Atlas, _ settings: GapSettings) -> [GapFinding] {
    let lang = settings.language
    let result = coverage(atlas, direction: settings.coverageDirection)
    let direction = atlas.directionName(settings.coverageDirection, lang)
    if result.networks.isEmpty {
        return [GapFinding(kind: .coverage, subject: settings.coverageDirection, explanation: Wording.say(lang,
            fi: "Yksikään verkosto ei työskentele suunnalla \(direction), joten kattavuutta ei voi laskea.",
            sv: "Inget nätverk arbetar med \(direction), så täckningen kan inte beräknas.",
            en: "No network works on \(direction), so there is no coverage to measure."))]
    }
    var findings: [GapFinding] = []
    for group in result.groups {
        let name: String
        switch group.dimension {
        case .region: name = atlas.region(group.key)?.name.text(lang) ?? group.key
        case .type: name = Wording.municipalityType(group.key, lang)
        case .language: name = Wording.languageGroup(group.key, lang)
        }
        let share = Wording.percent(group.share, lang)
        findings.append(GapFinding(
            kind: .coverage, subject: "\(group.dimension.rawValue):\(group.key)", subjectName: name, score: group.share,
            detail: "\(group.reached)/\(group.municipalities)",
            explanation: Wording.say(lang,
                fi: "Suunnan \(direction) verkostot tavoittavat ryhmästä \(name) \(group.reached)/\(group.municipalities) kuntaa (\(share)).",
                sv: "Nätverken med inriktningen \(direction) når \(group.reached) av \(group.municipalities) i gruppen \(name) (\(share)).",
                en: "Networks on \(direction) reach \(group.reached) of \(group.municipalities) \(group.dimension == .region ? "municipalities in \(name)" : name) (\(share))."))
        )
    }
    if let equality = result.typeEquality {
        let value = Wording.decimal(equality, lang)
        findings.append(GapFinding(
            kind: .coverage, subject: "equality", subjectName: "", score: equality, detail: "lowest/highest type share",
            explanation: Wording.say(lang,
                fi: "Heikoimmin tavoitetun kuntatyypin kattavuus on \(value) kertaa parhaiten tavoitetun kuntatyypin kattavuus.",
                sv: "Den sämst nådda kommuntypen täcks \(value) gånger så väl som den bäst nådda.",
                en: "The least reached type of municipality is covered \(value) times as well as the best reached.")))
    }
    for position in result.unreached {
        let municipality = atlas.municipalities[position]
        let name = municipality.name.text(lang)
        let region = atlas.region(municipality.region)?.name.text(lang) ?? municipality.region
        let type = Wording.municipalityType(municipality.type.rawValue, lang)
        findings.append(GapFinding(
            kind: .coverage, subject: municipality.id, subjectName: name, score: Double(municipality.population),
            detail: "\(region); \(municipality.type.rawValue)",
            explanation: Wording.say(lang,
                fi: "Yksikään suunnan \(direction) verkosto ei tavoita kuntaa \(name) (\(region), \(type), asukkaita \(municipality.population)).",
                sv: "Inget nätverk med inriktningen \(direction) når \(name) (\(region), \(type), \(municipality.population) invånare).",
                en: "No network on \(direction) reaches \(name) (\(region), \(type), population \(municipality.population)).")))
    }
    return findings
}

func isolatedFindings(_ view: NetworkGraphView, _ settings: GapSettings) -> [GapFinding] {
    let atlas = view.atlas, lang = settings.language
    let isolated = isolatedNetworks(view)
    if isolated.isEmpty {
        return [GapFinding(kind: .isolated, explanation: Wording.say(lang,
            fi: "Eristäytyneitä verkostoja ei ole: jokaisella verkostolla on yhteisiä jäseniä tai yhteistyötä jonkin toisen kanssa.",
            sv: "Inga isolerade nätverk: varje nätverk har gemensamma medlemmar eller samarbete med något annat.",
            en: "No isolated networks: every network shares members or works with at least one other."))]
    }
    return isolated.map { position in
        let name = atlas.networkName(position, lang)
        let members = Set(atlas.index.membershipsOfNetwork[position].map { atlas.memberships[$0].organisation }).count
        return GapFinding(kind: .isolated, subject: atlas.networks[position].id, subjectName: name, score: Double(members),
                          detail: atlas.networks[position].sector,
                          explanation: Wording.say(lang,
                            fi: "Verkostolla \(name) ei ole yhteisiä jäseniä eikä yhteistyötä minkään muun verkoston kanssa.",
                            sv: "Nätverket \(name) har inga gemensamma medlemmar och inget samarbete med något annat nätverk.",
                            en: "Network \(name) shares no members and no collaboration with any other network."))
    }
}

func overloadFindings(_ atlas: Atlas, _ settings: GapSettings) -> [GapFinding] {
    let lang = settings.language, k = settings.overloadThreshold
    let overloaded = overloadedOrganisations(atlas, threshold: k)
    if overloaded.isEmpty {
        return [GapFinding(kind: .overload, explanation: Wording.say(lang,
            fi: "Yksikään organisaatio ei ole mukana useammassa kuin \(k) verkostossa.",
            sv: "Ingen organisation deltar i fler än \(k) nätverk.",
            en: "No organisation takes part in more than \(k) networks."))]
    }
    return overloaded.map { item in
        let organisation = atlas.organisations[item.organisation]
        let count = item.networks.count
        return GapFinding(kind: .overload, subject: organisation.id, subjectName: organisation.name, score: Double(count),
                          detail: item.networks.map { atlas.networks[$0].id }.joined(separator: " "),
                          explanation: Wording.say(lang,
                            fi: "\(organisation.name) on mukana \(count) verkostossa yhtä aikaa, mikä voi kuormittaa sitä.",
                            sv: "\(organisation.name) deltar i \(count) nätverk samtidigt, vilket kan vara en belastning.",
                            en: "\(organisation.name) takes part in \(count) networks at once, which may be a burden."))
    }
}

func brokerFindings(_ view: NetworkGraphView, _ settings: GapSettings) -> [GapFinding] {
    let atlas = view.atlas, lang = settings.language
    let analysis = brokerAnalysis(view)
    var findings: [GapFinding] = []
    for item in analysis.cutOrganisations {
        let organisation = atlas.organisations[item.organisation]
        let names = Wording.list(item.cutOffNetworks.prefix(3).map { atlas.networkName($0, lang) }, lang)
        let more = item.cutOffNetworks.count - min(3, item.cutOffNetworks.count)
        let extra = more > 0 ? Wording.say(lang, fi: " ja \(more) muuta", sv: " och \(more) till", en: " and \(more) more") : ""
        findings.append(GapFinding(
            kind: .brokers, subject: organisation.id, subjectName: organisation.name, score: Double(item.cutOffNetworks.count),
            detail: "articulation point",
            explanation: Wording.say(lang,
                fi: "\(organisation.name) on ainoa yhdysside: ilman sitä \(names)\(extra) irtoaisi muista verkostoista.",
                sv: "\(organisation.name) är den enda länken: utan den skulle \(names)\(extra) förlora kontakten med de andra nätverken.",
                en: "\(organisation.name) is the only link: without it, \(names)\(extra) would lose touch with the other networks.")))
    }
    for item in analysis.hangingNetworks {
        let organisation = atlas.organisations[item.organisation]
        let name = atlas.networkName(item.network, lang)
        findings.append(GapFinding(
            kind: .brokers, subject: atlas.networks[item.network].id, subjectName: name, other: organisation.id,
            otherName: organisation.name, score: 1, detail: "hangs on one organisation",
            explanation: Wording.say(lang,
                fi: "Verkosto \(name) on yhteydessä muihin verkostoihin vain organisaation \(organisation.name) kautta.",
                sv: "Nätverket \(name) har kontakt med andra nätverk endast via \(organisation.name).",
                en: "Network \(name) is connected to other networks only through \(organisation.name).")))
    }
    for broker in analysis.brokers {
        let organisation = atlas.organisations[broker.organisation]
        let b = Wording.decimal(broker.betweenness, lang)
        let c = broker.constraint.isNaN ? "–" : Wording.decimal(broker.constraint, lang)
        findings.append(GapFinding(
            kind: .brokers, subject: organisation.id, subjectName: organisation.name, score: broker.betweenness,
            detail: "betweenness \(broker.betweenness), constraint \(broker.constraint)",
            explanation: Wording.say(lang,
                fi: "\(organisation.name) välittää tietoa muuten erillisten verkostojen välillä (välityskeskeisyys \(b), rajoite \(c)).",
                sv: "\(organisation.name) förmedlar mellan annars åtskilda nätverk (mellanhandscentralitet \(b), begränsning \(c)).",
                en: "\(organisation.name) brokers between otherwise separate networks (betweenness \(b), constraint \(c)).")))
    }
    if findings.isEmpty {
        findings.append(GapFinding(kind: .brokers, explanation: Wording.say(lang,
            fi: "Välittäjiä ei löytynyt: verkostot eivät ole yhden organisaation varassa.",
            sv: "Inga mellanhänder hittades: nätverken hänger inte på en enda organisation.",
            en: "No brokers found: no network depends on a single organisation.")))
    }
    return findings
}

