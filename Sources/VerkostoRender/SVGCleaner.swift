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
        let out = removingComments(svg)
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

    /// `svg` without its XML comments; an unterminated comment drops the rest.
    ///
    /// Scans the UTF-8 bytes once: Foundation's `range(of:)` on a large Swift string converts
    /// indices through UTF-16 on every call, which made comment removal quadratic (41 % of a
    /// whole `verkosto render overview` run).
    /// - Complexity: O(*n*).
    static func removingComments(_ svg: String) -> String {
        let bytes = Array(svg.utf8)
        let n = bytes.count
        var out: [UInt8] = []
        out.reserveCapacity(n)
        var i = 0
        while i < n {
            if bytes[i] == UInt8(ascii: "<"), i + 3 < n, bytes[i + 1] == UInt8(ascii: "!"),
               bytes[i + 2] == UInt8(ascii: "-"), bytes[i + 3] == UInt8(ascii: "-") {
                var j = i + 4
                while j + 2 < n, !(bytes[j] == UInt8(ascii: "-") && bytes[j + 1] == UInt8(ascii: "-") && bytes[j + 2] == UInt8(ascii: ">")) {
                    j += 1
                }
                if j + 2 >= n { break }
                i = j + 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
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
