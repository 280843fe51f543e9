import VerkostoGraph
import VerkostoModel

/// How inward-looking each sector's networks are, with Krackhardt & Stern's E-I index and a
/// permutation test for each sector and for the whole field.
public struct SectorSilos: Sendable {
    /// One sector's E-I index and how it compares with chance.
    public struct Sector: Sendable, Hashable {
        /// Position in ``SectorMixing/sectors``.
        public let sector: Int
        /// (E − I) / (E + I) over the ties of the sector's networks; NaN when they have no tie.
        public let ei: Double
        /// Share of permutations whose E-I for this sector is at most the observed: small means
        /// more inward than chance (a silo).
        public let pInward: Double
        /// Share of permutations whose E-I for this sector is at least the observed: small means
        /// more outward than chance.
        public let pOutward: Double
    }

    public let mixing: SectorMixing
    public let sectors: [Sector]
    /// The whole field's E-I with UCINET's permutation test.
    public let whole: EIPermutationTest
    /// Pairs of sectors (positions in ``SectorMixing/sectors``) with no tie between their networks.
    public let unconnectedPairs: [(Int, Int)]
}

/// E-I indices of the sectors of the network graph, each tested against random relabelling.
///
/// The test keeps the graph and the number of networks per sector, shuffles the sector labels
/// over networks `permutations` times (seeded, Fisher–Yates), and counts for each sector how
/// often its permuted E-I is at most (inward) or at least (outward) the observed one; the
/// whole-graph test is ``eiPermutationTest(_:groups:permutations:seed:weighted:)``.
/// - Complexity: O(permutations × (*N* + *T*)).
public func sectorSilos(_ view: NetworkGraphView, permutations: Int = 1000, seed: UInt64 = 1) -> SectorSilos {
    let mixing = sectorMixing(view)
    let position = Dictionary(uniqueKeysWithValues: mixing.sectors.enumerated().map { ($1, Int32($0)) })
    let groups = view.atlas.networks.map { position[$0.sector]! }
    let graph = view.labelled.graph.unweighted()
    let observed = eiIndex(graph, groups: groups)
    var atMost = [Int](repeating: 0, count: mixing.sectors.count)
    var atLeast = [Int](repeating: 0, count: mixing.sectors.count)
    var rng = SplitMix64(seed: seed)
    var shuffled = groups
    for _ in 0..<permutations {
        rng.shuffle(&shuffled)
        let permuted = eiIndex(graph, groups: shuffled)
        for s in mixing.sectors.indices where !observed.groups[s].isNaN && !permuted.groups[s].isNaN {
            if permuted.groups[s] <= observed.groups[s] + 1e-12 { atMost[s] += 1 }
            if permuted.groups[s] >= observed.groups[s] - 1e-12 { atLeast[s] += 1 }
        }
    }
    let count = Double(max(permutations, 1))
    let sectors = mixing.sectors.indices.map {
        SectorSilos.Sector(sector: $0, ei: observed.groups[$0], pInward: Double(atMost[$0]) / count,
                           pOutward: Double(atLeast[$0]) / count)
    }
    var unconnected: [(Int, Int)] = []
    for i in mixing.sectors.indices {
        for j in (i + 1)..<mixing.sectors.count where mixing.ties[i][j] == 0 { unconnected.append((i, j)) }
    }
    let whole = eiPermutationTest(graph, groups: groups, permutations: permutations, seed: seed)
    return SectorSilos(mixing: mixing, sectors: sectors, whole: whole, unconnectedPairs: unconnected)
}

/// Communities of the network graph set against the networks' sectors.
public struct CommunitiesAndSectors: Sendable {
    public let partition: Partition
    /// Normalised mutual information between communities and sectors (arithmetic mean).
    public let nmi: Double
    /// Adjusted Rand index between communities and sectors.
    public let ari: Double
    /// For each community, its networks' positions in the Atlas.
    public let members: [[Int]]
}

/// Louvain communities of the network graph (shared members weighed by count, collaborations
/// included), compared with sectors by NMI and ARI: values near 1 mean communities are sector
/// silos, values near 0 that communities cut across sectors.
/// - Complexity: that of ``louvain(_:resolution:seed:refine:)`` plus O(*N* log *N*).
public func communitiesAndSectors(_ view: NetworkGraphView, seed: UInt64 = 1, resolution: Double = 1) -> CommunitiesAndSectors {
    let partition = louvain(view.labelled.graph, resolution: resolution, seed: seed)
    let sectorIds = view.atlas.sectors.map(\.id) + view.atlas.networks.map(\.sector)
    var code: [String: Int32] = [:]
    for id in sectorIds where code[id] == nil { code[id] = Int32(code.count) }
    let sectors = view.atlas.networks.map { code[$0.sector]! }
    var members = [[Int]](repeating: [], count: partition.count)
    for (network, community) in partition.membership.enumerated() { members[Int(community)].append(network) }
    return CommunitiesAndSectors(partition: partition, nmi: normalizedMutualInformation(partition.membership, sectors),
                                 ari: adjustedRandIndex(partition.membership, sectors), members: members)
}

