/// The geometry of a map on a page (``Frame``): what is scaled, which names fit, where the title,
/// legend, source line and drawing go, and how a laid-out drawing is fitted into its area.
///
/// Everything here is plain arithmetic on sizes in points; `MapRenderer` applies it through Graphviz.
enum MapFrame {
    // MARK: Text

    /// An estimate of the width in points of `text` in DejaVu Sans at `size` points: 0.64 em a
    /// character (0.7 em in bold), a little wider than the font's average so that an estimate
    /// errs on the side of room.
    /// - Complexity: O(*n*).
    static func textWidth(_ text: String, size: Double, bold: Bool = false) -> Double {
        Double(text.count) * size * (bold ? 0.7 : 0.64)
    }

    /// `text` shortened with "…" so that it is at most `width` points wide at `size` points.
    static func fitted(_ text: String, width: Double, size: Double, bold: Bool = false) -> String {
        let clean = LabelText.clean(text)
        guard textWidth(clean, size: size, bold: bold) > width else { return clean }
        let characters = max(1, Int(width / (size * (bold ? 0.7 : 0.64))))
        return LabelText.shortened(clean, limit: characters)
    }

    /// A caption made of parts joined by " · " broken into lines at most `width` points wide at
    /// `size` points, breaking between parts; with `wrapWords`, a part too wide for a line is
    /// broken between words too (``wrapped(_:width:size:bold:)``).
    static func captionLines(_ text: String, width: Double, size: Double, wrapWords: Bool = false) -> [String] {
        var rows: [String] = []
        for part in text.components(separatedBy: " · ") {
            if let last = rows.last, textWidth(last + " · " + part, size: size) <= width {
                rows[rows.count - 1] = last + " · " + part
            } else if wrapWords {
                rows += wrapped(part, width: width, size: size)
            } else {
                rows.append(part)
            }
        }
        return rows
    }

