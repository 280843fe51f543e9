import ArgumentParser
import Foundation
import VerkostoAnalysis
import VerkostoGraph
import VerkostoModel
import VerkostoRender
import VerkostoStore
import VerkostoSupport

extension MapKind: ExpressibleByArgument {}

/// What `verkosto render` draws: a domain map of one snapshot, or the change map between two days
/// (``DomainMap/diff(_:from:to:options:)``), which needs the full Atlas and `--from`/`--to`.
enum RenderKind: Equatable, ExpressibleByArgument {
    case map(MapKind)
    case diff

    init?(argument: String) {
        if argument == "diff" {
            self = .diff
        } else if let kind = MapKind(rawValue: argument) {
            self = .map(kind)
        } else {
            return nil
        }
    }

    static var allValueStrings: [String] { MapKind.allCases.map(\.rawValue) + ["diff"] }

    var rawValue: String {
        switch self {
        case .map(let kind): return kind.rawValue
        case .diff: return "diff"
        }
    }

    var needsNetwork: Bool {
        if case .map(let kind) = self { return kind.needsNetwork }
        return false
    }
}
extension MapScene.Layout: ExpressibleByArgument {}
extension MapSize: ExpressibleByArgument {}
extension LabelDensity: ExpressibleByArgument {}
extension MapFormat: ExpressibleByArgument {}
extension MapGrouping: ExpressibleByArgument {}
extension MatrixOrder: ExpressibleByArgument {}

