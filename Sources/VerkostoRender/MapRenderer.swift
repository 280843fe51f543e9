import CGraphviz
import Foundation

/// Output formats of `MapRenderer`.
public enum MapFormat: String, Sendable, CaseIterable {
    /// SVG for slides and the web, post-processed (see `SVGCleaner`).
    case svg
    /// PNG through Graphviz's cairo renderer.
    case png
    /// PDF through Graphviz's cairo renderer.
    case pdf
    /// DOT as written by cgraph's `agwrite`, with the final positions: `neato -n2 -Tsvg` redraws it.
    case dot
    /// Layout positions for other tools (see `MapLayout`).
    case json

    /// The format named by a file extension (`svg`, `png`, `pdf`, `dot`/`gv`, `json`), case-insensitive.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "gv": self = .dot
        default:
            guard let format = MapFormat(rawValue: pathExtension.lowercased()) else { return nil }
            self = format
        }
    }
}

/// Positions after layout, in Graphviz points (1/72 inch) with the y axis pointing up.
public struct MapLayout: Sendable, Hashable, Codable {
    public struct Box: Sendable, Hashable, Codable {
        public var x: Double, y: Double, width: Double, height: Double
    }
    public struct NodePosition: Sendable, Hashable, Codable {
        /// `MapScene.Node.id`.
        public var id: String
        /// Centre of the node.
        public var x: Double, y: Double
        public var width: Double, height: Double
    }
    public struct EdgePath: Sendable, Hashable, Codable {
        public var from: String, to: String
        /// Control points of the edge's B-spline (or polyline), tail to head.
        public var points: [[Double]]
    }
    /// The layout engine that was used.
    public var engine: String
    public var boundingBox: Box
    public var nodes: [NodePosition]
    public var edges: [EdgePath]
}

/// Lays a `MapScene` out with Graphviz (in-process, through the cgraph API) and renders it.
///
/// The graph is drawn in two passes. Pass 1 lays out the scene's nodes, edges and
/// clusters with the chosen engine. Pass 2 pins those positions, adds the title,
/// subtitle, source line and legend as plain nodes beside the drawing, and
/// re-renders with Graphviz's `nop2` engine (what `neato -n2` does). So every output
/// format carries the same legend and captions, whatever the engine.
public enum MapRenderer {
    /// Renders `scene` to bytes in `format`.
    ///
    /// - Throws: `RenderError` for an inconsistent scene or a Graphviz failure.
    /// - Complexity: dominated by the layout engine: `dot` is super-linear and slow
    ///   beyond a few hundred nodes, `sfdp` is near O((*V* + *E*) log *V*).
    public static func render(_ scene: MapScene, as format: MapFormat) throws -> [UInt8] {
        let plan = try ScenePlan(scene)
        return try GraphvizRuntime.withContext { context in
            let handle = try GraphHandle(context: context, name: "verkosto", directed: scene.kind == .directed)
            try plan.build(into: handle.graph)
            let engine = plan.engine
            try handle.layout(engine.rawValue, seed: scene.style.seed)
            // Rendering to "dot" attaches pos/width/height/bb as attributes we can read back.
            _ = try handle.render("dot")
            let passOne = plan.readLayout(handle.graph, engine: engine.rawValue)
            let layout = passOne.layout
            if format == .json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                return Array(try encoder.encode(layout))
            }
            handle.freeLayout()
            plan.place(handle.graph, passOne)
            plan.decorate(handle.graph, around: layout.boundingBox, format: format)
            try handle.layout("nop2")
            switch format {
            case .svg:
                let raw = try handle.render("svg")
                return Array(SVGCleaner.clean(String(decoding: raw, as: UTF8.self), title: scene.title,
                                              fontFamily: scene.style.svgFontFamily, tooltips: plan.tooltips).utf8)
            // Ask for cairo explicitly: anti-aliased, and the same text metrics as the layout.
            case .png: return try handle.render("png:cairo")
            case .pdf: return try handle.render("pdf:cairo")
            case .dot: return try handle.dot()
            case .json: fatalError("handled above")
            }
        }
    }

    /// Renders `scene` to the file at `url`, in `format` or the format named by the extension.
    ///
    /// The file is written atomically (a temporary file in the same folder, then a rename).
    /// - Throws: `RenderError.missingOutputFolder` if the folder does not exist,
    ///   `RenderError.unknownFormat` for an unknown extension.
    public static func write(_ scene: MapScene, to url: URL, format: MapFormat? = nil) throws {
        guard let format = format ?? MapFormat(pathExtension: url.pathExtension) else {
            throw RenderError.unknownFormat(url.pathExtension)
        }
        try OutputFile.checkFolder(of: url)
        try OutputFile.write(try render(scene, as: format), to: url)
    }

    /// The DOT text of the scene's graph before layout (no legend or captions),
    /// written by cgraph. Useful to compare with the `dot` command-line tool.
    public static func graphSource(_ scene: MapScene) throws -> String {
        let plan = try ScenePlan(scene)
        return try GraphvizRuntime.withContext { context in
            let handle = try GraphHandle(context: context, name: "verkosto", directed: scene.kind == .directed)
            try plan.build(into: handle.graph)
            return String(decoding: try handle.dot(), as: UTF8.self)
        }
    }
}

