import Foundation
import FoundationXML
import Testing
import VerkostoSupport
@testable import VerkostoRender

@Suite("MapRenderer")
struct MapRendererTests {
    @Test("renders a small scene to SVG with labels, captions and legend")
    func svgContent() throws {
        guard Fixtures.requireGraphviz() else { return }
        let svg = String(decoding: try MapRenderer.render(Fixtures.smallScene(), as: .svg), as: UTF8.self)
        let scratch = URL(fileURLWithPath: "/tmp/verkosto-render-small.svg")
        try? AtomicFile.write(svg, to: scratch)
        guard let doc = Fixtures.parseXML(svg) else { return }
        let text = Fixtures.allText(doc)
        for expected in ["Jyväskylän kaupunki", "Åbo Akademi", "Kärsämäen kunta", "Johtamisen verkostot – yleiskuva",
                         "Tilanne 2026-11-01", "Lähde: Opetushallitus", "Selite", "Esi- ja perusopetus", "välittäjä",
                         "Pohjoinen alue", "yhteishanke"] {
            #expect(text.contains(expected), "missing text \(expected)")
        }
        #expect(svg.contains("viewBox=\""))
        #expect(!svg.contains("<!--"))
        #expect(svg.contains("font-family=\"DejaVu Sans, Arial, sans-serif\""))
        let attributes = Fixtures.attributes(doc)
        #expect(attributes.contains { $0 == ("id", "node-org-0") })
        #expect(attributes.contains { $0.0 == "class" && $0.1.contains("sector-1") })
        #expect(attributes.contains { $0 == ("id", "legend") })
        #expect(attributes.contains { $0.0 == "class" && $0.1.contains("emphasis") })
    }
}

extension MapRendererTests {
    @Test("renders PNG, PDF, DOT and JSON", arguments: MapFormat.allCases)
    func formats(_ format: MapFormat) throws {
        guard Fixtures.requireGraphviz() else { return }
        let bytes = try MapRenderer.render(Fixtures.smallScene(), as: format)
        try? AtomicFile.write(bytes, to: URL(fileURLWithPath: "/tmp/verkosto-small.\(format.rawValue)"))
        switch format {
        case .png:
            #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            #expect(bytes.count > 2_000)
        case .pdf:
            #expect(bytes.starts(with: Array("%PDF".utf8)))
            #expect(bytes.count > 2_000)
        case .dot:
            let dot = String(decoding: bytes, as: UTF8.self)
            #expect(dot.hasPrefix("graph verkosto {"))
            #expect(dot.contains("Åbo Akademi"))
            #expect(dot.contains("pos="))
        case .json:
            let layout = try JSONDecoder().decode(MapLayout.self, from: Data(bytes))
            let scene = Fixtures.smallScene()
            #expect(layout.nodes.map(\.id) == scene.nodes.map(\.id))
            #expect(layout.edges.count == scene.edges.count)
            #expect(layout.edges.allSatisfy { $0.points.count >= 2 })
            #expect(layout.nodes.allSatisfy { $0.width > 0 && $0.height > 0 })
            let box = layout.boundingBox
            #expect(layout.nodes.allSatisfy { $0.x >= box.x && $0.x <= box.x + box.width && $0.y >= box.y && $0.y <= box.y + box.height })
        case .svg:
            #expect(bytes.starts(with: Array("<?xml".utf8)))
        }
    }
}

extension MapRendererTests {
    static let hostileLabels: [String] = [
        "<script>alert(1)</script>",
        "\"><svg onload=x>",
        "javascript:alert(1)",
        "\\N", "\\G", "\\L", "\\n and \\l", "trailing backslash \\",
        "{a|b}", "&amp;", "&foo; &#0; &#xFFFF;", "Tom & Jerry <b>",
        String(repeating: "Ä", count: 100_000),
        "Emoji 🎓👩‍🏫🇫🇮",
        "مدرسة الشبكة", "רשת חינוך",
        "nul\u{0}byte\u{1}\u{7}\u{1B}[31m\u{FFFE}",
        "line\nbreak\r\ttab",
        "'single' \"double\"",
        "]]><![CDATA[",
        "<!-- comment -->",
    ]

    /// A scene where every user string (labels, ids, classes, captions, legend) is hostile.
    static func hostileScene(_ layout: MapScene.Layout) -> MapScene {
        let labels = hostileLabels
        let nodes = labels.enumerated().map { i, text in
            MapScene.Node(id: text + "\(i)", label: text, classes: [text], cluster: i % 2 == 0 ? labels[0] : nil)
        }
        let edges = labels.indices.dropFirst().map { i in
            MapScene.Edge(from: nodes[i - 1].id, to: nodes[i].id, label: labels[i], classes: [labels[i]], id: labels[i])
        }
        return MapScene(title: labels[0], subtitle: labels[1], source: labels[2], kind: .directed, layout: layout,
                        nodes: nodes, edges: edges, clusters: [.init(id: labels[0], label: labels[1])],
                        legend: .init(title: labels[3], sections: [.init(title: labels[4], items: labels.map { .swatch(.grey, label: $0) })]))
    }

