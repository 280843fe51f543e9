import Foundation
import FoundationXML
import Testing
import VerkostoAnalysis
import VerkostoModel
import VerkostoStore
import VerkostoSupport
@testable import VerkostoRender

@Suite("Domain maps")
struct DomainMapTests {
    static func network(for kind: MapKind, tiny: Bool) -> String? {
        kind == .ego ? (tiny ? "bjorn" : "johtamisen-oppiva-yhteiso") : nil
    }

    static func svg(_ kind: MapKind, _ atlas: Atlas, network: String? = nil, options: MapOptions = MapOptions()) throws -> String {
        String(decoding: try DomainMap.render(kind, atlas: atlas, network: network, options: options, format: .svg), as: UTF8.self)
    }

    /// Texts each map must show for the OPH data in Finnish (wrapped labels are checked word by word).
    static let ophTexts: [MapKind: [String]] = [
        .overview: ["OPH:n kehittämisverkostot", "yhteisö", "Varhaiskasvatus", "Jäsenorganisaatioita"],
        .ego: ["Johtamisen oppiva yhteisö: jäsenet ja yhteydet", "Organisaation tyyppi", "Koordinaattori"],
        .directions: ["Verkostot ja kehittämissuunnat", "Johtamisosaaminen", "Pääsuunta"],
        .sectors: ["Sektorien väliset yhteydet", "Ammatillinen", "Sektorirajat ylittäviä yhteyksiä"],
        .gaps: ["Yhteistyön aukot ja välittäjät", "Sama kehittämissuunta, ei yhteyttä"],
        .coverage: ["Johtamisverkostojen kattavuus maakunnittain", "Päijät-Häme", "Koko maa", "Maaseutumaiset"],
        .heatmap: ["Verkostojen päällekkäisyys", "Johtamisen oppiva yhteisö", "Sektorirajat ylittävä"],
    ]

    @Test("every map kind renders Data/oph as well-formed SVG with title, date, legend, source and ä/ö/å labels",
          arguments: MapKind.allCases)
    func ophMaps(_ kind: MapKind) throws {
        guard Fixtures.requireGraphviz() else { return }
        let atlas = try MapAtlases.oph.get()
        let svg = try Self.svg(kind, atlas, network: Self.network(for: kind, tiny: false))
        try? AtomicFile.write(svg, to: URL(fileURLWithPath: "/tmp/verkosto-map-\(kind.rawValue).svg"))
        guard let document = Fixtures.parseXML(svg) else { return }
        let text = Fixtures.allText(document)
        for expected in Self.ophTexts[kind]! + ["Tilanne 1.11.2026", "Selite", "Lähde: OPH:n kehittämisverkostot"] {
            #expect(text.contains(expected), "\(kind): missing \(expected)")
        }
        let attributes = Fixtures.attributes(document)
        switch kind {
        case .overview, .gaps:
            #expect(attributes.contains { $0 == ("id", "node-network-johtamisen-oppiva-yhteiso") })
            #expect(attributes.contains { $0.0 == "class" && $0.1.contains("network sector-cross-sector") })
            #expect(attributes.filter { $0.0 == "class" && $0.1.hasPrefix("node network") }.count == atlas.networks.count)
        case .heatmap:
            #expect(attributes.contains { $0 == ("id", "row-johtamisen-oppiva-yhteiso") })
        case .coverage:
            #expect(attributes.contains { $0 == ("id", "coverage-all") })
        default:
            break
        }
    }

    @Test("every map kind renders a tiny hand-made Atlas", arguments: MapKind.allCases)
    func tinyMaps(_ kind: MapKind) throws {
        guard Fixtures.requireGraphviz() else { return }
        let svg = try Self.svg(kind, MapAtlases.tiny(), network: Self.network(for: kind, tiny: true))
        guard let document = Fixtures.parseXML(svg) else { return }
        let text = Fixtures.allText(document)
        #expect(text.contains("Selite"))
        #expect(text.contains("Lähde: Pieni testiaineisto"))
        #expect(text.contains("Tilanne 1.11.2026"))
        if kind != .coverage && kind != .sectors {
            #expect(text.contains("Björnens"), "\(kind): missing a network label")
        }
    }

    @Test("overview and gaps of the tiny Atlas match the hand counts")
    func tinyOverviewCounts() throws {
        let atlas = MapAtlases.tiny()
        let overview = try DomainMap.overview(atlas)
        #expect(Set(overview.edges.compactMap(\.id)) == ["tie-aalto--bjorn", "tie-bjorn--cera"])
        #expect(overview.nodes.map(\.id) == ["network-aalto", "network-bjorn", "network-cera"])
        #expect(overview.nodes.first { $0.id == "network-bjorn" }!.classes == ["network", "sector-basic"])
        #expect(overview.edges.first { $0.id == "tie-bjorn--cera" }!.classes == ["tie", "end-bjorn", "end-cera", "shared-members", "collaboration"])
        // With --min 3 both ties (weight 2) are hidden.
        #expect(try DomainMap.overview(atlas, options: MapOptions(minimum: 3)).edges.isEmpty)
        let gaps = try DomainMap.gaps(atlas)
        let gapEdges = gaps.edges.filter { $0.classes.contains("gap") }
        #expect(gapEdges.map(\.id) == ["gap-aalto--cera"])
        #expect(gapEdges.first?.style == .dashed)
    }

