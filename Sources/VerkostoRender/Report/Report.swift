import Foundation
import Mustache
import VerkostoAnalysis
import VerkostoGraph
import VerkostoModel
import VerkostoSupport

/// The management report: one self-contained HTML file that answers the questions of
/// DESIGN.md ("The questions it must answer") from the data.
///
/// Data flows one way: the full Atlas → the ``Briefing`` of the report's day (the answers as
/// typed facts, from VerkostoAnalysis) → its text in the language, maps and charts as SVG
/// (``ReportContext``) → an HTML page from one Mustache template (``ReportTemplate``).
///
/// The HTML is made with **swift-mustache** (hummingbird-project), chosen over Plot and
/// Stencil because it escapes by construction: every `{{value}}` is HTML-escaped, quotes
/// included, so data can go into text and attribute values alike. Plot 0.14 escapes text
/// but writes attribute values as they are (a `"` in a label would break out of the
/// attribute); Stencil does not escape at all unless told to. Raw markup goes in only as a
/// ``TrustedMarkup`` through `{{{…}}}`: SVG from our own renderers, escaped JSON, and the
/// page's own CSS and script.
public enum Report {
    /// The report's sections, by HTML id, in page order.
    public static let sectionIDs = ["summary", "networks", "cross-sector", "directions", "coverage", "central",
                                    "gaps", "overlap", "trend"]

    /// The prefix of every id in the interactive network map; each inlined figure has its own
    /// (`map-sectors-`, `finland-coverage-`, …), so no id occurs twice on the page.
    public static let overviewIDPrefix = "map-overview-"

    /// The report as HTML text.
    ///
    /// - Parameters:
    ///   - atlas: the whole Atlas (all dates): the trend and the change since the previous
    ///     year are computed from it.
    ///   - day: the snapshot day the report describes.
    ///   - language: the language of the page (names from the data follow it where given).
    /// - Throws: ``RenderError`` from Graphviz, ``MapError`` from the maps.
    /// - Complexity: dominated by the Graphviz layouts and the trend (one snapshot per year).
    public static func html(_ atlas: Atlas, day: Day, language: Language = .fi,
                            progress: any WorkProgress = SilentProgress()) throws -> String {
        let briefing = try Briefing(atlas, day: day, progress: progress)
        progress.begin("drawing the maps")
        let context = try ReportContext(briefing, atlas: atlas, language: language)
        let template = try MustacheTemplate(string: ReportTemplate.page)
        return template.render(context)
    }

    /// Writes the report to `url` atomically (a temporary file, then a rename).
    ///
    /// - Throws: ``OutputError`` before any work when the folder is missing.
    public static func write(_ atlas: Atlas, day: Day, language: Language = .fi, to url: URL,
                             progress: any WorkProgress = SilentProgress()) throws {
        try AtomicFile.checkFolder(of: url)
        try AtomicFile.write(try html(atlas, day: day, language: language, progress: progress), to: url)
    }
}

// MARK: - The template's context

/// One cell of a sortable table: the text shown and, for numbers, the value to sort by.
struct ReportCell {
    let text: String
    let sortValue: String
    let numeric: Bool
    init(_ text: String) { self.text = text; sortValue = text; numeric = false }
    init(_ text: String, number: Double) { self.text = text; sortValue = String(number); numeric = true }
    init(_ number: Int) { self.init(String(number), number: Double(number)) }
}

struct ReportTable {
    struct Row {
        let cells: [ReportCell]
        /// The network the row describes: its name becomes a button that opens the network's card.
        var network: String? = nil
    }
    struct Header { let label: String; let numeric: Bool }
    let caption: String
    let headers: [Header]
    let rows: [Row]
}

struct ReportFigure {
    let value: String
    let label: String
    let change: String?
}

struct ReportQuestion {
    let id: String
    let heading: String
    let question: String
    let answer: String
    let figure: TrustedMarkup?
    /// A map of Finland after the figure (the coverage by municipality, a network's members);
    /// `nil` when the data set has no municipal centres.
    var mapOfFinland: TrustedMarkup? = nil
    let interactive: Bool
    let table: ReportTable
}

struct ReportFinding { let text: String }
struct ReportGapGroup { let id: String; let heading: String; let findings: [ReportFinding] }
struct ReportOption { let value: String; let label: String }
struct ReportContentsEntry { let id: String; let label: String }

/// Everything the template shows: a ``Briefing`` put into words, tables, maps and charts.
struct ReportContext {
    let lang: String
    let title: String
    let lead: String
    let dateText: String
    let dataName: String
    let source: String?
    let notice: String?
    let s: LabelStrings
    let contents: [ReportContentsEntry]
    let figures: [ReportFigure]
    let questions: [ReportQuestion]
    let gapGroups: [ReportGapGroup]
    let heatmap: TrustedMarkup
    let trendChart: TrustedMarkup
    let trendCaption: String
    let sectorOptions: [ReportOption]
    let directionOptions: [ReportOption]
    let cardData: TrustedMarkup
    let style: TrustedMarkup
    let script: TrustedMarkup

    /// The fixed labels the template uses, escaped like any other value.
    struct LabelStrings {
        let contents, keyFigures, answer, tableBehind, sortHint, gapsToAct, overlapHeading, trendHeading,
            interactiveMap, mapHelp, mapKeys, search, sector, allSectors, direction, allDirections, cardHint, close,
            noticeLabel, printHint, overlapAnswer, legend, zoomIn, zoomOut, zoomFit: String
    }
}
