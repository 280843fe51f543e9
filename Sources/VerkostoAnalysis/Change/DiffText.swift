import VerkostoModel
import VerkostoSupport

/// One change of a diff as a table row, the same for every section: the schema of
/// `verkosto diff --format csv|json` and of the platform's API.
public struct DiffRow: Sendable, Hashable, Codable {
    /// The kinds of change, in the order a diff lists them.
    public enum Section: String, Sendable, CaseIterable, Codable {
        case network, membership, tie, indicator, summary
    }

    /// The columns, by name: what a table of some sections shows.
    public enum Column: String, Sendable, CaseIterable, Codable {
        case section, subject, subjectName = "subject_name", other, otherName = "other_name", before, after, change, reason
    }

    /// A cell: text, a number (indicator values in machine output), or nothing. In JSON a string,
    /// a number or `null`, as `verkosto diff --format json` writes it.
    public enum Value: Sendable, Hashable, Codable {
        case text(String)
        case number(Double)
        case none

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .none
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .text(try container.decode(String.self))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case let .text(text): try container.encode(text)
            case let .number(number):
                // An undefined value (not finite) is `null`, as in the CLI's JSON.
                if number.isFinite { try container.encode(number) } else { try container.encodeNil() }
            case .none: try container.encodeNil()
            }
        }
    }

    enum CodingKeys: String, CodingKey {
        case section, subject, subjectName = "subject_name", other, otherName = "other_name", before, after, change, reason
    }

    public let section: Section
    public let subject: String
    public let subjectName: String
    /// The other party (a network's sector, a membership's or tie's network); `nil` for
    /// indicators and summary lines.
    public let other: String?
    public let otherName: String?
    public let before: Value
    public let after: Value
    /// A stable key (`started`, `joined`, `gained`, ...) or, for an indicator, after − before.
    public let change: Value
    /// Dates and causes; an indicator's kind; `nil` for summary lines.
    public let reason: String?

    /// Writes every key, `null` for a missing party or reason, as the CLI's JSON rows do.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(section, forKey: .section)
        try container.encode(subject, forKey: .subject)
        try container.encode(subjectName, forKey: .subjectName)
        try container.encode(other, forKey: .other)
        try container.encode(otherName, forKey: .otherName)
        try container.encode(before, forKey: .before)
        try container.encode(after, forKey: .after)
        try container.encode(change, forKey: .change)
        try container.encode(reason, forKey: .reason)
    }

    /// The cell of `column`.
    public subscript(column: Column) -> Value {
        switch column {
        case .section: return .text(section.rawValue)
        case .subject: return .text(subject)
        case .subjectName: return .text(subjectName)
        case .other: return other.map { .text($0) } ?? .none
        case .otherName: return otherName.map { .text($0) } ?? .none
        case .before: return before
        case .after: return after
        case .change: return change
        case .reason: return reason.map { .text($0) } ?? .none
        }
    }
}

/// One sentence of a diff's summary, with a stable key (`networks`, `succession`,
/// `cross_sector_share`, `coverage`, `coverage_gap`, `memberships`, `ties`, `gaps`).
public struct SummaryLine: Sendable, Hashable, Codable {
    public let key: String
    public let sentence: String
}

