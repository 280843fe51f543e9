import Foundation

/// Several series over labelled x ticks (years, quarters, snapshot dates), drawn as
/// an SVG line chart without Graphviz. Used for trends.
public struct LineChart: Sendable, Hashable {
    public struct Series: Sendable, Hashable {
        public var name: String
        /// One value per x tick; `nil` or NaN leaves a gap in the line.
        public var values: [Double?]
        /// `nil` takes the next Okabe–Ito colour.
        public var colour: Colour?
        public var dashed: Bool

        public init(name: String, values: [Double?], colour: Colour? = nil, dashed: Bool = false) {
            self.name = name
            self.values = values
            self.colour = colour
            self.dashed = dashed
        }
    }

    public var title: String
    public var subtitle: String?
    public var source: String?
    /// Labels of the x positions, left to right.
    public var ticks: [String]
    public var series: [Series]
    public var xAxisLabel: String
    public var yAxisLabel: String
    /// Lower end of the y axis; `nil` uses 0 when all values are ≥ 0, else the smallest value.
    public var yMinimum: Double?
    public var decimalSeparator: String
    public var width: Double
    public var height: Double
    public var labelLimit: Int
    public var fontFamily: String

    public init(title: String, subtitle: String? = nil, source: String? = nil, ticks: [String], series: [Series],
                xAxisLabel: String = "", yAxisLabel: String = "", yMinimum: Double? = nil, decimalSeparator: String = ".",
                width: Double = 760, height: Double = 440, labelLimit: Int = 40,
                fontFamily: String = "DejaVu Sans, Arial, sans-serif") {
        self.title = title
        self.subtitle = subtitle
        self.source = source
        self.ticks = ticks
        self.series = series
        self.xAxisLabel = xAxisLabel
        self.yAxisLabel = yAxisLabel
        self.yMinimum = yMinimum
        self.decimalSeparator = decimalSeparator
        self.width = width
        self.height = height
        self.labelLimit = labelLimit
        self.fontFamily = fontFamily
    }

    /// Checks that every series has one value per tick.
    public func validate() throws {
        for s in series where s.values.count != ticks.count {
            throw RenderError.invalidChart("series \"\(LabelText.shortened(LabelText.clean(s.name), limit: 40))\" has "
                                           + "\(s.values.count) values for \(ticks.count) x ticks")
        }
    }

    private func format(_ value: Double) -> String {
        var text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.2f", value)
        if decimalSeparator != "." { text = text.replacingOccurrences(of: ".", with: decimalSeparator) }
        return text.replacingOccurrences(of: "-", with: "−")
    }

