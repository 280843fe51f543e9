import Foundation
import Mustache
import VerkostoAnalysis
import VerkostoGraph
import VerkostoModel
import VerkostoSupport

/// The management report: one self-contained HTML file that answers the questions of
/// DESIGN.md ("The questions it must answer") from the data.
///
/// Data flows one way: the full Atlas → its snapshot on the report's day → the analyses
/// (headline indicators, gaps, coverage, centrality, trend) → maps and charts as SVG →
/// an HTML page from one Mustache template (``ReportTemplate``).
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

    /// The report as HTML text.
    ///
    /// - Parameters:
    ///   - atlas: the whole Atlas (all dates): the trend and the change since the previous
    ///     year are computed from it.
    ///   - day: the snapshot day the report describes.
    ///   - language: the language of the page (names from the data follow it where given).
    /// - Throws: ``RenderError`` from Graphviz, ``MapError`` from the maps.
    /// - Complexity: dominated by the Graphviz layouts and the trend (one snapshot per year).
    public static func html(_ atlas: Atlas, day: Day, language: Language = .fi) throws -> String {
        let context = try ReportContext(atlas: atlas, day: day, language: language)
        let template = try MustacheTemplate(string: ReportTemplate.page)
        return template.render(context)
    }

    /// Writes the report to `url` atomically (a temporary file, then a rename).
    ///
    /// - Throws: ``OutputError`` before any work when the folder is missing.
    public static func write(_ atlas: Atlas, day: Day, language: Language = .fi, to url: URL) throws {
        try AtomicFile.checkFolder(of: url)
        try AtomicFile.write(try html(atlas, day: day, language: language), to: url)
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
    let interactive: Bool
    let table: ReportTable
}

struct ReportFinding { let text: String }
struct ReportGapGroup { let id: String; let heading: String; let findings: [ReportFinding] }
struct ReportOption { let value: String; let label: String }
struct ReportContentsEntry { let id: String; let label: String }

