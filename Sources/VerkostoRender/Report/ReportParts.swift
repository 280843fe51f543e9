import Foundation
import Mustache
import VerkostoAnalysis
import VerkostoModel
import VerkostoSupport

/// The report of one ``Briefing`` in one language as parts that another page can compose: each
/// section's HTML, the network cards' data element, and the style sheet and script they need.
///
/// The platform (`verkosto serve`) shows the same typed facts as the report by showing the
/// report's own sections: the words, tables, maps and charts are made once, by
/// ``ReportContext`` and ``ReportTemplate``, never a second time.
public struct ReportParts: Sendable {
    public let language: Language
    /// The report's title, the data set's name and the snapshot day as the page shows them.
    public let title: String
    public let dataName: String
    public let dateText: String
    /// Each section of ``Report/sectionIDs`` as one `<section id="…">…</section>` element.
    public let sections: [String: String]
    /// The `<script type="application/json" id="report-data">` element the script reads the
    /// network cards from (JSON escaped for a script element, ``TrustedMarkup/scriptJSON(_:)``).
    public let cardData: String

    /// The report's style sheet: a constant of this module, never data.
    public static var styleSheet: String { ReportTemplate.css.description }
    /// The report's script (tooltips, cards, search and filters, sortable tables): a constant.
    /// It reads the cards from ``cardData`` and works on whichever sections a page holds.
    public static var script: String { ReportTemplate.script.description }

    /// The section `id` (one of ``Report/sectionIDs``).
    public func section(_ id: String) -> String {
        guard let html = sections[id] else { preconditionFailure("no report section '\(id)'") }
        return html
    }

    /// Cuts the report page into its sections and card data. Sections are siblings in `<main>`
    /// and never nest (``ReportTemplate/page``), so each runs from its opening tag to the next
    /// `</section>`.
    /// - Complexity: O(*n*) in the page's length per section.
    init(page: String, context: ReportContext, language: Language) {
        self.language = language
        title = context.title
        dataName = context.dataName
        dateText = context.dateText
        var sections: [String: String] = [:]
        for id in Report.sectionIDs {
            guard let start = page.range(of: "<section id=\"\(id)\""),
                  let end = page.range(of: "</section>", range: start.upperBound..<page.endIndex) else {
                preconditionFailure("the report template has no section '\(id)'")
            }
            sections[id] = String(page[start.lowerBound..<end.upperBound])
        }
        self.sections = sections
        let open = "<script type=\"application/json\" id=\"report-data\">"
        guard let start = page.range(of: open), let end = page.range(of: "</script>", range: start.upperBound..<page.endIndex) else {
            preconditionFailure("the report template has no card data")
        }
        cardData = String(page[start.lowerBound..<end.upperBound])
    }
}

extension Report {
    /// The report of `briefing` in `language` as ``ReportParts``.
    ///
    /// - Parameters:
    ///   - briefing: the answers of one day (computed once, shared by every language).
    ///   - atlas: the whole Atlas the briefing came from.
    /// - Throws: ``RenderError`` from Graphviz, ``MapError`` from the maps.
    /// - Complexity: dominated by the Graphviz layouts of the report's maps.
    public static func parts(_ briefing: Briefing, atlas: Atlas, language: Language) throws -> ReportParts {
        let context = try ReportContext(briefing, atlas: atlas, language: language)
        let template = try MustacheTemplate(string: ReportTemplate.page)
        return ReportParts(page: template.render(context), context: context, language: language)
    }
}
