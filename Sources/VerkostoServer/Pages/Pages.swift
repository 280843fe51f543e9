import Foundation
import Hummingbird
import VerkostoAnalysis
import VerkostoModel
import VerkostoRender
import VerkostoSupport

/// The viewer's pages. Each shows facts computed once by VerkostoAnalysis (a ``Briefing``, an
/// ``AtlasDiff``) and worded once, by the report (``ReportParts``) or the glossaries: the pages
/// choose and arrange, they do not answer a question a second time.
enum Pages {
    /// A page of the navigation: its path, its report sections and its downloads.
    enum Page: String, CaseIterable, Sendable {
        case overview, gaps, coverage, sectors, trend, diff

        var path: String { self == .overview ? "/" : "/" + rawValue }

        func label(_ words: any PlatformGlossary) -> String {
            switch self {
            case .overview: return words.overviewPage
            case .gaps: return words.gapsPage
            case .coverage: return words.coveragePage
            case .sectors: return words.sectorsPage
            case .trend: return words.trendPage
            case .diff: return words.diffPage
            }
        }

        /// The report's sections the page shows (``Report/sectionIDs``).
        var sections: [String] {
            switch self {
            case .overview: return ["summary", "networks"]
            case .gaps: return ["gaps", "directions", "central"]
            case .coverage: return ["coverage"]
            case .sectors: return ["cross-sector", "overlap"]
            case .trend: return ["trend"]
            case .diff: return []
            }
        }

        /// The maps the page offers for download, by kind.
        var maps: [MapKind] {
            switch self {
            case .overview: return [.overview]
            case .gaps: return [.gaps, .directions]
            case .coverage: return [.coverage]
            case .sectors: return [.sectors, .heatmap]
            case .trend, .diff: return []
            }
        }
    }

    // MARK: The frame

    struct Link { let href: String; let label: String; var code: String = ""; var current = false }
    struct Field { let label: String; let name: String; let value: String; let min: String; let max: String }
    struct Hidden { let name: String; let value: String }
    struct DayForm { let action: String; let fields: [Field]; let hidden: [Hidden] }

    /// The frame's fixed words, as stored values (Mustache reads stored properties only).
    struct FrameWords {
        let skipToContent, pages, languageLabel, show, downloads, account: String
        init(_ words: any PlatformGlossary) {
            account = words.account
            skipToContent = words.skipToContent
            pages = words.pages
            languageLabel = words.languageLabel
            show = words.show
            downloads = words.downloads
        }
    }

    struct Frame {
        let lang: String
        let title: String
        let dataName: String
        let dateText: String?
        let w: FrameWords
        let homeHref: String
        let nav: [Link]
        let languages: [Link]
        let dayForm: DayForm?
        let lead: String?
        let body: PageMarkup
        let downloads: [Link]
        let hasDownloads: Bool
        let cardData: PageMarkup
        let script: Bool
    }

    /// A query string of the given parameters, in order, skipping `nil`s: `?at=2025-12-31&lang=sv`.
    static func query(_ items: [(String, String?)]) -> String {
        let pairs = items.compactMap { key, value in value.map { (key, $0) } }
        guard !pairs.isEmpty else { return "" }
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+#?")
        return "?" + pairs.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    }

    /// What every page knows of the request: the language, the day asked for (`nil`: today) and the path.
    struct Request: Sendable {
        let language: Language
        let day: Day?
        let path: String
        /// Other parameters the language links keep (the diff's `from` and `to`).
        var extra: [(String, String?)] = []

        var text: Localisation { Localisation(language) }
        var dayText: String? { day?.description }
        /// Links keep the day and the language the reader chose.
        func href(_ path: String, _ more: [(String, String?)] = []) -> String {
            path + Pages.query([("at", dayText)] + more + [("lang", language.rawValue)])
        }
    }

    static func frame(_ request: Request, atlas: Atlas, page: Page?, title: String, dateText: String?, lead: String? = nil,
                      body: PageMarkup, downloads: [Link] = [], cardData: PageMarkup = .noCards, script: Bool = true,
                      dayForm: DayForm? = nil) -> String {
        let text = request.text, words = text.platform
        let nav = Page.allCases.map { candidate in
            Link(href: request.href(candidate.path), label: candidate.label(words), current: candidate == page)
        }
        let languages = Language.allCases.map { language in
            Link(href: request.path + query([("at", request.dayText)] + request.extra + [("lang", language.rawValue)]),
                 label: Localisation(language).platform.languageName, code: language.rawValue,
                 current: language == request.language)
        }
        let frame = Frame(lang: request.language.rawValue, title: title, dataName: dataName(atlas, request.language),
                          dateText: dateText, w: FrameWords(words), homeHref: request.href("/"), nav: nav, languages: languages,
                          dayForm: dayForm, lead: lead, body: body, downloads: downloads, hasDownloads: !downloads.isEmpty,
                          cardData: cardData, script: script)
        return PageTemplates.frame.render(frame)
    }