/// A scene checked and prepared for Graphviz: internal names and SVG ids assigned.
struct ScenePlan {
    let scene: MapScene
    let engine: MapScene.Layout
    /// Internal Graphviz names, index-aligned with `scene.nodes`.
    let nodeNames: [String]
    let nodeIDs: [String]
    let edgeEnds: [(Int, Int)]
    let edgeIDs: [String]
    let clusterIndex: [String: Int]
    let clusterIDs: [String]
    let idPool: IdentifierPool
    /// Each node's full label as its SVG `<title>`, keyed by internal Graphviz name.
    let tooltips: [String: String]

    init(_ scene: MapScene) throws {
        self.scene = scene
        var index: [String: Int] = [:]
        index.reserveCapacity(scene.nodes.count)
        for (i, node) in scene.nodes.enumerated() {
            guard index.updateValue(i, forKey: node.id) == nil else { throw RenderError.duplicateNode(node.id) }
        }
        var clusterIndex: [String: Int] = [:]
        for (i, cluster) in scene.clusters.enumerated() where clusterIndex[cluster.id] == nil {
            clusterIndex[cluster.id] = i
        }
        for node in scene.nodes {
            if let c = node.cluster, clusterIndex[c] == nil {
                throw RenderError.unknownCluster(node: node.id, cluster: c)
            }
        }
        var ends: [(Int, Int)] = []
        ends.reserveCapacity(scene.edges.count)
        for (i, edge) in scene.edges.enumerated() {
            guard let a = index[edge.from] else { throw RenderError.unknownNode(edge: i, id: edge.from) }
            guard let b = index[edge.to] else { throw RenderError.unknownNode(edge: i, id: edge.to) }
            ends.append((a, b))
        }
        var pool = IdentifierPool()
        nodeNames = scene.nodes.indices.map { "n\($0)" }
        nodeIDs = scene.nodes.map { pool.make("node-", $0.id) }
        edgeIDs = scene.edges.map { pool.make("edge-", $0.id ?? "\($0.from)--\($0.to)") }
        clusterIDs = scene.clusters.map { pool.make("cluster-", $0.id) }
        idPool = pool
        var tooltips: [String: String] = [:]
        for (i, node) in scene.nodes.enumerated() {
            let text = LabelText.clean(node.label)
            if !text.isEmpty { tooltips[nodeNames[i]] = LabelText.shortened(text, limit: 300) }
        }
        self.tooltips = tooltips
        edgeEnds = ends
        self.clusterIndex = clusterIndex
        engine = scene.layout.resolved(nodeCount: scene.nodes.count, hasClusters: !scene.clusters.isEmpty)
    }

    private func label(_ text: String) -> String {
        LabelText.graphviz(text, limit: scene.style.labelLimit)
    }

    private static func number(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        return String(format: "%.3f", x)
    }

    /// A `class` value from user class names; Graphviz itself prepends `node`, `edge` or `cluster`.
    private static func classes(_ names: [String]) -> String {
        names.map { LabelText.identifier($0) }.joined(separator: " ")
    }

    /// The Graphviz `style` of a filled node whose outline is stroked in `outline`.
    private static func style(for node: MapScene.Node, outline: MapScene.LineStyle) -> String {
        (node.shape == .roundedBox ? "filled,rounded," : "filled,") + outline.rawValue
    }

    /// Sets the Graphviz shape (and the rounded style) of `node`.
    private func setShape(_ gn: UnsafeMutablePointer<Agnode_t>, _ node: MapScene.Node) {
        switch node.shape {
        case .roundedBox:
            setAttribute(gn, "shape", "box")
            setAttribute(gn, "style", "filled,rounded")
        case .plain:
            setAttribute(gn, "shape", "plain")
        default:
            setAttribute(gn, "shape", node.shape.rawValue)
        }
    }

