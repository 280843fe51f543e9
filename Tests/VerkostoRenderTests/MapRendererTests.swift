import Foundation
import FoundationXML
import Testing
@testable import VerkostoRender

@Suite("MapRenderer")
struct MapRendererTests {
    @Test("renders a small scene to SVG with labels, captions and legend")
    func svgContent() throws {
        guard Fixtures.requireGraphviz() else { return }
        let svg = String(decoding: try MapRenderer.render(Fixtures.smallScene(), as: .svg), as: UTF8.self)
        let scratch = URL(fileURLWithPath: "/tmp/verkosto-render-small.svg")
        try? OutputFile.write(svg, to: scratch)
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
        try? OutputFile.write(bytes, to: URL(fileURLWithPath: "/tmp/verkosto-small.\(format.rawValue)"))
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
