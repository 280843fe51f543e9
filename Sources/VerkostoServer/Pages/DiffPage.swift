import VerkostoAnalysis
import VerkostoModel
import VerkostoSupport

extension Pages {
    /// The changes between two days (``AtlasDiff``), worded as `verkosto diff` words them: one
    /// table per section with the CLI's columns and headings, then the summary sentences.
    static func diffPage(_ diff: AtlasDiff, atlas: Atlas, request: Request, from: Day, to: Day) -> String {
        let text = request.text, platform = text.platform
        struct Row { let cells: [String] }
        struct Section { let id: String; let heading: String; let headers: [String]; let rows: [Row]; let noChanges: String
            let hasRows: Bool }
        struct Context { let sections: [Section]; let summaryHeading: String; let summary: [String] }
        let sections = DiffRow.Section.allCases.compactMap { section -> Section? in
            guard let columns = section.tableColumns else { return nil }
            let rows = diff.rows(text, atlas: atlas, numbers: false, sections: [section]).map { row in
                Row(cells: columns.map { column in
                    switch row[column] {
                    case let .text(value): return value
                    case let .number(value): return TextTable.format(value)
                    case .none: return ""
                    }
                })
            }
            return Section(id: section.rawValue, heading: diff.heading(section, text), headers: columns.map { $0.heading(text.words) },
                           rows: rows, noChanges: text.words.noChanges, hasRows: !rows.isEmpty)
        }
        let context = Context(sections: sections, summaryHeading: diff.heading(.summary, text),
                              summary: diff.summary(text, atlas: atlas).map(\.sentence))
        let range = atlas.dateRange
        let first = range?.lowerBound ?? from, last = max(range?.upperBound ?? to, Day.today)
        let form = DayForm(action: "/diff", fields: [
            Field(label: platform.from, name: "from", value: from.description, min: first.description, max: last.description),
            Field(label: platform.to, name: "to", value: to.description, min: first.description, max: last.description),
        ], hidden: [Hidden(name: "lang", value: request.language.rawValue)])
        let downloads = [Link(href: "/api/diff" + query([("from", from.description), ("to", to.description),
                                                          ("lang", request.language.rawValue), ("format", "csv")]),
                              label: platform.tableDownload(platform.diffPage))]
        return frame(request, atlas: atlas, page: .diff, title: diff.title(text), dateText: nil,
                     lead: platform.diffLead(from: from.text(text), to: to.text(text)), body: .rendered(PageTemplates.diff.render(context)),
                     downloads: downloads, script: true, dayForm: form)
    }
}