func sectorFindings(_ view: NetworkGraphView, _ settings: GapSettings) -> [GapFinding] {
    let atlas = view.atlas, lang = settings.language
    guard !atlas.networks.isEmpty else {
        return [GapFinding(kind: .sector, explanation: Wording.say(lang, fi: "Ei verkostoja tänä päivänä.",
                                                                   sv: "Inga nätverk den dagen.", en: "No networks on that day."))]
    }
    let silos = sectorSilos(view, permutations: settings.permutations, seed: settings.seed)
    let mixing = silos.mixing
    let names = mixing.sectors.map { atlas.sectorName($0, lang) }
    var findings: [GapFinding] = []
    let share = Wording.percent(mixing.crossSectorShare, lang)
    let whole = silos.whole
    findings.append(GapFinding(
        kind: .sector, subject: "all", subjectName: Wording.say(lang, fi: "kaikki sektorit", sv: "alla sektorer", en: "all sectors"),
        score: whole.observed, detail: "cross-sector share \(mixing.crossSectorShare); expected E-I \(whole.expected); p(≤) \(whole.pLessOrEqual)",
        explanation: Wording.say(lang,
            fi: "Verkostojen yhteyksistä \(share) ylittää sektorirajan; E-I-indeksi on \(Wording.decimal(whole.observed, lang)), kun satunnaisesti odottaisi \(Wording.decimal(whole.expected, lang)).",
            sv: "\(share) av nätverkens band går över sektorgränsen; E-I-index \(Wording.decimal(whole.observed, lang)), mot \(Wording.decimal(whole.expected, lang)) av en slump.",
            en: "\(share) of the ties between networks cross a sector boundary; the E-I index is \(Wording.decimal(whole.observed, lang)), against \(Wording.decimal(whole.expected, lang)) expected by chance.")))
    for sector in silos.sectors where !sector.ei.isNaN {
        let name = names[sector.sector]
        let ei = Wording.decimal(sector.ei, lang)
        let verdict: String
        if sector.pInward < 0.05 && sector.ei < 0 {
            verdict = Wording.say(lang, fi: "sektori on siilo: sen verkostot pitävät yhteyttä lähinnä keskenään (p = \(Wording.decimal(sector.pInward, lang))).",
                                  sv: "sektorn är en silo: dess nätverk håller mest kontakt sinsemellan (p = \(Wording.decimal(sector.pInward, lang))).",
                                  en: "the sector is a silo: its networks mostly keep to themselves (p = \(Wording.decimal(sector.pInward, lang))).")
        } else if sector.pInward < 0.05 {
            verdict = Wording.say(lang, fi: "sen verkostoilla on vähemmän yhteyksiä muihin sektoreihin kuin sattumalta odottaisi (p = \(Wording.decimal(sector.pInward, lang))).",
                                  sv: "dess nätverk har färre band till andra sektorer än slumpen skulle ge (p = \(Wording.decimal(sector.pInward, lang))).",
                                  en: "its networks have fewer ties to other sectors than chance would give (p = \(Wording.decimal(sector.pInward, lang))).")
        } else if sector.pOutward < 0.05 {
            verdict = Wording.say(lang, fi: "sen verkostot suuntautuvat muihin sektoreihin enemmän kuin sattumalta (p = \(Wording.decimal(sector.pOutward, lang))).",
                                  sv: "dess nätverk vänder sig utåt mer än av en slump (p = \(Wording.decimal(sector.pOutward, lang))).",
                                  en: "its networks reach out to other sectors more than chance would give (p = \(Wording.decimal(sector.pOutward, lang))).")
        } else {
            verdict = Wording.say(lang, fi: "ero sattumaan ei ole merkitsevä.", sv: "skillnaden mot slumpen är inte signifikant.",
                                  en: "that is not different from chance.")
        }
        findings.append(GapFinding(
            kind: .sector, subject: mixing.sectors[sector.sector], subjectName: name, score: sector.ei,
            detail: "p_inward \(sector.pInward); p_outward \(sector.pOutward); networks \(mixing.networks[sector.sector])",
            explanation: Wording.say(lang, fi: "Sektorin \(name) E-I-indeksi on \(ei): ", sv: "Sektorn \(name) har E-I-index \(ei): ",
                                     en: "The E-I index of \(name) is \(ei): ") + verdict))
    }
    for (i, j) in silos.unconnectedPairs {
        findings.append(GapFinding(
            kind: .sector, subject: mixing.sectors[i], subjectName: names[i], other: mixing.sectors[j], otherName: names[j],
            score: 0, detail: "no tie",
            explanation: Wording.say(lang,
                fi: "Sektoreiden \(names[i]) ja \(names[j]) verkostoilla ei ole yhtään yhteistä jäsentä eikä yhteistyötä.",
                sv: "Nätverken inom \(names[i]) och \(names[j]) har inga gemensamma medlemmar och inget samarbete.",
                en: "Networks of \(names[i]) and \(names[j]) share no member and no collaboration at all.")))
    }
    for i in mixing.sectors.indices {
        for j in i..<mixing.sectors.count where mixing.ties[i][j] > 0 {
            let ties = mixing.ties[i][j]
            findings.append(GapFinding(
                kind: .sector, subject: mixing.sectors[i], subjectName: names[i], other: mixing.sectors[j], otherName: names[j],
                score: Double(ties), detail: "ties",
                explanation: i == j
                    ? Wording.say(lang, fi: "Sektorin \(names[i]) sisällä verkostojen välillä on \(ties) yhteyttä.",
                                  sv: "Inom \(names[i]) finns \(ties) band mellan nätverken.",
                                  en: "Within \(names[i]) there are \(ties) ties between networks.")
                    : Wording.say(lang, fi: "Sektoreiden \(names[i]) ja \(names[j]) verkostojen välillä on \(ties) yhteyttä.",
                                  sv: "Mellan nätverken inom \(names[i]) och \(names[j]) finns \(ties) band.",
                                  en: "There are \(ties) ties between networks of \(names[i]) and \(names[j]).")))
        }
    }
    return findings
}

