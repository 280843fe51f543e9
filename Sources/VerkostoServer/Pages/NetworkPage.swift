import VerkostoAnalysis
import VerkostoModel
import VerkostoRender
import VerkostoSupport

extension Pages {
    /// The page of one network (a shareable URL, `/networks/ID`): its ``NetworkCard`` on the day
    /// (members by kind and region, directions, centrality ranks, the gaps it is part of), its
    /// map, its members over its whole history (ended memberships included) and its collaborations.
    ///
    /// - Parameters:
    ///   - card: the network's card in the day's briefing; `nil` when it is not active that day.
    ///   - map: the network's ego map on the day, when it is active.
    static func networkPage(_ network: Network, card: NetworkCard?, cardCount: Int, map: [UInt8]?, parts: ReportParts,
                            atlas: Atlas, request: Request, day: Day) -> String {
        let text = request.text, words = text.words, platform = text.platform, language = request.language
        let snapshot = atlas.at(day)
        struct Labels {
            let members, goal, operatingModel, unit, period, directions, byKind, byRegion, ranks, gaps, none,
                networkMap, memberList, collaborations: String
        }
        struct Count { let label: String; let count: Int }
        struct Rank { let label: String; let rank: Int; let of: Int }
        struct Direction { let name: String; let priority: String }
        struct Row { let cells: [String]; var ended = false }
        struct Context {
            let s: Labels
            let sectorName, goal, operatingModel, unit, period: String
            let members: Int
            let directions: [Direction]
            let byKind, byRegion: [Count]
            let ranks: [Rank]
            let gaps: [String]
            let map: PageMarkup?
            let memberHeaders: [String]
            let memberRows: [Row]
            let collaborationHeaders: [String]
            let collaborations: [Row]
            let hasCollaborations: Bool
        }
        func counted(_ pairs: [(String, Int)]) -> [Count] {
            var merged: [String: Int] = [:]
            for (label, count) in pairs { merged[label, default: 0] += count }
            return merged.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { Count(label: $0.key, count: $0.value) }
        }
        let dash = "–"
        let period = "\(network.period.since?.text(text) ?? dash) – \(network.period.until?.text(text) ?? "")"
        let memberships = atlas.memberships(ofNetwork: network.id).sorted {
            ($0.period.since ?? .first, $0.organisation) < ($1.period.since ?? .first, $1.organisation)
        }
        let memberRows = memberships.map { membership -> Row in
            let organisation = atlas.organisation(membership.organisation)
            let municipality = organisation.flatMap { atlas.municipality($0.municipality) }
            return Row(cells: [organisation?.name ?? membership.organisation,
                               organisation.map { words.organisationKind($0.kind.rawValue) } ?? dash,
                               municipality?.name.text(language) ?? dash, membership.role.rawValue,
                               membership.period.since?.description ?? dash, membership.period.until?.description ?? ""],
                       ended: !membership.period.contains(day))
        }
        let collaborations = atlas.collaborations(ofNetwork: network.id).map { collaboration -> Row in
            let other = collaboration.networkA == network.id ? collaboration.networkB : collaboration.networkA
            return Row(cells: [atlas.network(other)?.name.text(language) ?? other, collaboration.kind.rawValue,
                               collaboration.period.since?.description ?? dash, collaboration.period.until?.description ?? ""])
        }
        let context = Context(
            s: Labels(members: words.members, goal: words.goal, operatingModel: words.operatingModel, unit: words.unit,
                      period: "\(words.since) – \(platform.until)", directions: words.directions, byKind: words.membersByKind,
                      byRegion: words.membersByRegion, ranks: words.ranks, gaps: words.gapsOfNetwork, none: words.none,
                      networkMap: platform.networkMap, memberList: platform.memberList, collaborations: platform.collaborations),
            sectorName: atlas.sector(network.sector)?.name.text(language) ?? network.sector,
            goal: network.goal.isEmpty ? dash : network.goal,
            operatingModel: network.operatingModel.isEmpty ? dash : network.operatingModel,
            unit: network.unit.isEmpty ? dash : network.unit, period: period, members: card?.members ?? 0,
            directions: (card?.directions ?? []).map {
                Direction(name: atlas.direction($0.direction)?.name.text(language) ?? $0.direction, priority: words.priority($0.priority))
            },
            byKind: counted((card?.byKind ?? []).map { (words.organisationKind($0.kind.rawValue), $0.count) }),
            byRegion: counted((card?.byRegion ?? []).map { ($0.region.flatMap { atlas.region($0)?.name.text(language) } ?? dash, $0.count) }),
            ranks: card.map { card in
                zip([words.degree, words.betweenness, words.eigenvector], card.ranks).map { Rank(label: $0, rank: $1, of: cardCount) }
            } ?? [],
            gaps: (card?.gaps ?? []).map { $0.explanation(text, atlas: snapshot) },
            map: map.map { .svg($0, label: words.egoTitle(network.name.text(language)), idPrefix: "ego-") },
            memberHeaders: [words.organisation, platform.kind, words.municipality, platform.role, words.since, platform.until],
            memberRows: memberRows,
            collaborationHeaders: [words.network, platform.kind, words.since, platform.until],
            collaborations: collaborations, hasCollaborations: !collaborations.isEmpty)
        let body = PageTemplates.network.render(context)
        var downloads: [Link] = []
        if card != nil {
            for format in [MapFormat.svg, .png, .pdf] {
                downloads.append(Link(href: request.href("/maps/ego.\(format.rawValue)", [("network", network.id)]),
                                      label: "\(platform.networkMap): \(platform.mapDownload(format.rawValue.uppercased()))"))
            }
        }
        return frame(request, atlas: atlas, page: nil, title: network.name.text(language),
                     dateText: parts.dateText + (card == nil ? " · \(words.inactive)" : ""), body: .rendered(body),
                     downloads: downloads, cardData: .cardData(parts), dayForm: dayForm(request, atlas: atlas, day: day))
    }
}
