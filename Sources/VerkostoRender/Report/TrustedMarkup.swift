import Foundation
import VerkostoSupport

/// Markup that the report template inserts without escaping (Mustache `{{{ }}}`).
///
/// Everything else in the report goes through Mustache's `{{ }}`, which escapes `& < > " '`.
/// A value of this type can only be made by the named functions below, so that every raw
/// insertion is visible in the code:
/// - ``renderedSVG(_:label:idPrefix:interactive:)``: an SVG drawn by our own renderers, whose labels are escaped
///   by ``XMLText``, with ids of its own; the only way an SVG enters the report;
/// - ``scriptJSON(_:)``: a JSON document escaped for a `<script type="application/json">` element;
/// - ``constant(_:)``: the report's own style sheet and script, which are string literals.
public struct TrustedMarkup: Sendable, Hashable {
    /// The markup, inserted as is.
    public let markup: String

    private init(_ markup: String) { self.markup = markup }

    /// An SVG from Verkosto's renderers (`DomainMap`, `MapRenderer`, `LineChart`), ready to inline.
    ///
    /// Drops the XML declaration and DOCTYPE, and gives the root `<svg>` `role="img"` and an
    /// escaped `aria-label`, so that screen readers announce the map by its title. An
    /// `interactive` figure (one whose nodes the page's script makes focusable buttons) gets
    /// `role="group"` instead, since the children of an image are not announced.
    /// - Parameter svg: SVG text produced by our code from escaped labels.
    public static func renderedSVG(_ svg: String, label: String, interactive: Bool = false) -> TrustedMarkup {
        var text = Substring(svg)
        if let start = text.range(of: "<svg") { text = text[start.lowerBound...] }
        let attributes = " role=\"\(interactive ? "group" : "img")\" aria-label=\"\(XMLText.attribute(label))\""
        var result = String(text)
        if let open = result.range(of: "<svg") {
            result.insert(contentsOf: attributes, at: open.upperBound)
        }
        return TrustedMarkup(result)
    }

    /// An SVG from Verkosto's renderers, as ``renderedSVG(_:label:)``, with every `id` and every
    /// reference to one inside it (`url(#…)`, `href="#…"`) starting with `idPrefix`, so that
    /// several figures on one page never share an id (Graphviz names every drawing `graph0`, and
    /// two maps of Finland have the same municipality ids).
    ///
    /// Only markup is changed: text between tags stays as it is.
    /// - Parameter idPrefix: letters, digits and `-`, chosen by our code (a precondition).
    /// - Complexity: O(*n*) in the SVG's length.
    public static func renderedSVG(_ svg: String, label: String, idPrefix: String, interactive: Bool = false) -> TrustedMarkup {
        precondition(!idPrefix.isEmpty && idPrefix.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }, "an id prefix of letters, digits and '-'")
        let markup = renderedSVG(svg, label: label, interactive: interactive).markup
        // Inside a tag (between `<` and `>`): an id attribute, or a reference in an attribute value.
        let rewrites = [(" id=\"", " id=\"\(idPrefix)"), (" href=\"#", " href=\"#\(idPrefix)"),
                        (" xlink:href=\"#", " xlink:href=\"#\(idPrefix)"), ("url(#", "url(#\(idPrefix)")]
        var out = ""
        out.reserveCapacity(markup.utf8.count + markup.utf8.count / 20)
        var inTag = false
        var rest = Substring(markup)
        while let first = rest.first {
            if inTag, let (pattern, replacement) = rewrites.first(where: { rest.hasPrefix($0.0) }) {
                out += replacement
                rest = rest.dropFirst(pattern.count)
                continue
            }
            if first == "<" { inTag = true } else if first == ">" { inTag = false }
            out.append(first)
            rest = rest.dropFirst()
        }
        return TrustedMarkup(out)
    }

    /// A JSON document that can sit inside `<script type="application/json">` safely: `<`, `>`
    /// and `&` become `\u003c`, `\u003e`, `\u0026`, and U+2028/U+2029 become `\u2028`/`\u2029`,
    /// so neither `</script>` nor `<!--` can end or change the element. The JSON value is unchanged.
    public static func scriptJSON(_ json: String) -> TrustedMarkup {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return TrustedMarkup(out)
    }

    /// The report's own CSS or JavaScript: string literals of this module, never data.
    static func constant(_ text: StaticString) -> TrustedMarkup {
        TrustedMarkup(text.description)
    }
}
