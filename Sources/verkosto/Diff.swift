import ArgumentParser
import Foundation
import VerkostoAnalysis
import VerkostoModel
import VerkostoSupport

/// `--from DATE --to DATE`: the two days of a comparison.
struct IntervalOptions: ParsableArguments {
    @Option(name: .customLong("from"), help: ArgumentHelp(
        "The first day: YYYY-MM-DD, or a year meaning 31 December of that year.", valueName: "date"))
    var from: Day

    @Option(name: .customLong("to"), help: ArgumentHelp(
        "The last day: YYYY-MM-DD, or a year meaning 31 December of that year.", valueName: "date"))
    var to: Day

    func validate() throws {
        try Self.check(from: from, to: to)
    }

    /// Two days in order.
    static func check(from: Day, to: Day) throws {
        if to < from { throw ValidationError("--from \(from) is after --to \(to)") }
    }
}

extension Verkosto {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "What changed between two days: networks, memberships, ties and the headline indicators.",
            discussion: """
                Compares the snapshots on --from and --to (a year means 31 December). A row is active \
                on day d when since ≤ d ≤ until: a membership that ends on a compared day still counts \
                that day. A membership counts only while its network is active.

                Networks: started, ended, or "started and ended" (active on neither day, but in between). \
                Memberships, compared on every day of the interval: joined, left, "joined and left" (a \
                membership that starts and ends inside the interval, reported once, not as a join and a \
                leave). One row per run of membership days: an organisation that left and came back \
                gives a "left" and a "joined" row. The reason column gives the dates, and says when the \
                change came with the network's own start or end. Ties between \
                networks (shared members or a collaboration) gained and lost, with their reason. Then \
                the change in every headline indicator, and a short summary.

                Output: sections with headings (table), or one row schema for all sections (csv, json): \
                section, subject, subject_name, other, other_name, before, after, change, reason. \
                Sections: network, membership, tie, indicator, summary (the sentence is in subject_name). \
                In csv and json, change holds a stable key (started, ended, started-and-ended, joined, left, \
                joined-and-left, gained, lost; for an indicator, after − before) and indicator values are \
                numbers (shares as proportions); names and reasons are in the --lang language.

                Examples:
                  verkosto diff --from 2022 --to 2026
                  verkosto diff --from 2024-01-01 --to 2024-12-31 --lang en --format json
                """)

        @OptionGroup var interval: IntervalOptions
        @OptionGroup var output: OutputFormatOptions
        @OptionGroup var language: LanguageOptions
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let atlas = try database.open().load()
            let result = VerkostoAnalysis.diff(atlas, from: interval.from, to: interval.to)
            let text = ChangeText(language: language.language)
            let out: String
            switch output.format {
            case .table: out = Self.sections(result, atlas: atlas, text: text)
            case .csv, .json: out = Self.rows(result, atlas: atlas, text: text, numbers: true).rendered(output.format)
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        }

        static let columns = ["section", "subject", "subject_name", "other", "other_name", "before", "after", "change", "reason"]

        /// Every change as one uniform row. With `numbers`, indicator values are numbers (shares as
        /// proportions); without, they are text for people (shares as percentages).
        static func rows(_ diff: AtlasDiff, atlas: Atlas, text: ChangeText, numbers: Bool,
                         sections: Set<String>? = nil) -> Table {
            var table = Table(columns: columns)
            let language = text.language
            func want(_ section: String) -> Bool { sections?.contains(section) ?? true }
            let words = text.words
            let active = words.active, inactive = words.inactive
            if want("network") {
                for row in diff.networks {
                    let network = atlas.networks[row.network]
                    let atFrom = network.period.contains(diff.from), atTo = network.period.contains(diff.to)
                    let dates = "\(network.period.since?.description ?? "") .. \(network.period.until?.description ?? "")"
                    table.append([.text("network"), .text(network.id), .text(network.name.text(language)),
                                  .text(network.sector), .text(atlas.sector(network.sector)?.name.text(language) ?? ""),
                                  .text(atFrom ? active : inactive), .text(atTo ? active : inactive),
                                  .text(numbers ? row.change.rawValue : text.networkChange(row.change)), .text(dates)])
                }
            }
            if want("membership") {
                let member = words.isMember, none = words.isNotMember
                for row in diff.memberships {
                    let (organisation, network) = (atlas.organisations[row.organisation], atlas.networks[row.network])
                    let atFrom = row.change == .left, atTo = row.change == .joined
                    var reason = row.change == .joined ? "\(row.since) .." : row.change == .left ? ".. \(row.until)"
                        : "\(row.since) .. \(row.until)"
                    if row.withNetwork {
                        reason += "; " + (row.change == .joined ? words.networkStartedReason : words.networkEndedReason)
                    }
                    table.append([.text("membership"), .text(organisation.id), .text(organisation.name),
                                  .text(network.id), .text(network.name.text(language)),
                                  .text(atFrom ? member : none), .text(atTo ? member : none),
                                  .text(numbers ? row.change.rawValue : text.membershipChange(row.change)), .text(reason)])
                }
            }
            if want("tie") {
                let tied = words.tied, untied = words.untied
                for row in diff.ties {
                    let (a, b) = (atlas.networks[row.a], atlas.networks[row.b])
                    let change = row.gained ? (numbers ? "gained" : words.tieGained) : (numbers ? "lost" : words.tieLost)
                    table.append([.text("tie"), .text(a.id), .text(a.name.text(language)), .text(b.id), .text(b.name.text(language)),
                                  .text(row.gained ? untied : tied), .text(row.gained ? tied : untied),
                                  .text(change), .text(text.tieReason(row))])
                }
            }
            if want("indicator") {
                let before = diff.before.indicators, after = diff.after.indicators
                let afterById = Dictionary(uniqueKeysWithValues: after.map { ($0.id, $0) })
                for old in before {
                    guard let new = afterById[old.id] else { continue }
                    func cell(_ indicator: Indicator) -> Table.Cell {
                        guard let value = indicator.value else { return .empty }
                        return numbers ? .number((value * 10_000).rounded() / 10_000) : .text(text.value(indicator))
                    }
                    var change: Table.Cell = .empty
                    if let x = old.value, let y = new.value {
                        let delta = y - x
                        switch (numbers, old.kind) {
                        case (true, _): change = .number((delta * 10_000).rounded() / 10_000)
                        case (false, .share):
                            // The difference of the printed percentages, so that the row adds up.
                            let points = Int((y * 100).rounded()) - Int((x * 100).rounded())
                            change = .text(words.percentagePoints((points >= 0 ? "+" : "") + "\(points)"))
                        case (false, .count): change = .text((delta >= 0 ? "+" : "") + String(Int(delta.rounded())))
                        case (false, .index): change = .text((delta >= 0 ? "+" : "") + text.localisation.decimal(delta))
                        }
                    }
                    table.append([.text("indicator"), .text(old.id), .text(text.indicator(old, atlas: atlas)), .empty, .empty,
                                  cell(old), cell(new), change, .text(old.kind.rawValue)])
                }
            }
            if want("summary") {
                for line in text.summary(diff, atlas: atlas) {
                    table.append([.text("summary"), .text(line.key), .text(line.sentence), .empty, .empty, .empty, .empty, .empty, .empty])
                }
            }
            return table
        }

        /// The table output: one section per kind of change, each with a heading, then the summary.
        static func sections(_ diff: AtlasDiff, atlas: Atlas, text: ChangeText) -> String {
            let words = text.words
            var out = words.changesTitle(from: diff.from.description, to: diff.to.description) + "\n\n"
            func section(_ key: String, _ heading: String, columns: [Int], empty: String) {
                let full = rows(diff, atlas: atlas, text: text, numbers: false, sections: [key])
                out += heading + "\n"
                if full.rows.isEmpty {
                    out += "  " + empty + "\n\n"
                    return
                }
                let names = columns.map { text.columnName(Self.columns[$0]) }
                let table = Table(columns: names, rows: full.rows.map { row in columns.map { row[$0] } })
                out += table.aligned() + "\n"
            }
            let none = words.noChanges
            section("network", words.networksStartedAndEndedHeading,
                    columns: [1, 2, 7, 8], empty: none)
            let counts = Dictionary(grouping: diff.memberships, by: \.change).mapValues(\.count)
            let countText = AtlasDiff.MembershipChange.allCasesInOrder.compactMap { change in
                counts[change].map { "\(text.membershipChange(change)) \($0)" }
            }.joined(separator: ", ")
            section("membership", words.membershipsHeading + (countText.isEmpty ? "" : " (\(countText))"),
                    columns: [1, 2, 3, 7, 8], empty: none)
            let gained = diff.ties.filter(\.gained).count
            section("tie", words.tiesHeading + " (" + words.tieCounts(gained: gained, lost: diff.ties.count - gained) + ")",
                    columns: [1, 3, 7, 8], empty: none)
            section("indicator", words.indicatorsHeading, columns: [2, 5, 6, 7], empty: none)
            out += words.summaryHeading + "\n"
            for line in text.summary(diff, atlas: atlas) { out += "  " + line.sentence + "\n" }
            return out
        }
    }
}

extension AtlasDiff.MembershipChange {
    static let allCasesInOrder: [AtlasDiff.MembershipChange] = [.joined, .left, .joinedAndLeft]
}

extension ChangeText {
    /// A column heading of the table output.
    func columnName(_ column: String) -> String {
        switch column {
        case "subject": return words.idColumn
        case "subject_name": return words.nameColumn
        case "other": return words.otherColumn
        case "other_name": return words.otherNameColumn
        case "before": return words.beforeColumn
        case "after": return words.afterColumn
        case "change": return words.changeColumn
        case "reason": return words.reasonColumn
        default: return column
        }
    }
}