    @Test("gaps highlights a network that hangs on one organisation, and that organisation")
    func brokers() throws {
        // Without the bjorn–cera collaboration, cera's only tie runs through o3 (in bjorn and cera):
        // cera hangs on o3, and removing o3 cuts cera off.
        let t = MapAtlases.tiny()
        let atlas = Atlas(metadata: t.metadata, sectors: t.sectors, directions: t.directions, regions: t.regions,
                          municipalities: t.municipalities, networks: t.networks, organisations: t.organisations,
                          memberships: t.memberships, networkDirections: t.networkDirections, collaborations: [])
            .at(MapAtlases.day)
        let scene = try DomainMap.gaps(atlas)
        let cera = try #require(scene.nodes.first { $0.id == "network-cera" })
        #expect(cera.emphasis != nil)
        #expect(cera.classes.contains("hanging"))
        let broker = try #require(scene.nodes.first { $0.id == "organisation-o3" })
        #expect(broker.shape == .diamond)
        #expect(Set(scene.edges.filter { $0.from == "organisation-o3" }.map(\.to)) == ["network-bjorn", "network-cera"])
        #expect(scene.nodes.filter { $0.emphasis != nil && $0.classes.contains("network") }.map(\.id) == ["network-cera"])
        // o3 is the only link: a broker, outlined as the one whose departure cuts cera off.
        #expect(broker.classes.contains("broker") && broker.classes.contains("cut") && broker.emphasis != nil)
    }

