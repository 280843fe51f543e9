import Foundation
import VerkostoAnalysis
import VerkostoModel
import VerkostoSupport

extension ReportContext {
    /// The template data of `briefing` in `language`: every figure formatted by ``Localisation``,
    /// every name from `atlas`, the maps drawn. Nothing is computed here that the Briefing holds.
    ///
    /// - Parameter atlas: the whole Atlas the briefing came from (names, metadata, the trend).
    /// - Throws: ``RenderError`` from Graphviz, ``MapError`` from the maps.
    init(_ briefing: Briefing, atlas full: Atlas, language: Language) throws {
        let text = Localisation(language)
        let strings = text.words
        let snapshot = full.at(briefing.day)
        let options = MapOptions(language: language)
        let percent = text.percent
        func networkName(_ id: String) -> String { snapshot.network(id)?.name.text(language) ?? id }
        func sectorName(_ id: String) -> String { snapshot.sector(id)?.name.text(language) ?? id }
        func directionName(_ id: String) -> String { snapshot.direction(id)?.name.text(language) ?? id }
        func regionName(_ id: String?) -> String {
            guard let id else { return strings.wholeCountry }
            return snapshot.region(id)?.name.text(language) ?? id
        }
        func explanation(_ finding: GapFinding) -> String { finding.explanation(text, atlas: snapshot) }
        /// A map of Finland of the snapshot, inlined with ids of its own; `nil` when no
        /// municipality has a centre (a data set without coordinates still gets its report).
        func mapOfFinland(_ kind: MapKind, network: String? = nil, label: String, idPrefix: String) throws -> TrustedMarkup? {
            var geo = options
            geo.geo = true
            do {
                let svg = try DomainMap.render(kind, atlas: snapshot, network: network, options: geo, format: .svg)
                return .renderedSVG(String(decoding: svg, as: UTF8.self), label: label, idPrefix: idPrefix)
            } catch MapError.noCoordinates {
                return nil
            }
        }

        lang = language.rawValue
        title = strings.reportTitle
        lead = strings.reportLead
        dateText = text.snapshot(briefing.day)
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
                         interactiveMap: strings.interactiveMap, mapHelp: strings.mapHelp, mapKeys: strings.mapKeys, search: strings.search,
                         sector: strings.sector, allSectors: strings.allSectors, direction: strings.direction,
                         allDirections: strings.allDirections, cardHint: strings.cardHint, close: strings.close,
                         noticeLabel: strings.noticeLabel, printHint: strings.printHint,
                         overlapAnswer: strings.overlapAnswerLabel, legend: strings.legend,
                         zoomIn: strings.zoomIn, zoomOut: strings.zoomOut, zoomFit: strings.zoomFit)

        // Key figures: the change of the cross-sector share is the difference of the shown percentages.
        let indicators = briefing.indicators, previous = briefing.previousIndicators
        let points = Int((indicators.crossSectorShare * 100).rounded()) - Int((previous.crossSectorShare * 100).rounded())
        figures = [
            ReportFigure(value: String(indicators.networksActive), label: strings.figureNetworks, change: nil),
            ReportFigure(value: String(indicators.organisationsParticipating), label: strings.figureOrganisations, change: nil),
            ReportFigure(value: String(indicators.municipalitiesReached), label: strings.figureMunicipalities(of: briefing.municipalities),
                         change: nil),
            ReportFigure(value: percent(indicators.crossSectorShare), label: strings.figureCrossSector,
                         change: previous.ties > 0 ? strings.changeSince(text.signed(points), date: briefing.previousDay.text(text)) : nil),
        ]

        // Q1: the networks.
        let networks = briefing.networks
        let q1Answer = strings.answerNetworks(
            networks: networks.rows.count, sectors: networks.sectors, organisations: networks.organisations,
            largest: networks.largest.map(networkName) ?? "–", largestMembers: networks.largestMembers, units: networks.units)
        let networksTable = ReportTable(
            caption: strings.networks,
            headers: [.init(label: strings.network, numeric: false), .init(label: strings.sector, numeric: false),
                      .init(label: strings.unit, numeric: false), .init(label: strings.members, numeric: true),
                      .init(label: strings.mainDirection, numeric: false), .init(label: strings.since, numeric: false)],
            rows: networks.rows.map { row in
                .init(cells: [ReportCell(networkName(row.network)), ReportCell(sectorName(row.sector)), ReportCell(row.unit),
                              ReportCell(row.members), ReportCell(row.mainDirection.map(directionName) ?? "–"),
                              ReportCell(row.since.map(\.description) ?? "–")], network: row.network)
            })
        let overviewSVG = try DomainMap.render(.overview, atlas: snapshot, options: options, format: .svg)

