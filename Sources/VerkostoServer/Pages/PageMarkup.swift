import VerkostoRender
import VerkostoSupport

/// Markup that a page template inserts without escaping (Mustache `{{{ }}}`). It can only be
/// made by the named functions below, so that every raw insertion is visible in the code; all
/// other values go through `{{ }}`, which escapes `& < > " '`.
struct PageMarkup: Sendable {
    let markup: String

    private init(_ markup: String) { self.markup = markup }

    /// Sections of the report (``ReportParts``), made by the report's own template from escaped values.
    static func reportSections(_ parts: ReportParts, _ ids: [String]) -> PageMarkup {
        PageMarkup(ids.map(parts.section).joined(separator: "\n"))
    }

    /// The report's card data element (JSON escaped for a script element).
    static func cardData(_ parts: ReportParts) -> PageMarkup { PageMarkup(parts.cardData) }

    /// A fragment rendered by one of this module's Mustache templates (which escape every value).
    static func rendered(_ html: String) -> PageMarkup { PageMarkup(html) }

    /// An SVG drawn by Verkosto's renderers, inlined with ids of its own.
    static func svg(_ bytes: [UInt8], label: String, idPrefix: String) -> PageMarkup {
        PageMarkup(TrustedMarkup.renderedSVG(String(decoding: bytes, as: UTF8.self), label: label, idPrefix: idPrefix).markup)
    }

    /// Nothing.
    static let empty = PageMarkup("")

    /// The card data element of a page with no network cards (the report's script reads it on every page).
    static let noCards = PageMarkup(#"<script type="application/json" id="report-data">{"count":0,"labels":{},"networks":[]}</script>"#)
}