    /// `text` broken between words into lines at most `width` points wide at `size` points; a
    /// word wider than a line is shortened with "…" (``fitted(_:width:size:bold:)``).
    /// - Complexity: O(*n*).
    static func wrapped(_ text: String, width: Double, size: Double, bold: Bool = false) -> [String] {
        var rows: [String] = []
        for word in LabelText.clean(text).split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            if let last = rows.last, textWidth(last + " " + word, size: size, bold: bold) <= width {
                rows[rows.count - 1] = last + " " + word
            } else {
                rows.append(fitted(word, width: width, size: size, bold: bold))
            }
        }
        return rows
    }

    // MARK: Scaling a scene for a page

    /// The factor that brings the smallest text of `scene` to `frame.minimumFontSize`.
    ///
    /// The smallest texts are node labels (`Node.fontSize` or `Style.fontSize`), edge labels
    /// (0.85 × `fontSize`) and the source line (0.9 × `fontSize`).
    static func fontScale(_ scene: MapScene, frame: Frame) -> Double {
        let style = scene.style
        var smallest = style.fontSize * 0.9
        for node in scene.nodes {
            if let size = node.fontSize, size.isFinite, size > 0 { smallest = min(smallest, size) }
        }
        if scene.edges.contains(where: { $0.label != nil }) { smallest = min(smallest, style.fontSize * 0.85) }
        guard smallest.isFinite, smallest > 0 else { return 1 }
        return frame.minimumFontSize / smallest
    }

    /// `scene` with every size in points multiplied by `fontScale(_:frame:)`: fonts, node sizes,
    /// line widths and the legend's size steps, so that the smallest text is the page's smallest
    /// size and every proportion of the drawing (a circle's area to its count) is kept. Node
    /// names get at most three lines of at most 30 characters on a page.
    static func scaled(_ scene: MapScene, for frame: Frame) -> MapScene {
        let k = fontScale(scene, frame: frame)
        var scaled = scene
        scaled.style.fontSize *= k
        scaled.style.titleFontSize = max(scene.style.titleFontSize * k, frame.minimumFontSize * 2)
        scaled.style.labelLimit = min(scene.style.labelLimit, 34)
        scaled.style.maxWidth = nil
        scaled.style.maxHeight = nil
        scaled.nodes = scene.nodes.map { node in
            var node = node
            node.fontSize = node.fontSize.map { $0 * k }
            node.size = node.size.map { $0 * k }
            node.emphasis = node.emphasis.map { emphasis in
                var emphasis = emphasis
                emphasis.width = max(1, emphasis.width * k)
                return emphasis
            }
            return node
        }
        scaled.edges = scene.edges.map { edge in
            var edge = edge
            edge.width = max(0.5, edge.width * k)
            return edge
        }
        scaled.legend = scene.legend.map { legend in
            var legend = legend
            legend.sections = legend.sections.map { section in
                var section = section
                section.items = section.items.map { item in
                    switch item {
                    case .nodeSize(let diameter, let label, let fill, let outline):
                        return .nodeSize(diameter * k, label: label, fill: fill, outline: outline.map { outline in
                            var outline = outline
                            outline.width *= k
                            return outline
                        })
                    case .edgeWidth(let width, let label): return .edgeWidth(max(0.5, width * k), label: label)
                    case .line(let style, let colour, let width, let label): return .line(style, colour, width: max(0.5, width * k), label: label)
                    case .emphasis(var emphasis, let label):
                        emphasis.width = max(1, emphasis.width * k)
                        return .emphasis(emphasis, label: label)
                    case .swatch, .symbol: return item
                    }
                }
                return section
            }
            return legend
        }
        return scaled
    }

    // MARK: Which names are drawn

    /// An estimate of the area in square points that the name of `node` takes when drawn.
    static func labelArea(_ node: MapScene.Node, style: MapScene.Style) -> Double {
        let parts: [Substring] = node.label.split(separator: "\u{2028}", omittingEmptySubsequences: true)
        let lines: [Int] = parts.prefix(max(1, style.labelLines)).map { min($0.count, style.labelLimit) }
        guard let longest = lines.max(), longest > 0 else { return 0 }
        let size: Double = node.fontSize ?? style.fontSize
        let width = Double(longest) * size * 0.64
        return width * Double(lines.count) * size * 1.2
    }

    /// The nodes whose names are not drawn under `scene.style.labelDensity`, by scene index.
    ///
    /// `all`: none. `auto` at natural size: all but the ``LabelDensity/naturalLimit`` nodes of
    /// highest priority. `auto` on a page: the names of nodes without a priority always count;
    /// then names are added by priority, highest first (ties by scene order), while their
    /// estimated area stays within ``Frame/labelShare`` of `drawingArea`; the rest are left out.
    /// - Complexity: O(*N* log *N*).
    static func hiddenLabels(_ scene: MapScene, drawingArea: Double?) -> Set<Int> {
        guard scene.style.labelDensity == .auto else { return [] }
        let ranked = scene.nodes.indices.filter { scene.nodes[$0].labelPriority != nil }.sorted {
            let (a, b) = (scene.nodes[$0].labelPriority!, scene.nodes[$1].labelPriority!)
            return a != b ? a > b : $0 < $1
        }
        guard let drawingArea else { return Set(ranked.dropFirst(LabelDensity.naturalLimit)) }
        var budget = drawingArea * Frame.labelShare
        for (i, node) in scene.nodes.enumerated() where node.labelPriority == nil {
            budget -= labelArea(node, style: scene.style)
        }
        var hidden = Set<Int>()
        for i in ranked {
            let area = labelArea(scene.nodes[i], style: scene.style)
            if hidden.isEmpty && area <= budget {
                budget -= area
            } else {
                hidden.insert(i)
            }
        }
        return hidden
    }

    /// `hidden` with the names of the lowest-priority shown nodes added: a fifth of them, at least one.
    static func hidingMore(_ scene: MapScene, _ hidden: Set<Int>) -> Set<Int> {
        let shown = scene.nodes.indices.filter { scene.nodes[$0].labelPriority != nil && !hidden.contains($0) }.sorted {
            let (a, b) = (scene.nodes[$0].labelPriority!, scene.nodes[$1].labelPriority!)
            return a != b ? a < b : $0 > $1
        }
        return hidden.union(shown.prefix(max(1, shown.count / 5)))
    }

    // MARK: Regions of the page

    /// A rectangle in points, origin at the lower left (Graphviz's orientation).
    struct Rect: Hashable {
        var x: Double, y: Double, width: Double, height: Double
        var maxX: Double { x + width }
        var maxY: Double { y + height }
    }

    /// One line of the title, subtitle or source line on a page.
    struct CaptionLine: Hashable {
        enum Role: String { case title, subtitle, source }
        var text: String
        /// The line's centre (`leftAligned` false) or left edge (true).
        var x: Double
        /// The line's centre line.
        var y: Double
        var size: Double
        var role: Role
        var leftAligned: Bool
        var bold: Bool { role == .title }
    }

    /// How the parts of a map share the page.
    enum Arrangement: String, CaseIterable {
        /// Title and subtitle across the top, source line at the bottom, the legend at the right
        /// (landscape page) or above the source line (portrait), the drawing in the rest.
        case standard
        /// Title and subtitle across the top, source line at the bottom, the legend in a column
        /// right of the drawing on every page: for a tall drawing on a portrait page.
        case legendBeside
        /// The drawing the full height of the page at the left; title, subtitle, legend and
        /// source line in a column right of it: for a tall drawing on a landscape page.
        case sidePanel
    }

    /// Where the parts of a map go on the page.
    struct Regions {
        var frame: Frame
        var arrangement: Arrangement
        /// The title, subtitle and source lines, each already fitted to its width.
        var lines: [CaptionLine]
        var legend: LegendGeometry?
        /// The lower-left corner of the legend's frame.
        var legendOrigin: (x: Double, y: Double)
        var drawing: Rect
    }

    /// Lays out the page. A drawing whose positions are free (a network layout) takes the
    /// ``Arrangement/standard`` arrangement, and is stretched to the shape of its area. A drawing
    /// whose every node has a position (a map of Finland) keeps its aspect, so the arrangement is
    /// the one in which it is drawn largest: a tall drawing gets the page's full height beside a
    /// column of captions and legend on a slide, and the legend beside it on portrait A4. Ties go
    /// to the earlier arrangement of ``Arrangement``.
    static func regions(_ scene: MapScene, frame: Frame) -> Regions {
        let standard = regions(scene, frame: frame, arrangement: .standard)
        guard let boxes = pinnedBoxes(scene) else { return standard }
        var best = standard
        var bestScale = fit(boxes, into: standard.drawing, keepAspect: true).scale
        for arrangement in [Arrangement.legendBeside, .sidePanel] {
            let candidate = regions(scene, frame: frame, arrangement: arrangement, boxes: boxes)
            let scale = fit(boxes, into: candidate.drawing, keepAspect: true).scale
            if scale > bestScale * 1.02 {
                best = candidate
                bestScale = scale
            }
        }
        return best
    }

    /// The boxes (centre and size, in points) of a scene whose every node has a position, as
    /// pass 1 keeps them: shapes `Node.size` across, names as wide as their text; `nil` when a
    /// node has no position.
    static func pinnedBoxes(_ scene: MapScene) -> [(x: Double, y: Double, width: Double, height: Double)]? {
        guard !scene.nodes.isEmpty else { return nil }
        var boxes: [(x: Double, y: Double, width: Double, height: Double)] = []
        for node in scene.nodes {
            guard let p = node.position, p.x.isFinite, p.y.isFinite else { return nil }
            let size = node.fontSize ?? scene.style.fontSize
            if node.label.isEmpty || node.shape != .labelBand {
                let side = (node.size ?? 0.3) * 72
                boxes.append((p.x, p.y, side, side))
            } else {
                boxes.append((p.x, p.y, textWidth(LabelText.clean(node.label), size: size) + 4, size * 1.3))
            }
        }
        return boxes
    }

    /// The page laid out in `arrangement`; `boxes` (a pinned drawing's) size the drawing's
    /// column in ``Arrangement/sidePanel`` and ``Arrangement/legendBeside``.
    static func regions(_ scene: MapScene, frame: Frame, arrangement: Arrangement,
                        boxes: [(x: Double, y: Double, width: Double, height: Double)] = []) -> Regions {
        let style = scene.style
        let m = frame.margin, fs = style.fontSize
        let width = frame.width - 2 * m
        let titleSize = style.titleFontSize, subtitleSize = fs * 1.1, sourceSize = fs * 0.9
        let pad = 2 * LegendGeometry.padding
        let gap = fs * 1.5
        let limit = legendLimit(style)

        if arrangement == .sidePanel {
            // The drawing's column: as wide as the drawing is at the page's full height, but
            // leaving the panel room for the legend (and at least 30 % of the page).
            let height = frame.height - 2 * m
            let legendWidth = scene.legend.map { LegendGeometry($0, fontSize: fs, limit: limit).width + pad } ?? 0
            let panelMinimum = max(legendWidth, frame.width * 0.3)
            let tall = Rect(x: 0, y: 0, width: .greatestFiniteMagnitude / 4, height: height)
            let drawingWidth = min(span(boxes, fit(boxes, into: tall, keepAspect: true).scaleX), width - gap - panelMinimum)
            let panelWidth = min(width - gap - drawingWidth, max(panelMinimum, frame.width * 0.4))
            let left = m + (width - drawingWidth - gap - panelWidth) / 2
            let drawing = Rect(x: left, y: m, width: drawingWidth, height: height)
            let panelX = left + drawingWidth + gap
            var lines: [CaptionLine] = []
            var y = frame.height - m
            for row in wrapped(scene.title, width: panelWidth, size: titleSize, bold: true).prefix(3) {
                y -= titleSize * 0.85
                lines.append(.init(text: row, x: panelX, y: y, size: titleSize, role: .title, leftAligned: true))
                y -= titleSize * 0.35
            }
            y -= titleSize * 0.2
            if let subtitle = scene.subtitle, !subtitle.isEmpty {
                for row in captionLines(subtitle, width: panelWidth, size: subtitleSize, wrapWords: true).prefix(8) {
                    y -= subtitleSize * 0.75
                    lines.append(.init(text: row, x: panelX, y: y, size: subtitleSize, role: .subtitle, leftAligned: true))
                    y -= subtitleSize * 0.65
                }
            }
            var bottom = m
            if let source = scene.source, !source.isEmpty {
                let rows = Array(captionLines(source, width: panelWidth, size: sourceSize, wrapWords: true).prefix(4))
                for (i, row) in rows.enumerated() {
                    let lineY = m + sourceSize * 0.6 + Double(rows.count - 1 - i) * sourceSize * 1.3
                    lines.append(.init(text: row, x: panelX, y: lineY, size: sourceSize, role: .source, leftAligned: true))
                }
                bottom += Double(rows.count) * sourceSize * 1.3 + fs * 0.6
            }
            var legend: LegendGeometry?
            var origin = (x: panelX, y: bottom)
            if let sceneLegend = scene.legend {
                let top = y - fs
                let geometry = LegendGeometry(sceneLegend, fontSize: fs, limit: limit, maxHeight: max(fs * 4, top - bottom - pad),
                                              maxWidth: panelWidth - pad)
                origin = (panelX, top - geometry.height - pad)
                legend = geometry
            }
            return Regions(frame: frame, arrangement: arrangement, lines: lines, legend: legend, legendOrigin: origin,
                           drawing: drawing)
        }

        var lines: [CaptionLine] = []
        var y = frame.height - m
        y -= titleSize * 0.6
        lines.append(.init(text: fitted(scene.title, width: width, size: titleSize, bold: true), x: frame.width / 2, y: y,
                           size: titleSize, role: .title, leftAligned: false))
        y -= titleSize * 0.6
        if let subtitle = scene.subtitle, !subtitle.isEmpty {
            for row in captionLines(subtitle, width: width, size: subtitleSize).prefix(3) {
                y -= subtitleSize * 0.75
                lines.append(.init(text: fitted(row, width: width, size: subtitleSize), x: frame.width / 2, y: y,
                                   size: subtitleSize, role: .subtitle, leftAligned: false))
                y -= subtitleSize * 0.65
            }
        }
        let top = y - fs * 0.8
        var bottom = m
        if let text = scene.source, !text.isEmpty {
            lines.append(.init(text: fitted(text, width: width, size: sourceSize), x: frame.width / 2, y: m + sourceSize * 0.6,
                               size: sourceSize, role: .source, leftAligned: false))
            bottom += sourceSize * 1.2 + fs * 0.6
        }
        var drawing = Rect(x: m, y: bottom, width: width, height: max(10, top - bottom))
        var legend: LegendGeometry?
        var origin = (x: 0.0, y: 0.0)
        if let sceneLegend = scene.legend {
            if frame.legendBelow && arrangement == .standard {
                // As few rows as the page's width allows: start at 30 % of the height and let the
                // columns grow taller until they fit side by side.
                var maxHeight = (top - bottom) * 0.3 - pad
                var geometry = LegendGeometry(sceneLegend, fontSize: fs, limit: limit, maxHeight: maxHeight, maxWidth: width - pad)
                while geometry.width > width - pad && maxHeight < top - bottom {
                    maxHeight *= 1.25
                    geometry = LegendGeometry(sceneLegend, fontSize: fs, limit: limit, maxHeight: maxHeight, maxWidth: width - pad)
                }
                origin = (m, bottom)
                let used = geometry.height + pad + fs
                drawing = Rect(x: m, y: bottom + used, width: width, height: max(10, top - bottom - used))
                legend = geometry
            } else {
                let geometry = LegendGeometry(sceneLegend, fontSize: fs, limit: limit, maxHeight: top - bottom - pad, maxWidth: width * 0.45)
                let drawingWidth = max(10, width - geometry.width - pad - gap)
                if arrangement == .legendBeside, !boxes.isEmpty {
                    // The drawing and the legend side by side, centred together, the legend at the drawing's top.
                    let wide = Rect(x: 0, y: 0, width: drawingWidth, height: max(10, top - bottom))
                    let used = min(drawingWidth, span(boxes, fit(boxes, into: wide, keepAspect: true).scaleX))
                    let left = m + (width - used - gap - geometry.width - pad) / 2
                    drawing = Rect(x: left, y: bottom, width: used, height: max(10, top - bottom))
                    origin = (left + used + gap, top - geometry.height - pad)
                } else {
                    origin = (frame.width - m - geometry.width - pad, top - geometry.height - pad)
                    drawing = Rect(x: m, y: bottom, width: drawingWidth, height: max(10, top - bottom))
                }
                legend = geometry
            }
        }
        return Regions(frame: frame, arrangement: arrangement, lines: lines, legend: legend, legendOrigin: origin, drawing: drawing)
    }

    /// The width of `boxes` laid out at scale `scale`: from the leftmost box's left edge to the
    /// rightmost box's right edge.
    static func span(_ boxes: [(x: Double, y: Double, width: Double, height: Double)], _ scale: Double) -> Double {
        guard !boxes.isEmpty else { return 0 }
        let low = boxes.map { $0.x * scale - $0.width / 2 }.min()!, high = boxes.map { $0.x * scale + $0.width / 2 }.max()!
        return high - low
    }

    /// The length to which legend texts are cut: the scene's label limit, but at least 60
    /// characters (a page cuts node names shorter than legend texts need).
    static func legendLimit(_ style: MapScene.Style) -> Int { max(60, min(style.labelLimit, 110)) }

    // MARK: Fitting a drawing into its area

    /// How the drawing's positions map into the drawing area: x' = `offsetX` + `scaleX` · x.
    struct Fit: Hashable {
        var scaleX: Double, scaleY: Double, offsetX: Double, offsetY: Double

        func x(_ x: Double) -> Double { offsetX + scaleX * x }
        func y(_ y: Double) -> Double { offsetY + scaleY * y }
        /// The smaller of the two scales: below 1, nodes may overlap.
        var scale: Double { min(scaleX, scaleY) }
    }

    /// The largest scale s ≤ `limit` at which boxes with centres `centres` and half-extents
    /// `below`/`above` span at most `length`: max(c·s + above) − min(c·s − below) ≤ length.
    ///
    /// The span is a convex, piecewise linear function of s (a sum of two maxima of lines), so
    /// the scales that fit form an interval; this finds its upper end by bisection beyond the
    /// span's minimum (found by ternary search). 0 when even s = 0 does not fit.
    /// - Complexity: O(*N* log(1/ε)).
    static func largestScale(centres: [Double], below: [Double], above: [Double], length: Double, limit: Double) -> Double {
        func span(_ s: Double) -> Double {
            var high = -Double.infinity, low = Double.infinity
            for i in centres.indices {
                high = max(high, centres[i] * s + above[i])
                low = min(low, centres[i] * s - below[i])
            }
            return high - low
        }
        guard !centres.isEmpty else { return limit }
        if span(limit) <= length { return limit }
        var a = 0.0, b = limit
        for _ in 0..<60 {
            let m1 = a + (b - a) / 3, m2 = b - (b - a) / 3
            if span(m1) <= span(m2) { b = m2 } else { a = m1 }
        }
        var low = (a + b) / 2, high = limit
        guard span(low) <= length else { return 0 }
        for _ in 0..<60 {
            let middle = (low + high) / 2
            if span(middle) <= length { low = middle } else { high = middle }
        }
        return low
    }

    /// The fit of boxes (centre and size, in the drawing's own points) into `area`: the largest
    /// scales, at most `limit`, at which every box stays inside; with `keepAspect` one scale for
    /// both axes (a geographic map), otherwise the two scales differ by at most `maxAspect`, so
    /// that the drawing fills the page without looking stretched. The drawing is centred.
    static func fit(_ boxes: [(x: Double, y: Double, width: Double, height: Double)], into area: Rect,
                    keepAspect: Bool, limit: Double = 2.5, maxAspect: Double = 1.6) -> Fit {
        let xs = boxes.map(\.x), ys = boxes.map(\.y)
        let halfW = boxes.map { $0.width / 2 }, halfH = boxes.map { $0.height / 2 }
        var sx = largestScale(centres: xs, below: halfW, above: halfW, length: area.width, limit: limit)
        var sy = largestScale(centres: ys, below: halfH, above: halfH, length: area.height, limit: limit)
        // A drawing with no extent along an axis fits at any scale.
        if (xs.max() ?? 0) - (xs.min() ?? 0) < 1e-9 { sx = limit }
        if (ys.max() ?? 0) - (ys.min() ?? 0) < 1e-9 { sy = limit }
        if keepAspect {
            sx = min(sx, sy)
            sy = sx
        } else {
            sx = min(sx, sy * maxAspect)
            sy = min(sy, sx * maxAspect)
        }
        func offset(_ centres: [Double], _ half: [Double], _ s: Double, start: Double, length: Double) -> Double {
            guard !centres.isEmpty else { return start + length / 2 }
            let low = centres.indices.map { centres[$0] * s - half[$0] }.min()!
            let high = centres.indices.map { centres[$0] * s + half[$0] }.max()!
            return start + (length - (high - low)) / 2 - low
        }
        return Fit(scaleX: sx, scaleY: sy, offsetX: offset(xs, halfW, sx, start: area.x, length: area.width),
                   offsetY: offset(ys, halfH, sy, start: area.y, length: area.height))
    }
}