func communityFindings(_ view: NetworkGraphView, _ settings: GapSettings) -> [GapFinding] {
    let atlas = view.atlas, lang = settings.language
    guard atlas.networks.count > 1 else {
        return [GapFinding(kind: .communities, explanation: Wording.say(lang,
            fi: "Yhteisöjä ei voi etsiä alle kahdesta verkostosta.", sv: "Gemenskaper kräver minst två nätverk.",
            en: "Communities need at least two networks."))]
    }
    let result = communitiesAndSectors(view, seed: settings.seed)
    let nmi = Wording.decimal(result.nmi, lang), ari = Wording.decimal(result.ari, lang)
    let verdict: String
    if result.nmi >= 0.7 {
        verdict = Wording.say(lang, fi: "yhteisöt noudattavat sektorirajoja, eli sektorit ovat siiloja.",
                              sv: "gemenskaperna följer sektorgränserna: sektorerna är silor.",
                              en: "communities follow sector lines: the sectors are silos.")
    } else if result.nmi >= 0.4 {
        verdict = Wording.say(lang, fi: "yhteisöt noudattavat osin sektorirajoja.", sv: "gemenskaperna följer delvis sektorgränserna.",
                              en: "communities partly follow sector lines.")
    } else {
        verdict = Wording.say(lang, fi: "yhteisöt ylittävät sektorirajoja.", sv: "gemenskaperna går över sektorgränserna.",
                              en: "communities cut across sectors.")
    }
    var findings = [GapFinding(
        kind: .communities, subject: "all", score: result.nmi,
        detail: "communities \(result.partition.count); modularity \(result.partition.modularity); NMI \(result.nmi); ARI \(result.ari)",
        explanation: Wording.say(lang,
            fi: "Verkostot jakautuvat \(result.partition.count) yhteisöön; yhteisöjen ja sektoreiden vastaavuus on NMI \(nmi), ARI \(ari): ",
            sv: "Nätverken bildar \(result.partition.count) gemenskaper; överensstämmelsen med sektorerna är NMI \(nmi), ARI \(ari): ",
            en: "The networks form \(result.partition.count) communities; their match with sectors is NMI \(nmi), ARI \(ari): ") + verdict)]
    for (community, members) in result.members.enumerated() {
        var bySector: [String: Int] = [:]
        for network in members { bySector[atlas.networks[network].sector, default: 0] += 1 }
        let (top, topCount) = bySector.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!
        let composition = bySector.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let name = atlas.sectorName(top, lang)
        let networks = Wording.list(members.prefix(3).map { atlas.networkName($0, lang) }, lang) + (members.count > 3 ? "…" : "")
        findings.append(GapFinding(
            kind: .communities, subject: "community-\(community)", subjectName: networks, score: Double(members.count),
            detail: composition,
            explanation: Wording.say(lang,
                fi: members.count == 1 ? "Yhteisössä \(community + 1) on vain yksi verkosto (sektori \(name))."
                    : "Yhteisössä \(community + 1) on \(members.count) verkostoa, joista \(topCount) sektorilta \(name).",
                sv: members.count == 1 ? "Gemenskap \(community + 1) har bara ett nätverk (\(name))."
                    : "Gemenskap \(community + 1) har \(members.count) nätverk, varav \(topCount) inom \(name).",
                en: members.count == 1 ? "Community \(community + 1) is a single network (\(name))."
                    : "Community \(community + 1) has \(members.count) networks, \(topCount) of them in \(name).")))
    }
    return findings
}
