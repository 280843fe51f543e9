import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import VerkostoModel
import VerkostoSupport
@testable import VerkostoRender

/// The change map on a hand-made Atlas whose changes between 2023-12-31 and 2025-12-31 are known.
@Suite struct DiffMapTests {
    static func period(_ since: String, _ until: String? = nil) -> Period {
        Period(since: Day(iso: since)!, until: until.map { Day(iso: $0)! })
    }

    /// A (s1) always; B (s2) ends 2024-06-30; C (s1) starts 2024-03-01; D (s2) lives only inside the
    /// interval; E starts after it. On 2023-12-31: A–B (o1 and o2, weight 2), A–E none. On 2025-12-31:
    /// A–C (o3, weight 1). A–F: F (s1) active on both days, tied to A by o4 and o5 on both days (kept).
    static let atlas: Atlas = {
        let networks: [(String, String, Period)] = [
            ("A", "s1", period("2020-01-01")), ("B", "s2", period("2020-01-01", "2024-06-30")),
            ("C", "s1", period("2024-03-01")), ("D", "s2", period("2024-02-01", "2024-10-31")),
            ("E", "s2", period("2026-01-01")), ("F", "s1", period("2020-01-01")),
        ]
        let memberships: [(String, String)] = [
            ("o1", "A"), ("o1", "B"), ("o2", "A"), ("o2", "B"), ("o3", "A"), ("o3", "C"), ("o3", "D"),
            ("o4", "A"), ("o4", "F"), ("o5", "A"), ("o5", "F"), ("o6", "E"),
        ]
        return Atlas(
            sectors: [Sector(id: "s1", name: LocalizedText(fi: "S1")), Sector(id: "s2", name: LocalizedText(fi: "S2"))],
            networks: networks.map {
                Network(id: $0.0, name: LocalizedText(fi: "Verkosto \($0.0)"), sector: $0.1, unit: "", goal: "",
                        operatingModel: "", period: $0.2)
            },
            organisations: (1...6).map { Organisation(id: "o\($0)", name: "O\($0)", kind: .school, municipality: "m1", language: .fi) },
            memberships: memberships.map { Membership(organisation: $0.0, network: $0.1, role: .member, period: period("2020-01-01")) })
    }()

    let scene: MapScene

    init() throws {
        scene = try DomainMap.diff(DiffMapTests.atlas, from: Day(iso: "2023-12-31")!, to: Day(iso: "2025-12-31")!)
    }

    @Test func nodesAreTheNetworksOfBothDaysMarked() {
        #expect(scene.nodes.map(\.id) == ["network-A", "network-B", "network-C", "network-F"])
        let marked = scene.nodes.filter { $0.classes.contains("new") || $0.classes.contains("ended") }
            .map { "\($0.id) \($0.classes.contains("new") ? "new" : "ended")" }
        #expect(marked == ["network-B ended", "network-C new"])
    }

    @Test func tiesGainedLostAndKept() {
        let edges = scene.edges.map { edge in
            "\(edge.id ?? "") \(["gained", "lost", "kept"].first { edge.classes.contains($0) } ?? "?") \(edge.style.rawValue)"
        }
        // A–C (weight 1) is drawn although it is below the default minimum of 2: it is new.
        #expect(edges == ["tie-A--B lost dashed", "tie-A--C gained solid", "tie-A--F kept solid"])
        let gained = scene.edges.first { $0.classes.contains("gained") }!, lost = scene.edges.first { $0.classes.contains("lost") }!
        #expect(gained.colour != lost.colour)
    }

    @Test func rendersAsWellFormedSVGWithOneLayout() throws {
        let svg = try DomainMap.renderScene(scene)
        let document = try XMLDocument(data: Data(svg), options: [])
        // Every network is placed once: one node group per network, so nothing can jump between days.
        let groups = try document.nodes(forXPath: "//*[local-name()='g'][contains(@class, 'network')]")
        #expect(groups.count == 4)
        let title = try document.nodes(forXPath: "//*[local-name()='text']").map { $0.stringValue ?? "" }
        #expect(title.contains { $0.contains("Verkostojen muutokset 31.12.2023–31.12.2025") })
    }

    @Test("hostile names stay escaped and ä/ö/å survive on the change map, at natural size and on every page",
          arguments: [MapSize.natural, .slide, .a4, .a4Landscape])
    func hostileAndNordicLetters(_ size: MapSize) throws {
        guard Fixtures.requireGraphviz() else { return }
        // Every network of the test Atlases starts in 2020: on the change map from 2019 all are new.
        let from = Day(iso: "2019-12-31")!
        for (atlas, names) in [(MapAtlases.hostile, [String]()), (MapAtlases.tiny(), ["Äänekosken päiväkotiverkosto", "Björnens skolnätverk"])] {
            let scene = try DomainMap.diff(atlas, from: from, to: MapAtlases.day, options: MapOptions(size: size, labels: .all))
            let svg = String(decoding: try MapRenderer.render(scene, as: .svg), as: UTF8.self)
            guard let document = Fixtures.parseXML(svg) else { return }
            #expect(!svg.lowercased().contains("<script"))
            #expect(!Fixtures.attributes(document).contains { $0.0.lowercased().hasPrefix("on") || $0.0.hasSuffix("href") })
            let text = Fixtures.allText(document)
            for name in names { #expect(text.contains(name), "\(name) on \(size.rawValue)") }
            if let frame = size.frame {
                let geometry = try SVGGeometry(svg)
                #expect(abs(geometry.viewBox.width - frame.width) < 0.01 && abs(geometry.viewBox.height - frame.height) < 0.01)
                let outside = geometry.outside()
                #expect(outside.points == 0, "\(size.rawValue)")
                // The right-to-left and emoji names are measured by characters; allow them a little.
                #expect(outside.texts.filter { !$0.contains("ש") && !$0.contains("🏫") }.isEmpty, "\(outside.texts.prefix(3))")
            }
        }
    }
}

extension DomainMap {
    /// The scene as SVG bytes, through Graphviz.
    static func renderScene(_ scene: MapScene) throws -> [UInt8] {
        try MapRenderer.render(scene, as: .svg)
    }
}
