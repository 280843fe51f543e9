import VerkostoAnalysis
import VerkostoGraph
import VerkostoModel
import VerkostoSupport

extension DomainMap {
    /// The overview map: every network of the snapshot as a circle coloured by sector, its area
    /// proportional to its member count (``networkDiameter(_:largest:)``, the legend's rule), its
    /// name under it, tied by shared members and/or collaborations.
    ///
    /// Definition: the network graph of ``NetworkGraphView`` with `options.ties` and
    /// `options.weighting`; ties lighter than `options.minimum` (default
    /// ``defaultMinimum(_:ties:)``) are hidden. Edge width is linear in the weight.
    /// `groupBy: .sector` boxes networks by sector.
    /// Edge ids are `tie-<a>--<b>` (cut to 64 characters by the renderer), and every edge has
    /// the classes `end-<a>` and `end-<b>` so that a script can find the ties of a network.
    /// - Throws: ``MapError/grouping(_:_:)`` for a grouping other than sector.
    /// - Complexity: O(Σ k² over organisations + *C*) for the view, O(*N* + *T*) for the scene.
    public static func overview(_ atlas: Atlas, options: MapOptions = MapOptions()) throws -> MapScene {
        try networkMap(atlas, kind: .overview, options: options)
    }

    /// The gaps map: the overview with its ties faded into the background, the direction gaps
    /// (pairs of networks on the same development direction with no shared member and no
    /// collaboration, ``directionGaps(_:bridgeLimit:)``) as dashed red lines in front, and the
    /// brokers of ``brokerAnalysis(_:brokerLimit:threads:)``:
    /// - the `brokerLimit` organisations with the highest two-mode betweenness among those of low
    ///   constraint (as `verkosto gaps --kind brokers` lists them), and every organisation whose
    ///   departure would cut networks off, each drawn as a dark diamond tied to its networks by
    ///   dotted lines;
    /// - networks whose ties rest on one organisation, or that a departure would cut off, with a
    ///   thick dark outline.
    ///
    /// At most `gapLimit` gaps are drawn, the heaviest first. Gaps do not take part in the
    /// layout (they are not ties), so the networks stand where their ties put them.
    /// - Complexity: as ``overview(_:options:)`` plus ``directionGaps(_:bridgeLimit:)`` and ``brokerAnalysis(_:brokerLimit:threads:)``.
    public static func gaps(_ atlas: Atlas, options: MapOptions = MapOptions(), gapLimit: Int = 30,
                            brokerLimit: Int = 5) throws -> MapScene {
        try networkMap(atlas, kind: .gaps, options: options, gapLimit: gapLimit, brokerLimit: brokerLimit)
    }

    /// The default `--min`: hides ties of one shared member (common and cluttering) under counts,
    /// the faintest ties under the normalised weightings, and nothing when only collaborations tie.
    public static func defaultMinimum(_ weighting: ProjectionWeighting, ties: NetworkTies) -> Double {
        ties == .collaborations ? 0 : defaultMinimum(weighting)
    }

    /// Red for gaps: no sector uses it, and it reads as "missing" against the grey ties.
    static let gapColour = Colour(red: 0xC0, green: 0x10, blue: 0x10)
    static let brokerOutline = MapScene.Emphasis(colour: Colour(red: 0x11, green: 0x11, blue: 0x11), width: 5)
    static let brokerFill = Colour(red: 0x33, green: 0x33, blue: 0x33)
    /// The ties of the gaps map, faded so that the gaps and brokers stand in front of them.
    static let contextTie = Colour(red: 0xD6, green: 0xD6, blue: 0xD6)

