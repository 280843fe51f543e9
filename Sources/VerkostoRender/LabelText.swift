/// Makes user text safe to put into Graphviz labels and SVG identifiers.
public enum LabelText {
    /// The text of a Graphviz (non-HTML) label for `text`.
    ///
    /// - Control characters (Unicode category Cc, including NUL, tab and newline) and
    ///   U+2029 PARAGRAPH SEPARATOR become a single space; the result is trimmed.
    /// - Text longer than `limit` characters (grapheme clusters) is cut to `limit - 1`
    ///   characters plus "…".
    /// - Backslashes are doubled, so escapes such as `\N`, `\G`, `\L`, `\n` stay literal.
    /// - `&` becomes `&amp;`: Graphviz decodes entities in every label, so this keeps a
    ///   literal `&amp;` or `&foo;` in the data literal (and the SVG well-formed).
    ///
    /// - U+2028 LINE SEPARATOR splits the label into lines (at most `maxLines`; the rest
    ///   joins the last line). Each line is cleaned and shortened on its own; the lines are
    ///   joined with Graphviz's centred line break `\n`. Map builders use this to wrap long
    ///   names (see `LabelText.wrapped`).
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    public static func graphviz(_ text: String, limit: Int = 60, maxLines: Int = 4) -> String {
        var lines = text.split(separator: "\u{2028}", omittingEmptySubsequences: true).map(String.init)
        if lines.count > max(1, maxLines) {
            let keep = max(1, maxLines)
            lines = Array(lines.prefix(keep - 1)) + [lines.dropFirst(keep - 1).joined(separator: " ")]
        }
        var out = ""
        for (i, line) in lines.enumerated() {
            if i > 0 { out += "\\n" }
            for ch in shortened(clean(line), limit: limit) {
                switch ch {
                case "\\": out += "\\\\"
                case "&": out += "&amp;"
                default: out.append(ch)
                }
            }
        }
        return out
    }

    /// `text` cleaned and broken at spaces into lines of at most about `width` characters,
    /// joined with U+2028 LINE SEPARATOR (which `graphviz(_:limit:maxLines:)` turns into line
    /// breaks). A word longer than `width` stays whole on its own line.
    ///
    /// - Complexity: O(*n*).
    public static func wrapped(_ text: String, width: Int) -> String {
        let words = clean(text).split(separator: " ")
        var lines: [String] = []
        var current = ""
        for word in words {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= max(1, width) {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.joined(separator: "\u{2028}")
    }

    /// `text` with control characters replaced by spaces, runs of spaces collapsed, and trimmed.
    ///
    /// - Complexity: O(*n*).
    public static func clean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let isSpace = scalar.properties.generalCategory == .control
                || scalar.value == 0x2028 || scalar.value == 0x2029
                || scalar.properties.isWhitespace
            // Noncharacters and unpaired-surrogate replacements are dropped: XML forbids U+FFFE/U+FFFF.
            if scalar.properties.isNoncharacterCodePoint { continue }
            if isSpace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(scalar)
        }
        return String(out)
    }

    /// `text` cut to at most `limit` characters, the last being "…" when cut.
    ///
    /// - Complexity: O(min(*n*, `limit`)).
    public static func shortened(_ text: String, limit: Int) -> String {
        let limit = max(1, limit)
        var index = text.startIndex
        var count = 0
        while index < text.endIndex && count < limit {
            text.formIndex(after: &index)
            count += 1
        }
        if index == text.endIndex { return text }
        return String(text[..<text.index(before: index)]) + "…"
    }

    /// An identifier made of `[A-Za-z0-9_-]` only, at most `limit` characters:
    /// every other character becomes `_`. Empty input gives `_`.
    ///
    /// - Complexity: O(min(*n*, `limit`)).
    public static func identifier(_ text: String, limit: Int = 64) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if out.unicodeScalars.count >= limit { break }
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", "_", "-": out.unicodeScalars.append(scalar)
            default: out += "_"
            }
        }
        return out.isEmpty ? "_" : out
    }
}

/// Hands out identifiers that are unique within one drawing.
struct IdentifierPool {
    private var used: Set<String> = []

    /// `prefix` + the sanitised `text`, made unique by a numeric suffix if needed.
    mutating func make(_ prefix: String, _ text: String) -> String {
        let base = prefix + LabelText.identifier(text)
        var candidate = base
        var n = 2
        while used.contains(candidate) {
            candidate = base + "-" + String(n)
            n += 1
        }
        used.insert(candidate)
        return candidate
    }
}
