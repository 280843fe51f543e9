/// A domain-free description of a network map: what to draw, not how.
///
/// Domain maps (overview, ego, directions, sectors, gaps) turn an atlas into a
/// `MapScene`; `MapRenderer` lays it out with Graphviz and writes SVG, PNG, PDF,
/// DOT or layout JSON. All text is user text: it is sanitised on the way into
/// Graphviz (see `LabelText`) and never parsed as DOT.
public struct MapScene: Sendable, Hashable, Codable {
    /// Title shown at the top of the map.
    public var title: String
    /// Second line under the title, for example the snapshot date.
    public var subtitle: String?
    /// Source line shown at the bottom, for example "Lähde: OPH, aineisto 2026-11-01".
    public var source: String?
    public var kind: GraphKind
    public var layout: Layout
    public var nodes: [Node]
    public var edges: [Edge]
    /// Clusters drawn as labelled boxes; nodes join one through `Node.cluster`.
    /// Only the `dot` and `fdp` engines draw clusters as boxes.
    public var clusters: [Cluster]
    public var legend: Legend?
    public var style: Style

    public init(title: String, subtitle: String? = nil, source: String? = nil,
                kind: GraphKind = .undirected, layout: Layout = .auto,
                nodes: [Node] = [], edges: [Edge] = [], clusters: [Cluster] = [],
                legend: Legend? = nil, style: Style = Style()) {
        self.title = title
        self.subtitle = subtitle
        self.source = source
        self.kind = kind
        self.layout = layout
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
        self.legend = legend
        self.style = style
    }

    public enum GraphKind: String, Sendable, Hashable, Codable, CaseIterable {
        case directed, undirected
    }

    /// Graphviz layout engine; `auto` chooses by size (see `Layout.resolved(nodeCount:hasClusters:)`).
    public enum Layout: String, Sendable, Hashable, Codable, CaseIterable {
        case dot, neato, fdp, sfdp, circo, twopi, auto
    }

    /// Node outline shapes. Deliberately excludes `record` and HTML-like labels. `labelBand` is
    /// the label alone on a translucent white band, for names laid over other marks (region
    /// names on a map of Finland); on a drawing whose every node has a position, its position is
    /// an anchor, and the renderer moves the name near it to where it covers the fewest other
    /// nodes and no other name (``NamePlacement``).
    public enum Shape: String, Sendable, Hashable, Codable, CaseIterable {
        case ellipse, circle, box, roundedBox, diamond, hexagon, octagon, triangle, note, plain, labelBand
    }

    /// How an edge or a legend line is stroked.
    public enum LineStyle: String, Sendable, Hashable, Codable, CaseIterable {
        case solid, dashed, dotted
    }

    /// A highlighted outline, for example a thick dark border on a broker.
    public struct Emphasis: Sendable, Hashable, Codable {
        public var colour: Colour
        /// Outline width in points.
        public var width: Double
        /// How the outline is stroked.
        public var style: LineStyle
        public init(colour: Colour = Colour(red: 0x11, green: 0x11, blue: 0x11), width: Double = 4, style: LineStyle = .solid) {
            self.colour = colour
            self.width = width
            self.style = style
        }
    }

    /// A point in Graphviz points (1/72 inch), y pointing up.
    public struct Point: Sendable, Hashable, Codable {
        public var x: Double
        public var y: Double
        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// Where a node's label goes.
    public enum LabelPosition: String, Sendable, Hashable, Codable, CaseIterable {
        /// Inside the shape; the shape grows to hold the label (`Node.size` is a minimum width).
        case inside
        /// Under the shape, in dark text on the background; the shape is exactly `Node.size`
        /// wide and high, so that its area can carry a quantity (see `DomainMap.networkDiameter`).
        case below
    }

    public struct Node: Sendable, Hashable, Codable {
        /// Stable identifier, unique in the scene; used by edges and for the SVG `id`.
        public var id: String
        /// Text shown in the node (user text).
        public var label: String
        public var fill: Colour
        public var shape: Shape
        /// With `labelPosition` `.inside`: the minimum width in inches (the node grows to fit its
        /// label); `nil` for Graphviz's default. With `.below`: the exact width and height of the shape.
        public var size: Double?
        /// CSS classes put on the node's SVG group (sanitised to `[A-Za-z0-9_-]`).
        public var classes: [String]
        /// Id of the `Cluster` this node belongs to, if any.
        public var cluster: String?
        public var emphasis: Emphasis?
        /// Font size in points; `nil` uses `Style.fontSize`.
        public var fontSize: Double?
        public var labelPosition: LabelPosition
        /// How much the node's name matters when not every name fits (``LabelDensity/auto``):
        /// the names of the highest priorities are drawn first. `nil`: always named.
        public var labelPriority: Double?
        /// A fixed position in points (y up), for maps whose positions mean something (a map of
        /// Finland). When every node has one, Graphviz keeps them (`pos` with `!`, as `neato -n`).
        public var position: Point?
        /// The SVG `<title>` (hover text) when it should say more than `label`, or a node has no label.
        public var tooltip: String?