    /// The data set's name in the language, as the report names it.
    static func dataName(_ atlas: Atlas, _ language: Language) -> String {
        let localized = language == .fi ? nil : atlas.metadata["name_\(language.rawValue)"]
        return (localized?.isEmpty == false ? localized : nil) ?? atlas.metadata["name"].flatMap { $0.isEmpty ? nil : $0 }
            ?? Localisation(language).words.overviewTitle
    }

    /// The form that picks the snapshot day: from the data's first day to the last day it knows
    /// (today at least).
    static func dayForm(_ request: Request, atlas: Atlas, day: Day) -> DayForm {
        let range = atlas.dateRange
        let first = range?.lowerBound ?? day, last = max(range?.upperBound ?? day, Day.today)
        return DayForm(action: request.path,
                       fields: [Field(label: request.text.platform.day, name: "at", value: day.description,
                                      min: first.description, max: last.description)],
                       hidden: [Hidden(name: "lang", value: request.language.rawValue)])
    }

    // MARK: Pages from the report

    /// A page of report sections (every page but the diff), with its map downloads.
    static func reportPage(_ page: Page, parts: ReportParts, request: Request, atlas: Atlas, day: Day) -> String {
        let words = request.text.platform
        var downloads: [Link] = []
        for kind in page.maps {
            let formats: [MapFormat] = kind.usesGraphviz ? [.svg, .png, .pdf] : [.svg]
            for format in formats {
                downloads.append(Link(href: request.href("/maps/\(kind.rawValue).\(format.rawValue)"),
                                      label: "\(mapTitle(kind, request.text)): \(words.mapDownload(format.rawValue.uppercased()))"))
            }
        }
        if page == .overview {
            downloads.append(Link(href: request.href("/api/networks", [("format", "csv")]), label: words.tableDownload(request.text.words.networks)))
        }
        if page == .gaps || page == .coverage || page == .sectors {
            let kinds = page == .gaps ? "direction,brokers,isolated,overload" : page == .coverage ? "coverage" : "sector"
            downloads.append(Link(href: request.href("/api/gaps", [("kind", kinds), ("format", "csv")]),
                                  label: words.tableDownload(page.label(words))))
        }
        let title = page == .overview ? parts.title : page.label(words)
        return frame(request, atlas: atlas, page: page, title: title, dateText: parts.dateText,
                     body: .reportSections(parts, page.sections), downloads: downloads, cardData: .cardData(parts),
                     dayForm: dayForm(request, atlas: atlas, day: day))
    }

    /// A map's title, as its legend names it.
    static func mapTitle(_ kind: MapKind, _ text: Localisation) -> String {
        let words = text.words
        switch kind {
        case .overview: return words.overviewTitle
        case .directions: return words.directionsTitle
        case .sectors: return words.sectorsTitle
        case .gaps: return words.gapsTitle
        case .coverage: return words.coverageTitle
        case .heatmap: return words.heatmapTitle
        default: return kind.rawValue
        }
    }

    // MARK: Errors

    /// A page that says what went wrong, in the reader's language, with no internals.
    static func errorPage(status: HTTPResponse.Status, message: String, language: Language) -> String {
        let words = Localisation(language).platform
        let title: String
        switch status.code {
        case 404: title = words.notFound
        case 400..<500: title = words.badRequest
        default: title = words.serverError
        }
        let body = PageTemplates.error.render(["message": message, "back": words.backToOverview])
        struct ErrorFrame { let lang: String; let title: String; let dataName: String; let w: FrameWords
            let homeHref: String; let body: PageMarkup; let cardData: PageMarkup; let script: Bool }
        return PageTemplates.frame.render(ErrorFrame(lang: language.rawValue, title: title, dataName: "Verkosto", w: FrameWords(words),
                                                     homeHref: "/", body: .rendered(body), cardData: .empty, script: false))
    }
}