    /// Space in points between a `.below` node's shape and its label, and around the label.
    static let belowMargin = 1.5
    static let belowGap = 2.0

    /// The side in points of a `.below` node's shape (`Node.size`, 0.3 in when unset).
    func belowSide(_ node: MapScene.Node) -> Double {
        guard let size = node.size, size.isFinite, size > 0 else { return 0.3 * 72 }
        return size * 72
    }

    /// The height in points that a `.below` node's label takes under its shape: Graphviz sets
    /// lines 1.2 font sizes apart.
    func belowTextHeight(_ node: MapScene.Node, text: String) -> Double {
        guard !text.isEmpty else { return 0 }
        let lines = Double(min(4, node.label.split(separator: "\u{2028}", omittingEmptySubsequences: true).count))
        let size = node.fontSize.flatMap { $0.isFinite && $0 > 0 ? $0 : nil } ?? scene.style.fontSize
        return lines * size * 1.2 + Self.belowGap + Self.belowMargin
    }

    /// Builds nodes, edges and clusters with the cgraph API.
    func build(into graph: UnsafeMutablePointer<Agraph_t>) throws {
        let style = scene.style
        let n = Self.number
        // Graph defaults.
        setAttribute(graph, "fontname", style.fontName)
        setAttribute(graph, "fontsize", n(style.fontSize))
        setAttribute(graph, "bgcolor", "white")
        setAttribute(graph, "pad", "0.2")
        setAttribute(graph, "outputorder", "edgesfirst")
        setAttribute(graph, "start", String(style.seed))
        switch engine {
        case .dot:
            setAttribute(graph, "nodesep", "0.3")
            setAttribute(graph, "ranksep", "0.5")
        case .fdp, .neato, .sfdp, .circo, .twopi, .auto:
            // Prism (Gansner & Hu 2010) keeps the layout's shape. Its default 1,000 rounds
            // cost ~4 s on 2,000 nodes; 20 rounds give nearly the same drawing in ~1 s.
            // (overlap=scale is fast but blew a 2,000-node map up to 142,000 pt.)
            setAttribute(graph, "overlap", scene.nodes.count > 300 ? "prism20" : "prism")
            setAttribute(graph, "sep", "+6")
        }
        // Large graphs have many components (isolated networks): the default polyomino packing
        // took 11 s of CPU on 2,000 nodes with ~1,000 components, array packing 0.5 s.
        if engine == .sfdp { setAttribute(graph, "packmode", "array") }
        vk_agattr(graph, 1, "fontname", style.fontName)
        vk_agattr(graph, 1, "fontsize", n(style.fontSize))
        vk_agattr(graph, 1, "style", "filled")
        vk_agattr(graph, 1, "color", "#555555")
        vk_agattr(graph, 1, "fontcolor", "#1A1A1A")
        vk_agattr(graph, 2, "fontname", style.fontName)
        vk_agattr(graph, 2, "fontsize", n(style.fontSize * 0.85))
        vk_agattr(graph, 2, "fontcolor", "#333333")
        if scene.kind == .directed { vk_agattr(graph, 2, "arrowsize", "0.7") }

        // Clusters.
        var subgraphs: [UnsafeMutablePointer<Agraph_t>] = []
        for (i, cluster) in scene.clusters.enumerated() {
            guard let sub = vk_agsubg(graph, "cluster_\(i)") else { throw RenderError.graphviz("agsubg failed") }
            setAttribute(sub, "label", label(cluster.label))
            setAttribute(sub, "color", cluster.colour.hex)
            setAttribute(sub, "fillcolor", cluster.colour.mixed(with: .white, 0.88).hex)
            setAttribute(sub, "style", "filled,rounded")
            setAttribute(sub, "id", clusterIDs[i])
            subgraphs.append(sub)
        }

        // Nodes.
        var nodes: [UnsafeMutablePointer<Agnode_t>] = []
        nodes.reserveCapacity(scene.nodes.count)
        for (i, node) in scene.nodes.enumerated() {
            let parent = node.cluster.flatMap { clusterIndex[$0] }.map { subgraphs[$0] } ?? graph
            guard let gn = vk_agnode(parent, nodeNames[i]) else { throw RenderError.graphviz("agnode failed") }
            let text = label(node.label)
            setAttribute(gn, "label", text)
            setAttribute(gn, "fillcolor", node.fill.hex)
            if let fontSize = node.fontSize, fontSize.isFinite, fontSize > 0 {
                setAttribute(gn, "fontsize", n(fontSize))
            }
            switch node.labelPosition {
            case .inside:
                if node.fill.luminance < 0.18 { setAttribute(gn, "fontcolor", "#FFFFFF") }
                setShape(gn, node)
                if let size = node.size, size.isFinite, size > 0 {
                    setAttribute(gn, "width", n(size))
                    if node.shape == .circle { setAttribute(gn, "height", n(size)) }
                }
            case .below:
                // Pass 1 lays out a box that holds the shape on top and the label under it; pass 2
                // (`place`) draws the shape at its exact size and the label as an external label.
                let side = belowSide(node)
                setAttribute(gn, "shape", "box")
                setAttribute(gn, "labelloc", "b")
                setAttribute(gn, "margin", n(Self.belowMargin / 72))
                setAttribute(gn, "width", n(side / 72))
                setAttribute(gn, "height", n((side + belowTextHeight(node, text: text)) / 72))
            }
            if let emphasis = node.emphasis {
                setAttribute(gn, "color", emphasis.colour.hex)
                setAttribute(gn, "penwidth", n(emphasis.width))
                if emphasis.style != .solid { setAttribute(gn, "style", Self.style(for: node, outline: emphasis.style)) }
            }
            setAttribute(gn, "id", nodeIDs[i])
            setAttribute(gn, "class", Self.classes(node.classes + (node.emphasis == nil ? [] : ["emphasis"])))
            nodes.append(gn)
        }

        // Edges (front edges join in pass 2).
        for (i, edge) in scene.edges.enumerated() where !edge.front {
            let (a, b) = edgeEnds[i]
            guard let ge = vk_agedge(graph, nodes[a], nodes[b]) else { throw RenderError.graphviz("agedge failed") }
            styleEdge(ge, i)
        }
    }

