/// Writing text into CSV, JSON and XML (SVG, GraphML, GEXF, HTML attributes): the one set of
/// escaping rules every output of Verkosto uses.
///
/// All functions append UTF-8 bytes to a buffer (the writers build their output as bytes), and
/// each has a `String`-returning form for small pieces.

/// CSV fields (RFC 4180), for the CLI's tables, dumps and graph tables.
public enum CSVText {
    /// Appends `text` as one field: quoted, with inner quotes doubled, when it holds `,` `;`
    /// `"` CR or LF (`;` too, because Finnish spreadsheets split on it); as it is otherwise.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length.
    public static func appendField(_ text: String, to out: inout [UInt8]) {
        var needsQuotes = false
        for byte in text.utf8 where byte == 0x2C || byte == 0x3B || byte == 0x22 || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            out.append(contentsOf: text.utf8)
            return
        }
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { out.append(byte) }
            out.append(byte)
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `text` as one field (see ``appendField(_:to:)``).
    public static func field(_ text: String) -> String {
        var out: [UInt8] = []
        appendField(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` with a leading `'` when a spreadsheet would run it as a formula: when it starts
    /// with `=`, `+`, `-`, `@`, tab or CR (OWASP, "CSV Injection"). For cells that people open in
    /// a spreadsheet (command output, graph tables); dumps that `import` reads back are exact.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        return "=+-@\t\r".unicodeScalars.contains(first) ? "'" + text : text
    }

    /// Appends `fields` as one record and a line feed.
    public static func appendRecord(_ fields: [String], to out: inout [UInt8]) {
        for (position, field) in fields.enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            appendField(field, to: &out)
        }
        out.append(UInt8(ascii: "\n"))
    }
}

/// JSON string literals (RFC 8259).
public enum JSONText {
    /// Appends `text` as a JSON string literal, quotes included: `"` and `\` escaped, LF, CR
    /// and tab as `\n`, `\r`, `\t`, other C0 controls as `\u00XX`; everything else as UTF-8.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length.
    public static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `text` as a JSON string literal, quotes included.
    public static func string(_ text: String) -> String {
        var out: [UInt8] = []
        appendString(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

/// XML 1.0 character data and attribute values, for every XML Verkosto writes: SVG (maps and
/// charts), GraphML, GEXF, and attribute values in the report.
///
/// One policy: `&`, `<` and `>` become entities everywhere (so `]]>` cannot end anything).
/// In attribute values, which are always double-quoted, `"` becomes `&quot;`, and tab, LF and
/// CR become character references so that attribute-value normalisation gives them back. CR
/// in character data becomes `&#13;` for the same reason (line-end normalisation). Characters
/// XML 1.0 cannot carry at all (the other C0 controls, U+FFFE, U+FFFF) become U+FFFD, so that
/// nothing disappears without a trace.
public enum XMLText {
    /// Appends `text` escaped for character data, or for a double-quoted attribute value.
    ///
    /// - Complexity: O(*n*) in the number of Unicode scalars.
    public static func append(_ text: String, attribute: Bool, to out: inout [UInt8]) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".utf8)
            case "<": out.append(contentsOf: "&lt;".utf8)
            case ">": out.append(contentsOf: "&gt;".utf8)
            case "\"" where attribute: out.append(contentsOf: "&quot;".utf8)
            case "\t" where attribute: out.append(contentsOf: "&#9;".utf8)
            case "\n" where attribute: out.append(contentsOf: "&#10;".utf8)
            case "\r": out.append(contentsOf: "&#13;".utf8)
            case "\t", "\n": out.append(UInt8(scalar.value))
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out.append(contentsOf: "\u{FFFD}".utf8)
                } else {
                    out.append(contentsOf: String(scalar).utf8)
                }
            }
        }
    }

    /// `text` escaped for XML character data.
    public static func text(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        append(text, attribute: false, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` escaped for a double-quoted XML attribute value.
    public static func attribute(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        append(text, attribute: true, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