    static func networkMap(_ atlas: Atlas, kind: MapKind, options: MapOptions, gapLimit: Int = 30,
                           brokerLimit: Int = 5) throws -> MapScene {
        if let grouping = options.groupBy, grouping != .sector { throw MapError.grouping(kind, grouping) }
        let text = Localisation(options.language)
        let words = text.words
        let language = options.language
        let view = NetworkGraphView(atlas: atlas, ties: options.ties, weighting: options.weighting, language: language)
        let members = memberCounts(atlas)
        let largest = members.max() ?? 0
        let colours = sectorColours(atlas)
        let grouped = options.groupBy == .sector
        let minimum = options.minimum ?? defaultMinimum(options.weighting, ties: options.ties)

        var hanging = Set<Int>(), cutOff = Set<Int>()
        var brokerOrganisations: [Int] = []
        var cutOrganisations = Set<Int>()
        var gapList: [DirectionGap] = []
        var gapTotal = 0
        if kind == .gaps {
            let analysis = brokerAnalysis(view, brokerLimit: brokerLimit)
            hanging = Set(analysis.hangingNetworks.map(\.network))
            for cut in analysis.cutOrganisations {
                cutOff.formUnion(cut.cutOffNetworks)
                cutOrganisations.insert(cut.organisation)
            }
            brokerOrganisations = analysis.brokers.map(\.organisation)
            for cut in analysis.cutOrganisations where !brokerOrganisations.contains(cut.organisation) {
                brokerOrganisations.append(cut.organisation)
            }
            // Gaps are defined on the full tie graph (members and collaborations).
            let gapView = options.ties == .both ? view : NetworkGraphView(atlas: atlas, ties: .both, weighting: options.weighting, language: language)
            let all = directionGaps(gapView)
            gapTotal = all.count
            gapList = Array(all.prefix(max(0, gapLimit)))
        }

        var nodes: [MapScene.Node] = []
        nodes.reserveCapacity(atlas.networks.count)
        for (i, network) in atlas.networks.enumerated() {
            var classes = ["network", sectorClass(network.sector)]
            var emphasis: MapScene.Emphasis?
            if hanging.contains(i) || cutOff.contains(i) {
                emphasis = brokerOutline
                classes.append(hanging.contains(i) ? "hanging" : "cut-off")
            }
            nodes.append(.init(id: "network-\(network.id)", label: networkLabel(network, language),
                               fill: colours[network.sector] ?? .grey, shape: .circle,
                               size: networkDiameter(members[i], largest: largest), classes: classes,
                               cluster: grouped ? sectorClass(network.sector) : nil, emphasis: emphasis,
                               labelPosition: .below, labelPriority: Double(members[i])))
        }

        let shown = view.ties.filter { $0.weight >= minimum && $0.weight > 0 }
        let heaviest = shown.map(\.weight).max() ?? 0
        let integer = options.weighting == .count
        var edges: [MapScene.Edge] = []
        let light = Colour(red: 0xB8, green: 0xB8, blue: 0xB8), dark = Colour(red: 0x4D, green: 0x4D, blue: 0x4D)
        func tieWidth(_ weight: Double) -> Double {
            kind == .gaps ? 0.4 + 0.5 * edgeWidth(weight, largest: heaviest) / 2 : edgeWidth(weight, largest: heaviest)
        }
        for tie in shown {
            let (a, b) = (atlas.networks[tie.a].id, atlas.networks[tie.b].id)
            var classes = ["tie", "end-\(a)", "end-\(b)"]
            if tie.sharedMembers > 0 { classes.append("shared-members") }
            if tie.collaborations > 0 { classes.append("collaboration") }
            let t = heaviest > 0 ? tie.weight / heaviest : 0
            edges.append(.init(from: "network-\(a)", to: "network-\(b)", width: tieWidth(tie.weight),
                               colour: kind == .gaps ? contextTie : light.mixed(with: dark, t), classes: classes,
                               id: "tie-\(a)--\(b)"))
        }
        for position in brokerOrganisations {
            let organisation = atlas.organisations[position]
            let nodeID = "organisation-\(organisation.id)"
            let cut = cutOrganisations.contains(position)
            nodes.append(.init(id: nodeID, label: LabelText.wrapped(organisation.name, width: 20), fill: brokerFill,
                               shape: .diamond, size: 0.3, classes: ["organisation", "broker"] + (cut ? ["cut"] : []),
                               emphasis: cut ? brokerOutline : nil, fontSize: 10, labelPosition: .below))
            for membership in atlas.memberships(ofOrganisation: organisation.id) where atlas.index.network[membership.network] != nil {
                let edgeID = "membership-\(organisation.id)--\(membership.network)"
                guard !edges.contains(where: { $0.id == edgeID }) else { continue }
                edges.append(.init(from: nodeID, to: "network-\(membership.network)", width: 1.2, colour: brokerFill,
                                   style: .dotted, classes: ["membership", "broker"], id: edgeID))
            }
        }
        for gap in gapList {
            let (a, b) = (atlas.networks[gap.a].id, atlas.networks[gap.b].id)
            edges.append(.init(from: "network-\(a)", to: "network-\(b)", width: 1.5 + min(3, gap.weight / 3),
                               colour: gapColour, style: .dashed,
                               classes: ["gap", "end-\(a)", "end-\(b)"] + gap.sharedDirections.map { "direction-\($0)" },
                               id: "gap-\(a)--\(b)", front: true))
        }

        // Legend.
        var sections = [sectorSection(atlas, text: text)]
        if largest > 0 { sections.append(sizeSection(title: words.members, largest: largest)) }
        if heaviest > 0 {
            let steps = scaleSteps(heaviest, integer: integer).filter { $0 >= minimum }
            sections.append(.init(title: text.tieWeight(options.weighting, ties: options.ties), items: steps.map {
                kind == .gaps ? .line(.solid, contextTie, width: tieWidth($0), label: text.number($0))
                    : .edgeWidth(tieWidth($0), label: text.number($0))
            }))
        }
        if kind == .gaps {
            var items: [MapScene.Legend.Item] = [.line(.dashed, gapColour, width: 2.5, label: words.directionGap)]
            if !brokerOrganisations.isEmpty {
                items.append(.symbol(.diamond, brokerFill, label: words.brokerOrganisation))
                items.append(.line(.dotted, brokerFill, width: 1.2, label: words.brokerMembership))
            }
            if !cutOrganisations.isEmpty { items.append(.emphasis(brokerOutline, label: words.cutOrganisation)) }
            if !hanging.isEmpty { items.append(.emphasis(brokerOutline, label: words.hangingNetwork)) }
            if !cutOff.subtracting(hanging).isEmpty { items.append(.emphasis(brokerOutline, label: words.cutOffNetwork)) }
            sections.append(.init(title: words.gaps, items: items))
        }

        var extra = kind == .gaps ? [] : [words.counts(networks: atlas.networks.count, organisations: atlas.participatingOrganisations.count)]
        if minimum > 0 && view.ties.count > shown.count { extra.append(words.hiddenEdges(below: text.number(minimum))) }
        if kind == .gaps {
            extra.append(words.gapCount(gapList.count, of: gapTotal))
            extra.append(words.brokerCount(brokerOrganisations.count))
        }
        let clusters: [MapScene.Cluster] = grouped
            ? atlas.sectors.filter { s in atlas.networks.contains { $0.sector == s.id } }.map {
                .init(id: sectorClass($0.id), label: $0.name.text(language), colour: colours[$0.id] ?? .grey)
            } + Set(atlas.networks.map(\.sector)).subtracting(atlas.sectors.map(\.id)).sorted().map {
                .init(id: sectorClass($0), label: $0, colour: .grey)
            }
            : []
        return MapScene(title: kind == .gaps ? words.gapsTitle : words.overviewTitle,
                        subtitle: subtitle(atlas, text: text, extra: extra),
                        source: source(atlas, text: text), kind: .undirected, layout: options.layout,
                        nodes: nodes, edges: edges, clusters: clusters,
                        legend: .init(title: words.legend, sections: sections),
                        style: mapStyle)
    }

    /// The presentation style of the domain maps.
    static var mapStyle: MapScene.Style {
        MapScene.Style(fontSize: 12, titleFontSize: 22, labelLimit: 110, seed: 1)
    }
}
