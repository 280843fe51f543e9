import CGraphviz
import Foundation
import VerkostoSupport

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
/// clusters with the chosen engine (or keeps the scene's own positions, as `neato -n` does,
/// when every node has one). Pass 2 pins those positions, adds the title, subtitle, source
/// line and legend as plain nodes beside the drawing, and re-renders with Graphviz's `nop2`
/// engine (what `neato -n2` does). So every output format carries the same legend and
/// captions, whatever the engine.
///
/// On a page (`Style.frame`), every size of the scene is first scaled so that its smallest
/// text is the page's smallest size (`MapFrame.scaled`); the title, legend and source line get
/// their places on the page, and the laid-out drawing is scaled into the rest. When it does
/// not fit without crowding, the names of the lowest-priority nodes are left out (a fifth at a
/// time) and the drawing is laid out again (`LabelDensity`).
public enum MapRenderer {
    /// Renders `scene` to bytes in `format`.
    ///
    /// - Throws: `RenderError` for an inconsistent scene or a Graphviz failure.
    /// - Complexity: dominated by the layout engine: `dot` is super-linear and slow
    ///   beyond a few hundred nodes, `sfdp` is near O((*V* + *E*) log *V*). On a page, at most
    ///   nine layouts.
    public static func render(_ scene: MapScene, as format: MapFormat) throws -> [UInt8] {
        let original = scene
        let frame = scene.style.frame
        let scene = frame.map { MapFrame.scaled(scene, for: $0) } ?? scene
        let regions = frame.map { MapFrame.regions(scene, frame: $0) }
        let area = regions.map { $0.drawing.width * $0.drawing.height }
        var hidden = MapFrame.hiddenLabels(scene, drawingArea: area)
        return try GraphvizRuntime.withContext { context in
            var attempt = 0
            while true {
                let plan = try ScenePlan(scene, hiddenLabels: hidden, tooltipsFrom: original)
                let handle = try GraphHandle(context: context, name: "verkosto", directed: scene.kind == .directed)
                try plan.build(into: handle.graph)
                try handle.layout(plan.engine, seed: scene.style.seed)
                // Rendering to "dot" attaches pos/width/height/bb as attributes we can read back.
                _ = try handle.render("dot")
                var passOne = plan.readLayout(handle.graph)
                if let regions, !plan.pinned {
                    // Give the drawing the shape of its area: stretch it to fill the area, then let
                    // Graphviz push the boxes apart again as little as it can (prism, as neato -n).
                    let stretch = MapFrame.fit(passOne.boxes.map { ($0.x, $0.y, $0.width, $0.height) }, into: regions.drawing,
                                               keepAspect: false, limit: 100, maxAspect: 100)
                    handle.freeLayout()
                    plan.reposition(handle.graph, plan.fitted(passOne, stretch, into: regions.drawing))
                    try handle.layout("nop", seed: scene.style.seed)
                    _ = try handle.render("dot")
                    passOne = plan.readLayout(handle.graph)
                }
                if let regions {
                    let fit = MapFrame.fit(passOne.boxes.map { ($0.x, $0.y, $0.width, $0.height) }, into: regions.drawing,
                                           keepAspect: plan.pinned)
                    // Below 0.85 the drawing would be squeezed enough for names to collide: drop
                    // the lightest names and lay out again.
                    let canHide = scene.style.labelDensity == .auto
                        && scene.nodes.indices.contains { scene.nodes[$0].labelPriority != nil && !hidden.contains($0) }
                    if fit.scale < 0.85 && canHide && attempt < 8 && !plan.pinned {
                        hidden = MapFrame.hidingMore(scene, hidden)
                        attempt += 1
                        continue
                    }
                    passOne = plan.fitted(passOne, fit, into: regions.drawing)
                }
                // Names laid over a map of Finland: off the dots where there is room.
                let box = passOne.boundingBox
                passOne = plan.placingNames(passOne, within: regions?.drawing
                                            ?? MapFrame.Rect(x: box.x, y: box.y, width: box.width, height: box.height))
                if format == .json {
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                    return Array(try encoder.encode(plan.layout(passOne)))
                }
                handle.freeLayout()
                plan.place(handle.graph, passOne)
                plan.decorate(handle.graph, passOne: passOne, regions: regions, format: format)
                try handle.layout("nop2")
                switch format {
                case .svg:
                    let raw = try handle.render("svg")
                    return Array(SVGCleaner.clean(String(decoding: raw, as: UTF8.self), title: scene.title,
                                                  fontFamily: scene.style.svgFontFamily, tooltips: plan.tooltips).utf8)
                // Ask for cairo explicitly: anti-aliased, and the same text metrics as the layout.
                case .png:
                    if let pixels = scene.style.pixelWidth, pixels > 0 {
                        let width = try plan.drawnWidth(handle, frame: frame)
                        handle.freeLayout()
                        setAttribute(handle.graph, "dpi", ScenePlan.number(72 * Double(pixels) / max(1, width)))
                        try handle.layout("nop2")
                    }
                    return try handle.render("png:cairo")
                case .pdf: return try handle.render("pdf:cairo")
                case .dot: return try handle.dot()
                case .json: fatalError("handled above")
                }
            }
        }
    }

    /// Renders `scene` to the file at `url`, in `format` or the format named by the extension.
    ///
    /// The file is written atomically (a temporary file in the same folder, then a rename).
    /// - Throws: ``OutputError`` if the folder does not exist,
    ///   `RenderError.unknownFormat` for an unknown extension.
    public static func write(_ scene: MapScene, to url: URL, format: MapFormat? = nil) throws {
        guard let format = format ?? MapFormat(pathExtension: url.pathExtension) else {
            throw RenderError.unknownFormat(url.pathExtension)
        }
        try AtomicFile.checkFolder(of: url)
        try AtomicFile.write(try render(scene, as: format), to: url)
    }

    /// The DOT text of the scene's graph before layout (no legend or captions),
    /// written by cgraph. Useful to compare with the `dot` command-line tool.
    public static func graphSource(_ scene: MapScene) throws -> String {
        let plan = try ScenePlan(scene, hiddenLabels: [], tooltipsFrom: scene)
        return try GraphvizRuntime.withContext { context in
            let handle = try GraphHandle(context: context, name: "verkosto", directed: scene.kind == .directed)
            try plan.build(into: handle.graph)
            return String(decoding: try handle.dot(), as: UTF8.self)
        }
    }
}

