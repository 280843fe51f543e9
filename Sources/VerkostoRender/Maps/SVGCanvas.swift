import VerkostoSupport

/// A small SVG writer for the maps drawn without Graphviz (heatmap, coverage grid).
///
/// Every element is written by ``SVGMarkup`` (text and attribute values escaped by `XMLText`),
/// every id and class goes through `LabelText.identifier`. Nothing else is written from data.
struct SVGCanvas {
    private var body: [String] = []
    let fontFamily: String

    init(fontFamily: String = MapScene.Style().svgFontFamily) {
        self.fontFamily = fontFamily
    }

    private static func n(_ x: Double) -> String { SVGMarkup.number(x) }

    /// `id` and `class` from raw id text (sanitised) and class names (each sanitised).
    private static func identity(_ id: String?, _ classes: [String]) -> SVGMarkup.Attributes {
        [("id", id.map { LabelText.identifier($0, limit: 200) }),
         ("class", classes.isEmpty ? nil : classes.map { LabelText.identifier($0) }.joined(separator: " "))]
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: Colour, stroke: Colour? = nil,
                       strokeWidth: Double = 1, id: String? = nil, classes: [String] = [], tooltip: String? = nil,
                       rounded: Double = 0) {
        let attributes = Self.identity(id, classes) + [
            ("x", Self.n(x)), ("y", Self.n(y)), ("width", Self.n(width)), ("height", Self.n(height)), ("fill", fill.hex),
            ("stroke", stroke?.hex), ("stroke-width", stroke.map { _ in Self.n(strokeWidth) }),
            ("rx", rounded > 0 ? Self.n(rounded) : nil),
        ]
        body.append(SVGMarkup.element("rect", attributes, children: tooltip.map {
            SVGMarkup.element("title", text: LabelText.shortened(LabelText.clean($0), limit: 300))
        }))
    }

    enum Anchor: String { case start, middle, end }

    /// A text element; `text` is cleaned, shortened to `limit` characters and escaped. A
    /// `tooltip` (for example the full name of a shortened one) becomes its `<title>`.
    mutating func text(_ text: String, x: Double, y: Double, size: Double, anchor: Anchor = .start, bold: Bool = false,
                       colour: Colour = Colour(red: 0x1A, green: 0x1A, blue: 0x1A), rotate: Double? = nil,
                       limit: Int = 80, id: String? = nil, classes: [String] = [], tooltip: String? = nil) {
        let attributes = Self.identity(id, classes) + [
            ("x", Self.n(x)), ("y", Self.n(y)), ("font-size", Self.n(size)), ("fill", colour.hex),
            ("text-anchor", anchor == .start ? nil : anchor.rawValue), ("font-weight", bold ? "bold" : nil),
            ("transform", rotate.map { "rotate(\(Self.n($0)) \(Self.n(x)) \(Self.n(y)))" }),
        ]
        let title = tooltip.map { SVGMarkup.element("title", text: LabelText.shortened(LabelText.clean($0), limit: 300)) }
        body.append(SVGMarkup.element("text", attributes,
                                      children: (title ?? "") + XMLText.text(LabelText.shortened(LabelText.clean(text), limit: limit))))
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, colour: Colour, width: Double = 1) {
        body.append(SVGMarkup.element("line", [("x1", Self.n(x1)), ("y1", Self.n(y1)), ("x2", Self.n(x2)), ("y2", Self.n(y2)),
                                               ("stroke", colour.hex), ("stroke-width", Self.n(width))]))
    }

    /// A horizontal colour ramp from `low` to `high` made of `steps` rectangles (no gradient
    /// definitions, so that every SVG viewer and slide tool shows it the same).
    mutating func ramp(x: Double, y: Double, width: Double, height: Double, colour: (Double) -> Colour, steps: Int = 40) {
        let w = width / Double(steps)
        for i in 0..<steps {
            rect(x: x + Double(i) * w, y: y, width: w + 0.3, height: height, fill: colour((Double(i) + 0.5) / Double(steps)))
        }
        body.append(SVGMarkup.element("rect", [("x", Self.n(x)), ("y", Self.n(y)), ("width", Self.n(width)),
                                               ("height", Self.n(height)), ("fill", "none"), ("stroke", "#888888"),
                                               ("stroke-width", "0.5")]))
    }

    mutating func group(id: String, classes: [String] = [], _ content: (inout SVGCanvas) -> Void) {
        body.append(SVGMarkup.open("g", Self.identity(id, classes)))
        content(&self)
        body.append("</g>")
    }

    /// The whole document: `title` becomes the accessible `<title>`.
    ///
    /// With a `frame`, the document is the page: the drawing (`width` × `height`) is scaled to
    /// fit inside the page's margins and centred on it.
    func document(width: Double, height: Double, title: String, frame: Frame? = nil) -> String {
        let pageWidth = frame?.width ?? width, pageHeight = frame?.height ?? height
        let w = Self.n(pageWidth), h = Self.n(pageHeight)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
        out += SVGMarkup.open("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("width", "\(w)pt"), ("height", "\(h)pt"),
                                      ("viewBox", "0 0 \(w) \(h)"), ("font-family", fontFamily)]) + "\n"
        out += SVGMarkup.element("title", text: LabelText.shortened(LabelText.clean(title), limit: 200)) + "\n"
        out += SVGMarkup.element("rect", [("width", "100%"), ("height", "100%"), ("fill", "#FFFFFF")]) + "\n"
        if let frame {
            let scale = Self.scale(width: width, height: height, into: frame)
            let x = (frame.width - width * scale) / 2, y = (frame.height - height * scale) / 2
            let rounded = (scale * 10_000).rounded(.down) / 10_000
            out += SVGMarkup.open("g", [("transform", "translate(\(Self.n(x)) \(Self.n(y))) scale(\(rounded))")]) + "\n"
            out += body.joined(separator: "\n")
            out += "\n</g>"
        } else {
            out += body.joined(separator: "\n")
        }
        out += "\n</svg>\n"
        return out
    }

    /// The scale at which a drawing of `width` × `height` fits inside `frame`'s margins.
    static func scale(width: Double, height: Double, into frame: Frame) -> Double {
        min((frame.width - 2 * frame.margin) / max(1, width), (frame.height - 2 * frame.margin) / max(1, height))
    }

    /// Approximate width in points of `text` at `size` (DejaVu Sans averages about 0.6 em).
    static func textWidth(_ text: String, size: Double) -> Double {
        Double(text.count) * size * 0.6
    }
}

extension Colour {
    /// Black or white, whichever reads better on this colour.
    var textColour: Colour { luminance < 0.3 ? .white : Colour(red: 0x1A, green: 0x1A, blue: 0x1A) }
}

/// The sequential scale of the grid maps: `t` in 0...1 from the light to the dark end.
func sequentialColour(_ t: Double) -> Colour {
    Palette.sequentialLow.mixed(with: Palette.sequentialHigh, 0.08 + 0.92 * t)
}