extension Verkosto {
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw a network map (SVG, PNG, PDF, DOT or layout JSON) of a snapshot.",
            discussion: """
                Maps:
                  overview     networks by sector, circle area = members, tied by overlap
                  ego ID       one network, its members and the networks they also join; with --geo, \
                where its members are on the map of Finland
                  directions   networks and the development directions they work on
                  sectors      one node per sector; edges count ties between sectors
                  gaps         overview + direction gaps (dashed red, in front) and brokers (diamonds)
                  coverage     municipalities reached, by region and type (SVG only); with --geo, a dot \
                per municipality on the map of Finland, sized by population, dark where the networks reach
                  heatmap      the network × network overlap matrix (SVG only)
                  diff         the overview of --from and --to in one layout, so nothing moves: new ties \
                solid black, lost ties dashed grey, new networks outlined black, ended ones light grey

                The format comes from the file extension (.svg .png .pdf .dot .json) unless --format is \
                given. An existing output file is replaced; the output folder must exist (exit 73 otherwise). \
                Graph maps are laid out with the Graphviz library: in-process up to 200 nodes and 2,000 \
                edges, larger ones in a worker process with --timeout and a 2 GiB memory limit (a crash \
                or timeout there is "render failed", exit 70, and no file). SVG node ids are \
                node-network-<id>, node-organisation-<id>, node-direction-<id>, with classes such as \
                "network sector-ecec".

                Examples:
                  verkosto render overview -o Graphs/overview.svg
                  verkosto render overview --lang en --group-by sector -o overview-en.png
                  verkosto render overview --weight jaccard --min 0.05 -o overlap.svg
                  verkosto render overview --layout sfdp --ties collaborations -o collab.svg
                  verkosto render ego johtamisen-oppiva-yhteiso --group-by region -o ego.svg
                  verkosto render gaps --at 2024-06-30 -o gaps-2024.pdf
                  verkosto render heatmap --order cluster -o heatmap.svg
                  verkosto render coverage --lang sv -o coverage-sv.svg
                  verkosto render diff --from 2022 --to 2026 -o Graphs/diff.svg
                  verkosto render overview --size slide --width 1920 -o overview.png
                  verkosto render gaps --size a4 -o gaps-a4.pdf
                  verkosto render coverage --geo --size a4 -o coverage-finland.pdf
                  verkosto render ego johtamisen-oppiva-yhteiso --geo -o members-finland.svg
                """)

        @Argument(help: "The map: overview, ego, directions, sectors, gaps, coverage, heatmap, or diff (with --from and --to).")
        var kind: RenderKind

        @Argument(help: "The network id, for ego.")
        var id: String?

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The file to write.", valueName: "file"))
        var output: String

        @Option(help: "Output format (default: from the file extension): svg, png, pdf, dot or json.")
        var format: MapFormat?

        @Option(help: "Graphviz layout: dot, neato, fdp, sfdp, circo, twopi, or auto (chosen by size).")
        var layout: MapScene.Layout = .auto

        @Option(name: .customLong("weight"), help: "Tie weight between networks: count, jaccard, overlap or newman.")
        var weighting: ProjectionWeighting = .count

        @Option(help: "What ties networks: members (shared members), collaborations, or both.")
        var ties: NetworkTies = .both

        @Option(help: ArgumentHelp("Hide ties lighter than this (default: 2 for count, 0.02 for jaccard/overlap, 0.5 for newman).",
                                   valueName: "x"))
        var min: Double?

        @Option(name: .customLong("group-by"), help: "Boxes: sector (overview, gaps), kind or region (ego; default kind).")
        var groupBy: MapGrouping?

        @Option(help: "Heatmap row order: sector or cluster (Louvain communities).")
        var order: MatrixOrder = .sector

        @Option(help: "Coverage: the development direction whose networks count (default leadership).")
        var direction: String = "leadership"

        @Option(help: ArgumentHelp("""
            The page: natural (as large as the map needs), slide (16:9, 13.33 × 7.5 in), a4 (portrait) \
            or a4-landscape. On a page no text is smaller than 7 pt (14 px on a slide shown 1,920 px wide).
            """, valueName: "size"))
        var size: MapSize = .natural

        @Option(help: ArgumentHelp("""
            Names drawn: auto (the networks with most members, as many as fit the page; the others \
            keep their name as a tooltip) or all.
            """, valueName: "density"))
        var labels: LabelDensity = .auto

        @Option(help: ArgumentHelp("PNG: the image's width in pixels, e.g. 1920.", valueName: "pixels"))
        var width: Int?

        @Flag(help: """
            Draw on the map of Finland (ETRS-TM35FIN): coverage as a dot per municipality, sized by \
            population and dark where the networks reach; ego ID as where the network's members are.
            """)
        var geo = false

        @Option(name: .customLong("from"), help: ArgumentHelp(
            "diff: the first day, YYYY-MM-DD or a year meaning 31 December.", valueName: "date"))
        var from: Day?

        @Option(name: .customLong("to"), help: ArgumentHelp(
            "diff: the second day, YYYY-MM-DD or a year meaning 31 December.", valueName: "date"))
        var to: Day?

        @OptionGroup var snapshot: SnapshotOptions
        @OptionGroup var language: LanguageOptions
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var isolation: RenderIsolationOptions

        func validate() throws {
            if kind.needsNetwork && id == nil {
                throw ValidationError("the ego map needs a network id: verkosto render ego ID -o FILE")
            }
            if !kind.needsNetwork, let id {
                throw ValidationError("the \(kind.rawValue) map takes no network id (got '\(id)')")
            }
            if kind == .diff {
                guard let from, let to else {
                    throw ValidationError("the diff map compares two days: verkosto render diff --from DATE --to DATE -o FILE")
                }
                try IntervalOptions.check(from: from, to: to)
                if snapshot.date != nil { throw ValidationError("the diff map takes --from and --to, not --at") }
            } else if from != nil || to != nil {
                throw ValidationError("--from and --to apply to the diff map only; use --at for a snapshot")
            }
            if let min, !min.isFinite { throw ValidationError("--min must be a finite number") }
            if geo && kind != .map(.coverage) && kind != .map(.ego) {
                throw ValidationError("--geo applies to the coverage and ego maps (the map of Finland)")
            }
            if let width {
                guard (1...32_767).contains(width) else { throw ValidationError("--width: expected 1 to 32767 pixels") }
                let format = format ?? MapFormat(pathExtension: URL(fileURLWithPath: output).pathExtension)
                guard format == .png else { throw ValidationError("--width applies to PNG output; write a .png file") }
            }
            if format == nil && MapFormat(pathExtension: URL(fileURLWithPath: output).pathExtension) == nil {
                throw ValidationError("cannot tell the format of '\(output)': use a .svg, .png, .pdf, .dot or .json name, or --format")
            }
        }

        func run() throws {
            let url = URL(fileURLWithPath: output)
            // Fail before loading anything when the file cannot be written.
            try AtomicFile.checkFolder(of: url)
            let full = try database.open().load()
            let options = MapOptions(language: language.language, layout: layout, weighting: weighting, ties: ties,
                                     minimum: min, groupBy: groupBy, order: order, direction: direction,
                                     size: size, labels: labels, pixelWidth: width, geo: geo)
            if kind == .diff, let from, let to {
                let scene = try DomainMap.diff(full, from: from, to: to, options: options)
                try isolation.write(scene, to: url, format: format)
                return
            }
            guard case .map(let kind) = kind else { return }
            let atlas = full.at(snapshot.day)
            try isolation.write(kind, atlas: atlas, network: id, options: options, to: url, format: format)
        }
    }
}
