import VerkostoSupport

/// A small streaming XML writer: elements, attributes and text, escaped as XML 1.0 requires.
///
/// Verkosto writes GraphML and GEXF with this rather than with FoundationXML's `XMLDocument`:
/// the output is a flat, known shape, written once in order; a streaming writer keeps memory
/// at the size of the output, fixes the attribute order (so files diff cleanly), and makes the
/// escaping explicit and testable. Reading uses Foundation's `XMLParser` (libxml2).
///
/// Escaping follows the one policy of ``XMLText`` (shared with the SVG writers).
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
            XMLText.append(value, attribute: true, to: &bytes)
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
        XMLText.append(text, attribute: false, to: &bytes)
        end()
    }

    /// The document, ending with a line feed.
    mutating func finish() -> [UInt8] {
        while !open.isEmpty { end() }
        append("\n")
        return bytes
    }
}
