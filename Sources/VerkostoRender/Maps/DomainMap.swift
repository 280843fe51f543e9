import Foundation
import VerkostoAnalysis
import VerkostoGraph
import VerkostoModel
import VerkostoSupport

/// The domain maps Verkosto draws from an Atlas.
public enum MapKind: String, Sendable, CaseIterable {
    /// Networks as nodes, coloured by sector, sized by members, tied by overlap.
    case overview
    /// One network, its member organisations and the networks they also belong to.
    case ego
    /// Networks and development directions (two-mode).
    case directions
    /// One node per sector; edges count the ties between their networks.
    case sectors
    /// The overview with direction gaps as dashed edges and brokers highlighted.
    case gaps
    /// Municipalities reached by the leadership networks, by region and municipality type (SVG grid).
    case coverage
    /// The network × network overlap matrix (SVG grid).
    case heatmap

    /// Whether the map is laid out by Graphviz (`false`: drawn directly as SVG, so SVG only).
    public var usesGraphviz: Bool { self != .coverage && self != .heatmap }
    /// Whether the map needs a network id.
    public var needsNetwork: Bool { self == .ego }
}

/// How member organisations (ego) or networks (overview, gaps) are grouped into boxes.
public enum MapGrouping: String, Sendable, CaseIterable {
    case sector, kind, region
}

/// Row and column order of the overlap heatmap.
public enum MatrixOrder: String, Sendable, CaseIterable {
    /// By sector (Atlas order of sectors), then by name.
    case sector
    /// By Louvain community of the network graph (seeded), then by sector and name.
    case cluster
}

/// Choices shared by the domain maps.
public struct MapOptions: Sendable, Hashable {
    public var language: Language
    public var layout: MapScene.Layout
    /// How ties between networks are weighed.
    public var weighting: ProjectionWeighting
    /// What ties networks: shared members, collaborations or both.
    public var ties: NetworkTies
    /// Edges lighter than this are hidden; `nil` picks a default that keeps the map legible
    /// (see ``DomainMap/defaultMinimum(_:)``).
    public var minimum: Double?
    /// Boxes around groups of nodes; `nil` for none (ego: by kind).
    public var groupBy: MapGrouping?
    public var order: MatrixOrder
    /// The direction whose networks the coverage map counts.
    public var direction: String
    /// Largest number of member organisations an ego map draws one by one; the rest are counted.
    public var egoMemberLimit: Int
    /// The page the map is laid out for (``MapSize``).
    public var size: MapSize
    /// Which names are drawn (``LabelDensity``).
    public var labels: LabelDensity
    /// The width of a PNG in pixels; `nil` for 96 dpi.
    public var pixelWidth: Int?
    /// Draw on the map of Finland: coverage by municipality (``DomainMap/coverageGeo(_:options:)``),
    /// ego as where the network's members are (``DomainMap/membersGeo(_:network:options:)``).
    public var geo: Bool

    public init(language: Language = .fi, layout: MapScene.Layout = .auto, weighting: ProjectionWeighting = .count,
                ties: NetworkTies = .both, minimum: Double? = nil, groupBy: MapGrouping? = nil,
                order: MatrixOrder = .sector, direction: String = "leadership", egoMemberLimit: Int = 60,
                size: MapSize = .natural, labels: LabelDensity = .auto, pixelWidth: Int? = nil, geo: Bool = false) {
        self.geo = geo
        self.size = size
        self.labels = labels
        self.pixelWidth = pixelWidth
        self.language = language
        self.layout = layout
        self.weighting = weighting
        self.ties = ties
        self.minimum = minimum
        self.groupBy = groupBy
        self.order = order
        self.direction = direction
        self.egoMemberLimit = egoMemberLimit
    }
}

/// Why a domain map cannot be drawn. Each case says what to do.
public enum MapError: VerkostoError, Equatable {
    /// `ego` names a network that is not in the snapshot.
    case unknownNetwork(String)
    /// The map needs a network id and none was given.
    case missingNetwork(MapKind)
    /// The map takes no network id.
    case unexpectedNetwork(MapKind, String)
    /// The map is drawn as SVG only.
    case svgOnly(MapKind, MapFormat)
    /// The grouping does not apply to the map.
    case grouping(MapKind, MapGrouping)
    /// `--geo` asked of a map that has no form on the map of Finland.
    case notGeographic(MapKind)
    /// A map of Finland from a data set in which no municipality has a centre.
    case noCoordinates

    public var kind: FailureKind {
        switch self {
        case .unknownNetwork: return .missingInput
        case .missingNetwork, .unexpectedNetwork, .svgOnly, .grouping, .notGeographic: return .failure
        case .noCoordinates: return .badData
        }
    }

