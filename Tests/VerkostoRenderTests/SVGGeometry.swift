import Foundation
import FoundationXML

/// Reads an SVG document back as geometry: every text with its font size and extent on the
/// page, and every shape's points, after the `transform` attributes of its ancestors.
///
/// Independent of the renderers: it knows SVG's `transform` syntax (translate, scale, rotate,
/// matrix) and estimates a text's width at 0.58 em a character, DejaVu Sans's average advance
/// for Finnish text (the renderers' own estimates are wider).
struct SVGGeometry {
    /// An affine map (a c e; b d f): x' = a x + c y + e, y' = b x + d y + f.
    struct Affine {
        var a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0

        func apply(_ x: Double, _ y: Double) -> (Double, Double) { (a * x + c * y + e, b * x + d * y + f) }

        /// `self` after `other`: first `other`, then `self`.
        func then(_ other: Affine) -> Affine {
            Affine(a: a * other.a + c * other.b, b: b * other.a + d * other.b,
                   c: a * other.c + c * other.d, d: b * other.c + d * other.d,
                   e: a * other.e + c * other.f + e, f: b * other.e + d * other.f + f)
        }

        /// How much the map enlarges lengths (the geometric mean of its axis scales).
        var scale: Double { abs(a * d - b * c).squareRoot() }

        /// Parses an SVG `transform` list; unknown functions are ignored.
        static func parse(_ text: String) -> Affine {
            var result = Affine()
            var rest = Substring(text)
            while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
                let name = rest[..<open].trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",")))
                let values = rest[rest.index(after: open)..<close]
                    .split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
                var m = Affine()
                switch name {
                case "translate": m.e = values.first ?? 0; m.f = values.count > 1 ? values[1] : 0
                case "scale": m.a = values.first ?? 1; m.d = values.count > 1 ? values[1] : m.a
                case "rotate":
                    let angle = (values.first ?? 0) * Double.pi / 180
                    let (cx, cy) = values.count > 2 ? (values[1], values[2]) : (0, 0)
                    m = Affine(a: cos(angle), b: sin(angle), c: -sin(angle), d: cos(angle),
                               e: cx - cos(angle) * cx + sin(angle) * cy, f: cy - sin(angle) * cx - cos(angle) * cy)
                case "matrix" where values.count == 6:
                    m = Affine(a: values[0], b: values[1], c: values[2], d: values[3], e: values[4], f: values[5])
                default: break
                }
                result = result.then(m)
                rest = rest[rest.index(after: close)...]
            }
            return result
        }
    }

    struct Text {
        var content: String
        /// The font size in page units (the viewBox's), after transforms.
        var size: Double
        /// Corners of the text's estimated box, in page units.
        var corners: [(Double, Double)]
    }

    var viewBox: (x: Double, y: Double, width: Double, height: Double)
    var width: String, height: String
    var texts: [Text] = []
    /// Points of shapes (ellipse extremes, polygon and path points, rectangles' corners), in page units.
    var points: [(Double, Double)] = []

    init(_ svg: String) throws {
        let document = try XMLDocument(data: Data(svg.utf8), options: [])
        guard let root = document.rootElement() else { throw CocoaError(.fileReadCorruptFile) }
        func attribute(_ element: XMLElement, _ name: String) -> String? {
            element.attributes?.first { $0.name == name }?.stringValue
        }
        let box = (attribute(root, "viewBox") ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        viewBox = box.count == 4 ? (box[0], box[1], box[2], box[3]) : (0, 0, 0, 0)
        width = attribute(root, "width") ?? ""
        height = attribute(root, "height") ?? ""
        var texts: [Text] = [], points: [(Double, Double)] = []
        func number(_ element: XMLElement, _ name: String) -> Double { attribute(element, name).flatMap(Double.init) ?? 0 }
        func walk(_ element: XMLElement, _ transform: Affine, _ fontSize: Double) {
            let t = transform.then(Affine.parse(attribute(element, "transform") ?? ""))
            let size = attribute(element, "font-size").flatMap { Double($0.replacingOccurrences(of: "px", with: "")) } ?? fontSize
            let name = (element.localName ?? element.name ?? "").split(separator: ":").last.map(String.init) ?? ""
            switch name {
            case "text":
                // Only the text of the element itself (not a <title> inside it).
                let content = (element.children ?? []).filter { $0.kind == .text }.compactMap(\.stringValue).joined()
                let x = number(element, "x"), y = number(element, "y")
                let w = Double(content.count) * size * 0.58
                let left: Double
                switch attribute(element, "text-anchor") {
                case "middle": left = x - w / 2
                case "end": left = x - w
                default: left = x
                }
                let corners = [(left, y - size * 0.8), (left + w, y - size * 0.8), (left, y + size * 0.2), (left + w, y + size * 0.2)]
                    .map { t.apply($0.0, $0.1) }
                if !content.trimmingCharacters(in: .whitespaces).isEmpty {
                    texts.append(Text(content: content, size: size * t.scale, corners: corners))
                }
            case "ellipse", "circle":
                let cx = number(element, "cx"), cy = number(element, "cy")
                let rx = name == "circle" ? number(element, "r") : number(element, "rx")
                let ry = name == "circle" ? rx : number(element, "ry")
                points += [(cx - rx, cy), (cx + rx, cy), (cx, cy - ry), (cx, cy + ry)].map { t.apply($0.0, $0.1) }
            case "rect" where attribute(element, "width")?.hasSuffix("%") == false:
                let x = number(element, "x"), y = number(element, "y"), w = number(element, "width"), h = number(element, "height")
                points += [(x, y), (x + w, y + h)].map { t.apply($0.0, $0.1) }
            case "polygon", "polyline":
                let values = (attribute(element, "points") ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
                for k in stride(from: 0, to: values.count - 1, by: 2) { points.append(t.apply(values[k], values[k + 1])) }
            case "path":
                // Absolute commands only (what Graphviz and the charts write): every coordinate pair.
                let d = attribute(element, "d") ?? ""
                let values = d.split(whereSeparator: { !($0.isNumber || $0 == "." || $0 == "-" || $0 == "e") })
                    .compactMap { Double($0) }
                for k in stride(from: 0, to: values.count - 1, by: 2) { points.append(t.apply(values[k], values[k + 1])) }
            case "line":
                points += [(number(element, "x1"), number(element, "y1")), (number(element, "x2"), number(element, "y2"))]
                    .map { t.apply($0.0, $0.1) }
            default: break
            }
            for child in element.children ?? [] {
                if let child = child as? XMLElement { walk(child, t, size) }
            }
        }
        walk(root, Affine(), 16)
        self.texts = texts
        self.points = points
    }

    /// The smallest text, in pixels, when the page is shown `pixelWidth` pixels wide.
    func smallestText(pixelWidth: Double) -> Text? {
        texts.min { $0.size < $1.size }.map {
            var text = $0
            text.size = $0.size * pixelWidth / viewBox.width
            return text
        }
    }

    /// Texts and shape points outside the page (beyond `tolerance` page units).
    func outside(tolerance: Double = 0.5) -> (texts: [String], points: Int) {
        func inside(_ p: (Double, Double)) -> Bool {
            p.0 >= viewBox.x - tolerance && p.0 <= viewBox.x + viewBox.width + tolerance
                && p.1 >= viewBox.y - tolerance && p.1 <= viewBox.y + viewBox.height + tolerance
        }
        return (texts.filter { !$0.corners.allSatisfy(inside) }.map(\.content), points.filter { !inside($0) }.count)
    }
}