extension AtlasDiff {
    /// Every change as a ``DiffRow``, in `text`'s language, names from `atlas` (the full Atlas
    /// the diff came from).
    ///
    /// - Parameters:
    ///   - numbers: for machines: changes as stable keys, indicator values as numbers (shares as
    ///     proportions, rounded to four decimals). Otherwise for people: changes in words, values
    ///     as the language writes them, the change of a share in percentage points.
    ///   - sections: the sections to list; all by default.
    public func rows(_ text: Localisation, atlas: Atlas, numbers: Bool, sections: Set<DiffRow.Section> = Set(DiffRow.Section.allCases)) -> [DiffRow] {
        let words = text.words, language = text.language
        var rows: [DiffRow] = []
        if sections.contains(.network) {
            for row in networks {
                let network = atlas.networks[row.network]
                let atFrom = network.period.contains(from), atTo = network.period.contains(to)
                let dates = "\(network.period.since?.description ?? "") .. \(network.period.until?.description ?? "")"
                rows.append(DiffRow(section: .network, subject: network.id, subjectName: network.name.text(language),
                                    other: network.sector, otherName: atlas.sector(network.sector)?.name.text(language) ?? "",
                                    before: .text(atFrom ? words.active : words.inactive), after: .text(atTo ? words.active : words.inactive),
                                    change: .text(numbers ? row.change.rawValue : row.change.text(words)), reason: dates))
            }
        }
        if sections.contains(.membership) {
            for row in memberships {
                let (organisation, network) = (atlas.organisations[row.organisation], atlas.networks[row.network])
                let atFrom = row.change == .left, atTo = row.change == .joined
                var reason = row.change == .joined ? "\(row.since) .." : row.change == .left ? ".. \(row.until)" : "\(row.since) .. \(row.until)"
                if row.withNetwork { reason += "; " + (row.change == .joined ? words.networkStartedReason : words.networkEndedReason) }
                rows.append(DiffRow(section: .membership, subject: organisation.id, subjectName: organisation.name,
                                    other: network.id, otherName: network.name.text(language),
                                    before: .text(atFrom ? words.isMember : words.isNotMember),
                                    after: .text(atTo ? words.isMember : words.isNotMember),
                                    change: .text(numbers ? row.change.rawValue : row.change.text(words)), reason: reason))
            }
        }
        if sections.contains(.tie) {
            for row in ties {
                let (a, b) = (atlas.networks[row.a], atlas.networks[row.b])
                let change = row.gained ? (numbers ? "gained" : words.tieGained) : (numbers ? "lost" : words.tieLost)
                rows.append(DiffRow(section: .tie, subject: a.id, subjectName: a.name.text(language), other: b.id,
                                    otherName: b.name.text(language), before: .text(row.gained ? words.untied : words.tied),
                                    after: .text(row.gained ? words.tied : words.untied), change: .text(change),
                                    reason: row.reason(words)))
            }
        }
        if sections.contains(.indicator) {
            let afterById = Dictionary(uniqueKeysWithValues: after.indicators.map { ($0.id, $0) })
            for old in before.indicators {
                guard let new = afterById[old.id] else { continue }
                func cell(_ indicator: Indicator) -> DiffRow.Value {
                    guard let value = indicator.value else { return .none }
                    return numbers ? .number((value * 10_000).rounded() / 10_000) : .text(indicator.valueText(text))
                }
                var change = DiffRow.Value.none
                if let x = old.value, let y = new.value {
                    let delta = y - x
                    switch (numbers, old.kind) {
                    case (true, _): change = .number((delta * 10_000).rounded() / 10_000)
                    case (false, .share):
                        // The difference of the printed percentages, so that the row adds up.
                        let points = Int((y * 100).rounded()) - Int((x * 100).rounded())
                        change = .text(words.percentagePoints((points >= 0 ? "+" : "") + "\(points)"))
                    case (false, .count): change = .text((delta >= 0 ? "+" : "") + String(Int(delta.rounded())))
                    case (false, .index): change = .text((delta >= 0 ? "+" : "") + text.decimal(delta))
                    }
                }
                rows.append(DiffRow(section: .indicator, subject: old.id, subjectName: old.name(text, atlas: atlas), other: nil,
                                    otherName: nil, before: cell(old), after: cell(new), change: change, reason: old.kind.rawValue))
            }
        }
        if sections.contains(.summary) {
            for line in summary(text, atlas: atlas) {
                rows.append(DiffRow(section: .summary, subject: line.key, subjectName: line.sentence, other: nil, otherName: nil,
                                    before: .none, after: .none, change: .none, reason: nil))
            }
        }
        return rows
    }

    /// The title of a diff: "Muutokset 2022-12-31 – 2026-12-31".
    public func title(_ text: Localisation) -> String {
        text.words.changesTitle(from: from.description, to: to.description)
    }

    /// The heading of a section in a table of changes, with its counts where it has them.
    public func heading(_ section: DiffRow.Section, _ text: Localisation) -> String {
        let words = text.words
        switch section {
        case .network: return words.networksStartedAndEndedHeading
        case .membership:
            let counts = Dictionary(grouping: memberships, by: \.change).mapValues(\.count)
            let countText = MembershipChange.allCases.compactMap { change in
                counts[change].map { "\(change.text(words)) \($0)" }
            }.joined(separator: ", ")
            return words.membershipsHeading + (countText.isEmpty ? "" : " (\(countText))")
        case .tie:
            let gained = ties.filter(\.gained).count
            return words.tiesHeading + " (" + words.tieCounts(gained: gained, lost: ties.count - gained) + ")"
        case .indicator: return words.indicatorsHeading
        case .summary: return words.summaryHeading
        }
    }