    /// Sets the drawing attributes, id and classes of the edge for `scene.edges[i]`.
    private func styleEdge(_ ge: UnsafeMutablePointer<Agedge_t>, _ i: Int) {
        let edge = scene.edges[i]
        let n = Self.number
        setAttribute(ge, "penwidth", n(max(0.1, edge.width.isFinite ? edge.width : 1)))
        setAttribute(ge, "color", edge.colour.hex)
        if edge.style != .solid { setAttribute(ge, "style", edge.style.rawValue) }
        if let text = edge.label { setAttribute(ge, "label", label(text)) }
        setAttribute(ge, "id", edgeIDs[i])
        setAttribute(ge, "class", Self.classes(edge.classes))
    }

    /// The layout read back after pass 1, with what pass 2 needs beyond the public `MapLayout`.
    struct PassOne {
        /// Node positions are those of the drawn shapes (for `.below` nodes, the shape without its label).
        var layout: MapLayout
        /// For each `.below` node with a label (by scene index), the box its label takes.
        var labelBoxes: [Int: MapLayout.Box]
    }

    /// The Graphviz node of each scene node (index-aligned with `scene.nodes`), found by its `id`
    /// attribute: looking nodes up by name (`agnode(g, name, 0)`) fails in Graphviz 2.43 once
    /// the graph has been laid out and written, with the sequential ID discipline of `vk_agopen`.
    func nodeHandles(_ graph: UnsafeMutablePointer<Agraph_t>) -> [UnsafeMutablePointer<Agnode_t>?] {
        var index: [String: Int] = [:]
        for (i, id) in nodeIDs.enumerated() { index[id] = i }
        var handles = [UnsafeMutablePointer<Agnode_t>?](repeating: nil, count: scene.nodes.count)
        var node = agfstnode(graph)
        while let current = node {
            if let id = attribute(current, "id"), let i = index[id] { handles[i] = current }
            node = agnxtnode(graph, current)
        }
        return handles
    }

