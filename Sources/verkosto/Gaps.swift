import ArgumentParser
import VerkostoAnalysis
import VerkostoModel
import VerkostoSupport

extension GapKind: ExpressibleByArgument {}

extension Verkosto {
    struct Gaps: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Collaboration gaps, each with a sentence a manager can read.",
            discussion: """
                Kinds (--kind, comma-separated, or all):
                  direction    networks that share a development direction but no member and no joint work,
                               ranked by shared priority weight (3 main, 2 important, 1 supporting),
                               with the organisations best placed to bridge them
                  sector       ties between sectors: the mixing matrix, Krackhardt's E-I index per sector
                               with a permutation p-value, and sector pairs with no tie at all
                  coverage     municipalities reached by the networks on --direction (default leadership),
                               by region, type and language, the municipalities reached by none, and the
                               lowest type's coverage divided by the highest's
                  brokers      organisations whose removal cuts networks off, networks that hang on one
                               organisation, and organisations with high betweenness and low constraint
                  isolated     networks with no shared member and no collaboration
                  overload     organisations in more than --threshold networks (default 5)
                  communities  Louvain communities of the network graph set against sectors (NMI, ARI)

                Columns: kind, subject, subject_name, other, other_name, score, detail, explanation. \
                A kind that finds nothing says so in one row with an empty subject.

                Examples:
                  verkosto gaps --kind direction --lang en
                  verkosto gaps --kind coverage --direction leadership --at 2023
                  verkosto gaps --kind all --format json > gaps.json
                """)

        @Option(help: ArgumentHelp("Comma-separated kinds, or all: \(GapKind.allCases.map(\.rawValue).joined(separator: ",")).",
                                   valueName: "list"))
        var kind: String = "all"

        @Option(help: "coverage: the development direction whose networks are counted.")
        var direction: String = "leadership"

        @Option(help: "overload: organisations in more than this many networks.")
        var threshold: Int = 5

        @Option(help: "sector: permutations of the E-I test.")
        var permutations: Int = 1000

        @Option(help: "Seed of the permutation test and community detection.")
        var seed: UInt64 = 1

        @Option(help: "Show only the first N findings of each kind.")
        var top: Int?

        @OptionGroup var snapshot: SnapshotOptions
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOptions
        @OptionGroup var output: OutputFormatOptions

        func validate() throws {
            _ = try kinds()
            if threshold < 0 { throw ValidationError("--threshold must be 0 or more") }
            if permutations < 0 { throw ValidationError("--permutations must be 0 or more") }
            if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        }

        func kinds() throws -> [GapKind] {
            if kind == "all" { return GapKind.allCases }
            return try kind.split(separator: ",").map {
                let name = $0.trimmingCharacters(in: .whitespaces)
                guard let value = GapKind(rawValue: name) else {
                    throw ValidationError("--kind: unknown kind '\(name)'; expected one of \(GapKind.allCases.map(\.rawValue).joined(separator: ", ")) or all")
                }
                return value
            }
        }

        func run() throws {
            let atlas = try database.open().load()
            if atlas.direction(direction) == nil, try kinds().contains(.coverage) {
                throw CommandError(.failure, "--direction: unknown direction '\(direction)'; known: \(atlas.directions.map(\.id).joined(separator: ", "))")
            }
            var settings = GapSettings()
            settings.coverageDirection = direction
            settings.overloadThreshold = threshold
            settings.permutations = permutations
            settings.seed = seed
            let onDay = atlas.at(snapshot.day)
            let kinds = try kinds()
            let findings = findGaps(onDay, kinds: kinds, settings: settings)
            let text = Localisation(language.language)
            var table = Table(columns: GapRow.columns)
            for row in GapRow.rows(findings, kinds: kinds, top: top, text: text, settings: settings, atlas: onDay) {
                table.append([.text(row.kind), .text(row.subject), .text(row.subjectName), .text(row.other),
                              .text(row.otherName), row.score.map { .number($0) } ?? .empty, .text(row.detail),
                              .text(row.explanation)])
            }
            table.print(output.format)
        }
    }
}