    /// The plain-language summary: a few sentences a manager can read.
    public func summary(_ text: Localisation, atlas: Atlas) -> [SummaryLine] {
        let words = text.words, language = text.language
        var lines: [SummaryLine] = []
        let started = networks.filter { $0.change != .ended }.count
        let ended = networks.filter { $0.change != .started }
        var networkLine = words.networksSummary(before: before.networksActive, after: after.networksActive, started: started,
                                                ended: ended.count)
        if !ended.isEmpty, ended.count <= 3 {
            networkLine += " " + words.endedNetworks(ended.map { atlas.networks[$0.network].name.text(language) }.joined(separator: ", "))
        }
        lines.append(SummaryLine(key: "networks", sentence: networkLine))
        for succession in successions {
            let (old, new) = (atlas.networks[succession.ended], atlas.networks[succession.started])
            guard let until = old.period.until, let since = new.period.since else { continue }
            lines.append(SummaryLine(key: "succession", sentence: words.succession(
                new: new.name.text(language), since: since.text(text), old: old.name.text(language), until: until.text(text))))
        }

        func percent(_ share: Double?) -> String { share.map(text.percent) ?? "–" }
        let (b, a) = (percent(before.crossSectorShare), percent(after.crossSectorShare))
        let (bp, ap) = (Int((before.crossSectorShare * 100).rounded()), Int((after.crossSectorShare * 100).rounded()))
        let share = ap > bp ? words.crossSectorShareRose(from: b, to: a)
            : ap < bp ? words.crossSectorShareFell(from: b, to: a) : words.crossSectorShareStayed(at: a)
        lines.append(SummaryLine(key: "cross_sector_share",
                                 sentence: share + " " + words.crossSectorTies(before: before.crossSectorTies, after: after.crossSectorTies) + "."))

        let parts = [MunicipalityType.rural, .semiUrban, .urban].map { type in
            "\(percent(before.coverage(type)?.share)) → \(percent(after.coverage(type)?.share))"
        }
        lines.append(SummaryLine(key: "coverage", sentence: words.coverageSummary(rural: parts[0], semiUrban: parts[1], urban: parts[2])))
        if let rural = after.coverage(.rural)?.share, let urban = after.coverage(.urban)?.share, rural < urban {
            let ruralBefore = before.coverage(.rural)?.share ?? 0
            lines.append(SummaryLine(key: "coverage_gap", sentence: rural > ruralBefore ? words.ruralCaughtUp : words.ruralLags))
        }

        let joined = memberships.filter { $0.change == .joined }.count
        let left = memberships.filter { $0.change == .left }
        let brief = memberships.filter { $0.change == .joinedAndLeft }.count
        lines.append(SummaryLine(key: "memberships", sentence: words.membershipsSummary(
            joined: joined, left: left.count, leftWithNetwork: left.filter(\.withNetwork).count, brief: brief)))
        let gained = ties.filter(\.gained).count
        lines.append(SummaryLine(key: "ties", sentence: words.tiesSummary(gained: gained, lost: ties.count - gained)))
        lines.append(SummaryLine(key: "gaps", sentence: words.gapsSummary(
            directionGapsBefore: before.directionGaps, directionGapsAfter: after.directionGaps,
            isolatedBefore: before.isolatedNetworks, isolatedAfter: after.isolatedNetworks)))
        return lines
    }
}

extension AtlasDiff.NetworkChange {
    /// The change in words.
    public func text(_ words: any Glossary) -> String {
        switch self {
        case .started: return words.networkStarted
        case .ended: return words.networkEnded
        case .startedAndEnded: return words.networkStartedAndEnded
        }
    }
}

extension AtlasDiff.MembershipChange {
    /// The change in words.
    public func text(_ words: any Glossary) -> String {
        switch self {
        case .joined: return words.memberJoined
        case .left: return words.memberLeft
        case .joinedAndLeft: return words.memberJoinedAndLeft
        }
    }
}

extension AtlasDiff.TieRow {
    /// Why the tie exists: shared members, collaborations, or both; and whether it crosses sectors.
    public func reason(_ words: any Glossary) -> String {
        var parts: [String] = []
        if sharedMembers > 0 { parts.append(words.sharedMembersReason(sharedMembers)) }
        if collaborations > 0 { parts.append(words.collaborationReason(collaborations)) }
        if crossSector { parts.append(words.crossSectorReason) }
        return parts.joined(separator: "; ")
    }
}

extension Indicator {
    /// The value for people, as the language writes it: a count, a share in percent, an index
    /// with two decimals; "–" when undefined.
    public func valueText(_ text: Localisation) -> String {
        guard let value else { return "–" }
        switch kind {
        case .count: return String(Int(value.rounded()))
        case .share: return text.percent(value)
        case .index: return text.decimal(value)
        }
    }
}

extension DiffRow.Column {
    /// The column's heading in a table for people.
    public func heading(_ words: any Glossary) -> String {
        switch self {
        case .section: return rawValue
        case .subject: return words.idColumn
        case .subjectName: return words.nameColumn
        case .other: return words.otherColumn
        case .otherName: return words.otherNameColumn
        case .before: return words.beforeColumn
        case .after: return words.afterColumn
        case .change: return words.changeColumn
        case .reason: return words.reasonColumn
        }
    }
}

extension DiffRow.Section {
    /// The columns a table for people shows of the section's rows (the CLI's `diff` table, the
    /// platform's diff page); `nil` for the summary, which is sentences.
    public var tableColumns: [DiffRow.Column]? {
        switch self {
        case .network: return [.subject, .subjectName, .change, .reason]
        case .membership: return [.subject, .subjectName, .other, .change, .reason]
        case .tie: return [.subject, .other, .change, .reason]
        case .indicator: return [.subjectName, .before, .after, .change]
        case .summary: return nil
        }
    }
}
