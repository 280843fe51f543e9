import Foundation
import FoundationXML
import Testing
import VerkostoAnalysis
import VerkostoModel
import VerkostoSupport
@testable import VerkostoRender

/// Tests that read the drawn SVG back: what the legend promises is what the drawing does.
@Suite("SVG geometry")
struct MapGeometryTests {
    /// Every element of `document`, in document order.
    static func allElements(_ document: XMLDocument) -> [XMLElement] {
        var result: [XMLElement] = []
        func walk(_ node: XMLNode) {
            if let element = node as? XMLElement { result.append(element) }
            for child in node.children ?? [] { walk(child) }
        }
        if let root = document.rootElement() { walk(root) }
        return result
    }

    /// The element's name without a namespace prefix.
    static func name(_ element: XMLElement) -> String {
        let name = element.localName ?? element.name ?? ""
        return name.split(separator: ":").last.map(String.init) ?? name
    }

    /// The `g` elements whose class list holds every name in `classes`, in document order.
    static func groups(_ document: XMLDocument, classes: Set<String>) -> [XMLElement] {
        allElements(document).filter { element in
            name(element) == "g" && classes.isSubset(of: Set((attribute(element, "class") ?? "").split(separator: " ").map(String.init)))
        }
    }

    /// The child elements of `element` named `childName`.
    static func children(_ element: XMLElement, _ childName: String) -> [XMLElement] {
        (element.children ?? []).compactMap { $0 as? XMLElement }.filter { name($0) == childName }
    }

    static func attribute(_ element: XMLElement, _ name: String) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    /// Each node group's id and the diameter of its (first) circle, for groups whose class
    /// contains `className` (Graphviz draws circles as ellipses with rx = ry).
    static func circleDiameters(_ document: XMLDocument, className: String) throws -> [String: Double] {
        var result: [String: Double] = [:]
        for group in groups(document, classes: [className]) {
            guard let id = attribute(group, "id"), let ellipse = children(group, "ellipse").first,
                  let rx = attribute(ellipse, "rx").flatMap(Double.init), let ry = attribute(ellipse, "ry").flatMap(Double.init)
            else { continue }
            #expect(rx == ry, "\(id) is not a circle")
            result[id] = rx + ry
        }
        return result
    }

    /// The number of distinct organisations with an active membership in each network of a
    /// snapshot, counted here from the Atlas's memberships (not from the map code).
    static func members(_ atlas: Atlas) -> [String: Int] {
        var organisations: [String: Set<String>] = [:]
        for membership in atlas.memberships where atlas.network(membership.network) != nil {
            organisations[membership.network, default: []].insert(membership.organisation)
        }
        return organisations.mapValues(\.count)
    }

