import Foundation
import FoundationXML
import Testing
import VerkostoSupport
@testable import VerkostoRender

/// Shared scenes and checks for the render tests.
enum Fixtures {
    /// A small map with Finnish and Swedish labels, two clusters and a full legend.
    static func smallScene(layout: MapScene.Layout = .auto) -> MapScene {
        let sectors = ["Varhaiskasvatus", "Esi- ja perusopetus", "Lukiokoulutus", "Ammatillinen koulutus"]
        var nodes: [MapScene.Node] = []
        let names = ["Jyväskylän kaupunki", "Åbo Akademi", "Oulun yliopisto", "Hämeenlinnan lukio",
                     "Vaasan ammattiopisto", "Pietarsaaren koulutoimi", "Kärsämäen kunta", "Tampereen seudun varhaiskasvatus"]
        for (i, name) in names.enumerated() {
            nodes.append(.init(id: "org-\(i)", label: name, fill: Palette.category(i % 4),
                               shape: i % 3 == 0 ? .box : .ellipse, size: 0.6 + Double(i) * 0.1,
                               classes: ["sector-\(i % 4)"], cluster: i < 4 ? "north" : "south",
                               emphasis: i == 2 ? MapScene.Emphasis() : nil))
        }
        var edges: [MapScene.Edge] = []
        for i in 0..<names.count {
            edges.append(.init(from: "org-\(i)", to: "org-\((i + 1) % names.count)", width: 1 + Double(i % 3),
                               style: i % 2 == 0 ? .solid : .dashed, label: i == 0 ? "yhteishanke" : nil, classes: ["collab"]))
        }
        edges.append(.init(from: "org-0", to: "org-4", width: 3))
        return MapScene(
            title: "Johtamisen verkostot – yleiskuva",
            subtitle: "Tilanne 2026-11-01",
            source: "Lähde: Opetushallitus, kuvitteellinen aineisto",
            layout: layout,
            nodes: nodes, edges: edges,
            clusters: [.init(id: "north", label: "Pohjoinen alue", colour: Palette.category(4)),
                       .init(id: "south", label: "Eteläinen ryhmä", colour: Palette.category(5))],
            legend: .init(title: "Selite", sections: [
                .init(title: "Sektori", items: sectors.enumerated().map { .swatch(Palette.category($0.offset), label: $0.element) }),
                .init(title: "Jäsenmäärä", items: [.nodeSize(0.3, label: "5"), .nodeSize(0.6, label: "20")]),
                .init(title: "Yhteistyö", items: [.edgeWidth(1, label: "1 hanke"), .edgeWidth(4, label: "4 hanketta"),
                                                 .line(.dashed, .grey, label: "päättynyt"), .emphasis(.init(), label: "välittäjä")]),
            ]))
    }

    /// A random scene with `count` nodes and about `count * degree / 2` edges, from a fixed seed.
    static func randomScene(nodes count: Int, edges edgeCount: Int, clusters clusterCount: Int = 0, seed: UInt64 = 7,
                            layout: MapScene.Layout = .auto) -> MapScene {
        var rng = SplitMix64(seed: seed)
        let clusters = (0..<clusterCount).map { MapScene.Cluster(id: "c\($0)", label: "Ryhmä \($0)", colour: Palette.category($0)) }
        let nodes = (0..<count).map { i in
            MapScene.Node(id: "v\(i)", label: "Organisaatio \(i) äöå", fill: Palette.category(i % 7),
                          cluster: clusterCount > 0 ? "c\(i % clusterCount)" : nil)
        }
        var edges: [MapScene.Edge] = []
        for _ in 0..<edgeCount {
            let a = Int(rng.next() % UInt64(count)), b = Int(rng.next() % UInt64(count))
            if a != b { edges.append(.init(from: "v\(a)", to: "v\(b)", width: Double(1 + rng.next() % 3))) }
        }
        return MapScene(title: "Satunnainen verkosto", subtitle: "2026", source: "testi", layout: layout,
                        nodes: nodes, edges: edges, clusters: clusters,
                        legend: .init(title: "Selite", sections: [.init(title: "", items: [.swatch(Palette.category(0), label: "A")])]))
    }

    /// Parses `svg` as XML; records an issue and returns nil if it is not well-formed.
    static func parseXML(_ svg: String, sourceLocation: SourceLocation = #_sourceLocation) -> XMLDocument? {
        do {
            return try XMLDocument(data: Data(svg.utf8), options: [])
        } catch {
            Issue.record("SVG is not well-formed XML: \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// Every attribute (name, value) of every element in `document`.
    static func attributes(_ document: XMLDocument) -> [(String, String)] {
        var result: [(String, String)] = []
        func walk(_ node: XMLNode) {
            if let element = node as? XMLElement {
                for a in element.attributes ?? [] { result.append((a.name ?? "", a.stringValue ?? "")) }
            }
            for child in node.children ?? [] { walk(child) }
        }
        if let root = document.rootElement() { walk(root) }
        return result
    }

    /// The text of the `<text>` elements of `document` (what is drawn, without tooltips), one per line.
    static func drawnText(_ document: XMLDocument) -> String {
        var lines: [String] = []
        func walk(_ node: XMLNode) {
            if let element = node as? XMLElement, (element.localName ?? element.name) == "text" {
                lines.append(element.stringValue ?? "")
            }
            for child in node.children ?? [] { walk(child) }
        }
        if let root = document.rootElement() { walk(root) }
        return lines.joined(separator: "\n")
    }

    /// All text content of `document`, concatenated.
    static func allText(_ document: XMLDocument) -> String {
        document.rootElement()?.stringValue ?? ""
    }

    /// Fails with install instructions if Graphviz cannot render SVG in-process.
    static func requireGraphviz(sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        do {
            _ = try MapRenderer.render(MapScene(title: "probe", nodes: [.init(id: "a", label: "a")]), as: .svg)
            return true
        } catch {
            let message = "Graphviz is needed for this test but is not usable (\(error)). "
                + "Install it with `apt-get install libgraphviz-dev graphviz`."
            Issue.record("\(message)", sourceLocation: sourceLocation)
            return false
        }
    }
}
