/// Makes user text safe to put into Graphviz labels and SVG identifiers.
public enum LabelText {
    /// The text of a Graphviz (non-HTML) label for `text`.
    ///
    /// - Control characters (Unicode category Cc, including NUL, tab and newline) and
    ///   line/paragraph separators become a single space; the result is trimmed.
    /// - Text longer than `limit` characters (grapheme clusters) is cut to `limit - 1`
    ///   characters plus "…".
    /// - Backslashes are doubled, so escapes such as `\N`, `\G`, `\L`, `\n` stay literal.
    /// - `&` becomes `&amp;`: Graphviz decodes entities in every label, so this keeps a
    ///   literal `&amp;` or `&foo;` in the data literal (and the SVG well-formed).
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    public static func graphviz(_ text: String, limit: Int = 60) -> String {
        var out = ""
        for ch in shortened(clean(text), limit: limit) {
            switch ch {
            case "\\": out += "\\\\"
            case "&": out += "&amp;"
            default: out.append(ch)
            }
        }
        return out
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