/// The legend laid out in rows and columns: where each title, section title and item goes,
/// as offsets from the legend's top left corner (y down), in points.
struct LegendGeometry {
    enum Row {
        case title(String)
        case section(String, index: Int)
        case item(MapScene.Legend.Item)
    }

    struct Placed {
        var row: Row
        /// The left edge of the row's column.
        var x: Double
        /// The row's centre line, down from the legend's top.
        var y: Double
    }

    /// The space between the legend's frame and its contents, in points.
    static let padding = 8.0

    let fontSize: Double
    /// The width of the glyph column (swatches, lines, circles) of each column.
    let glyph: Double
    var placed: [Placed] = []
    var width: Double = 0
    var height: Double = 0

    /// Legend texts are cut to this many characters.
    let limit: Int

    /// `text` as a legend row shows it: cleaned and cut to `limit` characters.
    func text(_ text: String) -> String { LabelText.shortened(LabelText.clean(text), limit: limit) }

    /// The width of `text` in a legend row.
    func textWidth(_ text: String, bold: Bool = false, size: Double? = nil) -> Double {
        Self.textWidth(self.text(text), size: size ?? fontSize, bold: bold)
    }

    static func textWidth(_ text: String, size: Double, bold: Bool = false) -> Double {
        MapFrame.textWidth(text, size: size, bold: bold) + 4
    }