    /// Reads back the positions attached after pass 1.
    func readLayout(_ graph: UnsafeMutablePointer<Agraph_t>, engine: String) -> PassOne {
        let bb = Self.numbers(attribute(graph, "bb") ?? "")
        let box = bb.count == 4
            ? MapLayout.Box(x: bb[0], y: bb[1], width: bb[2] - bb[0], height: bb[3] - bb[1])
            : MapLayout.Box(x: 0, y: 0, width: 0, height: 0)
        var positions: [MapLayout.NodePosition] = []
        positions.reserveCapacity(scene.nodes.count)
        var labelBoxes: [Int: MapLayout.Box] = [:]
        let handles = nodeHandles(graph)
        for (i, node) in scene.nodes.enumerated() {
            guard let gn = handles[i] else { continue }
            let p = Self.numbers(attribute(gn, "pos") ?? "")
            let w = (Double(attribute(gn, "width") ?? "") ?? 0) * 72
            let h = (Double(attribute(gn, "height") ?? "") ?? 0) * 72
            let (x, y) = (p.first ?? 0, p.count > 1 ? p[1] : 0)
            if node.labelPosition == .below {
                // The box of pass 1 holds the shape at its top and the label at its bottom.
                let side = belowSide(node)
                let text = label(node.label)
                let lines = max(0, belowTextHeight(node, text: text) - Self.belowGap - Self.belowMargin)
                if !text.isEmpty {
                    let width = max(1, w - 2 * Self.belowMargin)
                    labelBoxes[i] = .init(x: x - width / 2, y: y - h / 2 + Self.belowMargin, width: width, height: lines)
                }
                positions.append(.init(id: node.id, x: x, y: y + h / 2 - side / 2, width: side, height: side))
            } else {
                positions.append(.init(id: node.id, x: x, y: y, width: w, height: h))
            }
        }
        var paths: [MapLayout.EdgePath] = []
        var gn = agfstnode(graph)
        var edgeIndex: [String: Int] = [:]
        for (i, id) in edgeIDs.enumerated() { edgeIndex[id] = i }
        var found: [[[Double]]?] = Array(repeating: nil, count: scene.edges.count)
        while let node = gn {
            var ge = agfstout(graph, node)
            while let edge = ge {
                if let id = attribute(edge, "id"), let i = edgeIndex[id] {
                    found[i] = Self.splinePoints(attribute(edge, "pos") ?? "")
                }
                ge = agnxtout(graph, edge)
            }
            gn = agnxtnode(graph, node)
        }
        for (i, edge) in scene.edges.enumerated() {
            paths.append(.init(from: edge.from, to: edge.to, points: found[i] ?? []))
        }
        // Edges of `.below` nodes were routed to the pass-1 boxes; pass 2 routes them to the shapes.
        for (i, (a, b)) in edgeEnds.enumerated()
        where scene.edges[i].front || scene.nodes[a].labelPosition == .below || scene.nodes[b].labelPosition == .below {
            paths[i].points = [[positions[a].x, positions[a].y], [positions[b].x, positions[b].y]]
        }
        return PassOne(layout: MapLayout(engine: engine, boundingBox: box, nodes: positions, edges: paths),
                       labelBoxes: labelBoxes)
    }

