import VerkostoSupport

/// The one writer of SVG elements for the drawings made without Graphviz (the grid maps of
/// ``SVGCanvas`` and the charts of ``LineChart``): every attribute value and every piece of text
/// goes through ``XMLText``, numbers through ``ShortNumber``, so nothing from the data reaches
/// the markup unescaped.
enum SVGMarkup {
    /// An attribute list: names in order, `nil` values left out.
    typealias Attributes = [(String, String?)]

    /// `<name a="v"…/>`, or `<name a="v"…>content</name>` when there is text or child markup.
    ///
    /// - Parameters:
    ///   - text: character data, escaped.
    ///   - children: markup made by this writer, inserted as it is.
    static func element(_ name: String, _ attributes: Attributes = [], text: String? = nil, children: String? = nil) -> String {
        let start = open(name, attributes)
        guard text != nil || children != nil else { return String(start.dropLast()) + "/>" }
        return start + (text.map(XMLText.text) ?? "") + (children ?? "") + "</\(name)>"
    }

    /// `<name a="v"…>`, for an element whose content follows.
    static func open(_ name: String, _ attributes: Attributes = []) -> String {
        var out = "<" + name
        for case let (key, value?) in attributes { out += " \(key)=\"\(XMLText.attribute(value))\"" }
        return out + ">"
    }

    /// A number for coordinates and sizes (``ShortNumber``).
    static func number(_ x: Double) -> String { ShortNumber.text(x) }
}
