/// A small builder for hand-made SVG charts: every text and attribute value goes
/// through `SVGText`, so data can never add elements or attributes.
struct SVGDocument {
    private(set) var body: [String] = []
    let width: Double
    let height: Double
    let fontFamily: String

    init(width: Double, height: Double, fontFamily: String) {
        self.width = width
        self.height = height
        self.fontFamily = fontFamily
    }

    /// Appends raw markup built by this module (never data).
    mutating func raw(_ markup: String) { body.append(markup) }

    /// Attribute list ` name="value"` with escaped values; `nil` values are left out.
    static func attributes(_ pairs: [(String, String?)]) -> String {
        pairs.compactMap { name, value in value.map { " \(name)=\"\(SVGText.attribute($0))\"" } }.joined()
    }

    mutating func open(_ element: String, _ pairs: [(String, String?)] = []) {
        body.append("<\(element)\(Self.attributes(pairs))>")
    }

    mutating func close(_ element: String) { body.append("</\(element)>") }

    mutating func empty(_ element: String, _ pairs: [(String, String?)]) {
        body.append("<\(element)\(Self.attributes(pairs))/>")
    }

    /// An element with escaped text content.
    mutating func text(_ element: String, _ content: String, _ pairs: [(String, String?)] = []) {
        body.append("<\(element)\(Self.attributes(pairs))>\(SVGText.text(content))</\(element)>")
    }

    /// `<text>` at (x, y) with the given size, anchor and optional class/weight/transform.
    mutating func label(_ content: String, x: Double, y: Double, size: Double, anchor: String = "start",
                        weight: String? = nil, fill: String = "#1A1A1A", className: String? = nil,
                        transform: String? = nil) {
        let n = SVGText.number
        text("text", content, [("x", n(x)), ("y", n(y)), ("font-size", n(size)), ("text-anchor", anchor),
                               ("font-weight", weight), ("fill", fill), ("class", className), ("transform", transform)])
    }

    /// The complete document: XML declaration, `<svg>` with width, height and viewBox, a
    /// `<title>`, a white background, then the body.
    func render(title: String) -> String {
        let n = SVGText.number
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(height))\" "
        out += "viewBox=\"0 0 \(n(width)) \(n(height))\" font-family=\"\(SVGText.attribute(fontFamily))\">\n"
        out += "<title>\(SVGText.text(title))</title>\n"
        out += "<rect class=\"background\" x=\"0\" y=\"0\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"#FFFFFF\"/>\n"
        for line in body { out += line; out += "\n" }
        out += "</svg>\n"
        return out
    }

    /// Approximate width in pixels of `text` at `size` (DejaVu Sans averages ~0.6 em).
    static func textWidth(_ text: String, size: Double) -> Double {
        Double(text.count) * size * 0.6
    }
}

/// Round tick values for an axis, after Heckbert, "Nice numbers for graph labels"
/// (Graphics Gems, 1990).
///
/// - Returns: ticks from a multiple of the step at or below `low` to one at or above `high`.
/// - Complexity: O(number of ticks).
func niceTicks(low: Double, high: Double, count: Int = 5) -> [Double] {
    guard low.isFinite, high.isFinite else { return [0, 1] }
    var low = low, high = high
    if high <= low { high = low + (low == 0 ? 1 : abs(low) * 0.1) }
    func nice(_ x: Double, round: Bool) -> Double {
        let exponent = (x > 0 ? x : 1).magnitudeExponent
        let fraction = x / exponent
        let niceFraction: Double
        if round {
            niceFraction = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            niceFraction = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        }
        return niceFraction * exponent
    }
    let range = nice(high - low, round: false)
    let step = nice(range / Double(max(1, count - 1)), round: true)
    low = (low / step).rounded(.down) * step
    high = (high / step).rounded(.up) * step
    var ticks: [Double] = []
    var v = low
    while v <= high + step * 0.5 && ticks.count < 100 {
        ticks.append(abs(v) < step * 1e-9 ? 0 : v)
        v += step
    }
    return ticks
}

extension Double {
    /// 10 to the power of floor(log10(self)), for self > 0.
    fileprivate var magnitudeExponent: Double {
        var e = 1.0
        var x = self
        while x >= 10 { x /= 10; e *= 10 }
        while x < 1 { x *= 10; e /= 10 }
        return e
    }
}
