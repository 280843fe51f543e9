import CGraphviz
import Foundation

/// A scene checked and prepared for Graphviz: internal names and SVG ids assigned, and the
/// cgraph calls of both passes (see `MapRenderer`).
struct ScenePlan {
    let scene: MapScene
    /// The Graphviz layout engine of pass 1: the scene's (resolved), or `nop` when every node
    /// has a position of its own.
    let engine: String
    /// Every node has a position of its own (`Node.position`): pass 1 keeps them.
    let pinned: Bool
    /// Internal Graphviz names, index-aligned with `scene.nodes`.
    let nodeNames: [String]
    let nodeIDs: [String]
    let edgeEnds: [(Int, Int)]
    let edgeIDs: [String]
    let clusterIndex: [String: Int]
    let clusterIDs: [String]
    let idPool: IdentifierPool
    /// Nodes (by index) drawn without their name.
    let hiddenLabels: Set<Int>
    /// Each node's full label as its SVG `<title>`, keyed by the node's SVG id.
    let tooltips: [String: String]

    /// Checks `scene` and assigns names and ids.
    ///
    /// - Parameters:
    ///   - hiddenLabels: nodes whose names are not drawn (``LabelDensity``).
    ///   - tooltipsFrom: the scene whose node labels become the tooltips (the scene before it
    ///     was scaled for a page, whose names are not shortened).
    /// - Throws: `RenderError` for duplicate node ids, unknown clusters or edge ends.
    init(_ scene: MapScene, hiddenLabels: Set<Int>, tooltipsFrom original: MapScene) throws {
        self.scene = scene
        self.hiddenLabels = hiddenLabels
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
        for (i, node) in original.nodes.enumerated() where i < nodeNames.count {
            let text = LabelText.clean(node.tooltip ?? node.label)
            if !text.isEmpty { tooltips[nodeIDs[i]] = LabelText.shortened(text, limit: 300) }
        }
        self.tooltips = tooltips
        edgeEnds = ends
        self.clusterIndex = clusterIndex
        pinned = !scene.nodes.isEmpty && scene.nodes.allSatisfy { $0.position.map { $0.x.isFinite && $0.y.isFinite } ?? false }
        engine = pinned ? "nop" : scene.layout.resolved(nodeCount: scene.nodes.count, hasClusters: !scene.clusters.isEmpty).rawValue
    }

    // MARK: Text and attribute values

    /// A node's name as a Graphviz label: lines of at most `labelLimit` characters, at most
    /// `labelLines` lines; empty when the name is hidden.
    func nodeLabel(_ i: Int) -> String {
        hiddenLabels.contains(i) ? "" : LabelText.graphviz(scene.nodes[i].label, limit: scene.style.labelLimit,
                                                           maxLines: scene.style.labelLines)
    }

    /// Any other label (edges, clusters) at the scene's limit.
    private func label(_ text: String) -> String {
        LabelText.graphviz(text, limit: scene.style.labelLimit)
    }