    public var description: String {
        switch self {
        case .unknownNetwork(let id):
            return "no network with id \"\(id)\" in this snapshot; `verkosto list networks` shows the ids"
        case .missingNetwork(let kind):
            return "the \(kind.rawValue) map needs a network id, e.g. `verkosto render ego johtamisen-oppiva-yhteiso -o ego.svg`"
        case .unexpectedNetwork(let kind, let id):
            return "the \(kind.rawValue) map takes no network id (got \"\(id)\")"
        case .svgOnly(let kind, let format):
            return "the \(kind.rawValue) map is drawn as SVG only, not \(format.rawValue); write a .svg file"
        case .grouping(let kind, let grouping):
            return "the \(kind.rawValue) map cannot be grouped by \(grouping.rawValue)"
        case .notGeographic(let kind):
            return "the \(kind.rawValue) map has no form on the map of Finland; --geo applies to coverage and ego"
        case .noCoordinates:
            return "no municipality in this data set has a centre; add latitude and longitude to municipalities.csv (Data/FORMAT.md)"
        }
    }
}

/// Builds the domain maps: Atlas (a snapshot) → analysis → `MapScene` or SVG.
///
/// Node ids are derived from data ids so that the SVG can be styled and scripted: a network
/// is `network-<id>` (SVG `id="node-network-<id>"`, `class="node network sector-<sector>"`),
/// an organisation `organisation-<id>`, a direction `direction-<id>`, a sector `sector-<id>`.
public enum DomainMap {
    /// Renders a map of `kind` to bytes in `format`.
    ///
    /// - Parameters:
    ///   - atlas: the snapshot to draw (``Atlas/at(_:)``).
    ///   - network: the network id for `ego`; must be `nil` for the other kinds.
    /// - Throws: ``MapError`` for a wrong id or an SVG-only map in another format,
    ///   ``RenderError`` from Graphviz.
    /// - Complexity: the builders are O(*N*² + *M*); Graphviz layout dominates (see `MapRenderer`).
    public static func render(_ kind: MapKind, atlas: Atlas, network: String? = nil, options: MapOptions = MapOptions(),
                              format: MapFormat) throws -> [UInt8] {
        if usesGraphviz(kind, options) {
            return try MapRenderer.render(try scene(kind, atlas: atlas, network: network, options: options), as: format)
        }
        if let network { throw MapError.unexpectedNetwork(kind, network) }
        guard format == .svg else { throw MapError.svgOnly(kind, format) }
        switch kind {
        case .heatmap: return Array(heatmap(atlas, options: options).utf8)
        default: return Array(coverage(atlas, options: options).utf8)
        }
    }

    /// Renders a map of `kind` to `url` atomically, in `format` or the one named by the extension.
    ///
    /// - Throws: ``OutputError`` before any work when the folder is missing.
    public static func write(_ kind: MapKind, atlas: Atlas, network: String? = nil, options: MapOptions = MapOptions(),
                             to url: URL, format: MapFormat? = nil) throws {
        guard let format = format ?? MapFormat(pathExtension: url.pathExtension) else {
            throw RenderError.unknownFormat(url.pathExtension)
        }
        try AtomicFile.checkFolder(of: url)
        try AtomicFile.write(try render(kind, atlas: atlas, network: network, options: options, format: format), to: url)
    }

    /// Whether the map of `kind` with `options` is laid out by Graphviz (`false`: drawn directly as
    /// SVG). Every map of Finland (`options.geo`) is.
    public static func usesGraphviz(_ kind: MapKind, _ options: MapOptions) -> Bool {
        kind.usesGraphviz || options.geo
    }

    /// The scene of a Graphviz map.
    ///
    /// - Throws: ``MapError`` for a missing, unexpected or unknown network id, an SVG-only kind,
    ///   or `--geo` on a map that has no geographic form.
    public static func scene(_ kind: MapKind, atlas: Atlas, network: String? = nil,
                             options: MapOptions = MapOptions()) throws -> MapScene {
        if options.geo {
            switch kind {
            case .coverage:
                if let network { throw MapError.unexpectedNetwork(kind, network) }
                return presented(try coverageGeo(atlas, options: options), options)
            case .ego:
                guard let network else { throw MapError.missingNetwork(kind) }
                return presented(try membersGeo(atlas, network: network, options: options), options)
            default:
                throw MapError.notGeographic(kind)
            }
        }
        if kind.needsNetwork {
            guard let network else { throw MapError.missingNetwork(kind) }
            return presented(try ego(atlas, network: network, options: options), options)
        }
        if let network { throw MapError.unexpectedNetwork(kind, network) }
        switch kind {
        case .overview: return presented(try overview(atlas, options: options), options)
        case .directions: return presented(directions(atlas, options: options), options)
        case .sectors: return presented(sectors(atlas, options: options), options)
        case .gaps: return presented(try gaps(atlas, options: options), options)
        case .ego: fatalError("handled above")
        case .coverage, .heatmap: throw MapError.svgOnly(kind, .dot)
        }
    }

    /// `scene` with the page, name density and PNG width of `options`.
    public static func presented(_ scene: MapScene, _ options: MapOptions) -> MapScene {
        var scene = scene
        scene.style.frame = options.size.frame
        scene.style.labelDensity = options.labels
        scene.style.pixelWidth = options.pixelWidth
        return scene
    }

