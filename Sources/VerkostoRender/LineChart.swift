import VerkostoSupport

/// An SVG line chart: several series over labelled x ticks, with labelled axes and a legend.
///
/// Written by ``SVGMarkup`` (every user string escaped); no Graphviz. Each series is one
/// `<g class="series">` holding its line (one `<path>` per run of defined values: a `nil` value
/// breaks the line) and a marker with a `<title>` per point. A series may bring its own colour
/// (the trend chart gives each sector its sector colour); the others are drawn in neutral greys
/// and dash patterns (``neutralStyle(_:)``), so that no hue is read as a sector that it is not.
public struct LineChart: Sendable, Hashable {
    public struct Series: Sendable, Hashable {
        public var name: String
        /// One value per x label; `nil` where the value is undefined.
        public var values: [Double?]
        /// The line's colour, drawn solid; `nil` for a neutral grey and dash by position.
        public var colour: Colour?

        public init(name: String, values: [Double?], colour: Colour? = nil) {
            self.name = name
            self.values = values
            self.colour = colour
        }
    }

    /// How values print on the y axis and in point titles.
    public enum ValueFormat: Sendable, Hashable {
        /// As numbers.
        case number
        /// Proportions in [0, 1] printed as percentages: 0.27 → "27 %".
        case percent
    }

    public var title: String
    public var xLabels: [String]
    public var xAxisTitle: String
    public var yAxisTitle: String
    public var series: [Series]
    public var format: ValueFormat
    /// The y range; `nil` for a range rounded out from the data (always including 0 for `percent`).
    public var yRange: ClosedRange<Double>?
    public var width: Double
    public var height: Double

    public init(title: String, xLabels: [String], xAxisTitle: String, yAxisTitle: String, series: [Series],
                format: ValueFormat = .number, yRange: ClosedRange<Double>? = nil,
                width: Double = 760, height: Double = 360) {
        self.title = title
        self.xLabels = xLabels
        self.xAxisTitle = xAxisTitle
        self.yAxisTitle = yAxisTitle
        self.series = series
        self.format = format
        self.yRange = yRange
        self.width = width
        self.height = height
    }

    /// Neutral series colours: near-black, dark and mid grey.
    static let colours: [Colour] = [Colour(red: 0x1A, green: 0x1A, blue: 0x1A), Colour(red: 0x6B, green: 0x6B, blue: 0x6B),
                                    Colour(red: 0xA3, green: 0xA3, blue: 0xA3)]
    static let dashes = ["", "7 3", "2 3", "9 3 2 3"]

    /// The colour and dash pattern of the series at `index` without a colour of its own: grey and
    /// dash vary together, so the first twelve such series all look different.
    static func neutralStyle(_ index: Int) -> (colour: Colour, dash: String) {
        (colours[index % colours.count], dashes[index % dashes.count])
    }

    /// The colour and dash pattern of `series[index]`.
    func style(_ index: Int) -> (colour: String, dash: String) {
        if let colour = series[index].colour { return (colour.hex, "") }
        let neutral = LineChart.neutralStyle(series[..<index].filter { $0.colour == nil }.count)
        return (neutral.colour.hex, neutral.dash)
    }

    /// A title block above stacked charts and a source line under them.
    public struct Header: Sendable, Hashable {
        public var title: String
        public var subtitle: String?
        public var source: String?

        public init(title: String, subtitle: String? = nil, source: String? = nil) {
            self.title = title
            self.subtitle = subtitle
            self.source = source
        }
    }

    /// The chart as a standalone SVG document.
    /// - Complexity: O(series × points).
    public func svg() -> String {
        LineChart.svg(stacking: [self])
    }