    static func number(_ x: Double) -> String {
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
        case .labelBand:
            setAttribute(gn, "shape", "box")
            setAttribute(gn, "style", "filled")
            setAttribute(gn, "fillcolor", "#FFFFFFB4")
            setAttribute(gn, "penwidth", "0")
            setAttribute(gn, "margin", "0.03,0.01")
            // As small as the label: Graphviz's default minimum is 0.75 × 0.5 in.
            setAttribute(gn, "width", "0.01")
            setAttribute(gn, "height", "0.01")
        default:
            setAttribute(gn, "shape", node.shape.rawValue)
        }
        if let emphasis = node.emphasis, emphasis.style != .solid {
            setAttribute(gn, "style", Self.style(for: node, outline: emphasis.style))
        }
    }

    /// Space in points around a `.below` node's label, and between its shape and its label.
    static let belowMargin = 1.5
    static let belowGap = 2.0

    /// The side in points of a `.below` node's shape (`Node.size`, 0.3 in when unset).
    func belowSide(_ node: MapScene.Node) -> Double {
        guard let size = node.size, size.isFinite, size > 0 else { return 0.3 * 72 }
        return size * 72
    }

    /// The height in points of the lines of a `.below` node's label: Graphviz sets lines 1.2 font
    /// sizes apart.
    func belowLinesHeight(_ i: Int) -> Double {
        let text = nodeLabel(i)
        guard !text.isEmpty else { return 0 }
        let node = scene.nodes[i]
        let lines = Double(min(max(1, scene.style.labelLines),
                               node.label.split(separator: "\u{2028}", omittingEmptySubsequences: true).count))
        let size = node.fontSize.flatMap { $0.isFinite && $0 > 0 ? $0 : nil } ?? scene.style.fontSize
        return lines * size * 1.2
    }

    // MARK: Pass 1

    /// Builds nodes, edges and clusters with the cgraph API.
    func build(into graph: UnsafeMutablePointer<Agraph_t>) throws {
        let style = scene.style
        let n = Self.number
        // Graph defaults.
        setAttribute(graph, "fontname", style.fontName)
        setAttribute(graph, "fontsize", n(style.fontSize))
        setAttribute(graph, "bgcolor", "white")
        setAttribute(graph, "pad", style.frame == nil ? "0.2" : "0")
        // PDF and PostScript add half an inch around the drawing by default; a page has its own margins.
        if style.frame != nil { setAttribute(graph, "margin", "0") }
        setAttribute(graph, "outputorder", "edgesfirst")
        setAttribute(graph, "start", String(style.seed))
        if pinned {
            // Positions are the scene's: nothing moves, nothing is pushed apart.
            setAttribute(graph, "overlap", "true")
        } else {
            switch scene.layout.resolved(nodeCount: scene.nodes.count, hasClusters: !scene.clusters.isEmpty) {
            case .dot:
                setAttribute(graph, "nodesep", "0.3")
                setAttribute(graph, "ranksep", "0.5")
            case .fdp, .neato, .sfdp, .circo, .twopi, .auto:
                // Prism (Gansner & Hu 2010) keeps the layout's shape. Its default 1,000 rounds
                // cost ~4 s on 2,000 nodes; 20 rounds give nearly the same drawing in ~1 s.
                // (overlap=scale is fast but blew a 2,000-node map up to 142,000 pt.)
                setAttribute(graph, "overlap", scene.nodes.count > 300 ? "prism20" : "prism")
                setAttribute(graph, "sep", style.frame == nil ? "+6" : "+3")
            }
        }
        // Large graphs have many components (isolated networks): the default polyomino packing
        // took 11 s of CPU on 2,000 nodes with ~1,000 components, array packing 0.5 s.
        if engine == MapScene.Layout.sfdp.rawValue { setAttribute(graph, "packmode", "array") }
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
            let text = nodeLabel(i)
            setAttribute(gn, "label", text)
            if node.shape != .labelBand { setAttribute(gn, "fillcolor", node.fill.hex) }
            if let fontSize = node.fontSize, fontSize.isFinite, fontSize > 0 {
                setAttribute(gn, "fontsize", n(fontSize))
            }
            switch node.labelPosition {
            case .inside:
                if node.fill.luminance < 0.18 && node.shape != .labelBand { setAttribute(gn, "fontcolor", "#FFFFFF") }
                setShape(gn, node)
                if hiddenLabels.contains(i) {
                    // A node whose name is left out shrinks to a small mark.
                    let side = 0.25 * style.fontSize / 12
                    setAttribute(gn, "width", n(side))
                    setAttribute(gn, "height", n(side))
                    setAttribute(gn, "fixedsize", "true")
                } else if let size = node.size, size.isFinite, size > 0 {
                    setAttribute(gn, "width", n(size))
                    if node.shape == .circle { setAttribute(gn, "height", n(size)) }
                    if pinned {
                        setAttribute(gn, "height", n(size))
                        setAttribute(gn, "fixedsize", "true")
                    }
                }
            case .below:
                // Pass 1 lays out a box that holds the shape on top and the label under it; pass 2
                // (`place`) draws the shape at its exact size and the label as an external label.
                let side = belowSide(node)
                let lines = belowLinesHeight(i)
                setAttribute(gn, "shape", "box")
                setAttribute(gn, "labelloc", "b")
                setAttribute(gn, "margin", n(Self.belowMargin / 72))
                setAttribute(gn, "width", n(side / 72))
                setAttribute(gn, "height", n((side + (lines > 0 ? lines + Self.belowGap + Self.belowMargin : 0)) / 72))
            }
            if let emphasis = node.emphasis {
                setAttribute(gn, "color", emphasis.colour.hex)
                setAttribute(gn, "penwidth", n(emphasis.width))
            }
            if let position = node.position, pinned {
                setAttribute(gn, "pos", "\(n(position.x)),\(n(position.y))!")
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

    // MARK: Reading pass 1

    /// The layout of pass 1, as read back, possibly moved into a page's drawing area.
    struct PassOne {
        var boundingBox: MapLayout.Box
        /// Each node's footprint (centre and size): for a `.below` node, the box that holds its
        /// shape on top and its label under it.
        var boxes: [MapLayout.NodePosition]
        /// The route of each scene edge; empty for front edges and once the nodes have moved.
        var edgePoints: [[[Double]]]
        /// The nodes were moved after layout (fitted into a page): every edge is routed again in
        /// pass 2, and cluster boxes are drawn around their nodes.
        var moved = false
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

    /// Each edge of the graph with its scene index (found by its `id` attribute).
    func edgeHandles(_ graph: UnsafeMutablePointer<Agraph_t>) -> [(Int, UnsafeMutablePointer<Agedge_t>)] {
        var index: [String: Int] = [:]
        for (i, id) in edgeIDs.enumerated() { index[id] = i }
        var result: [(Int, UnsafeMutablePointer<Agedge_t>)] = []
        var node = agfstnode(graph)
        while let current = node {
            var edge = agfstout(graph, current)
            while let e = edge {
                if let id = attribute(e, "id"), let i = index[id] { result.append((i, e)) }
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, current)
        }
        return result
    }

    /// Reads back the positions attached after pass 1.
    func readLayout(_ graph: UnsafeMutablePointer<Agraph_t>) -> PassOne {
        let bb = Self.numbers(attribute(graph, "bb") ?? "")
        let box = bb.count == 4
            ? MapLayout.Box(x: bb[0], y: bb[1], width: bb[2] - bb[0], height: bb[3] - bb[1])
            : MapLayout.Box(x: 0, y: 0, width: 0, height: 0)
        let handles = nodeHandles(graph)
        var boxes: [MapLayout.NodePosition] = []
        boxes.reserveCapacity(scene.nodes.count)
        for (i, node) in scene.nodes.enumerated() {
            guard let gn = handles[i] else {
                boxes.append(.init(id: node.id, x: 0, y: 0, width: 0, height: 0))
                continue
            }
            let p = Self.numbers(attribute(gn, "pos") ?? "")
            let w = (Double(attribute(gn, "width") ?? "") ?? 0) * 72
            let h = (Double(attribute(gn, "height") ?? "") ?? 0) * 72
            boxes.append(.init(id: node.id, x: p.first ?? 0, y: p.count > 1 ? p[1] : 0, width: w, height: h))
        }
        var points = [[[Double]]](repeating: [], count: scene.edges.count)
        for (i, edge) in edgeHandles(graph) {
            points[i] = Self.splinePoints(attribute(edge, "pos") ?? "")
        }
        return PassOne(boundingBox: box, boxes: boxes, edgePoints: points)
    }

    /// The shape of node `i` (centre and size): the whole box for `.inside` nodes, the top of the
    /// box for `.below` nodes.
    func shape(_ i: Int, _ passOne: PassOne) -> MapLayout.NodePosition {
        let box = passOne.boxes[i]
        guard scene.nodes[i].labelPosition == .below else { return box }
        let side = belowSide(scene.nodes[i])
        return .init(id: box.id, x: box.x, y: box.y + box.height / 2 - side / 2, width: side, height: side)
    }

    /// The box of the label of `.below` node `i`, under its shape; `nil` when it has none.
    func labelBox(_ i: Int, _ passOne: PassOne) -> MapLayout.Box? {
        guard scene.nodes[i].labelPosition == .below else { return nil }
        let lines = belowLinesHeight(i)
        guard lines > 0 else { return nil }
        let box = passOne.boxes[i]
        let width = max(1, box.width - 2 * Self.belowMargin)
        return .init(x: box.x - width / 2, y: box.y - box.height / 2 + Self.belowMargin, width: width, height: lines)
    }

    /// The public layout: shapes' positions, and edges as routed (straight between the shapes'
    /// centres where pass 2 routes them again).
    func layout(_ passOne: PassOne) -> MapLayout {
        let shapes = scene.nodes.indices.map { shape($0, passOne) }
        var edges: [MapLayout.EdgePath] = []
        for (i, edge) in scene.edges.enumerated() {
            let (a, b) = edgeEnds[i]
            let rerouted = passOne.moved || edge.front
                || scene.nodes[a].labelPosition == .below || scene.nodes[b].labelPosition == .below
            let points = rerouted || passOne.edgePoints[i].isEmpty
                ? [[shapes[a].x, shapes[a].y], [shapes[b].x, shapes[b].y]] : passOne.edgePoints[i]
            edges.append(.init(from: edge.from, to: edge.to, points: points))
        }
        return MapLayout(engine: engine, boundingBox: passOne.boundingBox, nodes: shapes, edges: edges)
    }

    /// `passOne` with its nodes moved by `fit` into `area` (a page's drawing area).
    func fitted(_ passOne: PassOne, _ fit: MapFrame.Fit, into area: MapFrame.Rect) -> PassOne {
        var moved = passOne
        moved.boxes = passOne.boxes.map { box in
            var box = box
            box.x = fit.x(box.x)
            box.y = fit.y(box.y)
            return box
        }
        moved.boundingBox = .init(x: area.x, y: area.y, width: area.width, height: area.height)
        moved.edgePoints = passOne.edgePoints.map { _ in [] }
        moved.moved = true
        return moved
    }

    /// `passOne` with the names laid over a pinned drawing (its named `.labelBand` nodes) moved
    /// off the other nodes where there is room (``NamePlacement``), inside `bounds`.
    func placingNames(_ passOne: PassOne, within bounds: MapFrame.Rect) -> PassOne {
        let names = scene.nodes.indices.filter { scene.nodes[$0].shape == .labelBand && !nodeLabel($0).isEmpty }
        guard pinned, !names.isEmpty else { return passOne }
        let isName = Set(names)
        let marks = scene.nodes.indices.filter { !isName.contains($0) }.map { i in
            let box = passOne.boxes[i]
            return NamePlacement.Mark(x: box.x, y: box.y, radius: max(box.width, box.height) / 2)
        }
        // A point of air around each name: Graphviz draws the band in whole points.
        let boxes = names.map { i in
            let box = passOne.boxes[i]
            return NamePlacement.Box(x: box.x, y: box.y, width: box.width + 2, height: box.height + 2)
        }
        var moved = passOne
        for (k, centre) in NamePlacement.place(boxes, marks: marks, within: bounds).enumerated() {
            moved.boxes[names[k]].x = centre.x
            moved.boxes[names[k]].y = centre.y
        }
        return moved
    }

    static func numbers(_ text: String) -> [Double] {
        text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "!" }).compactMap { Double($0) }
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

    /// Sets every node's position to its box centre in `passOne` (in points, for `nop`), for
    /// Graphviz to remove the overlaps that moving the nodes made: prism with no initial scaling,
    /// so the boxes move apart only as far as they must.
    func reposition(_ graph: UnsafeMutablePointer<Agraph_t>, _ passOne: PassOne) {
        let n = Self.number
        let handles = nodeHandles(graph)
        for (i, box) in passOne.boxes.enumerated() {
            guard let gn = handles[i] else { continue }
            setAttribute(gn, "pos", "\(n(box.x)),\(n(box.y))")
        }
        setAttribute(graph, "overlap", "prism")
        setAttribute(graph, "overlap_scaling", "0")
        for (_, edge) in edgeHandles(graph) { setAttribute(edge, "pos", "") }
    }

    // MARK: Pass 2

    /// Pass 2, before the captions: pins every node where pass 1 (or the page's fit) put it;
    /// draws each `.below` node as its shape at the exact size with its label as an external
    /// label (`xlabel` at `xlp`) under it, on a light band; drops the routes of edges whose ends
    /// moved so that `nop2` routes them again; draws the front edges; and boxes clusters
    /// around their nodes when the nodes moved.
    func place(_ graph: UnsafeMutablePointer<Agraph_t>, _ passOne: PassOne) {
        let n = Self.number
        setAttribute(graph, "forcelabels", "true")
        let handles = nodeHandles(graph)
        var rerouted = Set<Int>()
        for (i, node) in scene.nodes.enumerated() {
            guard let gn = handles[i] else { continue }
            let shape = shape(i, passOne)
            if passOne.moved || node.labelPosition == .below || (pinned && node.shape == .labelBand) {
                setAttribute(gn, "pos", "\(n(shape.x)),\(n(shape.y))")
                rerouted.insert(i)
            }
            guard node.labelPosition == .below else { continue }
            setShape(gn, node)
            setAttribute(gn, "fixedsize", "true")
            setAttribute(gn, "width", n(shape.width / 72))
            setAttribute(gn, "height", n(shape.height / 72))
            setAttribute(gn, "label", "")
            if let box = labelBox(i, passOne) {
                setAttribute(gn, "xlabel", nodeLabel(i))
                setAttribute(gn, "xlp", "\(n(box.x + box.width / 2)),\(n(box.y + box.height / 2))")
            }
        }
        for (i, edge) in edgeHandles(graph) where rerouted.contains(edgeEnds[i].0) || rerouted.contains(edgeEnds[i].1) {
            setAttribute(edge, "pos", "")
            if scene.edges[i].label != nil { setAttribute(edge, "lp", "") }
        }
        if passOne.moved { boxClusters(graph, passOne) }

        // Front edges join invisible point nodes made now, after every scene node: Graphviz draws
        // edges grouped by their tail node in creation order, so these come last, above the rest.
        var proxies: [Int: UnsafeMutablePointer<Agnode_t>] = [:]
        func proxy(_ i: Int) -> UnsafeMutablePointer<Agnode_t>? {
            if let made = proxies[i] { return made }
            guard let gn = vk_agnode(graph, "f\(i)") else { return nil }
            let position = shape(i, passOne)
            invisiblePoint(gn, x: position.x, y: position.y)
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
        for i in scene.nodes.indices {
            guard let box = labelBox(i, passOne) else { continue }
            let y = box.y + box.height / 2
            guard let a = vk_agnode(graph, "l\(i)a"), let b = vk_agnode(graph, "l\(i)b"),
                  let band = vk_agedge(graph, a, b) else { continue }
            invisiblePoint(a, x: box.x, y: y)
            invisiblePoint(b, x: box.x + box.width, y: y)
            let third = box.width / 3
            setAttribute(band, "pos", "\(n(box.x)),\(n(y)) \(n(box.x + third)),\(n(y)) \(n(box.x + 2 * third)),\(n(y)) \(n(box.x + box.width)),\(n(y))")
            setAttribute(band, "penwidth", n(box.height))
            setAttribute(band, "color", "#FFFFFFC8")
            setAttribute(band, "dir", "none")
            setAttribute(band, "id", "label-band-\(i)")
            setAttribute(band, "class", "label-band")
        }
    }

    /// Makes `gn` an invisible point at (`x`, `y`).
    private func invisiblePoint(_ gn: UnsafeMutablePointer<Agnode_t>, x: Double, y: Double) {
        let n = Self.number
        setAttribute(gn, "shape", "point")
        setAttribute(gn, "style", "invis")
        setAttribute(gn, "width", "0.01")
        setAttribute(gn, "label", "")
        setAttribute(gn, "pos", "\(n(x)),\(n(y))")
    }

    /// Sets each cluster's box (`bb`) around its nodes' footprints, with room for its label on top.
    private func boxClusters(_ graph: UnsafeMutablePointer<Agraph_t>, _ passOne: PassOne) {
        let n = Self.number
        var index: [String: Int] = [:]
        for (i, id) in clusterIDs.enumerated() { index[id] = i }
        let fs = scene.style.fontSize
        var sub = agfstsubg(graph)
        while let current = sub {
            if let id = attribute(current, "id"), let c = index[id] {
                let members = scene.nodes.indices.filter { scene.nodes[$0].cluster.flatMap { clusterIndex[$0] } == c }
                if !members.isEmpty {
                    let boxes = members.map { passOne.boxes[$0] }
                    let left = boxes.map { $0.x - $0.width / 2 }.min()! - 8
                    let right = boxes.map { $0.x + $0.width / 2 }.max()! + 8
                    let bottom = boxes.map { $0.y - $0.height / 2 }.min()! - 8
                    let top = boxes.map { $0.y + $0.height / 2 }.max()! + 8 + fs * 1.4
                    setAttribute(current, "bb", "\(n(left)),\(n(bottom)),\(n(right)),\(n(top))")
                    setAttribute(current, "lp", "\(n((left + right) / 2)),\(n(top - fs * 0.8))")
                }
            }
            sub = agnxtsubg(current)
        }
    }

    /// The width in points of the drawing as laid out by pass 2: the page's width, or the
    /// bounding box scaled down to `Style.maxWidth`/`maxHeight` as Graphviz's `size` does.
    func drawnWidth(_ handle: GraphHandle, frame: Frame?) throws -> Double {
        if let frame { return frame.width }
        _ = try handle.render("dot")
        let bb = Self.numbers(attribute(handle.graph, "bb") ?? "")
        guard bb.count == 4 else { return 1 }
        let (width, height) = (bb[2] - bb[0] + 2 * 0.2 * 72, bb[3] - bb[1] + 2 * 0.2 * 72)
        var scale = 1.0
        if let w = scene.style.maxWidth, w > 0 {
            scale = min(1, w * 72 / width, (scene.style.maxHeight ?? w) * 72 / height)
        }
        return width * scale
    }

    // MARK: Captions and legend (pass 2)

    /// Adds the title, subtitle, source line and legend as pinned plain nodes (pass 2): on a page,
    /// where `regions` puts them, with invisible points in two corners so that the drawing is
    /// exactly the page; at natural size, the legend right of the drawing (top-aligned), the
    /// title and subtitle above and the source line below, centred on the whole.
    func decorate(_ graph: UnsafeMutablePointer<Agraph_t>, passOne: PassOne, regions: MapFrame.Regions?, format: MapFormat) {
        let style = scene.style
        let fs = style.fontSize
        let n = Self.number
        var pool = idPool
        if regions == nil, let w = style.maxWidth, w > 0 {
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
            let label = LabelText.graphviz(text, limit: 400)
            var cx = x
            if let width = leftAlignedWidth {
                setAttribute(gn, "label", label + "\\l")
                setAttribute(gn, "width", n(width / 72))
                setAttribute(gn, "height", n(fontSize * 1.3 / 72))
                setAttribute(gn, "fixedsize", "true")
                cx = x + width / 2
            } else {
                setAttribute(gn, "label", label)
            }
            setAttribute(gn, "pos", "\(n(cx)),\(n(y))")
            setAttribute(gn, "id", pool.make("caption-", idText))
            setAttribute(gn, "class", "caption")
        }


        /// Draws the legend with its top left corner at (`left`, `top`).
        func drawLegend(_ geometry: LegendGeometry, left: Double, top: Double) {
            let sub = vk_agsubg(graph, "cluster_legend")
            let parent = sub ?? graph
            let glyph = geometry.glyph
            for placed in geometry.placed {
                let x = left + placed.x, y = top - placed.y
                switch placed.row {
                case .title(let text):
                    let text = geometry.text(text)
                    plainNode(text, x: x, y: y, fontSize: fs * 1.15, bold: true,
                              leftAlignedWidth: geometry.textWidth(text, bold: true, size: fs * 1.15), idText: "legend-title", parent: sub)
                case .section(let text, let index):
                    let text = geometry.text(text)
                    plainNode(text, x: x, y: y, fontSize: fs, bold: true,
                              leftAlignedWidth: geometry.textWidth(text, bold: true), idText: "legend-section-\(index)", parent: sub)
                case .item(let item):
                    let gx = x + glyph / 2
                    let text = geometry.text(LegendGeometry.text(of: item))
                    drawGlyph(item, x: x, centre: gx, y: y, glyph: glyph, parent: parent)
                    plainNode(text, x: x + glyph + 10, y: y, fontSize: fs, leftAlignedWidth: geometry.textWidth(text),
                              idText: "legend-label", parent: sub)
                }
            }
            if let sub {
                let pad = LegendGeometry.padding
                setAttribute(sub, "bb", "\(n(left - pad)),\(n(top - geometry.height - pad)),\(n(left + geometry.width + pad)),\(n(top + pad))")
                setAttribute(sub, "style", "rounded")
                setAttribute(sub, "color", "#BBBBBB")
                setAttribute(sub, "id", "legend")
                setAttribute(sub, "class", "legend-frame")
            }
        }

        func drawGlyph(_ item: MapScene.Legend.Item, x left: Double, centre gx: Double, y: Double, glyph: Double,
                       parent: UnsafeMutablePointer<Agraph_t>) {
            /// A legend mark of `shape`, `width` × `height` points, centred on the glyph column.
            func mark(_ shape: String, width: Double, height: Double, fill: String, outline: MapScene.Emphasis? = nil,
                      text: String, kind: String) {
                counter += 1
                guard let gn = vk_agnode(parent, "d\(counter)") else { return }
                setAttribute(gn, "shape", shape)
                setAttribute(gn, "label", "")
                setAttribute(gn, "width", n(width / 72))
                setAttribute(gn, "height", n(height / 72))
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
                invisiblePoint(a, x: x1, y: y)
                invisiblePoint(b, x: x2, y: y)
                setAttribute(e, "pos", "\(n(x1)),\(n(y)) \(n(x1 + glyph / 3)),\(n(y)) \(n(x2 - glyph / 3)),\(n(y)) \(n(x2)),\(n(y))")
                setAttribute(e, "penwidth", n(penwidth))
                setAttribute(e, "color", colour)
                setAttribute(e, "style", lineStyle)
                setAttribute(e, "dir", "none")
                setAttribute(e, "id", pool.make("legend-line-", text))
                setAttribute(e, "class", "legend line")
            }
            let scale = fs / 12
            switch item {
            case .swatch(let colour, let t):
                mark("box", width: 0.3 * 72 * scale, height: 0.2 * 72 * scale, fill: colour.hex, text: t, kind: "swatch")
            case .nodeSize(let d, let t, let fill, let outline):
                let diameter = min(max(d.isFinite ? d : 0.3, 0.05), 2) * 72
                mark("circle", width: diameter, height: diameter, fill: (fill ?? Colour(red: 0xDD, green: 0xDD, blue: 0xDD)).hex,
                     outline: outline, text: t, kind: "size")
            case .emphasis(let e, let t):
                mark("circle", width: 0.3 * 72 * scale, height: 0.3 * 72 * scale, fill: "#EEEEEE", outline: e, text: t, kind: "emphasis")
            case .edgeWidth(let w, let t):
                line(penwidth: min(max(w.isFinite ? w : 1, 0.1), 20), colour: "#777777", lineStyle: "solid", text: t)
            case .line(let lineStyle, let colour, let width, let t):
                line(penwidth: min(max(width.isFinite ? width : 2, 0.1), 20), colour: colour.hex, lineStyle: lineStyle.rawValue, text: t)
            case .symbol(let shape, let colour, let t):
                let name = shape == .roundedBox || shape == .labelBand ? "box" : shape == .plain ? "plaintext" : shape.rawValue
                mark(name, width: 0.25 * 72 * scale, height: 0.25 * 72 * scale, fill: colour.hex, text: t, kind: "symbol")
            }
        }

        if let regions {
            // On a page: everything where the regions put it, and the page's corners pinned.
            for line in regions.lines {
                let colour = line.role == .title ? "#1A1A1A" : line.role == .subtitle ? "#444444" : "#555555"
                plainNode(line.text, x: line.x, y: line.y, fontSize: line.size, bold: line.bold,
                          leftAlignedWidth: line.leftAligned ? MapFrame.textWidth(line.text, size: line.size, bold: line.bold) : nil,
                          colour: colour, idText: line.role.rawValue)
            }
            if let legend = regions.legend {
                let pad = LegendGeometry.padding
                drawLegend(legend, left: regions.legendOrigin.x + pad, top: regions.legendOrigin.y + legend.height + pad)
            }
            for (name, x, y) in [("c0", 0.72, 0.72), ("c1", regions.frame.width - 0.72, regions.frame.height - 0.72)] {
                guard let corner = vk_agnode(graph, name) else { continue }
                invisiblePoint(corner, x: x, y: y)
                setAttribute(corner, "width", "0.02")
                setAttribute(corner, "height", "0.02")
            }
            return
        }

        // Natural size: the legend to the right of the drawing, top-aligned with it.
        let box = passOne.boundingBox
        var right = box.x + box.width
        var bottom = box.y
        if let legend = scene.legend {
            let geometry = LegendGeometry(legend, fontSize: fs, limit: MapFrame.legendLimit(style))
            let left = box.x + box.width + 36
            let top = box.y + box.height
            drawLegend(geometry, left: left, top: top)
            right = left + geometry.width + LegendGeometry.padding
            bottom = min(bottom, top - geometry.height - LegendGeometry.padding)
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
