/// XML escaping for SVG built as text.
public enum SVGText {
    /// `text` escaped for XML character data: `&`, `<`, `>` become entities and
    /// characters XML 1.0 forbids (C0 controls except tab/newline/return, U+FFFE/U+FFFF) are dropped.
    ///
    /// - Complexity: O(*n*).
    public static func text(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` escaped for a double-quoted XML attribute value (also escapes `"` and `'`;
    /// tab, newline and return become character references so they survive normalisation).
    ///
    /// - Complexity: O(*n*).
    public static func attribute(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A number for SVG coordinates: at most two decimals, no exponent, `0` for non-finite values.
    public static func number(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let r = (x * 100).rounded() / 100
        if r == r.rounded() { return String(Int(r)) }
        var s = String(r)
        if s.contains("e") { s = String(Int(r.rounded())) }
        return s
    }
}
