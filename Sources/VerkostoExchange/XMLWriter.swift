/// A small streaming XML writer: elements, attributes and text, escaped as XML 1.0 requires.
///
/// Verkosto writes GraphML and GEXF with this rather than with FoundationXML's `XMLDocument`:
/// the output is a flat, known shape, written once in order; a streaming writer keeps memory
/// at the size of the output, fixes the attribute order (so files diff cleanly), and makes the
/// escaping explicit and testable. Reading uses Foundation's `XMLParser` (libxml2).
///
/// Escaping: `&`, `<`, `>` (so `]]>` cannot end anything), and in attribute values `"` and
/// the white-space characters tab, LF and CR as character references, so that attribute-value
/// normalisation gives them back unchanged. CR in text is written as `&#13;` for the same
/// reason. Characters XML 1.0 cannot carry at all (other C0 controls, U+FFFE, U+FFFF) are
/// replaced by U+FFFD.
struct XMLWriter {
    private(set) var bytes: [UInt8] = []
    private var open: [String] = []
    private var startTagOpen = false
    private var hasChildElements: [Bool] = []

    init() {
        bytes.reserveCapacity(1 << 16)
        append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    private mutating func closeStartTag() {
        if startTagOpen {
            append(">")
            startTagOpen = false
        }
    }

    private mutating func indent() {
        append("\n")
        append(String(repeating: "  ", count: open.count))
    }

    /// Opens `<name a="v" ...` ; attributes with `nil` values are left out.
    mutating func start(_ name: String, _ attributes: [(String, String?)] = []) {
        closeStartTag()
        if !hasChildElements.isEmpty { hasChildElements[hasChildElements.count - 1] = true }
        if !open.isEmpty || bytes.last != UInt8(ascii: "\n") { indent() }
        append("<" + name)
        for (key, value) in attributes {
            guard let value else { continue }
            append(" " + key + "=\"")
            XMLWriter.escape(value, attribute: true, into: &bytes)
            append("\"")
        }
        open.append(name)
        hasChildElements.append(false)
        startTagOpen = true
    }

    /// Closes the innermost element, as `<x/>` when it is empty.
    mutating func end() {
        let name = open.removeLast()
        let hadChildren = hasChildElements.removeLast()
        if startTagOpen {
            append("/>")
            startTagOpen = false
            return
        }
        if hadChildren { indent() }
        append("</" + name + ">")
    }

    /// An element with attributes and no content.
    mutating func empty(_ name: String, _ attributes: [(String, String?)] = []) {
        start(name, attributes)
        end()
    }

    /// An element holding only `text`.
    mutating func element(_ name: String, _ attributes: [(String, String?)] = [], text: String) {
        start(name, attributes)
        closeStartTag()
        XMLWriter.escape(text, attribute: false, into: &bytes)
        end()
    }

    /// The document, ending with a line feed.
    mutating func finish() -> [UInt8] {
        while !open.isEmpty { end() }
        append("\n")
        return bytes
    }

    /// Appends `text` escaped for an attribute value (`attribute`) or for element content.
    static func escape(_ text: String, attribute: Bool, into out: inout [UInt8]) {
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
}
