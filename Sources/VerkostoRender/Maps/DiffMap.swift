import VerkostoAnalysis
import VerkostoGraph
import VerkostoModel
import VerkostoSupport

extension DomainMap {
    static let gainedColour = Colour(red: 0x00, green: 0x9E, blue: 0x73)  // Okabe–Ito bluish green
    static let lostColour = Colour(red: 0xD5, green: 0x5E, blue: 0x00)  // Okabe–Ito vermillion
    static let keptColour = Colour(red: 0xB8, green: 0xB8, blue: 0xB8)

    /// The change map: the overview of two days in one picture, laid out once, so that every
    /// network stands in the same place for both days and nothing jumps.
    ///
    /// Nodes: every network active on `from` or on `to`, coloured by sector and sized by its members
    /// on the later day it is active. A network that started has a thick black outline (class `new`);
    /// one that ended is grey with a vermillion outline (class `ended`). Edges: ties of both days (``NetworkGraphView`` with
    /// `options.ties` and `options.weighting`). A tie on `to` only is green (class `gained`), a tie
    /// on `from` only is dashed vermillion (class `lost`), a tie on both days is light grey
    /// (class `kept`) and hidden below `options.minimum` (default as the overview); gained and
    /// lost ties are always drawn.
    /// - Parameters:
    ///   - atlas: the full Atlas (not a snapshot).
    ///   - from: the first day; `to`: the second, not before `from`.
    /// - Complexity: two network graph views, O(Σ k² + *C*), and O(*N* + *T*) for the scene.
    public static func diff(_ atlas: Atlas, from: Day, to: Day, options: MapOptions = MapOptions()) throws -> MapScene {
        if let grouping = options.groupBy, grouping != .sector { throw MapError.grouping(.overview, grouping) }
        let language = options.language
        let text = Localisation(language)
        let words = text.words
        let before = atlas.at(from), after = atlas.at(to)
        let viewBefore = NetworkGraphView(atlas: before, ties: options.ties, weighting: options.weighting, language: language)
        let viewAfter = NetworkGraphView(atlas: after, ties: options.ties, weighting: options.weighting, language: language)
        let membersBefore = memberCounts(before), membersAfter = memberCounts(after)
        var members: [String: Int] = [:]
        for (i, network) in before.networks.enumerated() { members[network.id] = membersBefore[i] }
        for (i, network) in after.networks.enumerated() { members[network.id] = membersAfter[i] }
        let largest = members.values.max() ?? 0
        let activeBefore = Set(before.networks.map(\.id)), activeAfter = Set(after.networks.map(\.id))
        let colours = sectorColours(atlas)
        let grouped = options.groupBy == .sector
        // Sector fills use every Okabe–Ito colour but black, so a new network gets a black outline;
        // an ended one is greyed out with a vermillion outline.
        let started = Emphasis(colour: .black, width: 5), ended = Emphasis(colour: lostColour, width: 5)

        var nodes: [MapScene.Node] = []
        for network in atlas.networks where activeBefore.contains(network.id) || activeAfter.contains(network.id) {
            var classes = ["network", sectorClass(network.sector)]
            var emphasis: Emphasis?
            if !activeBefore.contains(network.id) { classes.append("new"); emphasis = started }
            if !activeAfter.contains(network.id) { classes.append("ended"); emphasis = ended }
            let fill = activeAfter.contains(network.id) ? colours[network.sector] ?? .grey : Colour(red: 0xDD, green: 0xDD, blue: 0xDD)
            nodes.append(.init(id: "network-\(network.id)", label: networkLabel(network, language),
                               fill: fill, shape: .ellipse,
                               size: networkWidth(members[network.id] ?? 0, largest: largest), classes: classes,
                               cluster: grouped ? sectorClass(network.sector) : nil, emphasis: emphasis))
        }

        func keyed(_ view: NetworkGraphView) -> [String: (String, String, NetworkTie)] {
            var result: [String: (String, String, NetworkTie)] = [:]
            for tie in view.ties {
                let (a, b) = (view.atlas.networks[tie.a].id, view.atlas.networks[tie.b].id)
                let (low, high) = a < b ? (a, b) : (b, a)
                result[low + "\n" + high] = (low, high, tie)
            }
            return result
        }
        let tiesBefore = keyed(viewBefore), tiesAfter = keyed(viewAfter)
        let minimum = options.minimum ?? defaultMinimum(options.weighting, ties: options.ties)
        let heaviest = (tiesBefore.values.map(\.2.weight) + tiesAfter.values.map(\.2.weight)).max() ?? 0
        var edges: [MapScene.Edge] = []
        var gained = 0, lost = 0, keptHidden = 0
        for key in Set(tiesBefore.keys).union(tiesAfter.keys).sorted() {
            let (a, b, tie) = tiesAfter[key] ?? tiesBefore[key]!
            var classes = ["tie"]
            if tie.sharedMembers > 0 { classes.append("shared-members") }
            if tie.collaborations > 0 { classes.append("collaboration") }
            let width = edgeWidth(tie.weight, largest: heaviest)
            let id = "tie-\(a)--\(b)"
            switch (tiesBefore[key] != nil, tiesAfter[key] != nil) {
            case (false, true):
                gained += 1
                edges.append(.init(from: "network-\(a)", to: "network-\(b)", width: max(1.5, width), colour: gainedColour,
                                   classes: classes + ["gained"], id: id))
            case (true, false):
                lost += 1
                edges.append(.init(from: "network-\(a)", to: "network-\(b)", width: max(1.5, width), colour: lostColour,
                                   style: .dashed, classes: classes + ["lost"], id: id))
            default:
                guard tie.weight >= minimum, tie.weight > 0 else { keptHidden += 1; continue }
                edges.append(.init(from: "network-\(a)", to: "network-\(b)", width: width, colour: keptColour,
                                   classes: classes + ["kept"], id: id))
            }
        }

        var sections = [sectorSection(atlas, text: text)]
        if largest > 0 {
            sections.append(.init(title: words.members, items: scaleSteps(Double(largest), integer: true).map {
                .nodeSize(networkWidth(Int($0), largest: largest), label: String(Int($0)))
            }))
        }
        sections.append(.init(title: words.changes, items: [
            .line(.solid, gainedColour, label: words.gainedTie), .line(.dashed, lostColour, label: words.lostTie),
            .line(.solid, keptColour, label: words.keptTie),
            .emphasis(started, label: words.newNetwork), .emphasis(ended, label: words.endedNetwork),
        ]))
        let newCount = nodes.filter { $0.classes.contains("new") }.count
        let endedCount = nodes.filter { $0.classes.contains("ended") }.count
        var extra = [words.changeCounts(gained: gained, lost: lost, started: newCount, ended: endedCount)]
        if keptHidden > 0 { extra.append(words.hiddenEdges(below: text.number(minimum))) }
        let clusters: [MapScene.Cluster] = grouped
            ? atlas.sectors.filter { s in nodes.contains { $0.cluster == sectorClass(s.id) } }.map {
                .init(id: sectorClass($0.id), label: $0.name.text(language), colour: colours[$0.id] ?? .grey)
            }
            : []
        return MapScene(title: words.changeMapTitle(from: from.text(text), to: to.text(text)), subtitle: extra.joined(separator: " · "),
                        source: source(atlas, text: text), kind: .undirected, layout: options.layout,
                        nodes: nodes, edges: edges, clusters: clusters,
                        legend: .init(title: words.legend, sections: sections), style: mapStyle)
    }

    private typealias Emphasis = MapScene.Emphasis
}