    /// The chart as a standalone SVG document.
    ///
    /// Each series is one `<g class="series">` with `data-series` holding its name, a
    /// `<path>` per unbroken run of values, and a `<circle>` with a `<title>` per point.
    /// - Throws: `RenderError.invalidChart` if `validate()` fails.
    /// - Complexity: O(series × ticks).
    public func svg() throws -> String {
        try validate()
        let fs = 12.0
        let clean = { (t: String) in LabelText.shortened(LabelText.clean(t), limit: self.labelLimit) }
        let names = series.map { clean($0.name) }
        let values = series.flatMap { $0.values.compactMap { $0 } }.filter(\.isFinite)
        let dataLow = values.min() ?? 0, dataHigh = values.max() ?? 1
        let axis = niceTicks(low: yMinimum ?? (dataLow >= 0 ? 0 : dataLow), high: dataHigh)
        let yLow = axis.first ?? 0, yHigh = axis.last ?? 1

        let legendWidth = (names.map { SVGDocument.textWidth($0, size: fs) }.max() ?? 0) + 40
        let yLabelWidth = (axis.map { SVGDocument.textWidth(format($0), size: fs) }.max() ?? 0) + 12
        let plotLeft = 20 + 22 + yLabelWidth
        let plotTop: Double = 20 + 28 + (subtitle == nil ? 0 : 20) + 16
        let plotRight = width - 20 - legendWidth - 10
        let plotBottom = height - 20 - (source == nil ? 0 : 20) - 44
        let plotWidth = max(40, plotRight - plotLeft), plotHeight = max(40, plotBottom - plotTop)
        func xAt(_ i: Int) -> Double {
            ticks.count <= 1 ? plotLeft + plotWidth / 2 : plotLeft + plotWidth * Double(i) / Double(ticks.count - 1)
        }
        func yAt(_ v: Double) -> Double { plotBottom - plotHeight * (v - yLow) / (yHigh - yLow) }

        let n = SVGText.number
        var doc = SVGDocument(width: width, height: height, fontFamily: fontFamily)
        doc.label(title, x: 20, y: 34, size: 20, weight: "bold", className: "title")
        if let subtitle { doc.label(subtitle, x: 20, y: 56, size: 14, fill: "#444444", className: "subtitle") }

        // Axes, grid and tick labels.
        doc.open("g", [("class", "axis y-axis")])
        for v in axis {
            doc.empty("line", [("x1", n(plotLeft)), ("y1", n(yAt(v))), ("x2", n(plotLeft + plotWidth)), ("y2", n(yAt(v))),
                               ("stroke", v == yLow ? "#333333" : "#DDDDDD"), ("stroke-width", "1")])
            doc.label(format(v), x: plotLeft - 6, y: yAt(v) + 4, size: fs, anchor: "end", fill: "#333333", className: "tick")
        }
        let yMid = plotTop + plotHeight / 2
        doc.label(clean(yAxisLabel), x: 30, y: yMid, size: fs, anchor: "middle", className: "axis-label",
                  transform: "rotate(-90 30 \(n(yMid)))")
        doc.close("g")
        doc.open("g", [("class", "axis x-axis")])
        doc.empty("line", [("x1", n(plotLeft)), ("y1", n(plotTop)), ("x2", n(plotLeft)), ("y2", n(plotBottom)),
                           ("stroke", "#333333"), ("stroke-width", "1")])
        let every = max(1, Int((Double(ticks.count) * 60 / plotWidth).rounded(.up)))
        for (i, tick) in ticks.enumerated() {
            doc.empty("line", [("x1", n(xAt(i))), ("y1", n(plotBottom)), ("x2", n(xAt(i))), ("y2", n(plotBottom + 4)), ("stroke", "#333333")])
            if i % every == 0 {
                doc.label(clean(tick), x: xAt(i), y: plotBottom + 18, size: fs, anchor: "middle", fill: "#333333", className: "tick")
            }
        }
        doc.label(clean(xAxisLabel), x: plotLeft + plotWidth / 2, y: plotBottom + 38, size: fs, anchor: "middle",
                  className: "axis-label")
        doc.close("g")

        // Series.
        let legendLeft = width - 20 - legendWidth
        for (s, line) in series.enumerated() {
            let colour = (line.colour ?? Palette.category(s)).hex
            doc.open("g", [("class", "series series-\(s)"), ("data-series", names[s])])
            var runs: [[(Int, Double)]] = [[]]
            for (i, value) in line.values.enumerated() {
                if let value, value.isFinite { runs[runs.count - 1].append((i, value)) } else if !runs[runs.count - 1].isEmpty { runs.append([]) }
            }
            for run in runs where !run.isEmpty {
                let d = run.enumerated().map { k, p in (k == 0 ? "M" : "L") + "\(n(xAt(p.0))),\(n(yAt(p.1)))" }.joined(separator: " ")
                doc.empty("path", [("d", d), ("fill", "none"), ("stroke", colour), ("stroke-width", "2.5"),
                                   ("stroke-dasharray", line.dashed ? "6 4" : nil)])
                for (i, v) in run {
                    doc.open("circle", [("cx", n(xAt(i))), ("cy", n(yAt(v))), ("r", "3.5"), ("fill", colour),
                                        ("data-x", clean(ticks[i])), ("data-value", String(v))])
                    doc.text("title", "\(names[s]), \(clean(ticks[i])): \(format(v))")
                    doc.close("circle")
                }
            }
            // Legend entry.
            let ly = plotTop + 8 + Double(s) * 22
            doc.empty("line", [("x1", n(legendLeft)), ("y1", n(ly)), ("x2", n(legendLeft + 24)), ("y2", n(ly)),
                               ("stroke", colour), ("stroke-width", "2.5"), ("stroke-dasharray", line.dashed ? "6 4" : nil)])
            doc.label(names[s], x: legendLeft + 30, y: ly + 4, size: fs, className: "legend-label")
            doc.close("g")
        }
        if let source {
            doc.label(source, x: 20, y: height - 14, size: 11, fill: "#555555", className: "source")
        }
        return doc.render(title: title)
    }
}