/// Everything the template shows, computed from the Atlas.
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
            interactiveMap, mapHelp, search, sector, allSectors, direction, allDirections, cardHint, close,
            noticeLabel, printHint, overlapAnswer, legend, zoomIn, zoomOut, zoomFit: String
    }

    init(atlas full: Atlas, day: Day, language: Language) throws {
        let text = Localisation(language)
        let strings = text.words
        let snapshot = full.at(day)
        let options = MapOptions(language: language)
        let view = NetworkGraphView(atlas: snapshot, language: language)
        let indicators = HeadlineIndicators(snapshot)
        let previousDay = day.adding(years: -1)
        let previous = HeadlineIndicators(full.at(previousDay))
        let percent = { (share: Double) in text.percent(share) }

        lang = language.rawValue
        title = strings.reportTitle
        lead = strings.reportLead
        dateText = text.snapshot(day)
        func meta(_ key: String) -> String? {
            let localized = language == .fi ? nil : full.metadata["\(key)_\(language.rawValue)"]
            return (localized?.isEmpty == false ? localized : nil) ?? full.metadata[key].flatMap { $0.isEmpty ? nil : $0 }
        }
        dataName = meta("name") ?? strings.overviewTitle
        source = meta("source").map(strings.source)
        notice = meta("notice")
        s = LabelStrings(contents: strings.contents, keyFigures: strings.keyFigures, answer: strings.answer,
                         tableBehind: strings.tableBehind, sortHint: strings.sortHint, gapsToAct: strings.gapsToAct,
                         overlapHeading: strings.overlapHeading, trendHeading: strings.trendHeading,
                         interactiveMap: strings.interactiveMap, mapHelp: strings.mapHelp, search: strings.search,
                         sector: strings.sector, allSectors: strings.allSectors, direction: strings.direction,
                         allDirections: strings.allDirections, cardHint: strings.cardHint, close: strings.close,
                         noticeLabel: strings.noticeLabel, printHint: strings.printHint,
                         overlapAnswer: strings.overlapAnswerLabel, legend: strings.legend,
                         zoomIn: strings.zoomIn, zoomOut: strings.zoomOut, zoomFit: strings.zoomFit)

        // Key figures.
        let points = Int((indicators.crossSectorShare * 100).rounded()) - Int((previous.crossSectorShare * 100).rounded())
        figures = [
            ReportFigure(value: String(indicators.networksActive), label: strings.figureNetworks, change: nil),
            ReportFigure(value: String(indicators.organisationsParticipating), label: strings.figureOrganisations, change: nil),
            ReportFigure(value: String(indicators.municipalitiesReached), label: strings.figureMunicipalities(of: snapshot.municipalities.count), change: nil),
            ReportFigure(value: percent(indicators.crossSectorShare), label: strings.figureCrossSector,
                         change: previous.ties > 0 ? strings.changeSince(text.signed(points), date: previousDay.text(text)) : nil),
        ]

        // Member counts, sector names and colours.
        let networks = snapshot.networks
        let memberCount = networks.map { snapshot.memberships(ofNetwork: $0.id).count }
        func sectorName(_ id: String) -> String { snapshot.sector(id)?.name.text(language) ?? id }
        func directionName(_ id: String) -> String { snapshot.direction(id)?.name.text(language) ?? id }

        // Gaps.
        var settings = GapSettings()
        settings.language = language
        let findings = findGaps(snapshot, kinds: [.direction, .coverage, .brokers, .overload, .isolated], settings: settings)
        func of(_ kind: GapKind) -> [GapFinding] { findings.filter { $0.kind == kind } }
        let directionFindings = of(.direction).filter { !$0.subject.isEmpty }

        // Centrality of networks.
        let centrality = try centralityTable(view.labelled, measures: [.degree, .betweenness, .eigenvector], weighted: false)
        func ranks(_ column: Int) -> [Int] {
            let values = centrality.values[column]
            let order = values.indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }
            var result = [Int](repeating: 0, count: values.count)
            for (rank, i) in order.enumerated() { result[i] = rank + 1 }
            return result
        }
        let rankColumns = (0..<3).map(ranks)
        let position = Dictionary(uniqueKeysWithValues: centrality.ids.enumerated().map { ($1, $0) })

        // Q1: the networks.
        let largest = memberCount.indices.max { memberCount[$0] < memberCount[$1] }
        let q1Answer = strings.answerNetworks(
            networks: networks.count, sectors: Set(networks.map(\.sector)).count,
            organisations: indicators.organisationsParticipating,
            largest: largest.map { networks[$0].name.text(language) } ?? "–",
            largestMembers: largest.map { memberCount[$0] } ?? 0, units: Set(networks.map(\.unit)).count)
        let networksTable = ReportTable(
            caption: strings.networks,
            headers: [.init(label: strings.network, numeric: false), .init(label: strings.sector, numeric: false),
                      .init(label: strings.unit, numeric: false), .init(label: strings.members, numeric: true),
                      .init(label: strings.mainDirection, numeric: false), .init(label: strings.since, numeric: false)],
            rows: networks.indices.map { i in
                let n = networks[i]
                let main = snapshot.directions(ofNetwork: n.id).min { $0.priority < $1.priority }
                return .init(cells: [ReportCell(n.name.text(language)), ReportCell(sectorName(n.sector)), ReportCell(n.unit),
                                     ReportCell(memberCount[i]), ReportCell(main.map { directionName($0.direction) } ?? "–"),
                                     ReportCell(n.period.since.map(\.description) ?? "–")], network: n.id)
            })
        let overviewSVG = try DomainMap.render(.overview, atlas: snapshot, options: options, format: .svg)

        // Q2: cross-sector ties.
        let grew: Bool? = previous.ties > 0 ? indicators.crossSectorShare > previous.crossSectorShare : nil
        let q2Answer = strings.answerCrossSector(
            share: percent(indicators.crossSectorShare), ties: indicators.ties, cross: indicators.crossSectorTies,
            previousShare: previous.ties > 0 ? percent(previous.crossSectorShare) : nil, previousDate: previousDay.text(text),
            grew: grew)
        let sectorNetworks = Dictionary(grouping: networks, by: \.sector).mapValues(\.count)
        let mixing = sectorMixing(view)
        let eiTable = ReportTable(
            caption: strings.sectorsTitle,
            headers: [.init(label: strings.sector, numeric: false), .init(label: strings.networksColumn, numeric: true),
                      .init(label: strings.externalTies, numeric: true), .init(label: strings.internalTies, numeric: true),
                      .init(label: strings.eiIndexColumn, numeric: true)],
            rows: indicators.eiIndex.map { e in
                let i = mixing.sectors.firstIndex(of: e.sector)
                let internalTies = i.map { mixing.ties[$0][$0] } ?? 0
                let externalTies = i.map { i in mixing.ties[i].indices.filter { $0 != i }.map { mixing.ties[i][$0] }.reduce(0, +) } ?? 0
                return .init(cells: [ReportCell(sectorName(e.sector)), ReportCell(sectorNetworks[e.sector] ?? 0),
                                     ReportCell(externalTies), ReportCell(internalTies),
                                     e.index.map { ReportCell(text.decimal($0), number: $0) } ?? ReportCell("–")])
            })
        let sectorsSVG = try DomainMap.render(.sectors, atlas: snapshot, options: options, format: .svg)

        // Q3: direction gaps.
        let q3Answer = strings.answerDirections(count: directionFindings.count, example: directionFindings.first?.explanation)
        let directionTable = ReportTable(
            caption: strings.directionGapsHeading,
            headers: [.init(label: strings.networkA, numeric: false), .init(label: strings.networkB, numeric: false),
                      .init(label: strings.sharedDirection, numeric: false)],
            rows: directionFindings.map { f in
                .init(cells: [ReportCell(f.subjectName), ReportCell(f.otherName),
                              ReportCell(f.detail.split(separator: " ").map { directionName(String($0)) }.joined(separator: ", "))])
            })
        let gapsSVG = try DomainMap.render(.gaps, atlas: snapshot, options: options, format: .svg)

        // Q4: coverage of the leadership networks.
        let coverageResult = VerkostoAnalysis.coverage(snapshot, direction: options.direction)
        let typeText = MunicipalityType.allCases.compactMap { type -> String? in
            guard let g = coverageResult.groups.first(where: { $0.dimension == .type && $0.key == type.rawValue }) else { return nil }
            return "\(strings.municipalityTypeGroup(type.rawValue)) \(percent(g.share))"
        }.joined(separator: ", ")
        let rows = DomainMap.coverageRows(snapshot, direction: options.direction)
        func regionName(_ id: String?) -> String {
            guard let id else { return strings.wholeCountry }
            return snapshot.region(id)?.name.text(language) ?? id
        }
        let weakest = rows.first { $0.region != nil }
        let q4Answer = strings.answerCoverage(
            reached: coverageResult.reachedCount, total: snapshot.municipalities.count, types: typeText,
            unreached: coverageResult.unreached.count,
            weakest: weakest.map { "\(regionName($0.region)) (\($0.reached)/\($0.municipalities))" })
        let coverageTable = ReportTable(
            caption: strings.coverageTitle,
            headers: [.init(label: strings.region, numeric: false)]
                + MunicipalityType.allCases.map { .init(label: strings.municipalityTypeGroup($0.rawValue), numeric: true) }
                + [.init(label: strings.reachedColumn, numeric: true), .init(label: strings.shareColumn, numeric: true)],
            rows: rows.map { row in
                .init(cells: [ReportCell(regionName(row.region))]
                      + row.typeMunicipalities.indices.map { t in
                          let m = row.typeMunicipalities[t], r = row.typeReached[t]
                          return m == 0 ? ReportCell("–", number: -1)
                              : ReportCell("\(r)/\(m)", number: Double(r) / Double(m))
                      }
                      + [ReportCell("\(row.reached)/\(row.municipalities)", number: Double(row.reached)),
                         ReportCell(percent(row.share), number: row.share)])
            })
        let coverageSVG = DomainMap.coverage(snapshot, options: options)

        // Q5: central networks and organisations, brokers.
        let brokerFindings = of(.brokers).filter { !$0.subject.isEmpty }
        let topNetwork = rankColumns[1].firstIndex(of: 1).map { centrality.labels[$0] } ?? "–"
        let organisationCounts = snapshot.organisations.indices.map { snapshot.index.membershipsOfOrganisation[$0].count }
        let topOrganisation = organisationCounts.indices.max { organisationCounts[$0] < organisationCounts[$1] }
        let q5Answer = strings.answerCentral(
            network: topNetwork, organisation: topOrganisation.map { snapshot.organisations[$0].name } ?? "–",
            organisationNetworks: topOrganisation.map { organisationCounts[$0] } ?? 0, singleLinks: brokerFindings.count)
        let topNetworkID = rankColumns[1].firstIndex(of: 1).map { centrality.ids[$0] }
        let egoSVG = try topNetworkID.map { try DomainMap.render(.ego, atlas: snapshot, network: $0, options: options, format: .svg) }
        let centralOrder = rankColumns[1].indices.sorted { rankColumns[1][$0] < rankColumns[1][$1] }
        let centralTable = ReportTable(
            caption: strings.ranks,
            headers: [.init(label: strings.network, numeric: false), .init(label: strings.degree, numeric: true),
                      .init(label: strings.betweenness, numeric: true), .init(label: strings.eigenvector, numeric: true),
                      .init(label: strings.rank, numeric: true)],
            rows: centralOrder.map { i in
                .init(cells: [ReportCell(centrality.labels[i]),
                              ReportCell(text.decimal(centrality.values[0][i]), number: centrality.values[0][i]),
                              ReportCell(text.decimal(centrality.values[1][i]), number: centrality.values[1][i]),
                              ReportCell(text.decimal(centrality.values[2][i]), number: centrality.values[2][i]),
                              ReportCell(rankColumns[1][i])])
            })

        questions = [
            ReportQuestion(id: "networks", heading: strings.networks, question: strings.questionNetworks, answer: q1Answer,
                           figure: .renderedSVG(String(decoding: overviewSVG, as: UTF8.self), label: strings.overviewTitle),
                           interactive: true, table: networksTable),
            ReportQuestion(id: "cross-sector", heading: strings.sectorsTitle, question: strings.questionCrossSector,
                           answer: q2Answer,
                           figure: .renderedSVG(String(decoding: sectorsSVG, as: UTF8.self), label: strings.sectorsTitle),
                           interactive: false, table: eiTable),
            ReportQuestion(id: "directions", heading: strings.directionGapsHeading, question: strings.questionDirections,
                           answer: q3Answer,
                           figure: .renderedSVG(String(decoding: gapsSVG, as: UTF8.self), label: strings.gapsTitle),
                           interactive: false, table: directionTable),
            ReportQuestion(id: "coverage", heading: strings.coverageTitle, question: strings.questionCoverage,
                           answer: q4Answer, figure: .renderedSVG(coverageSVG, label: strings.coverageTitle),
                           interactive: false, table: coverageTable),
            ReportQuestion(id: "central", heading: strings.ranks, question: strings.questionCentral, answer: q5Answer,
                           figure: egoSVG.map { .renderedSVG(String(decoding: $0, as: UTF8.self), label: strings.egoTitle(topNetwork)) },
                           interactive: false, table: centralTable),
        ]

        // Gaps to act on: the top findings of each kind, with their sentences.
        func top(_ list: [GapFinding], _ n: Int) -> [ReportFinding] { list.prefix(n).map { ReportFinding(text: $0.explanation) } }
        gapGroups = [
            ReportGapGroup(id: "gaps-direction", heading: strings.directionGapsHeading, findings: top(of(.direction), 5)),
            ReportGapGroup(id: "gaps-coverage", heading: strings.coverageGapsHeading, findings: top(of(.coverage), 5)),
            ReportGapGroup(id: "gaps-brokers", heading: strings.brokersHeading, findings: top(of(.brokers), 5)),
            ReportGapGroup(id: "gaps-overload", heading: strings.overloadHeading, findings: top(of(.overload), 5)),
            ReportGapGroup(id: "gaps-isolated", heading: strings.isolatedHeading, findings: top(of(.isolated), 3)),
        ]

        // Overlap heatmap and trend.
        heatmap = .renderedSVG(DomainMap.heatmap(snapshot, options: options), label: strings.heatmapTitle)
        let firstYear = max(2022, full.dateRange?.lowerBound.year ?? day.year)
        let fromYear = min(firstYear, day.year)
        var days = fromYear < day.year ? trendDays(fromYear: fromYear, toYear: day.year - 1, every: .year) : []
        days.append(day)
        let labels = days.map { String($0.year) }
        trendChart = .renderedSVG(TrendChart.svg(trend(full, days: days), labels: labels, atlas: full, language: language),
                                  label: strings.trendHeading)
        trendCaption = strings.trendCaption(from: fromYear, to: day.year)

        // Filters and the network cards.
        sectorOptions = snapshot.sectors.filter { sectorNetworks[$0.id] != nil }.map { .init(value: $0.id, label: $0.name.text(language)) }
        let usedDirections = Set(snapshot.networkDirections.map(\.direction))
        directionOptions = snapshot.directions.filter { usedDirections.contains($0.id) }.map { .init(value: $0.id, label: $0.name.text(language)) }
        var cards: [[String: Any]] = []
        for (i, n) in networks.enumerated() {
            let members = snapshot.memberships(ofNetwork: n.id)
            var byKind: [String: Int] = [:], byRegion: [String: Int] = [:]
            for m in members {
                guard let o = snapshot.organisation(m.organisation) else { continue }
                byKind[strings.organisationKind(o.kind.rawValue), default: 0] += 1
                byRegion[snapshot.region(ofOrganisation: o)?.name.text(language) ?? "–", default: 0] += 1
            }
            func pairs(_ d: [String: Int]) -> [[Any]] {
                d.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { [$0.key, $0.value] }
            }
            let gaps = findings.filter { !$0.subject.isEmpty && ($0.subject == n.id || $0.other == n.id
                || $0.detail.split(separator: " ").contains(Substring(n.id))) }.map(\.explanation)
            let p = position[n.id]
            cards.append([
                "id": n.id, "svgId": "node-" + LabelText.identifier("network-" + n.id),
                "name": n.name.text(language), "sector": n.sector, "sectorName": sectorName(n.sector),
                "colour": SectorColours.hex(forSector: n.sector, in: snapshot), "unit": n.unit, "goal": n.goal,
                "operatingModel": n.operatingModel, "members": memberCount[i],
                "byKind": pairs(byKind), "byRegion": pairs(byRegion),
                "directions": snapshot.directions(ofNetwork: n.id).sorted { $0.priority < $1.priority }
                    .map { ["id": $0.direction, "name": directionName($0.direction), "priority": $0.priority] as [String: Any] },
                "ranks": p.map { p in [rankColumns[0][p], rankColumns[1][p], rankColumns[2][p]] } ?? [],
                "gaps": Array(gaps.prefix(8)),
            ])
        }
        let payload: [String: Any] = [
            "networks": cards, "count": networks.count,
            "labels": ["goal": strings.goal, "operatingModel": strings.operatingModel, "unit": strings.unit,
                       "sector": strings.sector, "members": strings.members, "byKind": strings.membersByKind,
                       "byRegion": strings.membersByRegion, "directions": strings.directions, "ranks": strings.ranks,
                       "degree": strings.degree, "betweenness": strings.betweenness, "eigenvector": strings.eigenvector,
                       "gaps": strings.gapsOfNetwork, "none": strings.none, "of": "/"],
        ]
        let json = try JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys])
        cardData = .scriptJSON(String(decoding: json, as: UTF8.self))
        style = .constant(ReportTemplate.css)
        script = .constant(ReportTemplate.script)
        contents = [ReportContentsEntry(id: "summary", label: strings.keyFigures)]
            + questions.map { ReportContentsEntry(id: $0.id, label: $0.heading) }
            + [ReportContentsEntry(id: "gaps", label: strings.gapsToAct),
               ReportContentsEntry(id: "overlap", label: strings.overlapHeading),
               ReportContentsEntry(id: "trend", label: strings.trendHeading)]
    }
}