        // Q2: cross-sector ties.
        let crossSector = briefing.crossSector
        let q2Answer = strings.answerCrossSector(
            share: percent(crossSector.share), ties: crossSector.ties, cross: crossSector.crossSectorTies,
            previousShare: crossSector.previousShare.map(percent), previousDate: briefing.previousDay.text(text),
            grew: crossSector.grew)
        let eiTable = ReportTable(
            caption: strings.sectorsTitle,
            headers: [.init(label: strings.sector, numeric: false), .init(label: strings.networksColumn, numeric: true),
                      .init(label: strings.externalTies, numeric: true), .init(label: strings.internalTies, numeric: true),
                      .init(label: strings.eiIndexColumn, numeric: true)],
            rows: crossSector.rows.map { row in
                .init(cells: [ReportCell(sectorName(row.sector)), ReportCell(row.networks), ReportCell(row.externalTies),
                              ReportCell(row.internalTies),
                              row.eiIndex.map { ReportCell(text.decimal($0), number: $0) } ?? ReportCell("–")])
            })
        let sectorsSVG = try DomainMap.render(.sectors, atlas: snapshot, options: options, format: .svg)

        // Q3: direction gaps.
        let directionGaps = briefing.directions.gaps
        let q3Answer = strings.answerDirections(count: directionGaps.count, example: directionGaps.first.map(explanation))
        let directionTable = ReportTable(
            caption: strings.directionGapsHeading,
            headers: [.init(label: strings.networkA, numeric: false), .init(label: strings.networkB, numeric: false),
                      .init(label: strings.sharedDirection, numeric: false)],
            rows: directionGaps.map { finding in
                let row = finding.row(text, atlas: snapshot)
                var shared: [String] = []
                if case let .directionGap(directions, _, _) = finding.evidence { shared = directions.map(directionName) }
                return .init(cells: [ReportCell(row.subjectName), ReportCell(row.otherName),
                                     ReportCell(shared.joined(separator: ", "))])
            })
        let gapsSVG = try DomainMap.render(.gaps, atlas: snapshot, options: options, format: .svg)