        public init(id: String, label: String, fill: Colour = Colour(red: 0xEE, green: 0xEE, blue: 0xEE),
                    shape: Shape = .ellipse, size: Double? = nil, classes: [String] = [],
                    cluster: String? = nil, emphasis: Emphasis? = nil, fontSize: Double? = nil,
                    labelPosition: LabelPosition = .inside, labelPriority: Double? = nil, position: Point? = nil,
                    tooltip: String? = nil) {
            self.id = id
            self.label = label
            self.fill = fill
            self.shape = shape
            self.size = size
            self.classes = classes
            self.cluster = cluster
            self.emphasis = emphasis
            self.fontSize = fontSize
            self.labelPosition = labelPosition
            self.labelPriority = labelPriority
            self.position = position
            self.tooltip = tooltip
        }
    }

    public struct Edge: Sendable, Hashable, Codable {
        /// `Node.id` of the tail.
        public var from: String
        /// `Node.id` of the head.
        public var to: String
        /// Drawn line width in points (Graphviz `penwidth`); map your weight onto it.
        public var width: Double
        public var colour: Colour
        public var style: LineStyle
        public var label: String?
        public var classes: [String]
        /// Optional stable id for the SVG `id`; defaults to `from--to`.
        public var id: String?
        /// A front edge is left out of the layout and drawn above every other edge, as a straight
        /// line between its ends' centres: for what a map points out (a gap), not what shapes it.
        public var front: Bool

        public init(from: String, to: String, width: Double = 1, colour: Colour = Colour(red: 0x77, green: 0x77, blue: 0x77),
                    style: LineStyle = .solid, label: String? = nil, classes: [String] = [], id: String? = nil,
                    front: Bool = false) {
            self.from = from
            self.to = to
            self.width = width
            self.colour = colour
            self.style = style
            self.label = label
            self.classes = classes
            self.id = id
            self.front = front
        }
    }

    public struct Cluster: Sendable, Hashable, Codable {
        public var id: String
        public var label: String
        /// Outline colour; the fill is a very light tint of it.
        public var colour: Colour

        public init(id: String, label: String, colour: Colour = .grey) {
            self.id = id
            self.label = label
            self.colour = colour
        }
    }

    /// A legend drawn inside the graph (so it appears in SVG, PNG and PDF alike).
    public struct Legend: Sendable, Hashable, Codable {
        public var title: String
        public var sections: [Section]

        public init(title: String, sections: [Section]) {
            self.title = title
            self.sections = sections
        }

        public struct Section: Sendable, Hashable, Codable {
            public var title: String
            public var items: [Item]
            public init(title: String, items: [Item]) {
                self.title = title
                self.items = items
            }
        }

        public enum Item: Sendable, Hashable, Codable {
            /// A filled square, for example a sector colour.
            case swatch(Colour, label: String)
            /// A circle of the given width in inches: a node-size scale step; light grey with a
            /// dark outline unless `fill` and `outline` say otherwise (as the marks it explains).
            case nodeSize(Double, label: String, fill: Colour? = nil, outline: Emphasis? = nil)
            /// A line of the given width in points: an edge-width scale step.
            case edgeWidth(Double, label: String)
            /// A line drawn in the given style, colour and width in points.
            case line(LineStyle, Colour, width: Double = 2, label: String)
            /// A small node of the given shape and fill, for example a broker's diamond.
            case symbol(Shape, Colour, label: String)
            /// A node outline with the given emphasis.
            case emphasis(Emphasis, label: String)
        }
    }

    /// Presentation settings shared by the whole map.
    public struct Style: Sendable, Hashable, Codable {
        /// Font used for layout metrics and named first in the SVG `font-family`.
        public var fontName: String
        /// CSS font-family list written into the SVG.
        public var svgFontFamily: String
        public var fontSize: Double
        public var titleFontSize: Double
        /// Labels longer than this many characters (a line, for node names) are shortened with an ellipsis.
        public var labelLimit: Int
        /// Node names get at most this many lines; further lines join the last one.
        public var labelLines: Int
        /// Seed for the force-directed engines, so a scene always gives the same drawing.
        public var seed: Int
        /// Largest drawing width in inches; a bigger drawing is scaled down (Graphviz `size`), in
        /// every format. The default, 40 in, keeps a 2,000-node map at a size viewers and cairo
        /// (which fails beyond 32,767 px) can handle. `nil` keeps natural size.
        public var maxWidth: Double?
        /// Largest drawing height in inches; used together with `maxWidth`.
        public var maxHeight: Double?
        /// Raster resolution for PNG in dots per inch; ignored when `pixelWidth` is set.
        public var dpi: Double
        /// The page the map is laid out for (a slide, A4); `nil` for the drawing's natural size.
        public var frame: Frame?
        /// Which node names are drawn.
        public var labelDensity: LabelDensity
        /// The width in pixels of a PNG; its resolution follows from the drawing's width.
        public var pixelWidth: Int?

