import VerkostoModel
import VerkostoSupport

extension DomainMap {
    /// The ego map of one network: the network, its member organisations grouped by kind
    /// (or region), and the other networks its members also belong to.
    ///
    /// Definition: members are the organisations with an active membership in the network;
    /// another network is drawn when at least one member also belongs to it, sized by the
    /// number of such shared members. Each member is tied to the network (coordinators with
    /// a thicker line) and to every other drawn network it belongs to. When a network has more
    /// than `options.egoMemberLimit` members, the members with most other networks are drawn
    /// (coordinators first) and the rest are counted in one "+ N more" node per group.
    /// Members are coloured by group; the `dot` and `fdp` layouts also box the groups.
    /// - Throws: ``MapError/unknownNetwork(_:)`` when the id is not in the snapshot;
    ///   ``MapError/grouping(_:_:)`` for `groupBy: .sector`.
    /// - Complexity: O(*m* · *k*) for *m* members in *k* networks each.
    public static func ego(_ atlas: Atlas, network id: String, options: MapOptions = MapOptions()) throws -> MapScene {
        guard let position = atlas.index.network[id] else { throw MapError.unknownNetwork(id) }
        let grouping = options.groupBy ?? .kind
        if grouping == .sector { throw MapError.grouping(.ego, grouping) }
        let text = Localisation(options.language)
        let words = text.words
        let language = options.language
        let focus = atlas.networks[position]
        let colours = sectorColours(atlas)

        // Members, each once, with their role and their other networks.
        struct Member { var organisation: Organisation; var coordinator: Bool; var others: [Int] }
        var members: [Member] = []
        var seen: [String: Int] = [:]
        for membership in atlas.memberships(ofNetwork: id) {
            guard let organisation = atlas.organisation(membership.organisation) else { continue }
            if let at = seen[organisation.id] {
                if membership.role == .coordinator { members[at].coordinator = true }
                continue
            }
            let others = Set(atlas.memberships(ofOrganisation: organisation.id).compactMap { atlas.index.network[$0.network] })
                .subtracting([position]).sorted()
            seen[organisation.id] = members.count
            members.append(Member(organisation: organisation, coordinator: membership.role == .coordinator, others: others))
        }
        var shared = [Int](repeating: 0, count: atlas.networks.count)
        for member in members { for n in member.others { shared[n] += 1 } }

        // Groups of members.
        func groupKey(_ organisation: Organisation) -> String {
            switch grouping {
            case .region: return atlas.municipality(organisation.municipality)?.region ?? "?"
            default: return organisation.kind.rawValue
            }
        }
        func groupLabel(_ key: String) -> String {
            switch grouping {
            case .region: return atlas.region(key)?.name.text(language) ?? key
            default: return words.organisationKind(key)
            }
        }
        let groupOrder: [String] = grouping == .region
            ? atlas.regions.map(\.id) + ["?"]
            : OrganisationKind.allCases.map(\.rawValue)
        let usedGroups = groupOrder.filter { key in members.contains { groupKey($0.organisation) == key } }
        let groupColour = Dictionary(uniqueKeysWithValues: usedGroups.enumerated().map { ($1, memberPalette[$0 % memberPalette.count]) })

        // Which members to draw.
        let ranked = members.indices.sorted {
            let (l, r) = (members[$0], members[$1])
            if l.coordinator != r.coordinator { return l.coordinator }
            if l.others.count != r.others.count { return l.others.count > r.others.count }
            return l.organisation.name < r.organisation.name
        }
        // A page holds fewer members than the natural size: at most 24 are drawn one by one.
        let memberLimit = options.size == .natural ? options.egoMemberLimit : min(options.egoMemberLimit, 24)
        let drawn = Set(ranked.prefix(max(0, memberLimit)))
        let boxed = options.layout == .dot || options.layout == .fdp

        let focusID = "network-\(focus.id)"
        var nodes: [MapScene.Node] = [
            .init(id: focusID, label: networkLabel(focus, language), fill: colours[focus.sector] ?? .grey,
                  shape: .ellipse, size: 2.2, classes: ["network", "focus", sectorClass(focus.sector)],
                  emphasis: .init(colour: .black, width: 4), fontSize: 16),
        ]
        var edges: [MapScene.Edge] = []
        let otherNetworks = shared.indices.filter { shared[$0] > 0 }
        let mostShared = otherNetworks.map { shared[$0] }.max() ?? 0
        for n in otherNetworks {
            let network = atlas.networks[n]
            let label = LabelText.wrapped(network.name.text(language), width: 22) + "\u{2028}" + words.sharedWith(shared[n])
            nodes.append(.init(id: "network-\(network.id)", label: label, fill: colours[network.sector] ?? .grey,
                               shape: .circle, size: networkDiameter(shared[n], largest: mostShared),
                               classes: ["network", "neighbour", sectorClass(network.sector)], labelPosition: .below,
                               labelPriority: Double(shared[n])))
        }
        let edgeGrey = Colour(red: 0x9A, green: 0x9A, blue: 0x9A)
        for i in members.indices where drawn.contains(i) {
            let member = members[i]
            let organisation = member.organisation
            let key = groupKey(organisation)
            let nodeID = "organisation-\(organisation.id)"
            nodes.append(.init(id: nodeID, label: LabelText.wrapped(organisation.name, width: 24),
                               fill: groupColour[key] ?? .grey, shape: .roundedBox,
                               classes: ["organisation", "kind-\(organisation.kind.rawValue)", "group-\(LabelText.identifier(key))"]
                                   + (member.coordinator ? ["coordinator"] : []),
                               cluster: boxed ? "group-\(key)" : nil,
                               emphasis: member.coordinator ? .init(colour: .black, width: 2.5) : nil, fontSize: 10,
                               labelPriority: Double(member.others.count) + (member.coordinator ? 1_000 : 0)))
            edges.append(.init(from: focusID, to: nodeID, width: member.coordinator ? 2.5 : 1.2,
                               colour: Colour(red: 0x55, green: 0x55, blue: 0x55),
                               classes: ["membership", "end-\(organisation.id)", "end-\(focus.id)"] + (member.coordinator ? ["coordinator"] : []),
                               id: "membership-\(organisation.id)--\(focus.id)"))
            for n in member.others {
                let other = atlas.networks[n].id
                edges.append(.init(from: nodeID, to: "network-\(other)", width: 0.8, colour: edgeGrey, style: .dashed,
                                   classes: ["membership", "other", "end-\(organisation.id)", "end-\(other)"], id: "membership-\(organisation.id)--\(other)"))
            }
        }
        // The members not drawn, counted per group.
        for key in usedGroups {
            let hidden = members.indices.filter { !drawn.contains($0) && groupKey(members[$0].organisation) == key }.count
            guard hidden > 0 else { continue }
            let nodeID = "more-\(key)"
            nodes.append(.init(id: nodeID, label: groupLabel(key) + "\u{2028}" + words.moreMembers(hidden),
                               fill: (groupColour[key] ?? .grey).mixed(with: .white, 0.5), shape: .note,
                               classes: ["organisation", "more", "group-\(LabelText.identifier(key))"],
                               cluster: boxed ? "group-\(key)" : nil, fontSize: 10))
            edges.append(.init(from: focusID, to: nodeID, width: 1.2, colour: Colour(red: 0x55, green: 0x55, blue: 0x55),
                               style: .dotted, classes: ["membership", "more"]))
        }

        let clusters: [MapScene.Cluster] = boxed
            ? usedGroups.map { .init(id: "group-\($0)", label: groupLabel($0), colour: groupColour[$0] ?? .grey) }
            : []
        var sections: [MapScene.Legend.Section] = [
            .init(title: grouping == .region ? words.region : words.organisationKind,
                  items: usedGroups.map { .swatch(groupColour[$0] ?? .grey, label: groupLabel($0)) }),
            .init(title: words.sector, items: sectorSection(atlas, text: text).items.filter { item in
                guard case .swatch(let colour, _) = item else { return false }
                return ([position] + otherNetworks).contains { colours[atlas.networks[$0].sector] == colour }
            }),
            .init(title: words.membership, items: [
                .edgeWidth(1.2, label: words.membership),
                .edgeWidth(2.5, label: words.coordinator),
                .line(.dashed, edgeGrey, label: words.alsoMemberOf),
            ]),
        ]
        if mostShared > 0 {
            sections.append(sizeSection(title: text.tieWeight(.count, ties: .members), largest: mostShared))
        }
        let layout: MapScene.Layout = options.layout == .auto ? (nodes.count <= 300 ? .neato : .sfdp) : options.layout
        return MapScene(title: words.egoTitle(focus.name.text(language)),
                        subtitle: subtitle(atlas, text: text, extra: [
                            words.counts(networks: otherNetworks.count + 1, organisations: members.count),
                        ]),
                        source: source(atlas, text: text), kind: .undirected, layout: layout,
                        nodes: nodes, edges: edges, clusters: clusters,
                        legend: .init(title: words.legend, sections: sections), style: mapStyle)
    }

    /// Light fills for member organisations, so that their dark text stays readable and they
    /// stand apart from the saturated sector colours of networks.
    static let memberPalette: [Colour] = Palette.categorical.map { $0.mixed(with: .white, 0.6) } + [
        Colour(red: 0xDD, green: 0xDD, blue: 0xDD), Colour(red: 0xE3, green: 0xD2, blue: 0xB4), Colour(red: 0xC8, green: 0xE6, blue: 0xC0),
    ]
}
