import VerkostoSupport

/// A byte buffer for writing the XML parts of a package in order, with escaping made explicit:
/// `raw` for markup the writer spells itself, `text` and `attribute` for values.
struct XMLBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
        raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
    }

    /// Markup written as it is: only the writer's own element names and fixed attributes.
    mutating func raw(_ markup: String) { bytes.append(contentsOf: markup.utf8) }

    /// Element content, escaped.
    mutating func text(_ text: String) { XMLText.append(text, attribute: false, to: &bytes) }

    /// ` name="value"`, with the value escaped.
    mutating func attribute(_ name: String, _ value: String) {
        raw(" \(name)=\"")
        XMLText.append(value, attribute: true, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// `<name>text</name>`, with the text escaped.
    mutating func element(_ name: String, text value: String) {
        raw("<\(name)>")
        text(value)
        raw("</\(name)>")
    }
}