        public init(fontName: String = "DejaVu Sans", svgFontFamily: String = "DejaVu Sans, Arial, sans-serif",
                    fontSize: Double = 12, titleFontSize: Double = 20, labelLimit: Int = 60, seed: Int = 1,
                    maxWidth: Double? = 40, maxHeight: Double? = 40, dpi: Double = 96, frame: Frame? = nil,
                    labelDensity: LabelDensity = .auto, pixelWidth: Int? = nil) {
            self.frame = frame
            self.labelDensity = labelDensity
            self.pixelWidth = pixelWidth
            self.maxWidth = maxWidth
            self.maxHeight = maxHeight
            self.fontName = fontName
            self.svgFontFamily = svgFontFamily
            self.fontSize = fontSize
            self.titleFontSize = titleFontSize
            self.labelLimit = labelLimit
            self.labelLines = 4
            self.seed = seed
            self.dpi = dpi
        }
    }
}

/// Which node names a map draws.
public enum LabelDensity: String, Sendable, Hashable, Codable, CaseIterable {
    /// The names that matter: on a page (``Frame``), the names of the highest-priority nodes
    /// (``MapScene/Node/labelPriority``; for networks, the most members) while the names take at
    /// most ``Frame/labelShare`` of the drawing area, and fewer if the layout cannot fit them; at
    /// natural size, the first ``naturalLimit`` by priority. Nodes without a priority are always
    /// named. The lightest networks lose their names first. A node without a drawn name keeps
    /// its full name as a tooltip (SVG `<title>`).
    case auto
    /// Every name, shortened to fit the line length of the size.
    case all

    /// The most names drawn by `auto` at natural size.
    public static let naturalLimit = 80
}

/// The page a map is laid out for, in points (1/72 inch).
public struct Frame: Sendable, Hashable, Codable {
    public var width: Double
    public var height: Double
    /// The smallest font size in points on the page. A slide of 960 pt shown 1,920 pixels wide is
    /// 2 px/pt, so 7 pt is 14 px.
    public var minimumFontSize: Double
    /// Where the legend goes: beside the drawing (landscape pages) or under it (portrait).
    public var legendBelow: Bool

    public init(width: Double, height: Double, minimumFontSize: Double = 7, legendBelow: Bool? = nil) {
        self.width = width
        self.height = height
        self.minimumFontSize = minimumFontSize
        self.legendBelow = legendBelow ?? (height > width)
    }

    /// A 16:9 slide, 13.333 × 7.5 in: PowerPoint's and Google Slides' widescreen page.
    public static let slide = Frame(width: 960, height: 540)
    /// ISO 216 A4 portrait, 210 × 297 mm.
    public static let a4 = Frame(width: 595.28, height: 841.89)
    /// ISO 216 A4 landscape, 297 × 210 mm.
    public static let a4Landscape = Frame(width: 841.89, height: 595.28)

    /// The margin around everything on the page, in points.
    public var margin: Double { 18 }
    /// The largest share of the drawing area that names may take under ``LabelDensity/auto``.
    public static let labelShare = 0.3
}

/// The sizes `verkosto render --size` offers.
public enum MapSize: String, Sendable, CaseIterable {
    /// The drawing's natural size (fonts 10–12 pt, as large as the map needs).
    case natural
    /// A 16:9 slide (``Frame/slide``).
    case slide
    /// A4 portrait (``Frame/a4``).
    case a4
    /// A4 landscape (``Frame/a4Landscape``).
    case a4Landscape = "a4-landscape"

    public var frame: Frame? {
        switch self {
        case .natural: return nil
        case .slide: return .slide
        case .a4: return .a4
        case .a4Landscape: return .a4Landscape
        }
    }
}

extension MapScene.Layout {
    /// The concrete engine for a graph of `nodeCount` nodes.
    ///
    /// `auto` picks `dot` for graphs of up to 60 nodes with clusters (the only
    /// deterministic engine that boxes clusters), `neato` for other graphs of up to
    /// 300 nodes, and `sfdp` beyond (dot takes ~9 s on 300 nodes; sfdp ~0.06 s).
    /// `fdp` is never chosen: in Graphviz 2.43 it builds internal graphs ordered by
    /// memory address, so the same scene can give different drawings.
    public func resolved(nodeCount: Int, hasClusters: Bool) -> MapScene.Layout {
        guard self == .auto else { return self }
        switch nodeCount {
        case ...60: return hasClusters ? .dot : .neato
        case ...300: return .neato
        default: return .sfdp
        }
    }
}