    /// The default `--min` for a weighting: ties of weight 2 or more for counts (one shared
    /// member is common and clutters the map), nothing hidden for the normalised weights
    /// below 0.05.
    public static func defaultMinimum(_ weighting: ProjectionWeighting) -> Double {
        switch weighting {
        case .count: return 2
        case .newman: return 0.5
        case .jaccard, .overlap: return 0.02
        }
    }
}

// MARK: Shared pieces

extension DomainMap {
    /// The colour of each sector: Okabe–Ito (without black) in Atlas sector order.
    /// Each sector's colour from ``SectorColours``, the one table that maps, charts and exported
    /// graph files share.
    static func sectorColours(_ atlas: Atlas) -> [String: Colour] {
        var result: [String: Colour] = [:]
        for sector in atlas.sectors {
            result[sector.id] = Colour(hex: SectorColours.hex(forSector: sector.id, in: atlas)) ?? .grey
        }
        return result
    }

    static func sectorName(_ atlas: Atlas, _ id: String, _ language: Language) -> String {
        atlas.sector(id)?.name.text(language) ?? id
    }

    /// Legend swatches for the sectors that have a network in the Atlas.
    static func sectorSection(_ atlas: Atlas, text: Localisation) -> MapScene.Legend.Section {
        let used = Set(atlas.networks.map(\.sector))
        let colours = sectorColours(atlas)
        var items: [MapScene.Legend.Item] = atlas.sectors.filter { used.contains($0.id) }.map {
            .swatch(colours[$0.id] ?? .grey, label: $0.name.text(text.language))
        }
        for unknown in used.subtracting(atlas.sectors.map(\.id)).sorted() {
            items.append(.swatch(.grey, label: unknown))
        }
        return .init(title: text.words.sector, items: items)
    }

    /// The map caption under the title: snapshot date and what is drawn.
    static func subtitle(_ atlas: Atlas, text: Localisation, extra: [String] = []) -> String {
        var parts: [String] = []
        if let day = atlas.snapshot { parts.append(text.snapshot(day)) }
        parts += extra
        return parts.joined(separator: " · ")
    }

    /// The source line from the Atlas metadata: the data set's name in the language, else `source`.
    static func source(_ atlas: Atlas, text: Localisation) -> String? {
        let keys = text.language == .fi ? ["name", "source"] : ["name_\(text.language.rawValue)", "name", "source"]
        for key in keys {
            if let value = atlas.metadata[key], !value.isEmpty { return text.words.source(value) }
        }
        return nil
    }

    /// A slug-safe class name: `sector-<id>`.
    static func sectorClass(_ id: String) -> String { "sector-" + LabelText.identifier(id) }

    /// The diameter in inches of the circle that stands for `count` (members of a network,
    /// shared members) on a scale whose largest value `largest` gets ``largestDiameter``: the
    /// circle's area is proportional to the count (Tufte's rule that the area of a symbol
    /// carries the quantity, not its width). A count of 0 gets a dot of 0.05 in, so that it
    /// stays visible. Legends draw their size steps with the same function.
    /// - Complexity: O(1).
    static func networkDiameter(_ count: Int, largest: Int) -> Double {
        guard largest > 0, count > 0 else { return 0.05 }
        return largestDiameter * (Double(count) / Double(largest)).squareRoot()
    }

    /// The diameter in inches of the largest circle on a map.
    static let largestDiameter = 1.0

    /// The legend section of a circle scale: three round steps up to `largest`, drawn with
    /// ``networkDiameter(_:largest:)``.
    static func sizeSection(title: String, largest: Int) -> MapScene.Legend.Section {
        .init(title: title, items: scaleSteps(Double(largest), integer: true).map {
            .nodeSize(networkDiameter(Int($0), largest: largest), label: String(Int($0)))
        })
    }

    /// Edge width in points for `weight` on a scale whose largest weight is `largest`: 0.8 to 8.
    static func edgeWidth(_ weight: Double, largest: Double) -> Double {
        guard largest > 0, weight.isFinite else { return 0.8 }
        return 0.8 + 7.2 * min(1, max(0, weight / largest))
    }

    /// Three round steps of a scale from 0 to `largest`: about a tenth, a half and the whole.
    static func scaleSteps(_ largest: Double, integer: Bool) -> [Double] {
        guard largest > 0 else { return [] }
        if !integer { return [largest * 0.1, largest * 0.5, largest].map { ($0 * 100).rounded() / 100 }.filter { $0 > 0 } }
        let steps = [max(1, (largest / 10).rounded()), max(1, (largest / 2).rounded()), largest.rounded()]
        var unique: [Double] = []
        for s in steps where !unique.contains(s) { unique.append(s) }
        return unique
    }

    /// Member counts of each network (by Atlas position) in the snapshot.
    static func memberCounts(_ atlas: Atlas) -> [Int] {
        atlas.index.membershipsOfNetwork.map { positions in
            Set(positions.map { atlas.memberships[$0].organisation }).count
        }
    }

    /// The text of a network's node: its name wrapped to lines of about 22 characters.
    static func networkLabel(_ network: Network, _ language: Language) -> String {
        LabelText.wrapped(network.name.text(language), width: 22)
    }
}
