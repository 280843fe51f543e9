import VerkostoSupport

/// Post-processing of Graphviz SVG for slides and the web.
enum SVGCleaner {
    /// Cleans Graphviz SVG output.
    ///
    /// - Removes every XML comment (Graphviz echoes node and graph names in them).
    /// - Replaces Graphviz's per-object `<title>` lines (they hold internal names): the title of a
    ///   group whose `id` is in `tooltips` gets its text, escaped (a node's full label, which a
    ///   reader sees on hover when the drawn label is shortened or left out); the other titles
    ///   are removed. One
    ///   `<title>` with the escaped map title goes right after the `<svg>` start tag.
    /// - Rewrites every `font-family` attribute value to `fontFamily` (a fallback list).
    /// - Drops blank lines.
    ///
    /// Graphviz writes the values rewritten here (font families, titles of internal
    /// names); user text only occurs escaped inside `<text>`, where "<!--" cannot occur.
    /// - Complexity: O(*n*) in the size of the SVG (one pass over its UTF-8 bytes).
    static func clean(_ svg: String, title: String, fontFamily: String, tooltips: [String: String] = [:]) -> String {
        let input = Array(svg.utf8)
        // Pass 1: drop comments.
        var text: [UInt8] = []
        text.reserveCapacity(input.count)
        var i = 0
        while i < input.count {
            if input[i] == UInt8(ascii: "<"), matches(input, at: i, "<!--") {
                var j = i + 4
                while j < input.count && !matches(input, at: j, "-->") { j += 1 }
                i = min(input.count, j + 3)
                continue
            }
            text.append(input[i])
            i += 1
        }
        // Pass 2: line by line.
        let family = Array(XMLText.attribute(fontFamily).utf8)
        let titleLine = Array("<title>\(XMLText.text(title))</title>".utf8)
        let familyKey = Array("font-family=\"".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var inSVGTag = false
        var titled = false
        var group: String?
        var start = 0
        while start < text.count {
            var end = start
            while end < text.count && text[end] != UInt8(ascii: "\n") { end += 1 }
            let line = text[start..<end]
            start = end + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            if matches(text, at: line.startIndex, "<g id=\"") {
                // The id of the group that the next <title> belongs to (Graphviz writes "-" as "&#45;").
                var k = line.startIndex + 7
                while k < line.endIndex && text[k] != UInt8(ascii: "\"") { k += 1 }
                group = String(decoding: text[(line.startIndex + 7)..<k], as: UTF8.self).replacingOccurrences(of: "&#45;", with: "-")
            }
            if matches(text, at: line.startIndex, "<title>") && line.count >= 15
                && matches(text, at: line.endIndex - 8, "</title>") {
                if let group, let tooltip = tooltips[group] {
                    out.append(contentsOf: Array("<title>\(XMLText.text(tooltip))</title>\n".utf8))
                }
                continue
            }
            // Copy the line, replacing font-family values.
            var k = line.startIndex
            while k < line.endIndex {
                if text[k] == UInt8(ascii: "f"), matches(text, at: k, familyKey) {
                    out.append(contentsOf: familyKey)
                    out.append(contentsOf: family)
                    k += familyKey.count
                    while k < line.endIndex && text[k] != UInt8(ascii: "\"") { k += 1 }
                    continue
                }
                out.append(text[k])
                k += 1
            }
            out.append(UInt8(ascii: "\n"))
            if matches(text, at: line.startIndex, "<svg") { inSVGTag = true }
            if inSVGTag && !titled && line.last == UInt8(ascii: ">") {
                out.append(contentsOf: titleLine)
                out.append(UInt8(ascii: "\n"))
                titled = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func matches(_ bytes: [UInt8], at index: Int, _ pattern: String) -> Bool {
        matches(bytes, at: index, Array(pattern.utf8))
    }

    private static func matches(_ bytes: [UInt8], at index: Int, _ pattern: [UInt8]) -> Bool {
        guard index >= 0, index + pattern.count <= bytes.count else { return false }
        for (offset, byte) in pattern.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }
}