    @Test("ego, directions and sectors of the tiny Atlas match the hand counts")
    func tinyOtherCounts() throws {
        let atlas = MapAtlases.tiny()
        let ego = try DomainMap.ego(atlas, network: "bjorn")
        #expect(Set(ego.nodes.map(\.id)) == ["network-bjorn", "network-aalto", "network-cera",
                                            "organisation-o1", "organisation-o2", "organisation-o3"])
        // o1 and o2 are also in aalto, o3 also in cera: 3 memberships in bjorn + 3 elsewhere.
        #expect(ego.edges.count == 6)
        #expect(ego.nodes.first { $0.id == "organisation-o3" }!.classes.contains("coordinator"))
        #expect(ego.nodes.first { $0.id == "network-aalto" }!.label.contains("2 yhteistä"))

        let directions = DomainMap.directions(atlas)
        #expect(directions.edges.count == 3)
        #expect(Set(directions.nodes.filter { $0.classes.contains("direction") }.map(\.id)) == ["direction-leadership", "direction-wellbeing"])

        let sectors = DomainMap.sectors(atlas)
        #expect(sectors.edges.map(\.label) == ["1"])
        #expect(sectors.nodes.first { $0.id == "sector-basic" }!.label.contains("1 sisäistä yhteyttä"))
        #expect(sectors.subtitle?.contains("50 %") == true)
    }

    @Test("heatmap cells of the tiny Atlas match the hand counts")
    func tinyGridCounts() throws {

        let heatmap = DomainMap.heatmap(MapAtlases.tiny())
        #expect(heatmap.components(separatedBy: "class=\"cell tie\"").count - 1 == 4)
        #expect(heatmap.components(separatedBy: "class=\"cell diagonal\"").count - 1 == 3)
        #expect(heatmap.contains("id=\"cell-aalto--bjorn\""))
        #expect(!heatmap.contains("id=\"cell-aalto--cera\""))
    }

    @Test("labels follow --lang", arguments: [(Language.en, "Legend", "Aalto ECEC network"), (.sv, "Teckenförklaring", "Björnens")])
    func languages(_ language: Language, legend: String, label: String) throws {
        guard Fixtures.requireGraphviz() else { return }
        for kind in [MapKind.overview, .heatmap, .coverage] {
            let svg = try Self.svg(kind, MapAtlases.tiny(), options: MapOptions(language: language))
            guard let document = Fixtures.parseXML(svg) else { return }
            let text = Fixtures.allText(document)
            #expect(text.contains(legend), "\(kind) \(language)")
            if kind != .coverage { #expect(text.contains(label), "\(kind) \(language)") }
        }
    }

    @Test("hostile names give escaped, well-formed SVG without script", arguments: MapKind.allCases)
    func hostileNames(_ kind: MapKind) throws {
        guard Fixtures.requireGraphviz() else { return }
        let atlas = MapAtlases.hostile
        let network = kind == .ego ? "cera" : nil
        let svg = try Self.svg(kind, atlas, network: network)
        guard let document = Fixtures.parseXML(svg) else { return }
        #expect(!svg.lowercased().contains("<script"))
        #expect(!svg.lowercased().contains("javascript:"))
        #expect(svg.utf8.count < 2_000_000, "the 100,000-character name must be shortened")
        let attributes = Fixtures.attributes(document)
        #expect(!attributes.contains { $0.0.lowercased().hasPrefix("on") }, "an event-handler attribute got in")
        #expect(!attributes.contains { $0.0 == "href" || $0.0.hasSuffix(":href") })
        var elements: [String] = []
        func walk(_ node: XMLNode) {
            if let element = node as? XMLElement { elements.append(element.name ?? "") }
            for child in node.children ?? [] { walk(child) }
        }
        if let root = document.rootElement() { walk(root) }
        #expect(!elements.contains { $0.lowercased() == "script" || $0.lowercased() == "foreignobject" })
        let text = Fixtures.allText(document)
        if kind != .coverage && kind != .sectors && kind != .ego {
            // The markup shows as text.
            #expect(text.contains("<script>alert(1)</script>") || text.contains("<script>alert(1)</"), "\(kind)")
        }
        if kind == .ego {
            #expect(text.contains("🏫"))
            #expect(text.contains("עברית"))
        }
    }

    @Test("concurrent renders of domain maps from several tasks")
    func concurrentRenders() async throws {
        guard Fixtures.requireGraphviz() else { return }
        let atlas = try MapAtlases.oph.get()
        let tiny = MapAtlases.tiny()
        let kinds = MapKind.allCases
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0..<12 {
                let kind = kinds[i % kinds.count]
                let source = i % 2 == 0 ? tiny : atlas
                let network = kind == .ego ? (i % 2 == 0 ? "bjorn" : "johtamisen-oppiva-yhteiso") : nil
                group.addTask {
                    let bytes = try DomainMap.render(kind, atlas: source, network: network, format: .svg)
                    return (try? XMLDocument(data: Data(bytes), options: [])) == nil ? 0 : 1
                }
            }
            var total = 0
            for try await ok in group { total += ok }
            return total
        }
        #expect(results == 12)
    }

    @Test("a 2,000-network overview renders with --layout auto")
    func largeOverview() throws {
        guard Fixtures.requireGraphviz() else { return }
        let atlas = Generator(networks: 2000, organisations: 6000, seed: 11).generate().at(MapAtlases.day)
        let scene = try DomainMap.overview(atlas)
        #expect(scene.nodes.count == atlas.networks.count)
        #expect(atlas.networks.count > 1000)
        #expect(scene.layout.resolved(nodeCount: scene.nodes.count, hasClusters: false) == .sfdp)
        let svg = String(decoding: try MapRenderer.render(scene, as: .svg), as: UTF8.self)
        try? AtomicFile.write(svg, to: URL(fileURLWithPath: "/tmp/verkosto-map-2000.svg"))
        guard let document = Fixtures.parseXML(svg) else { return }
        let attributes = Fixtures.attributes(document)
        #expect(attributes.filter { $0.0 == "class" && $0.1.hasPrefix("node network") }.count == atlas.networks.count)
        // A usable drawing: a finite, non-degenerate view box.
        let box = attributes.first { $0.0 == "viewBox" }?.1.split(separator: " ").compactMap { Double($0) } ?? []
        #expect(box.count == 4 && box[2] > 500 && box[3] > 500 && box.allSatisfy(\.isFinite))
    }

    @Test("errors: unknown ego network, missing id, SVG-only maps in other formats, wrong grouping")
    func errors() throws {
        let atlas = MapAtlases.tiny()
        #expect(throws: MapError.unknownNetwork("ei-ole")) { try DomainMap.scene(.ego, atlas: atlas, network: "ei-ole") }
        #expect(throws: MapError.missingNetwork(.ego)) { try DomainMap.scene(.ego, atlas: atlas) }
        #expect(throws: MapError.unexpectedNetwork(.overview, "bjorn")) { try DomainMap.scene(.overview, atlas: atlas, network: "bjorn") }
        #expect(throws: MapError.svgOnly(.heatmap, .png)) { try DomainMap.render(.heatmap, atlas: atlas, format: .png) }
        #expect(throws: MapError.grouping(.overview, .kind)) { try DomainMap.overview(atlas, options: MapOptions(groupBy: .kind)) }
        #expect(MapError.unknownNetwork("ei-ole").description.contains("\"ei-ole\""))
        let missing = URL(fileURLWithPath: "/tmp/verkosto-no-such-folder-\(UUID().uuidString)/x.svg")
        #expect(throws: OutputError(path: missing.path, reason: .missingFolder(missing.deletingLastPathComponent().path))) {
            try DomainMap.write(.overview, atlas: atlas, to: missing)
        }
    }

    @Test("U+2028 in a label becomes a Graphviz line break; everything else stays escaped")
    func labelLines() {
        #expect(LabelText.graphviz("a\u{2028}b") == "a\\nb")
        #expect(LabelText.graphviz("a\\\u{2028}\\N") == "a\\\\\\n\\\\N")
        #expect(LabelText.wrapped("Johtamisen oppiva yhteisö", width: 12) == "Johtamisen\u{2028}oppiva\u{2028}yhteisö")
        #expect(LabelText.graphviz("1\u{2028}2\u{2028}3", maxLines: 2) == "1\\n2 3")
    }
}