        // Q4: coverage of the leadership networks.
        let coverage = briefing.coverage
        let typeText = coverage.types.map { "\(strings.municipalityTypeGroup($0.key)) \(percent($0.share))" }.joined(separator: ", ")
        let q4Answer = strings.answerCoverage(
            reached: coverage.reached, total: coverage.municipalities, types: typeText, unreached: coverage.unreached,
            weakest: coverage.weakest.map { "\(regionName($0.region)) (\($0.reached)/\($0.municipalities))" })
        let coverageTable = ReportTable(
            caption: strings.coverageTitle,
            headers: [.init(label: strings.region, numeric: false)]
                + MunicipalityType.allCases.map { .init(label: strings.municipalityTypeGroup($0.rawValue), numeric: true) }
                + [.init(label: strings.reachedColumn, numeric: true), .init(label: strings.shareColumn, numeric: true)],
            rows: coverage.regions.map { row in
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
        let coverageFinland = try mapOfFinland(.coverage, label: strings.coverageGeoTitle, idPrefix: "finland-coverage-")

        // Q5: central networks and organisations, brokers.
        let centrality = briefing.centrality
        let topNetwork = centrality.topNetwork.map(networkName) ?? "–"
        let q5Answer = strings.answerCentral(
            network: topNetwork, organisation: centrality.topOrganisation.map { snapshot.organisation($0)?.name ?? $0 } ?? "–",
            organisationNetworks: centrality.topOrganisationNetworks, singleLinks: centrality.brokerFindings)
        let egoSVG = try centrality.topNetwork.map {
            try DomainMap.render(.ego, atlas: snapshot, network: $0, options: options, format: .svg)
        }
        let membersFinland = try centrality.topNetwork.flatMap {
            try mapOfFinland(.ego, network: $0, label: strings.membersGeoTitle(topNetwork), idPrefix: "finland-members-")
        }
        let centralTable = ReportTable(
            caption: strings.ranks,
            headers: [.init(label: strings.network, numeric: false), .init(label: strings.degree, numeric: true),
                      .init(label: strings.betweenness, numeric: true), .init(label: strings.eigenvector, numeric: true),
                      .init(label: strings.rank, numeric: true)],
            rows: centrality.rows.map { row in
                .init(cells: [ReportCell(networkName(row.network)),
                              ReportCell(text.decimal(row.degree), number: row.degree),
                              ReportCell(text.decimal(row.betweenness), number: row.betweenness),
                              ReportCell(text.decimal(row.eigenvector), number: row.eigenvector),
                              ReportCell(row.betweennessRank)])
            })

        questions = [
            ReportQuestion(id: "networks", heading: strings.networks, question: strings.questionNetworks, answer: q1Answer,
                           figure: .renderedSVG(String(decoding: overviewSVG, as: UTF8.self), label: strings.overviewTitle,
                                                   idPrefix: Report.overviewIDPrefix, interactive: true),
                           interactive: true, table: networksTable),
            ReportQuestion(id: "cross-sector", heading: strings.sectorsTitle, question: strings.questionCrossSector,
                           answer: q2Answer,
                           figure: .renderedSVG(String(decoding: sectorsSVG, as: UTF8.self), label: strings.sectorsTitle,
                                                   idPrefix: "map-sectors-"),
                           interactive: false, table: eiTable),
            ReportQuestion(id: "directions", heading: strings.directionGapsHeading, question: strings.questionDirections,
                           answer: q3Answer,
                           figure: .renderedSVG(String(decoding: gapsSVG, as: UTF8.self), label: strings.gapsTitle,
                                                   idPrefix: "map-gaps-"),
                           interactive: false, table: directionTable),
            ReportQuestion(id: "coverage", heading: strings.coverageTitle, question: strings.questionCoverage,
                           answer: q4Answer, figure: .renderedSVG(coverageSVG, label: strings.coverageTitle, idPrefix: "map-coverage-"),
                           mapOfFinland: coverageFinland, interactive: false, table: coverageTable),
            ReportQuestion(id: "central", heading: strings.ranks, question: strings.questionCentral, answer: q5Answer,
                           figure: egoSVG.map {
                               .renderedSVG(String(decoding: $0, as: UTF8.self), label: strings.egoTitle(topNetwork), idPrefix: "map-ego-")
                           },
                           mapOfFinland: membersFinland, interactive: false, table: centralTable),
        ]

        // Gaps to act on: the first findings of each kind, with their sentences.
        func top(_ kind: GapKind, _ n: Int) -> [ReportFinding] {
            briefing.gaps.filter { $0.kind == kind }.prefix(n).map { ReportFinding(text: explanation($0)) }
        }
        gapGroups = [
            ReportGapGroup(id: "gaps-direction", heading: strings.directionGapsHeading, findings: top(.direction, 5)),
            ReportGapGroup(id: "gaps-coverage", heading: strings.coverageGapsHeading, findings: top(.coverage, 5)),
            ReportGapGroup(id: "gaps-brokers", heading: strings.brokersHeading, findings: top(.brokers, 5)),
            ReportGapGroup(id: "gaps-overload", heading: strings.overloadHeading, findings: top(.overload, 5)),
            ReportGapGroup(id: "gaps-isolated", heading: strings.isolatedHeading, findings: top(.isolated, 3)),
        ]

        // Overlap heatmap and trend.
        heatmap = .renderedSVG(DomainMap.heatmap(snapshot, options: options), label: strings.heatmapTitle, idPrefix: "map-heatmap-")
        let trend = briefing.trend
        trendChart = .renderedSVG(TrendChart.svg(trend.points, labels: trend.points.map { String($0.day?.year ?? briefing.day.year) },
                                                 atlas: full, language: language),
                                  label: strings.trendHeading, idPrefix: "chart-trend-")
        trendCaption = strings.trendCaption(from: trend.fromYear, to: briefing.day.year)

        // Filters and the network cards.
        let sectorsWithNetworks = Set(snapshot.networks.map(\.sector))
        sectorOptions = snapshot.sectors.filter { sectorsWithNetworks.contains($0.id) }
            .map { .init(value: $0.id, label: $0.name.text(language)) }
        let usedDirections = Set(snapshot.networkDirections.map(\.direction))
        directionOptions = snapshot.directions.filter { usedDirections.contains($0.id) }
            .map { .init(value: $0.id, label: $0.name.text(language)) }
        /// Label and count pairs, most first, then by label.
        func pairs(_ counts: [(String, Int)]) -> [[Any]] {
            var merged: [String: Int] = [:]
            for (label, count) in counts { merged[label, default: 0] += count }
            return merged.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { [$0.key, $0.value] }
        }
        let cards: [[String: Any]] = briefing.cards.map { card in
            let network = snapshot.network(card.network)
            return [
                "id": card.network, "svgId": Report.overviewIDPrefix + "node-" + LabelText.identifier("network-" + card.network),
                "name": networkName(card.network), "sector": network?.sector ?? "", "sectorName": sectorName(network?.sector ?? ""),
                "colour": SectorColours.hex(forSector: network?.sector ?? "", in: snapshot), "unit": network?.unit ?? "",
                "goal": network?.goal ?? "", "operatingModel": network?.operatingModel ?? "", "members": card.members,
                "byKind": pairs(card.byKind.map { (strings.organisationKind($0.kind.rawValue), $0.count) }),
                "byRegion": pairs(card.byRegion.map { ($0.region.flatMap { snapshot.region($0)?.name.text(language) } ?? "–", $0.count) }),
                "directions": card.directions.map { ["id": $0.direction, "name": directionName($0.direction), "priority": $0.priority] as [String: Any] },
                "ranks": card.ranks,
                "gaps": Array(card.gaps.prefix(8).map(explanation)),
            ]
        }
        let payload: [String: Any] = [
            "networks": cards, "count": cards.count,
            "labels": ["goal": strings.goal, "operatingModel": strings.operatingModel, "unit": strings.unit,
                       "sector": strings.sector, "members": strings.members, "byKind": strings.membersByKind,
                       "byRegion": strings.membersByRegion, "directions": strings.directions, "ranks": strings.ranks,
                       "degree": strings.degree, "betweenness": strings.betweenness, "eigenvector": strings.eigenvector,
                       "gaps": strings.gapsOfNetwork, "none": strings.none, "of": "/", "close": strings.close, "fit": strings.zoomFit],
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