    /// Pass 2, before the captions: draws each `.below` node as its shape at the exact size,
    /// pinned where pass 1 put the top of its box, with its label as an external label (`xlabel`
    /// at `xlp`) under it, and drops the pass-1 routes of their edges so that `nop2` routes them
    /// to the shapes.
    func place(_ graph: UnsafeMutablePointer<Agraph_t>, _ passOne: PassOne) {
        let n = Self.number
        var below = Set<Int>()
        setAttribute(graph, "forcelabels", "true")
        let handles = nodeHandles(graph)
        for (i, node) in scene.nodes.enumerated() where node.labelPosition == .below {
            guard let gn = handles[i] else { continue }
            below.insert(i)
            let position = passOne.layout.nodes[i]
            setShape(gn, node)
            if let emphasis = node.emphasis, emphasis.style != .solid {
                setAttribute(gn, "style", Self.style(for: node, outline: emphasis.style))
            }
            setAttribute(gn, "fixedsize", "true")
            setAttribute(gn, "width", n(position.width / 72))
            setAttribute(gn, "height", n(position.height / 72))
            setAttribute(gn, "pos", "\(n(position.x)),\(n(position.y))")
            let text = label(node.label)
            setAttribute(gn, "label", "")
            if let box = passOne.labelBoxes[i] {
                setAttribute(gn, "xlabel", text)
                setAttribute(gn, "xlp", "\(n(box.x + box.width / 2)),\(n(box.y + box.height / 2))")
            }
        }
        // Front edges join invisible point nodes made now, after every scene node: Graphviz draws
        // edges grouped by their tail node in creation order, so these come last, above the rest.
        var proxies: [Int: UnsafeMutablePointer<Agnode_t>] = [:]
        func proxy(_ i: Int) -> UnsafeMutablePointer<Agnode_t>? {
            if let made = proxies[i] { return made }
            guard let gn = vk_agnode(graph, "f\(i)") else { return nil }
            let position = passOne.layout.nodes[i]
            setAttribute(gn, "shape", "point")
            setAttribute(gn, "style", "invis")
            setAttribute(gn, "width", "0.01")
            setAttribute(gn, "label", "")
            setAttribute(gn, "pos", "\(n(position.x)),\(n(position.y))")
            proxies[i] = gn
            return gn
        }
        for (i, edge) in scene.edges.enumerated() where edge.front {
            let (a, b) = edgeEnds[i]
            guard let tail = proxy(a), let head = proxy(b), let ge = vk_agedge(graph, tail, head) else { continue }
            styleEdge(ge, i)
            setAttribute(ge, "dir", "none")
        }
        // A light band under each external label keeps it readable where edges cross it: a
        // thick, nearly opaque white edge between two invisible points, made after every other
        // edge (so drawn above them) and before the nodes' labels, which Graphviz draws last.
        for i in passOne.labelBoxes.keys.sorted() {
            let box = passOne.labelBoxes[i]!
            let y = box.y + box.height / 2
            guard let a = vk_agnode(graph, "l\(i)a"), let b = vk_agnode(graph, "l\(i)b"),
                  let band = vk_agedge(graph, a, b) else { continue }
            for (end, x) in [(a, box.x), (b, box.x + box.width)] {
                setAttribute(end, "shape", "point")
                setAttribute(end, "style", "invis")
                setAttribute(end, "width", "0.01")
                setAttribute(end, "label", "")
                setAttribute(end, "pos", "\(n(x)),\(n(y))")
            }
            setAttribute(band, "pos", "\(n(box.x)),\(n(y)) \(n(box.x + box.width / 3)),\(n(y)) \(n(box.x + 2 * box.width / 3)),\(n(y)) \(n(box.x + box.width)),\(n(y))")
            setAttribute(band, "penwidth", n(box.height))
            setAttribute(band, "color", "#FFFFFFC8")
            setAttribute(band, "dir", "none")
            setAttribute(band, "id", "label-band-\(i)")
            setAttribute(band, "class", "label-band")
        }
        guard !below.isEmpty else { return }
        var node = agfstnode(graph)
        var edgeIndex: [String: Int] = [:]
        for (i, id) in edgeIDs.enumerated() { edgeIndex[id] = i }
        while let current = node {
            var edge = agfstout(graph, current)
            while let e = edge {
                if let id = attribute(e, "id"), let i = edgeIndex[id], below.contains(edgeEnds[i].0) || below.contains(edgeEnds[i].1) {
                    setAttribute(e, "pos", "")
                }
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, current)
        }
    }

    static func numbers(_ text: String) -> [Double] {
        text.split(whereSeparator: { $0 == "," || $0 == " " }).compactMap { Double($0) }
    }

    /// Control points of a Graphviz `pos` spline, skipping the `s,`/`e,` arrow end points.
    static func splinePoints(_ pos: String) -> [[Double]] {
        var points: [[Double]] = []
        for spline in pos.split(separator: ";") {
            for token in spline.split(separator: " ") where !token.hasPrefix("s,") && !token.hasPrefix("e,") {
                let xy = token.split(separator: ",").compactMap { Double($0) }
                if xy.count >= 2 { points.append([xy[0], xy[1]]) }
            }
        }
        return points
    }

