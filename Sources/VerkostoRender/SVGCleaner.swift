import Foundation

/// Post-processing of Graphviz SVG for slides and the web.
enum SVGCleaner {
    /// Cleans Graphviz SVG output.
    ///
    /// - Removes every XML comment (Graphviz echoes node and graph names in them).
    /// - Removes Graphviz's per-object `<title>` elements (they hold internal names) and
    ///   puts one `<title>` with the escaped map title at the top, for accessibility.
    /// - Rewrites every `font-family` attribute to `fontFamily` (a fallback list).
    ///
    /// Graphviz writes the values we rewrite (font families, titles of internal names),
    /// never user data, so line-level rewriting is safe here.
    /// - Complexity: O(*n*) in the size of the SVG.
    static func clean(_ svg: String, title: String, fontFamily: String) -> String {
        var out = ""
        out.reserveCapacity(svg.utf8.count)
        var rest = Substring(svg)
        // Drop comments.
        while let open = rest.range(of: "<!--") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else { rest = ""; break }
            rest = rest[close.upperBound...]
        }
        out += rest
        let family = SVGText.attribute(fontFamily)
        var lines: [Substring] = []
        var titled = false
        var inSVGTag = false
        for line in out.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("<title>") && line.hasSuffix("</title>") { continue }
            if line.allSatisfy(\.isWhitespace) && !line.isEmpty { continue }
            var l = line
            if l.contains("font-family=\"") {
                l = Substring(rewriteFontFamily(String(l), to: family))
            }
            lines.append(l)
            // Insert the title right after the (possibly multi-line) <svg ...> start tag.
            if line.hasPrefix("<svg") { inSVGTag = true }
            if !titled, inSVGTag, l.hasSuffix(">") {
                lines.append(Substring("<title>\(SVGText.text(title))</title>"))
                titled = true
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func rewriteFontFamily(_ line: String, to family: String) -> String {
        var result = ""
        var rest = Substring(line)
        while let start = rest.range(of: "font-family=\"") {
            result += rest[..<start.upperBound]
            let after = rest[start.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { result += after; return result }
            result += family
            rest = after[end...]
        }
        result += rest
        return result
    }
}
