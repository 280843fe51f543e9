import ArgumentParser
import Foundation
import VerkostoModel
import VerkostoRender
import VerkostoSupport

extension Verkosto {
    /// `verkosto report`: the management report as one self-contained HTML file.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the management report: one self-contained HTML file that answers OPH's questions.",
            discussion: """
                The report opens offline in any current browser: styles, script and maps are inside \
                the file. It has the key figures (networks, organisations, municipalities reached, \
                the share of cross-sector ties and its change over the year before --at); one \
                section per question of the design (what networks there are; cooperation across \
                sectors; networks that share a direction but never meet; regions and municipality \
                types the leadership networks do not reach; central networks, brokers and single \
                points of failure), each with a computed answer, a map or chart and a sortable \
                table; the interactive overview map (hover, click for a network card, search, \
                sector and direction filters); the gaps to act on; the overlap heatmap and the \
                trend since 2022. Printing gives one section per page.

                The file is written atomically; a missing folder exits with 73.

                Examples:
                  verkosto report
                  verkosto report --lang en --at 2026-11-01 -o Graphs/report-en.html
                """)

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The HTML file to write.", valueName: "file.html"))
        var output: String = "Graphs/report.html"

        @OptionGroup var snapshot: SnapshotOptions
        @OptionGroup var language: LanguageOptions
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let url = URL(fileURLWithPath: output)
            // Fail before loading anything when the file cannot be written.
            try AtomicFile.checkFolder(of: url)
            let atlas = try database.open().load()
            try VerkostoRender.Report.write(atlas, day: snapshot.day, language: language.language, to: url,
                                           progress: TerminalProgress())
            Terminal.clearProgress()
            print(output)
        }
    }
}