    /// Adds title, subtitle, source line and legend as pinned plain nodes around `box` (pass 2).
    func decorate(_ graph: UnsafeMutablePointer<Agraph_t>, around box: MapLayout.Box, format: MapFormat) {
        let style = scene.style
        let fs = style.fontSize
        let n = Self.number
        var pool = idPool
        if let w = style.maxWidth, w > 0 {
            setAttribute(graph, "size", "\(n(w)),\(n(style.maxHeight ?? w))")
        }
        if format == .png { setAttribute(graph, "dpi", n(style.dpi)) }
        // Pass 2 must not move anything.
        setAttribute(graph, "overlap", "true")

        var counter = 0
        func plainNode(_ text: String, x: Double, y: Double, fontSize: Double, bold: Bool = false,
                       leftAlignedWidth: Double? = nil, colour: String = "#1A1A1A", idText: String,
                       parent: UnsafeMutablePointer<Agraph_t>? = nil) {
            counter += 1
            guard let gn = vk_agnode(parent ?? graph, "d\(counter)") else { return }
            setAttribute(gn, "shape", "plaintext")
            setAttribute(gn, "style", "solid")
            setAttribute(gn, "margin", "0")
            setAttribute(gn, "fontsize", n(fontSize))
            setAttribute(gn, "fontcolor", colour)
            if bold { setAttribute(gn, "fontname", style.fontName + " Bold") }
            var cx = x
            if let width = leftAlignedWidth {
                setAttribute(gn, "label", label(text) + "\\l")
                setAttribute(gn, "width", n(width / 72))
                setAttribute(gn, "height", n(fontSize * 1.4 / 72))
                setAttribute(gn, "fixedsize", "true")
                cx = x + width / 2
            } else {
                setAttribute(gn, "label", label(text))
            }
            setAttribute(gn, "pos", "\(n(cx)),\(n(y))")
            setAttribute(gn, "id", pool.make("caption-", idText))
            setAttribute(gn, "class", "caption")
        }

        // Legend to the right of the drawing, top-aligned with it.
        var right = box.x + box.width
        var bottom = box.y
        if let legend = scene.legend {
            let left = box.x + box.width + 36
            let textWidth = { (t: String) in Double(LabelText.shortened(LabelText.clean(t), limit: style.labelLimit).count) * fs * 0.66 + 8 }
            var glyph = 30.0
            var widest = textWidth(legend.title) * 1.1
            for section in legend.sections {
                widest = max(widest, textWidth(section.title) * 1.1)
                for item in section.items {
                    switch item {
                    case .swatch(_, let t), .edgeWidth(_, let t), .line(_, _, _, let t), .emphasis(_, let t), .symbol(_, _, let t):
                        widest = max(widest, textWidth(t) + glyph + 10)
                    case .nodeSize(let d, let t):
                        glyph = max(glyph, min(d, 2) * 72)
                        widest = max(widest, textWidth(t) + 10)
                    }
                }
            }
            let textLeft = left + glyph + 10
            let sub = vk_agsubg(graph, "cluster_legend")
            var y = box.y + box.height - fs
            plainNode(legend.title, x: left, y: y, fontSize: fs * 1.15, bold: true,
                      leftAlignedWidth: textWidth(legend.title) * 1.15, idText: "legend-title", parent: sub)
            y -= fs * 2
            for (s, section) in legend.sections.enumerated() {
                if !section.title.isEmpty {
                    plainNode(section.title, x: left, y: y, fontSize: fs, bold: true,
                              leftAlignedWidth: textWidth(section.title) * 1.1, idText: "legend-section-\(s)", parent: sub)
                    y -= fs * 1.7
                }
                for item in section.items {
                    let gx = left + glyph / 2
                    let parent = sub ?? graph
                    func circle(_ diameter: Double, fill: String, outline: MapScene.Emphasis?, text: String, kind: String) {
                        counter += 1
                        guard let gn = vk_agnode(parent, "d\(counter)") else { return }
                        setAttribute(gn, "shape", "circle")
                        setAttribute(gn, "label", "")
                        setAttribute(gn, "width", n(diameter / 72))
                        setAttribute(gn, "height", n(diameter / 72))
                        setAttribute(gn, "fixedsize", "true")
                        setAttribute(gn, "pos", "\(n(gx)),\(n(y))")
                        setAttribute(gn, "fillcolor", fill)
                        if let outline {
                            setAttribute(gn, "color", outline.colour.hex)
                            setAttribute(gn, "penwidth", n(outline.width))
                            if outline.style != .solid { setAttribute(gn, "style", "filled," + outline.style.rawValue) }
                        }
                        setAttribute(gn, "id", pool.make("legend-\(kind)-", text))
                        setAttribute(gn, "class", "legend \(kind)")
                    }
                    func line(penwidth: Double, colour: String, lineStyle: String, text: String) {
                        counter += 1
                        let x1 = left, x2 = left + glyph
                        guard let a = vk_agnode(parent, "d\(counter)a"), let b = vk_agnode(parent, "d\(counter)b"),
                              let e = vk_agedge(graph, a, b) else { return }
                        for (node, x) in [(a, x1), (b, x2)] {
                            setAttribute(node, "style", "invis")
                            setAttribute(node, "shape", "point")
                            setAttribute(node, "width", "0.01")
                            setAttribute(node, "label", "")
                            setAttribute(node, "pos", "\(n(x)),\(n(y))")
                        }
                        setAttribute(e, "pos", "\(n(x1)),\(n(y)) \(n(x1 + glyph / 3)),\(n(y)) \(n(x2 - glyph / 3)),\(n(y)) \(n(x2)),\(n(y))")
                        setAttribute(e, "penwidth", n(penwidth))
                        setAttribute(e, "color", colour)
                        setAttribute(e, "style", lineStyle)
                        setAttribute(e, "dir", "none")
                        setAttribute(e, "id", pool.make("legend-line-", text))
                        setAttribute(e, "class", "legend line")
                    }
                    var rowHeight = fs * 1.7
                    let text: String
                    switch item {
                    case .swatch(let colour, let t):
                        text = t
                        counter += 1
                        if let gn = vk_agnode(parent, "d\(counter)") {
                            setAttribute(gn, "shape", "box")
                            setAttribute(gn, "label", "")
                            setAttribute(gn, "fillcolor", colour.hex)
                            setAttribute(gn, "width", "0.3")
                            setAttribute(gn, "height", "0.2")
                            setAttribute(gn, "fixedsize", "true")
                            setAttribute(gn, "pos", "\(n(gx)),\(n(y))")
                            setAttribute(gn, "id", pool.make("legend-swatch-", t))
                            setAttribute(gn, "class", "legend swatch")
                        }
                    case .nodeSize(let d, let t):
                        text = t
                        let diameter = min(max(d.isFinite ? d : 0.3, 0.05), 2) * 72
                        rowHeight = max(rowHeight, diameter + 6)
                        y -= (rowHeight - fs * 1.7) / 2
                        circle(diameter, fill: "#DDDDDD", outline: nil, text: t, kind: "size")
                    case .emphasis(let e, let t):
                        text = t
                        circle(0.3 * 72, fill: "#EEEEEE", outline: e, text: t, kind: "emphasis")
                    case .edgeWidth(let w, let t):
                        text = t
                        line(penwidth: min(max(w.isFinite ? w : 1, 0.1), 20), colour: "#777777", lineStyle: "solid", text: t)
                    case .line(let lineStyle, let colour, let width, let t):
                        text = t
                        line(penwidth: min(max(width.isFinite ? width : 2, 0.1), 20), colour: colour.hex,
                             lineStyle: lineStyle.rawValue, text: t)
                    case .symbol(let shape, let colour, let t):
                        text = t
                        counter += 1
                        if let gn = vk_agnode(parent, "d\(counter)") {
                            setAttribute(gn, "shape", shape == .roundedBox ? "box" : shape == .plain ? "plaintext" : shape.rawValue)
                            setAttribute(gn, "label", "")
                            setAttribute(gn, "fillcolor", colour.hex)
                            setAttribute(gn, "width", "0.25")
                            setAttribute(gn, "height", "0.25")
                            setAttribute(gn, "fixedsize", "true")
                            setAttribute(gn, "pos", "\(n(gx)),\(n(y))")
                            setAttribute(gn, "id", pool.make("legend-symbol-", t))
                            setAttribute(gn, "class", "legend symbol")
                        }
                    }
                    plainNode(text, x: textLeft, y: y, fontSize: fs, leftAlignedWidth: textWidth(text),
                              idText: "legend-label", parent: sub)
                    if case .nodeSize = item { y -= (rowHeight - fs * 1.7) / 2; rowHeight = fs * 1.7 }
                    y -= rowHeight
                }
                y -= fs * 0.6
            }
            let legendRight = left + max(widest, glyph + 10 + 40)
            let legendBottom = y + fs
            if let sub {
                setAttribute(sub, "bb", "\(n(left - 10)),\(n(legendBottom - 4)),\(n(legendRight + 10)),\(n(box.y + box.height + 4))")
                setAttribute(sub, "style", "rounded")
                setAttribute(sub, "color", "#BBBBBB")
                setAttribute(sub, "id", "legend")
                setAttribute(sub, "class", "legend-frame")
            }
            right = legendRight + 10
            bottom = min(bottom, legendBottom - 4)
        }

        // Title and subtitle above, source line below, centred on the whole drawing.
        let centre = (box.x + right) / 2
        var top = box.y + box.height + 8
        if let subtitle = scene.subtitle, !subtitle.isEmpty {
            top += fs * 0.8
            plainNode(subtitle, x: centre, y: top, fontSize: fs * 1.1, colour: "#444444", idText: "subtitle")
            top += fs * 1.1
        }
        top += style.titleFontSize * 0.8
        plainNode(scene.title, x: centre, y: top, fontSize: style.titleFontSize, bold: true, idText: "title")
        if let source = scene.source, !source.isEmpty {
            plainNode(source, x: centre, y: bottom - fs * 1.2, fontSize: fs * 0.9, colour: "#555555", idText: "source")
        }
    }
}