    static func text(of item: MapScene.Legend.Item) -> String {
        switch item {
        case .swatch(_, let t), .edgeWidth(_, let t), .line(_, _, _, let t), .emphasis(_, let t),
             .symbol(_, _, let t), .nodeSize(_, let t, _, _):
            return t
        }
    }

    /// Lays `legend` out at `fontSize`: the title, then each section (its title, then its items)
    /// top to bottom; when a column would grow beyond `maxHeight`, the next section starts a new
    /// column to the right (a section is never split), as long as the columns fit `maxWidth`.
    init(_ legend: MapScene.Legend, fontSize fs: Double, limit: Int = 60, maxHeight: Double = .infinity, maxWidth: Double = .infinity) {
        fontSize = fs
        self.limit = limit
        func cut(_ text: String) -> String { LabelText.shortened(LabelText.clean(text), limit: limit) }
        var glyph = 30.0 * fs / 12
        for section in legend.sections {
            for case .nodeSize(let d, _, _, _) in section.items { glyph = max(glyph, min(d, 2) * 72) }
        }
        self.glyph = glyph
        let rowHeight = fs * 1.7
        func itemHeight(_ item: MapScene.Legend.Item) -> Double {
            if case .nodeSize(let d, _, _, _) = item { return max(rowHeight, min(max(d, 0.05), 2) * 72 + 6) }
            return rowHeight
        }
        func sectionHeight(_ section: MapScene.Legend.Section) -> Double {
            (section.title.isEmpty ? 0 : rowHeight) + section.items.map(itemHeight).reduce(0, +) + fs * 0.6
        }
        func sectionWidth(_ section: MapScene.Legend.Section) -> Double {
            var widest = section.title.isEmpty ? 0 : Self.textWidth(cut(section.title), size: fs, bold: true)
            for item in section.items { widest = max(widest, glyph + 10 + Self.textWidth(cut(Self.text(of: item)), size: fs)) }
            return widest
        }
        let titleHeight = fs * 2
        var columnX = 0.0, cursor = fs, columnWidth = Self.textWidth(cut(legend.title), size: fs * 1.15, bold: true)
        placed.append(.init(row: .title(legend.title), x: 0, y: cursor))
        cursor += titleHeight
        var tallest = cursor
        for (s, section) in legend.sections.enumerated() {
            let needed = sectionHeight(section)
            if cursor > titleHeight + fs && cursor + needed > maxHeight
                && columnX + columnWidth + fs * 1.5 + sectionWidth(section) <= maxWidth {
                columnX += columnWidth + fs * 1.5
                columnWidth = 0
                cursor = fs + titleHeight
            }
            if !section.title.isEmpty {
                placed.append(.init(row: .section(section.title, index: s), x: columnX, y: cursor))
                cursor += rowHeight
            }
            for item in section.items {
                let height = itemHeight(item)
                placed.append(.init(row: .item(item), x: columnX, y: cursor + (height - rowHeight) / 2))
                cursor += height
            }
            cursor += fs * 0.6
            columnWidth = max(columnWidth, sectionWidth(section))
            tallest = max(tallest, cursor)
        }
        width = columnX + max(columnWidth, glyph + 50)
        height = tallest
    }
}