    /// Checks that every circle of class `className` has the area that the legend's size steps
    /// give its count: area / count is one constant, read from the legend's largest step.
    ///
    /// Graphviz draws node sizes in whole points, so each drawn diameter may be up to 0.5 pt off
    /// the exact one; the tolerance is that rounding for the node plus the legend step's own
    /// rounding carried over, and nothing more.
    static func checkLegendRule(_ svg: String, counts: [String: Int], className: String = "network",
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let document = try XMLDocument(data: Data(svg.utf8), options: [])
        var steps: [(count: Double, diameter: Double)] = []
        for (id, diameter) in try circleDiameters(document, className: "size") {
            // Legend size circles have the ids legend-size-<count>.
            let count = try #require(Double(id.replacingOccurrences(of: "legend-size-", with: "")), sourceLocation: sourceLocation)
            steps.append((count, diameter))
        }
        #expect(steps.count >= 2, "the legend has size steps", sourceLocation: sourceLocation)
        let largest = try #require(steps.max { $0.count < $1.count }, sourceLocation: sourceLocation)
        // Area proportional to count: d(count) = d(largest) · √(count / largest).
        func expected(_ count: Double) -> Double { largest.diameter * (count / largest.count).squareRoot() }
        func tolerance(_ count: Double) -> Double { 0.51 + 0.51 * (count / largest.count).squareRoot() }
        for step in steps {
            #expect(abs(step.diameter - expected(step.count)) <= tolerance(step.count),
                    "legend step \(step.count) has diameter \(step.diameter), the rule gives \(expected(step.count))",
                    sourceLocation: sourceLocation)
        }
        let nodes = try circleDiameters(document, className: className)
        var checked = 0
        for (id, count) in counts where count > 0 {
            guard let diameter = nodes["node-network-\(id)"] else { continue }
            checked += 1
            #expect(abs(diameter - expected(Double(count))) <= tolerance(Double(count)),
                    "\(id): \(count) drawn with diameter \(diameter), the legend's rule gives \(expected(Double(count)))",
                    sourceLocation: sourceLocation)
        }
        #expect(checked == counts.values.filter { $0 > 0 }.count, "every network with a count is drawn as a circle",
                sourceLocation: sourceLocation)
    }

    @Test("network circles follow the legend's size rule: area proportional to members",
          arguments: [MapKind.overview, .gaps, .directions])
    func legendRule(_ kind: MapKind) throws {
        guard Fixtures.requireGraphviz() else { return }
        let atlas = try MapAtlases.oph.get()
        let svg = String(decoding: try DomainMap.render(kind, atlas: atlas, format: .svg), as: UTF8.self)
        try Self.checkLegendRule(svg, counts: Self.members(atlas))
        // The Sámi network (11 members) and the ECEC development network (221) differ in size.
        let document = try XMLDocument(data: Data(svg.utf8), options: [])
        let diameters = try Self.circleDiameters(document, className: "network")
        let small = try #require(diameters["node-network-saamenkielisen-opetuksen-verkosto"])
        let large = try #require(diameters["node-network-varhaiskasvatuksen-kehittamisverkosto"])
        let counts = Self.members(atlas)
        #expect(counts["saamenkielisen-opetuksen-verkosto"] == 11 && counts["varhaiskasvatuksen-kehittamisverkosto"] == 221)
        // √(221 / 11) = 4.48: the large circle is about four and a half times as wide.
        #expect(abs(large / small - 4.48) < 0.2)
    }

    @Test("the change map's circles follow its legend (members on the later day)")
    func diffLegendRule() throws {
        guard Fixtures.requireGraphviz() else { return }
        let full = try MapAtlases.ophFull.get()
        let from = Day(year: 2022, month: 12, day: 31)!, to = MapAtlases.day
        let svg = String(decoding: try MapRenderer.render(try DomainMap.diff(full, from: from, to: to), as: .svg), as: UTF8.self)
        var counts = Self.members(full.at(from))
        counts.merge(Self.members(full.at(to))) { $1 }
        try Self.checkLegendRule(svg, counts: counts)
    }

    @Test("the ego map's neighbour circles follow its legend (shared members)")
    func egoLegendRule() throws {
        guard Fixtures.requireGraphviz() else { return }
        let atlas = try MapAtlases.oph.get()
        let focus = "johtamisen-oppiva-yhteiso"
        let svg = String(decoding: try DomainMap.render(.ego, atlas: atlas, network: focus, format: .svg), as: UTF8.self)
        // Shared members: organisations of the focus network that also belong to the other network.
        let focusMembers = Set(atlas.memberships.filter { $0.network == focus }.map(\.organisation))
        var shared: [String: Set<String>] = [:]
        for membership in atlas.memberships where membership.network != focus && focusMembers.contains(membership.organisation)
            && atlas.network(membership.network) != nil {
            shared[membership.network, default: []].insert(membership.organisation)
        }
        try Self.checkLegendRule(svg, counts: shared.mapValues(\.count), className: "neighbour")
    }

    @Test("no change colour of the change map is a sector colour")
    func changeColoursAreNotSectorColours() throws {
        guard Fixtures.requireGraphviz() else { return }
        let full = try MapAtlases.ophFull.get()
        let sectorColours = Set(SectorColours.hex)
        let scene = try DomainMap.diff(full, from: Day(year: 2022, month: 12, day: 31)!, to: MapAtlases.day)
        // The scene: change edges, the outlines and fill of new and ended networks, the legend's change section.
        for edge in scene.edges where edge.classes.contains(where: { ["gained", "lost", "kept"].contains($0) }) {
            #expect(!sectorColours.contains(edge.colour.hex), "\(edge.classes) drawn in the sector colour \(edge.colour.hex)")
        }
        for node in scene.nodes where node.classes.contains("new") || node.classes.contains("ended") {
            if let emphasis = node.emphasis { #expect(!sectorColours.contains(emphasis.colour.hex)) }
            if node.classes.contains("ended") { #expect(!sectorColours.contains(node.fill.hex)) }
        }
        let changes = try #require(scene.legend?.sections.last)
        for item in changes.items {
            switch item {
            case .line(_, let colour, _, _), .swatch(let colour, _), .symbol(_, let colour, _):
                #expect(!sectorColours.contains(colour.hex))
            case .emphasis(let emphasis, _):
                #expect(!sectorColours.contains(emphasis.colour.hex))
            case .nodeSize, .edgeWidth:
                break
            }
        }
        // The SVG: every stroke of a change edge.
        let svg = String(decoding: try MapRenderer.render(scene, as: .svg), as: UTF8.self)
        let document = try XMLDocument(data: Data(svg.utf8), options: [])
        let changeEdges = Self.groups(document, classes: ["gained"]) + Self.groups(document, classes: ["lost"])
        #expect(!changeEdges.isEmpty)
        for group in changeEdges {
            for path in Self.children(group, "path") {
                if let stroke = Self.attribute(path, "stroke") { #expect(!sectorColours.contains(stroke.uppercased())) }
            }
        }
    }

    @Test("the gaps map draws its brokers, fades its ties and puts the gaps in front")
    func gapsMap() throws {
        guard Fixtures.requireGraphviz() else { return }
        let atlas = try MapAtlases.oph.get()
        let scene = try DomainMap.gaps(atlas)
        let view = NetworkGraphView(atlas: atlas, ties: .both, weighting: .count, language: .fi)
        let brokers = brokerAnalysis(view, brokerLimit: 5)
        let expected = Set((brokers.brokers.map(\.organisation) + brokers.cutOrganisations.map(\.organisation))
            .map { "node-organisation-\(atlas.organisations[$0].id)" })
        #expect(!expected.isEmpty, "Data/oph has brokers")
        let svg = String(decoding: try MapRenderer.render(scene, as: .svg), as: UTF8.self)
        let document = try XMLDocument(data: Data(svg.utf8), options: [])
        let drawn = Set(Self.groups(document, classes: ["node", "broker"]).compactMap { Self.attribute($0, "id") })
        #expect(drawn == expected)
        // Document order: every gap after every tie, so the gaps are painted in front.
        let edges = Self.groups(document, classes: ["edge"]).map { Set(Self.attribute($0, "class")!.split(separator: " ")) }
        let lastTie = try #require(edges.lastIndex { $0.contains("tie") })
        let firstGap = try #require(edges.firstIndex { $0.contains("gap") })
        #expect(lastTie < firstGap)
        // Ties are faded: all one light grey.
        let tieStrokes = Set(Self.groups(document, classes: ["edge", "tie"]).flatMap { Self.children($0, "path") }
            .compactMap { Self.attribute($0, "stroke")?.uppercased() })
        #expect(tieStrokes == [DomainMap.contextTie.hex])
        #expect(!Set(SectorColours.hex).contains(DomainMap.gapColour.hex))
        #expect(!Set(SectorColours.hex).contains(DomainMap.brokerFill.hex))
        let text = Fixtures.allText(document)
        #expect(text.contains("Välittäjä: yhdistää muuten erillisiä verkostoja"))
        #expect(text.contains("5 välittäjää"))
    }

    @Test("the trend chart has the maps' sector colours, a title, the snapshot range and the source")
    func trendChart() throws {
        let full = try MapAtlases.ophFull.get()
        let days = [2022, 2023, 2024, 2025].map { Day(year: $0, month: 12, day: 31)! } + [MapAtlases.day]
        let svg = TrendChart.svg(trend(full, days: days), labels: ["2022", "2023", "2024", "2025", "2026"], atlas: full, language: .fi)
        let document = try XMLDocument(data: Data(svg.utf8), options: [])
        let series = Self.groups(document, classes: ["series"])
        var sectorLines = 0
        for group in series {
            let name = Self.attribute(group, "data-name") ?? ""
            guard let stroke = Self.children(group, "path").first.flatMap({ Self.attribute($0, "stroke") }) else { continue }
            if let sector = full.sectors.first(where: { $0.name.fi == name }) {
                sectorLines += 1
                #expect(stroke.uppercased() == SectorColours.hex(forSector: sector.id, in: full), "\(name)")
            } else {
                #expect(!SectorColours.hex.contains(stroke.uppercased()), "\(name) is not a sector but drawn in \(stroke)")
            }
        }
        #expect(sectorLines == full.sectors.count)
        let text = Fixtures.allText(document)
        #expect(text.contains("Verkostojen kehitys"))
        #expect(text.contains("5 tilannetta 31.12.2022–1.11.2026"))
        #expect(text.contains("Lähde: OPH:n kehittämisverkostot"))
    }
}
