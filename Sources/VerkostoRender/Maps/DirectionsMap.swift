import VerkostoAnalysis
import VerkostoModel
import VerkostoSupport

extension DomainMap {
    /// The directions map: networks and development directions as a two-mode graph.
    ///
    /// Definition: one circle per network (coloured by sector, its area proportional to members,
    /// ``networkDiameter(_:largest:)``) and one box per
    /// direction that at least one network works on (sized by its number of networks); an edge
    /// joins a network to each of its directions, wider for higher priority
    /// (``NetworkDirection/weight``: 3 main, 2 important, 1 supporting).
    /// - Complexity: O(*N* + *D* + *L*) for *L* direction links.
    public static func directions(_ atlas: Atlas, options: MapOptions = MapOptions()) -> MapScene {
        let text = Localisation(options.language)
        let words = text.words
        let language = options.language
        let colours = sectorColours(atlas)
        let members = memberCounts(atlas)
        let largest = members.max() ?? 0
        var networksOf: [String: Int] = [:]
        for link in atlas.networkDirections where atlas.index.network[link.network] != nil {
            networksOf[link.direction, default: 0] += 1
        }
        var nodes: [MapScene.Node] = []
        let directionFill = Colour(red: 0x26, green: 0x26, blue: 0x26)
        let used = atlas.directions.filter { networksOf[$0.id] != nil }
        let unknown = Set(networksOf.keys).subtracting(atlas.directions.map(\.id)).sorted()
        let mostNetworks = networksOf.values.max() ?? 1
        for (id, name) in used.map({ ($0.id, $0.name.text(language)) }) + unknown.map({ ($0, $0) }) {
            let count = networksOf[id] ?? 0
            nodes.append(.init(id: "direction-\(id)", label: LabelText.wrapped(name, width: 18) + "\u{2028}" + words.networkCount(count),
                               fill: directionFill, shape: .roundedBox, size: 1.2 + 0.8 * Double(count) / Double(mostNetworks),
                               classes: ["direction"], fontSize: 13))
        }
        for (i, network) in atlas.networks.enumerated() {
            nodes.append(.init(id: "network-\(network.id)", label: networkLabel(network, language),
                               fill: colours[network.sector] ?? .grey, shape: .circle,
                               size: networkDiameter(members[i], largest: largest),
                               classes: ["network", sectorClass(network.sector)], fontSize: 10, labelPosition: .below,
                               labelPriority: Double(members[i])))
        }
        var edges: [MapScene.Edge] = []
        let grey = Colour(red: 0x8A, green: 0x8A, blue: 0x8A)
        var seen = Set<String>()
        for link in atlas.networkDirections where atlas.index.network[link.network] != nil {
            guard seen.insert(link.network + "\u{0}" + link.direction).inserted else { continue }
            edges.append(.init(from: "network-\(link.network)", to: "direction-\(link.direction)",
                               width: Double(link.weight) * 1.3, colour: grey.mixed(with: .black, (link.weight - 1) * 0.2),
                               classes: ["direction-link", "priority-\(link.priority)"],
                               id: "link-\(link.network)--\(link.direction)"))
        }
        var sections: [MapScene.Legend.Section] = [
            sectorSection(atlas, text: text),
            .init(title: words.direction, items: [.swatch(directionFill, label: words.direction)]
                + [1, 2, 3].map { priority in
                    let weight = NetworkDirection(network: "", direction: "", priority: priority).weight
                    return .edgeWidth(weight * 1.3, label: words.priority(priority))
                }),
        ]
        if largest > 0 { sections.insert(sizeSection(title: words.members, largest: largest), at: 1) }
        return MapScene(title: words.directionsTitle,
                        subtitle: subtitle(atlas, text: text, extra: [
                            words.counts(networks: atlas.networks.count, organisations: atlas.participatingOrganisations.count),
                        ]),
                        source: source(atlas, text: text), kind: .undirected, layout: options.layout,
                        nodes: nodes, edges: edges, legend: .init(title: words.legend, sections: sections), style: mapStyle)
    }

    /// The sectors map: one node per sector, sized by its networks; an edge between two sectors
    /// labelled with the number of network ties that join them.
    ///
    /// Definition: ``sectorMixing(_:)`` of the network graph with `options.ties`. Ties inside a
    /// sector are written in the sector's node. The subtitle gives the cross-sector share
    /// (``SectorMixing/crossSectorShare``).
    /// - Complexity: O(*N* + *T* + *S*²).
    public static func sectors(_ atlas: Atlas, options: MapOptions = MapOptions()) -> MapScene {
        let text = Localisation(options.language)
        let words = text.words
        let view = NetworkGraphView(atlas: atlas, ties: options.ties, weighting: .count, language: options.language)
        let mixing = sectorMixing(view)
        let colours = sectorColours(atlas)
        let mostNetworks = mixing.networks.max() ?? 0
        var nodes: [MapScene.Node] = []
        for (i, sector) in mixing.sectors.enumerated() {
            let label = LabelText.wrapped(sectorName(atlas, sector, options.language), width: 18) + "\u{2028}"
                + words.networkCount(mixing.networks[i]) + "\u{2028}" + words.internalTies(mixing.ties[i][i])
            nodes.append(.init(id: "sector-\(sector)", label: label, fill: colours[sector] ?? .grey, shape: .ellipse,
                               size: 1.45 + 0.75 * (mostNetworks > 0 ? (Double(mixing.networks[i]) / Double(mostNetworks)).squareRoot() : 0),
                               classes: ["sector", sectorClass(sector)], fontSize: 13))
        }
        var most = 0
        for i in mixing.sectors.indices { for j in mixing.sectors.indices where j > i { most = max(most, mixing.ties[i][j]) } }
        var edges: [MapScene.Edge] = []
        let light = Colour(red: 0xB0, green: 0xB0, blue: 0xB0), dark = Colour(red: 0x40, green: 0x40, blue: 0x40)
        for i in mixing.sectors.indices {
            for j in mixing.sectors.indices where j > i && mixing.ties[i][j] > 0 {
                let count = mixing.ties[i][j]
                edges.append(.init(from: "sector-\(mixing.sectors[i])", to: "sector-\(mixing.sectors[j])",
                                   width: edgeWidth(Double(count), largest: Double(most)),
                                   colour: light.mixed(with: dark, Double(count) / Double(max(1, most))),
                                   label: String(count), classes: ["sector-tie"],
                                   id: "sectors-\(mixing.sectors[i])--\(mixing.sectors[j])"))
            }
        }
        var sections: [MapScene.Legend.Section] = [sectorSection(atlas, text: text)]
        if most > 0 {
            sections.append(.init(title: words.tieCount, items: scaleSteps(Double(most), integer: true).map {
                .edgeWidth(edgeWidth($0, largest: Double(most)), label: String(Int($0)))
            }))
        }
        let layout: MapScene.Layout = options.layout == .auto ? .neato : options.layout
        return MapScene(title: words.sectorsTitle,
                        subtitle: subtitle(atlas, text: text, extra: [words.crossSectorShare(text.percent(mixing.crossSectorShare))]),
                        source: source(atlas, text: text), kind: .undirected, layout: layout,
                        nodes: nodes, edges: edges, legend: .init(title: words.legend, sections: sections), style: mapStyle)
    }
}