    /// Several charts stacked top to bottom in one SVG document, each in a `<g class="chart">`,
    /// under `header`'s title and subtitle and over its source line, as on the maps.
    /// - Complexity: O(total series × points).
    public static func svg(stacking charts: [LineChart], header: Header? = nil) -> String {
        let n = SVGMarkup.number
        let width = charts.map(\.fullWidth).max() ?? 0
        let headerHeight = header.map { $0.subtitle == nil ? 44.0 : 66.0 } ?? 0
        let footerHeight = header?.source == nil ? 0.0 : 28.0
        let height = headerHeight + charts.reduce(0) { $0 + $1.height } + footerHeight
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += SVGMarkup.open("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("width", n(width)), ("height", n(height)),
                                      ("viewBox", "0 0 \(n(width)) \(n(height))"), ("font-family", "sans-serif"),
                                      ("font-size", "12")]) + "\n"
        if let header { out += SVGMarkup.element("title", text: LabelText.clean(header.title)) + "\n" }
        out += SVGMarkup.element("rect", [("width", "100%"), ("height", "100%"), ("fill", "#ffffff")]) + "\n"
        if let header {
            out += SVGMarkup.element("text", [("class", "caption title"), ("x", n(left)), ("y", "30"), ("font-size", "20"),
                                              ("font-weight", "bold")], text: LabelText.clean(header.title)) + "\n"
            if let subtitle = header.subtitle {
                out += SVGMarkup.element("text", [("class", "caption subtitle"), ("x", n(left)), ("y", "54"), ("font-size", "13"),
                                                  ("fill", "#444444")], text: LabelText.clean(subtitle)) + "\n"
            }
        }
        var top = headerHeight
        for chart in charts {
            out += chart.group(top: top)
            top += chart.height
        }
        if let source = header?.source {
            out += SVGMarkup.element("text", [("class", "caption source"), ("x", n(left)), ("y", n(top + 18)), ("font-size", "11"),
                                              ("fill", "#555555")], text: LabelText.clean(source)) + "\n"
        }
        return out + "</svg>\n"
    }

    /// "Nice" tick values covering `low...high`: steps of 1, 2 or 5 × 10^k, about five ticks.
    static func ticks(_ low: Double, _ high: Double) -> [Double] {
        guard high > low else { return [low] }
        let raw = (high - low) / 5
        let magnitude = pow10(floorLog10(raw))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        var values: [Double] = []
        var value = (low / step).rounded(.down) * step
        while value <= high + step * 1e-9 {
            if value >= low - step * 1e-9 { values.append(abs(value) < step * 1e-9 ? 0 : value) }
            value += step
        }
        return values
    }

    private static func floorLog10(_ x: Double) -> Int {
        var exponent = 0, value = x
        while value >= 10 { value /= 10; exponent += 1 }
        while value < 1 && value > 0 { value *= 10; exponent -= 1 }
        return exponent
    }

    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        if exponent >= 0 { for _ in 0..<exponent { result *= 10 } } else { for _ in 0..<(-exponent) { result /= 10 } }
        return result
    }

    /// A value as the axis and the point titles print it.
    public func label(_ value: Double) -> String {
        switch format {
        case .percent: return ShortNumber.text((value * 1000).rounded() / 10) + " %"
        case .number: return ShortNumber.text(value)
        }
    }

    /// The y range in effect: `yRange`, else the data's range rounded out to ticks.
    var effectiveRange: ClosedRange<Double> {
        if let yRange { return yRange }
        let values = series.flatMap { $0.values.compactMap { $0 } }.filter(\.isFinite)
        var low = values.min() ?? 0, high = values.max() ?? 1
        if format == .percent { low = min(low, 0); high = max(high, 0) }
        if low == high { low -= 1; high += 1 }
        let ticks = LineChart.ticks(low, high)
        let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        return min(low, ticks.first!)...max(high, ticks.last! < high ? ticks.last! + step : ticks.last!)
    }

    static let left = 70.0, legendGap = 20.0

    /// The legend's width: a 24-point line, a gap and the longest name at about 7 points a character.
    var legendWidth: Double {
        Double(series.map(\.name.count).max() ?? 0) * 7 + 40
    }

    /// The plot area's width: `width` less the left margin and a standard 230-point legend column.
    var plotWidth: Double { max(10, width - LineChart.left - 230) }

    /// The drawn width: `width`, or more when the legend's names need it.
    public var fullWidth: Double {
        max(width, LineChart.left + plotWidth + LineChart.legendGap + legendWidth)
    }

    private func group(top: Double) -> String {
        let left = LineChart.left, titleHeight = 34.0
        let rotate = xLabels.count > 10
        let bottom = rotate ? 86.0 : 56.0
        let plotWidth = self.plotWidth, plotHeight = max(10, height - titleHeight - bottom)
        let plotTop = top + titleHeight, plotBottom = plotTop + plotHeight
        let range = effectiveRange
        func y(_ value: Double) -> Double {
            plotBottom - (value - range.lowerBound) / (range.upperBound - range.lowerBound) * plotHeight
        }
        func x(_ index: Int) -> Double {
            xLabels.count <= 1 ? left + plotWidth / 2 : left + Double(index) / Double(xLabels.count - 1) * plotWidth
        }
        let n = SVGMarkup.number
        func text(_ content: String, _ attributes: SVGMarkup.Attributes) -> String {
            SVGMarkup.element("text", attributes, text: content) + "\n"
        }
        func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ attributes: SVGMarkup.Attributes) -> String {
            SVGMarkup.element("line", [("x1", n(x1)), ("y1", n(y1)), ("x2", n(x2)), ("y2", n(y2))] + attributes) + "\n"
        }
        let axisColour = Colour.darkGrey.hex
        var out = SVGMarkup.open("g", [("class", "chart")]) + "\n"
        out += text(title, [("class", "title"), ("x", n(left)), ("y", n(top + 22)), ("font-size", "15"), ("font-weight", "bold")])

        // Y axis: grid lines, ticks and the axis title.
        out += SVGMarkup.open("g", [("class", "axis y")]) + "\n"
        for tick in LineChart.ticks(range.lowerBound, range.upperBound) {
            out += line(left, y(tick), left + plotWidth, y(tick), [("stroke", "#dddddd")])
            out += text(label(tick), [("x", n(left - 6)), ("y", n(y(tick) + 4)), ("text-anchor", "end")])
        }
        out += line(left, plotTop, left, plotBottom, [("stroke", axisColour)])
        let middle = plotTop + plotHeight / 2
        out += text(yAxisTitle, [("class", "axis-title"), ("x", n(16)), ("y", n(middle)), ("text-anchor", "middle"),
                                 ("transform", "rotate(-90 16 \(n(middle)))")])
        out += "</g>\n"

        // X axis: ticks with labels and the axis title.
        out += SVGMarkup.open("g", [("class", "axis x")]) + "\n"
        out += line(left, plotBottom, left + plotWidth, plotBottom, [("stroke", axisColour)])
        for (index, label) in xLabels.enumerated() {
            out += line(x(index), plotBottom, x(index), plotBottom + 5, [("stroke", axisColour)])
            if rotate {
                let (tx, ty) = (x(index), plotBottom + 16)
                out += text(label, [("x", n(tx)), ("y", n(ty)), ("text-anchor", "end"), ("transform", "rotate(-45 \(n(tx)) \(n(ty)))")])
            } else {
                out += text(label, [("x", n(x(index))), ("y", n(plotBottom + 20)), ("text-anchor", "middle")])
            }
        }
        out += text(xAxisTitle, [("class", "axis-title"), ("x", n(left + plotWidth / 2)), ("y", n(top + height - 10)),
                                 ("text-anchor", "middle")])
        out += "</g>\n"

        // Series.
        for (index, series) in series.enumerated() {
            let (colour, dash) = style(index)
            out += SVGMarkup.open("g", [("class", "series"), ("data-name", series.name)]) + "\n"
            var runs: [[(Double, Double)]] = [[]]
            for (point, value) in series.values.prefix(xLabels.count).enumerated() {
                if let value, value.isFinite { runs[runs.count - 1].append((x(point), y(value))) } else if !runs.last!.isEmpty { runs.append([]) }
            }
            for run in runs where !run.isEmpty {
                let d = run.enumerated().map { "\($0.offset == 0 ? "M" : "L")\(n($0.element.0)) \(n($0.element.1))" }.joined(separator: " ")
                out += SVGMarkup.element("path", [("d", d), ("fill", "none"), ("stroke", colour), ("stroke-width", "2"),
                                                  ("stroke-dasharray", dash.isEmpty ? nil : dash)]) + "\n"
            }
            for (point, value) in series.values.prefix(xLabels.count).enumerated() {
                guard let value, value.isFinite else { continue }
                out += SVGMarkup.element("circle", [("cx", n(x(point))), ("cy", n(y(value))), ("r", "3"), ("fill", colour)],
                                         children: SVGMarkup.element("title", text: "\(series.name), \(xLabels[point]): \(label(value))"))
                    + "\n"
            }
            out += "</g>\n"
        }

        // Legend.
        out += SVGMarkup.open("g", [("class", "legend")]) + "\n"
        let legendLeft = left + plotWidth + LineChart.legendGap
        for (index, series) in series.enumerated() {
            let (colour, dash) = style(index)
            let ly = plotTop + 8 + Double(index) * 18
            out += line(legendLeft, ly, legendLeft + 24, ly, [("stroke", colour), ("stroke-width", "2"),
                                                              ("stroke-dasharray", dash.isEmpty ? nil : dash)])
            out += text(series.name, [("x", n(legendLeft + 30)), ("y", n(ly + 4))])
        }
        out += "</g>\n"
        return out + "</g>\n"
    }
}