    @Test("hostile labels give escaped, well-formed SVG with no script or links", arguments: [MapScene.Layout.dot, .neato])
    func hostileLabels(_ layout: MapScene.Layout) throws {
        guard Fixtures.requireGraphviz() else { return }
        let scene = Self.hostileScene(layout)
        let svg = String(decoding: try MapRenderer.render(scene, as: .svg), as: UTF8.self)
        guard let doc = Fixtures.parseXML(svg) else { return }
        #expect(!svg.lowercased().contains("<script"))
        #expect(!svg.contains("<svg onload"))
        // "javascript:" occurs only where the data put it: as text, never in an attribute.
        #expect(svg.components(separatedBy: "javascript:").count - 1 == Self.javascriptTextCount(doc))
        for (name, value) in Fixtures.attributes(doc) {
            #expect(!name.lowercased().hasPrefix("on"), "event handler attribute \(name)")
            #expect(!name.lowercased().contains("href"), "link attribute \(name)")
            #expect(!value.lowercased().contains("javascript:"), "javascript: in attribute \(name)")
            if name == "id" || name == "class" {
                #expect(value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == " ") },
                        "unsanitised \(name)=\(value)")
            }
        }
        let text = Fixtures.allText(doc)
        // Graphviz escapes stay literal and markup arrives as text.
        #expect(text.contains("\\N"))
        #expect(text.contains("\\G"))
        #expect(text.contains("{a|b}"))
        #expect(text.contains("&amp;"))
        #expect(text.contains("<script>alert(1)</script>"))
        #expect(text.contains("Emoji 🎓"))
        #expect(text.contains("רשת חינוך"))
        // The long name is drawn shortened with an ellipsis; its tooltip (`<title>`) holds at most 300 characters.
        let drawn = Fixtures.drawnText(doc)
        #expect(drawn.contains(String(repeating: "Ä", count: 59) + "…"))
        #expect(!drawn.contains(String(repeating: "Ä", count: 61)))
        #expect(!text.contains(String(repeating: "Ä", count: 301)))
        // No internal node names or Graphviz comments leak.
        #expect(!svg.contains("<!--"))
    }

    static func javascriptTextCount(_ doc: XMLDocument) -> Int {
        Fixtures.allText(doc).components(separatedBy: "javascript:").count - 1
    }

    @Test("the SVG of the brief's hostile labels contains no script and no javascript:")
    func briefHostileList() throws {
        guard Fixtures.requireGraphviz() else { return }
        let labels = ["<script>alert(1)</script>", "\"><svg onload=x>", "\\N", "\\G", "trailing \\", "{a|b}", "&amp;",
                      String(repeating: "x", count: 100_000), "😀🎓", "שלום עולם"]
        let nodes = labels.enumerated().map { MapScene.Node(id: $0.element, label: $0.element, classes: [$0.element]) }
        let edges = zip(labels, labels.dropFirst()).map { MapScene.Edge(from: $0.0, to: $0.1, label: $0.1) }
        let scene = MapScene(title: labels[0], subtitle: labels[1], source: labels[6], nodes: nodes, edges: edges,
                             legend: .init(title: labels[5], sections: [.init(title: labels[2], items: [.swatch(.grey, label: labels[0])])]))
        let svg = String(decoding: try MapRenderer.render(scene, as: .svg), as: UTF8.self)
        #expect(Fixtures.parseXML(svg) != nil)
        #expect(!svg.lowercased().contains("<script"))
        #expect(!svg.lowercased().contains("javascript:"))
    }

    @Test("hostile labels also render to PNG, PDF, DOT and JSON")
    func hostileOtherFormats() throws {
        guard Fixtures.requireGraphviz() else { return }
        let scene = Self.hostileScene(.auto)
        for format in [MapFormat.png, .pdf, .dot, .json] {
            #expect(try MapRenderer.render(scene, as: format).count > 100)
        }
        let dot = String(decoding: try MapRenderer.render(scene, as: .dot), as: UTF8.self)
        #expect(dot.contains("\\\\N"), "backslashes are doubled in DOT")
        #expect(!dot.contains("\u{0}"))
    }

    @Test("concurrent renders from many tasks do not crash and agree")
    func concurrentRenders() async throws {
        guard Fixtures.requireGraphviz() else { return }
        let scene = Fixtures.smallScene()
        let reference = try MapRenderer.render(scene, as: .svg)
        let results = try await withThrowingTaskGroup(of: [[UInt8]].self) { group in
            for task in 0..<8 {
                group.addTask {
                    var out: [[UInt8]] = []
                    for round in 0..<4 {
                        let format: MapFormat = [.svg, .png, .dot, .json][(task + round) % 4]
                        let bytes = try MapRenderer.render(scene, as: format)
                        if format == .svg { out.append(bytes) }
                        _ = try MapRenderer.graphSource(scene)
                    }
                    return out
                }
            }
            var all: [[UInt8]] = []
            for try await r in group { all += r }
            return all
        }
        #expect(results.count == 8)  // each task renders SVG exactly once
        #expect(results.allSatisfy { $0 == reference }, "concurrent renders differ from a serial one")
    }

    @Test("the same scene gives identical SVG bytes", arguments: [MapScene.Layout.dot, .neato, .sfdp, .circo, .twopi, .auto])
    func deterministic(_ layout: MapScene.Layout) throws {
        guard Fixtures.requireGraphviz() else { return }
        let scene = Fixtures.randomScene(nodes: 40, edges: 80, clusters: 3, layout: layout)
        let first = String(decoding: try MapRenderer.render(scene, as: .svg), as: UTF8.self)
        _ = try MapRenderer.render(Fixtures.randomScene(nodes: 30, edges: 50, seed: 9, layout: layout), as: .svg)
        let second = String(decoding: try MapRenderer.render(scene, as: .svg), as: UTF8.self)
        #expect(first == second, "layout \(layout) is not deterministic")
    }

    @Test("a 2,000-node scene renders with auto layout to a usable SVG")
    func largeScene() throws {
        guard Fixtures.requireGraphviz() else { return }
        let scene = Fixtures.randomScene(nodes: 2_000, edges: 3_000, layout: .auto)
        #expect(MapScene.Layout.auto.resolved(nodeCount: 2_000, hasClusters: false) == .sfdp)
        let svg = String(decoding: try MapRenderer.render(scene, as: .svg), as: UTF8.self)
        guard let doc = Fixtures.parseXML(svg) else { return }
        let ids = Set(Fixtures.attributes(doc).filter { $0.0 == "id" }.map(\.1))
        #expect(ids.contains("node-v0") && ids.contains("node-v1999"))
        #expect(svg.contains("viewBox=\""))
        // Scaled down to the default 40-inch limit.
        let widthText = try doc.nodes(forXPath: "/*/@width").first?.stringValue ?? ""
        #expect((Double(widthText.replacingOccurrences(of: "pt", with: "")) ?? .infinity) <= 40 * 72 + 1, "width \(widthText)")
        let layout = try JSONDecoder().decode(MapLayout.self, from: Data(try MapRenderer.render(scene, as: .json)))
        #expect(layout.engine == "sfdp")
        // Overlap removal: no two node centres coincide.
        let centres = Set(layout.nodes.map { "\(Int($0.x)),\(Int($0.y))" })
        #expect(centres.count == layout.nodes.count)
    }

    @Test("scene errors are reported with the offending id")
    func sceneErrors() {
        let a = MapScene.Node(id: "a", label: "A")
        #expect(throws: RenderError.duplicateNode("a")) {
            try MapRenderer.render(MapScene(title: "t", nodes: [a, a]), as: .svg)
        }
        #expect(throws: RenderError.unknownNode(edge: 0, id: "b")) {
            try MapRenderer.render(MapScene(title: "t", nodes: [a], edges: [.init(from: "a", to: "b")]), as: .svg)
        }
        #expect(throws: RenderError.unknownCluster(node: "a", cluster: "x")) {
            try MapRenderer.render(MapScene(title: "t", nodes: [.init(id: "a", label: "A", cluster: "x")]), as: .svg)
        }
    }

    @Test("writes files atomically and names a missing folder")
    func writeFiles() throws {
        guard Fixtures.requireGraphviz() else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verkosto-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let scene = Fixtures.smallScene()
        for ext in ["svg", "png", "pdf", "dot", "json"] {
            try MapRenderer.write(scene, to: folder.appendingPathComponent("map.\(ext)"))
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["map.dot", "map.json", "map.pdf", "map.png", "map.svg"])
        let missing = folder.appendingPathComponent("no-such-folder/map.svg")
        #expect(throws: OutputError(path: missing.path, reason: .missingFolder(missing.deletingLastPathComponent().path))) {
            try MapRenderer.write(scene, to: missing)
        }
        #expect(throws: RenderError.unknownFormat("gif")) {
            try MapRenderer.write(scene, to: folder.appendingPathComponent("map.gif"))
        }
    }

    @Test("maxWidth scales a large drawing down and keeps the viewBox")
    func maxWidth() throws {
        guard Fixtures.requireGraphviz() else { return }
        var scene = Fixtures.smallScene()
        scene.style.maxWidth = 4
        let svg = String(decoding: try MapRenderer.render(scene, as: .svg), as: UTF8.self)
        guard let doc = Fixtures.parseXML(svg) else { return }
        let widthText = try doc.nodes(forXPath: "/*/@width").first?.stringValue ?? ""
        let width = Double(widthText.replacingOccurrences(of: "pt", with: "")) ?? .infinity
        #expect(width <= 4 * 72 + 1, "width \(widthText)")
        #expect(try doc.nodes(forXPath: "/*/@viewBox").count == 1)
    }

    @Test("graph source is cgraph's DOT of the graph without captions")
    func graphSource() throws {
        let dot = try MapRenderer.graphSource(Fixtures.smallScene())
        #expect(dot.hasPrefix("graph verkosto {"))
        #expect(dot.contains("subgraph cluster_0"))
        #expect(dot.contains("Jyväskylän kaupunki"))
        #expect(!dot.contains("Selite"))
        #expect(!dot.contains("pos="))
    }
}
