import Foundation

/// A labelled square matrix drawn as an SVG heatmap, without Graphviz.
///
/// Used for sector mixing matrices and network overlap. Row *i* and column *i* are
/// the same item. Cells are coloured on a sequential scale from `lowColour` (the
/// smallest finite value) to `highColour` (the largest); missing values (NaN) are
/// drawn hatched-grey. Rows and columns are shown in `order`, and a line separates
/// consecutive items of different `groups` (for example sectors or clusters).
public struct Heatmap: Sendable, Hashable {
    public var title: String
    public var subtitle: String?
    public var source: String?
    /// One label per item; rows and columns share them.
    public var labels: [String]
    /// `values[row][column]`, a `labels.count` × `labels.count` matrix; NaN for "no value".
    public var values: [[Double]]
    /// Optional group name per item (same indexing as `labels`), shown beside the rows.
    public var groups: [String]?
    /// Display order: a permutation of `labels.indices`. `nil` keeps the given order.
    public var order: [Int]?
    /// Caption of the colour scale, for example "Yhteiset jäsenet".
    public var valueCaption: String
    /// Digits after the decimal separator in cells and on the scale.
    public var decimals: Int
    public var decimalSeparator: String
    /// Write the value in each cell.
    public var showValues: Bool
    /// Side of a cell in pixels.
    public var cellSize: Double
    public var labelLimit: Int
    public var fontFamily: String
    public var lowColour: Colour
    public var highColour: Colour

    public init(title: String, subtitle: String? = nil, source: String? = nil, labels: [String], values: [[Double]],
                groups: [String]? = nil, order: [Int]? = nil, valueCaption: String = "", decimals: Int = 0,
                decimalSeparator: String = ".", showValues: Bool = true, cellSize: Double = 28, labelLimit: Int = 40,
                fontFamily: String = "DejaVu Sans, Arial, sans-serif",
                lowColour: Colour = Palette.sequentialLow, highColour: Colour = Palette.sequentialHigh) {
        self.title = title
        self.subtitle = subtitle
        self.source = source
        self.labels = labels
        self.values = values
        self.groups = groups
        self.order = order
        self.valueCaption = valueCaption
        self.decimals = decimals
        self.decimalSeparator = decimalSeparator
        self.showValues = showValues
        self.cellSize = cellSize
        self.labelLimit = labelLimit
        self.fontFamily = fontFamily
        self.lowColour = lowColour
        self.highColour = highColour
    }

    /// Checks the shapes: a square matrix, groups and order of the right length, order a permutation.
    public func validate() throws {
        let n = labels.count
        guard values.count == n, values.allSatisfy({ $0.count == n }) else {
            throw RenderError.invalidChart("the heatmap needs a \(n) × \(n) matrix of values, one row and column per label")
        }
        if let groups, groups.count != n {
            throw RenderError.invalidChart("the heatmap has \(n) labels but \(groups.count) groups")
        }
        if let order, order.sorted() != Array(0..<n) {
            throw RenderError.invalidChart("the heatmap order must list each of the \(n) items exactly once")
        }
    }

    func format(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let text = String(format: "%.\(max(0, min(decimals, 6)))f", value)
        return decimalSeparator == "." ? text : text.replacingOccurrences(of: ".", with: decimalSeparator)
    }

