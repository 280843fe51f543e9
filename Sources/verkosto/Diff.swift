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
            let text = Localisation(language.language)
            let out: String
            switch output.format {
            case .table: out = Self.sections(result, atlas: atlas, text: text)
            case .csv, .json: out = Self.table(result.rows(text, atlas: atlas, numbers: true)).rendered(output.format)
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        }

        /// Rows as a table of all columns, or of `columns` with their headings in the language.
        static func table(_ rows: [DiffRow], columns: [DiffRow.Column] = DiffRow.Column.allCases,
                          headings: Localisation? = nil) -> Table {
            Table(columns: columns.map { column in headings.map { column.heading($0.words) } ?? column.rawValue },
                  rows: rows.map { row in
                      columns.map { column in
                          switch row[column] {
                          case let .text(text): return .text(text)
                          case let .number(value): return .number(value)
                          case .none: return .empty
                          }
                      }
                  })
        }

        /// The table output: one section per kind of change, each with a heading, then the summary.
        static func sections(_ diff: AtlasDiff, atlas: Atlas, text: Localisation) -> String {
            var out = diff.title(text) + "\n\n"
            for section in DiffRow.Section.allCases {
                guard let columns = section.tableColumns else { continue }
                let rows = diff.rows(text, atlas: atlas, numbers: false, sections: [section])
                out += diff.heading(section, text) + "\n"
                out += rows.isEmpty ? "  " + text.words.noChanges + "\n\n"
                    : table(rows, columns: columns, headings: text).aligned() + "\n"
            }
            out += diff.heading(.summary, text) + "\n"
            for line in diff.summary(text, atlas: atlas) { out += "  " + line.sentence + "\n" }
            return out
        }
    }
}
