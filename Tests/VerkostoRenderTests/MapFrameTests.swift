import Foundation
import FoundationXML
import Testing
import VerkostoModel
import VerkostoSupport
@testable import VerkostoRender

/// Maps laid out for a page: slide and A4 sizes, the smallest text, frame bounds, names left out.
@Suite("Maps on a page")
struct MapFrameTests {
    static let sizes: [MapSize] = [.slide, .a4, .a4Landscape]

    /// Every map on a page, drawn from Data/oph: the Graphviz maps, the grids and the change map.
    static func svg(_ kind: String, size: MapSize, atlas: Atlas, full: Atlas, labels: LabelDensity = .auto,
                    language: Language = .fi) throws -> String {
        let options = MapOptions(language: language, size: size, labels: labels)
        if kind == "diff" {
            let scene = try DomainMap.diff(full, from: Day(year: 2022, month: 12, day: 31)!, to: MapAtlases.day, options: options)
            return String(decoding: try MapRenderer.render(scene, as: .svg), as: UTF8.self)
        }
        var options2 = options
        options2.geo = kind.hasSuffix("-geo")
        let mapKind = MapKind(rawValue: kind.replacingOccurrences(of: "-geo", with: ""))!
        let network = mapKind == .ego ? "johtamisen-oppiva-yhteiso" : nil
        return String(decoding: try DomainMap.render(mapKind, atlas: atlas, network: network, options: options2, format: .svg),
                      as: UTF8.self)
    }

    static let kinds = MapKind.allCases.map(\.rawValue) + ["diff", "coverage-geo", "ego-geo"]

    @Test("on a slide shown 1,920 px wide no text is smaller than 14 px", arguments: kinds)
    func smallestTextOnSlide(_ kind: String) throws {
        guard Fixtures.requireGraphviz() else { return }
        let svg = try Self.svg(kind, size: .slide, atlas: try MapAtlases.oph.get(), full: try MapAtlases.ophFull.get())
        let geometry = try SVGGeometry(svg)
        let smallest = try #require(geometry.smallestText(pixelWidth: 1920))
        #expect(smallest.size >= 14 - 0.01, "\(kind): \"\(smallest.content)\" is \(smallest.size) px at 1920 px")
        #expect(geometry.texts.count > 10)
    }