    /// The heatmap as a standalone SVG document.
    ///
    /// Each cell is a `<rect class="cell">` with `data-row`, `data-column` and `data-value`
    /// attributes (escaped) and a `<title>`; each row is a `<g class="row">` with `data-group`.
    /// - Throws: `RenderError.invalidChart` if `validate()` fails.
    /// - Complexity: O(*n*²) for *n* labels.
    public func svg() throws -> String {
        try validate()
        let n = labels.count
        let order = self.order ?? Array(0..<n)
        let shown = labels.map { LabelText.shortened(LabelText.clean($0), limit: labelLimit) }
        let groupNames = groups.map { $0.map { LabelText.shortened(LabelText.clean($0), limit: labelLimit) } }
        let fs = 12.0
        let c = cellSize
        let labelWidth = (shown.map { SVGDocument.textWidth($0, size: fs) }.max() ?? 0) + 10
        let groupWidth = groupNames.map { ($0.map { SVGDocument.textWidth($0, size: fs) }.max() ?? 0) + 16 } ?? 0
        let left = 20 + groupWidth + labelWidth
        var top = 20 + 28.0
        if subtitle != nil { top += 20 }
        let headerTop = top
        top += labelWidth * 0.72 + 10  // column labels at -45°
        let gridWidth = Double(n) * c
        let legendLeft = left + gridWidth + 30
        let legendWidth = max(120, SVGDocument.textWidth(valueCaption, size: fs) + 10)
        let width = legendLeft + legendWidth + 20
        let height = top + max(Double(n) * c, 200) + (source == nil ? 20 : 44)

        let finite = values.flatMap { $0 }.filter(\.isFinite)
        let low = finite.min() ?? 0, high = finite.max() ?? 1
        func colour(_ v: Double) -> Colour {
            high > low ? lowColour.mixed(with: highColour, (v - low) / (high - low)) : lowColour.mixed(with: highColour, 0.5)
        }
        let n2 = SVGText.number
        var doc = SVGDocument(width: width, height: height, fontFamily: fontFamily)
        doc.label(title, x: 20, y: 34, size: 20, weight: "bold", className: "title")
        if let subtitle { doc.label(subtitle, x: 20, y: 56, size: 14, fill: "#444444", className: "subtitle") }

        // Column labels.
        doc.open("g", [("class", "column-labels")])
        for (position, item) in order.enumerated() {
            let x = left + (Double(position) + 0.5) * c
            doc.label(shown[item], x: x, y: top - 6, size: fs, className: "column-label",
                      transform: "rotate(-45 \(n2(x)) \(n2(top - 6)))")
        }
        doc.close("g")
        _ = headerTop

        // Rows.
        for (rowPosition, row) in order.enumerated() {
            let y = top + Double(rowPosition) * c
            let group = groups?[row]
            doc.open("g", [("class", "row" + (group.map { " group-" + LabelText.identifier($0) } ?? "")),
                           ("data-row", shown[row]), ("data-group", group.map { LabelText.shortened(LabelText.clean($0), limit: labelLimit) })])
            if let groupNames, rowPosition == 0 || groups?[order[rowPosition - 1]] != group {
                doc.label(groupNames[row], x: 20, y: y + c * 0.65, size: fs, weight: "bold", fill: "#444444", className: "group-label")
            }
            doc.label(shown[row], x: left - 6, y: y + c * 0.65, size: fs, anchor: "end", className: "row-label")
            for (columnPosition, column) in order.enumerated() {
                let v = values[row][column]
                let x = left + Double(columnPosition) * c
                let fill = v.isFinite ? colour(v) : Colour(red: 0xE0, green: 0xE0, blue: 0xE0)
                doc.open("rect", [("class", v.isFinite ? "cell" : "cell missing"), ("x", n2(x)), ("y", n2(y)),
                                  ("width", n2(c)), ("height", n2(c)), ("fill", fill.hex), ("stroke", "#FFFFFF"),
                                  ("data-row", shown[row]), ("data-column", shown[column]),
                                  ("data-value", v.isFinite ? String(v) : nil)])
                doc.text("title", "\(shown[row]) – \(shown[column]): \(format(v))")
                doc.close("rect")
                if showValues && v.isFinite {
                    doc.label(format(v), x: x + c / 2, y: y + c * 0.62, size: min(fs, c * 0.4), anchor: "middle",
                              fill: fill.luminance < 0.25 ? "#FFFFFF" : "#1A1A1A", className: "value")
                }
            }
            doc.close("g")
        }

        // Group separators.
        if let groups {
            doc.open("g", [("class", "group-separators")])
            for position in 1..<max(1, n) where groups[order[position]] != groups[order[position - 1]] {
                let at = Double(position) * c
                doc.empty("line", [("x1", n2(20)), ("y1", n2(top + at)), ("x2", n2(left + gridWidth)), ("y2", n2(top + at)),
                                   ("stroke", "#1A1A1A"), ("stroke-width", "1.5")])
                doc.empty("line", [("x1", n2(left + at)), ("y1", n2(top)), ("x2", n2(left + at)), ("y2", n2(top + gridWidth)),
                                   ("stroke", "#1A1A1A"), ("stroke-width", "1.5")])
            }
            doc.close("g")
        }

        // Colour scale legend: a vertical gradient bar with min and max.
        let barTop = top, barHeight = min(160, max(80, gridWidth))
        doc.open("g", [("class", "legend")])
        doc.raw("<defs><linearGradient id=\"heatmap-scale\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">"
                + "<stop offset=\"0\" stop-color=\"\(lowColour.hex)\"/><stop offset=\"1\" stop-color=\"\(highColour.hex)\"/>"
                + "</linearGradient></defs>")
        doc.label(valueCaption, x: legendLeft, y: barTop - 8, size: fs, weight: "bold", className: "legend-caption")
        doc.empty("rect", [("x", n2(legendLeft)), ("y", n2(barTop)), ("width", "16"), ("height", n2(barHeight)),
                           ("fill", "url(#heatmap-scale)"), ("stroke", "#999999")])
        doc.label(format(high), x: legendLeft + 22, y: barTop + 10, size: fs, className: "legend-max")
        doc.label(format(low), x: legendLeft + 22, y: barTop + barHeight, size: fs, className: "legend-min")
        doc.close("g")

        if let source {
            doc.label(source, x: 20, y: height - 14, size: 11, fill: "#555555", className: "source")
        }
        return doc.render(title: title)
    }
}