    @Test("a page is exactly the page, and the title, legend, drawing and source stay inside it",
          arguments: kinds, sizes)
    func frameBounds(_ kind: String, _ size: MapSize) throws {
        guard Fixtures.requireGraphviz() else { return }
        let frame = try #require(size.frame)
        let svg = try Self.svg(kind, size: size, atlas: try MapAtlases.oph.get(), full: try MapAtlases.ophFull.get())
        let geometry = try SVGGeometry(svg)
        #expect(abs(geometry.viewBox.width - frame.width) < 0.01 && abs(geometry.viewBox.height - frame.height) < 0.01,
                "\(kind): view box \(geometry.viewBox)")
        #expect(Double(geometry.width.replacingOccurrences(of: "pt", with: "")).map { abs($0 - frame.width) < 1 } == true)
        let outside = geometry.outside()
        #expect(outside.texts.isEmpty, "\(kind) on \(size.rawValue): text outside the page: \(outside.texts.prefix(5))")
        #expect(outside.points == 0, "\(kind) on \(size.rawValue): \(outside.points) shape points outside the page")
        // Every text at least the page's smallest size (7 pt), in page units.
        let smallest = try #require(geometry.texts.min { $0.size < $1.size })
        #expect(smallest.size >= frame.minimumFontSize - 0.01, "\(kind): \"\(smallest.content)\" at \(smallest.size) pt")
        let text = Fixtures.allText(try XMLDocument(data: Data(svg.utf8), options: []))
        #expect(text.contains("Lähde: OPH:n kehittämisverkostot"), "\(kind): no source line")
    }

    @Test("the slide overview names the largest networks, leaves out the lightest first, and keeps every name as a tooltip")
    func namesOnSlide() throws {
        guard Fixtures.requireGraphviz() else { return }
        let atlas = try MapAtlases.oph.get()
        let svg = try Self.svg("overview", size: .slide, atlas: atlas, full: try MapAtlases.ophFull.get())
        let document = try XMLDocument(data: Data(svg.utf8), options: [])
        let all = Fixtures.allText(document)
        let members = MapGeometryTests.members(atlas)
        let byMembers = atlas.networks.sorted { (members[$0.id] ?? 0, $1.id) > (members[$1.id] ?? 0, $0.id) }
        /// The networks whose node group holds drawn text (its name).
        func namedIDs(_ document: XMLDocument) -> Set<String> {
            Set(MapGeometryTests.groups(document, classes: ["node", "network"]).filter { !MapGeometryTests.children($0, "text").isEmpty }
                .compactMap { MapGeometryTests.attribute($0, "id")?.replacingOccurrences(of: "node-network-", with: "") })
        }
        let namedSet = namedIDs(document)
        func named(_ network: Network) -> Bool { namedSet.contains(network.id) }
        let namedNetworks = byMembers.filter(named)
        #expect(namedNetworks.count >= 15, "only \(namedNetworks.count) names on the slide")
        // The largest is named, the smallest (the Sámi network, 11 members) is not: lightest first.
        #expect(named(byMembers.first!))
        #expect(!named(byMembers.last!))
        // No named network has fewer members than an unnamed one (ties aside).
        let fewestNamed = namedNetworks.map { members[$0.id] ?? 0 }.min() ?? 0
        let mostUnnamed = byMembers.filter { !named($0) }.map { members[$0.id] ?? 0 }.max() ?? 0
        #expect(fewestNamed >= mostUnnamed)
        // Every network's full name is in the SVG as its node's tooltip.
        for network in atlas.networks { #expect(all.contains(network.name.fi), "\(network.id) has no tooltip") }
        // --labels all names every network.
        let everything = namedIDs(try XMLDocument(data: Data(try Self.svg("overview", size: .slide, atlas: atlas, full: atlas,
                                                                         labels: .all).utf8), options: []))
        #expect(everything == Set(atlas.networks.map(\.id)))
    }

    @Test("PNG at a pixel width, PDF at the page size, from the same layout")
    func rasterAndPDF() throws {
        guard Fixtures.requireGraphviz() else { return }
        let atlas = try MapAtlases.oph.get()
        let png = try DomainMap.render(.overview, atlas: atlas, options: MapOptions(size: .slide, pixelWidth: 1920), format: .png)
        // PNG: the IHDR chunk holds width and height as big-endian 32-bit integers at bytes 16–23.
        func integer(_ bytes: [UInt8], at offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(integer(png, at: 16) == 1920 && integer(png, at: 20) == 1080)
        let natural = try DomainMap.render(.overview, atlas: atlas, options: MapOptions(pixelWidth: 1200), format: .png)
        #expect(integer(natural, at: 16) == 1200)
        let pdf = String(decoding: try DomainMap.render(.overview, atlas: atlas, options: MapOptions(size: .a4), format: .pdf),
                         as: UTF8.self)
        // cairo writes the page size as the MediaBox: 595.28 × 841.89 pt, rounded.
        let box = try #require(pdf.range(of: "/MediaBox [ 0 0 ").map { pdf[$0.upperBound...].prefix(20) })
        let numbers = box.split(separator: " ").prefix(2).compactMap { Double($0) }
        #expect(numbers.count == 2 && abs(numbers[0] - 595.28) < 1 && abs(numbers[1] - 841.89) < 1, "MediaBox \(box)")
    }

    @Test("hostile names stay escaped and inside the page on every size", arguments: MapKind.allCases, sizes)
    func hostileOnPages(_ kind: MapKind, _ size: MapSize) throws {
        guard Fixtures.requireGraphviz() else { return }
        let atlas = MapAtlases.hostile
        let svg = String(decoding: try DomainMap.render(kind, atlas: atlas, network: kind == .ego ? "cera" : nil,
                                                        options: MapOptions(size: size), format: .svg), as: UTF8.self)
        guard let document = Fixtures.parseXML(svg) else { return }
        #expect(!svg.lowercased().contains("<script"))
        #expect(!Fixtures.attributes(document).contains { $0.0.lowercased().hasPrefix("on") || $0.0.hasSuffix("href") })
        #expect(svg.utf8.count < 2_000_000)
        let geometry = try SVGGeometry(svg)
        let outside = geometry.outside()
        // The right-to-left and emoji names are measured by characters; allow them a little.
        #expect(outside.points == 0, "\(kind) on \(size.rawValue)")
        #expect(outside.texts.filter { !$0.contains("ש") && !$0.contains("🏫") }.isEmpty,
                "\(kind) on \(size.rawValue): \(outside.texts.prefix(3))")
    }

    @Test("ä, ö and å survive on every size and language", arguments: sizes, [Language.fi, .sv])
    func nordicLetters(_ size: MapSize, _ language: Language) throws {
        guard Fixtures.requireGraphviz() else { return }
        let atlas = MapAtlases.tiny()
        for kind in MapKind.allCases {
            let svg = String(decoding: try DomainMap.render(kind, atlas: atlas, network: kind == .ego ? "bjorn" : nil,
                                                            options: MapOptions(language: language, size: size), format: .svg),
                             as: UTF8.self)
            guard let document = Fixtures.parseXML(svg) else { return }
            let text = Fixtures.allText(document)
            let expected = language == .sv ? "Läget" : kind == .coverage ? "järjestetty" : kind == .sectors ? "Sektorien väliset" : "Äänekosken"
            #expect(text.contains(expected), "\(kind)")
            if kind != .coverage && kind != .sectors { #expect(text.contains("Björnens"), "\(kind)") }
        }
    }
}

@Suite("Page geometry")
struct MapFrameGeometryTests {
    @Test("largest scale: boxes spanning at most the length, worked by hand")
    func largestScale() {
        // Centres 0 and 100, half-widths 10: span(s) = 100 s + 20 ≤ 220 ⇔ s ≤ 2.
        let s = MapFrame.largestScale(centres: [0, 100], below: [10, 10], above: [10, 10], length: 220, limit: 5)
        #expect(abs(s - 2) < 1e-6)
        // A limit below the answer is the answer.
        #expect(MapFrame.largestScale(centres: [0, 100], below: [10, 10], above: [10, 10], length: 220, limit: 1.5) == 1.5)
        // Boxes wider than the length never fit: 0.
        #expect(MapFrame.largestScale(centres: [0, 100], below: [60, 60], above: [60, 60], length: 100, limit: 5) == 0)
        // A big box at the far end: span(s) = max(0 + 5, 100 s + 50) − min(0 − 5, 100 s − 50); for
        // s ≥ 0.45 that is 100 s + 55, ≤ 155 ⇔ s ≤ 1.
        let t = MapFrame.largestScale(centres: [0, 100], below: [5, 50], above: [5, 50], length: 155, limit: 5)
        #expect(abs(t - 1) < 1e-6)
    }

    @Test("fit keeps a geographic drawing's aspect and centres it")
    func fit() {
        let area = MapFrame.Rect(x: 0, y: 0, width: 400, height: 200)
        // Two points 100 apart horizontally and 100 vertically, zero-sized boxes.
        let boxes = [(x: 0.0, y: 0.0, width: 0.0, height: 0.0), (x: 100.0, y: 100.0, width: 0.0, height: 0.0)]
        let kept = MapFrame.fit(boxes, into: area, keepAspect: true, limit: 10)
        #expect(kept.scaleX == kept.scaleY && abs(kept.scaleX - 2) < 1e-6)
        // Centred: x from 100 to 300.
        #expect(abs(kept.x(0) - 100) < 1e-6 && abs(kept.x(100) - 300) < 1e-6)
        let free = MapFrame.fit(boxes, into: area, keepAspect: false, limit: 10, maxAspect: 1.6)
        #expect(abs(free.scaleY - 2) < 1e-6 && abs(free.scaleX - 3.2) < 1e-6)
    }

    @Test("on a page the names of the highest priorities are kept, within the page's label share")
    func hiddenLabels() {
        // Four nodes whose names take 7 × 12 × 0.64 × 12 × 1.2 = 774.14 pt² each ("Network" at 12 pt, one line).
        var style = MapScene.Style()
        style.fontSize = 12
        let nodes = [4.0, 1, 3, 2].enumerated().map { MapScene.Node(id: "n\($0.offset)", label: "Network", labelPriority: $0.element) }
        let scene = MapScene(title: "t", nodes: nodes + [MapScene.Node(id: "always", label: "Network")], style: style)
        let one = MapFrame.labelArea(nodes[0], style: style)
        #expect(abs(one - 774.144) < 1e-6)
        // Room for three names at the 30 % share: the always-named node and the two highest (n0: 4, n2: 3).
        let area = one * 3.5 / Frame.labelShare
        #expect(MapFrame.hiddenLabels(scene, drawingArea: area) == [1, 3])
        // Natural size: everything up to the natural limit.
        #expect(MapFrame.hiddenLabels(scene, drawingArea: nil).isEmpty)
        // Hiding more takes the lowest shown first.
        #expect(MapFrame.hidingMore(scene, [1]) == [1, 3])
        var all = scene
        all.style.labelDensity = .all
        #expect(MapFrame.hiddenLabels(all, drawingArea: 1).isEmpty)
    }

    @Test("scaling for a page brings the smallest text to 7 pt and keeps every proportion")
    func scaled() {
        let scene = MapScene(title: "t", nodes: [.init(id: "a", label: "a", size: 1.0, fontSize: 10),
                                                 .init(id: "b", label: "b", size: 0.5)],
                             legend: .init(title: "l", sections: [.init(title: "s", items: [.nodeSize(1.0, label: "1")])]),
                             style: MapScene.Style(fontSize: 12))
        let scaled = MapFrame.scaled(scene, for: .slide)
        // The smallest text is the 10-point node label: k = 7 / 10.
        #expect(abs((scaled.nodes[0].fontSize ?? 0) - 7) < 1e-9)
        #expect(abs(scaled.style.fontSize - 8.4) < 1e-9)
        #expect(abs((scaled.nodes[0].size ?? 0) / (scaled.nodes[1].size ?? 1) - 2) < 1e-9)
        guard case .nodeSize(let d, _, _, _) = scaled.legend!.sections[0].items[0] else { Issue.record("no size step"); return }
        #expect(abs(d - 0.7) < 1e-9)
    }

    @Test("a tall pinned drawing: full height beside the captions on a slide, the legend beside it on A4; a free one keeps the standard page")
    func arrangements() {
        // A drawing 200 wide and 400 tall with every node pinned (a map), dots 0.05 in across.
        let nodes = (0..<5).map { MapScene.Node(id: "d\($0)", label: "", shape: .circle, size: 0.05,
                                                 position: .init(x: Double($0 % 2) * 200, y: Double($0) * 100)) }
        let legend = MapScene.Legend(title: "Legend", sections: [.init(title: "Dots", items: [.swatch(.grey, label: "one")])])
        let map = MapScene(title: "A map of a tall country", subtitle: "on a day · with a count", source: "Source: a survey",
                           nodes: nodes, legend: legend)
        let slide = MapFrame.regions(map, frame: .slide)
        #expect(slide.arrangement == .sidePanel)
        // The drawing's column is the page's height between the margins, and as wide as the
        // drawing is at that height: 400 s + 3.6 = 504 gives s = 1.251, so 200 s + 3.6 = 253.8.
        #expect(slide.drawing.y == 18 && slide.drawing.height == 504)
        #expect(abs(slide.drawing.width - (200 * (504 - 3.6) / 400 + 3.6)) < 0.01)
        // Title, subtitle and source left-aligned in the column right of it, the title at the top.
        #expect(slide.lines.allSatisfy { $0.leftAligned && $0.x > slide.drawing.maxX })
        #expect(slide.lines.first?.role == .title && slide.lines.first!.y > 540 - 18 - 20)
        #expect(slide.lines.last?.role == .source && slide.lines.last!.y < 18 + 10)
        #expect(slide.legendOrigin.x > slide.drawing.maxX)
        // The drawing and the column, together, are centred on the page.
        let panelRight = max(slide.legendOrigin.x + (slide.legend?.width ?? 0) + 16,
                             slide.lines.map { $0.x + MapFrame.textWidth($0.text, size: $0.size, bold: $0.bold) }.max()!)
        #expect(slide.drawing.x >= 18 && panelRight <= 960 - 18)

        let a4 = MapFrame.regions(map, frame: .a4)
        #expect(a4.arrangement == .legendBeside)
        #expect(a4.legendOrigin.x > a4.drawing.maxX)
        #expect(a4.lines.allSatisfy { !$0.leftAligned && $0.x == 595.28 / 2 })

        // A drawing without positions is stretched to its area: the standard page.
        var free = map
        free.nodes = nodes.map { var node = $0; node.position = nil; return node }
        #expect(MapFrame.regions(free, frame: .slide).arrangement == .standard)
        #expect(MapFrame.regions(free, frame: .a4).arrangement == .standard)
    }

    @Test("a tall legend breaks into columns between sections")
    func legendColumns() {
        let section = MapScene.Legend.Section(title: "S", items: (0..<10).map { .swatch(.grey, label: "item \($0)") })
        let legend = MapScene.Legend(title: "L", sections: [section, section, section])
        let one = LegendGeometry(legend, fontSize: 10)
        let columns = LegendGeometry(legend, fontSize: 10, maxHeight: one.height / 2.5)
        #expect(Set(one.placed.map(\.x)).count == 1)
        #expect(Set(columns.placed.map(\.x)).count == 3)
        #expect(columns.height < one.height / 2)
        #expect(columns.width > one.width * 2)
    }
}
