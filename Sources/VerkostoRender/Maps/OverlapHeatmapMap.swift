import VerkostoAnalysis
import VerkostoGraph
import VerkostoModel
import VerkostoSupport

extension DomainMap {
    /// The order of networks (Atlas positions) for the heatmap rows and columns.
    ///
    /// `sector`: by sector in Atlas order, then by name. `cluster`: by Louvain community of the
    /// weighted network graph (seed 1), largest community first, then by sector and name.
    /// - Complexity: O(*N* log *N*) plus Louvain for `cluster`.
    public static func matrixOrder(_ view: NetworkGraphView, order: MatrixOrder, language: Language) -> [Int] {
        let atlas = view.atlas
        let sectorRank = Dictionary(uniqueKeysWithValues: atlas.sectors.enumerated().map { ($1.id, $0) })
        func rank(_ i: Int) -> Int { sectorRank[atlas.networks[i].sector] ?? atlas.sectors.count }
        func name(_ i: Int) -> String { atlas.networks[i].name.text(language) }
        switch order {
        case .sector:
            return atlas.networks.indices.sorted { (rank($0), name($0)) < (rank($1), name($1)) }
        case .cluster:
            let membership = louvain(view.labelled.graph, seed: 1).membership
            var size: [Int32: Int] = [:]
            for c in membership { size[c, default: 0] += 1 }
            return atlas.networks.indices.sorted {
                let (a, b) = (membership[$0], membership[$1])
                if a != b { return (size[a]!, b) > (size[b]!, a) }
                return (rank($0), name($0)) < (rank($1), name($1))
            }
        }
    }

    /// The overlap heatmap: the network × network matrix of tie weights as an SVG grid.
    ///
    /// Definition: cell (i, j) is the weight of the tie between networks i and j in the network
    /// graph with `options.ties` and `options.weighting` (``NetworkGraphView``), coloured on a
    /// linear sequential scale from 0 to the largest weight; no tie is white; the diagonal is
    /// grey. Rows and columns follow `options.order`. Each tie cell has a tooltip and an id
    /// `cell-<a>--<b>`; row labels carry `class="network sector-<id>"`.
    /// Drawn directly as SVG (no Graphviz), so it is available as SVG only.
    ///
    /// On a page (`options.size`), text is the page's smallest size plus half a point, rows are
    /// numbered and the columns carry the numbers (names do not fit rotated above the grid),
    /// names are cut to 32 characters, and when the rows would be lower than 1.15 times the
    /// text, only the networks with most members are shown (the subtitle says how many).
    /// - Complexity: O(*N*² + *T*) for *N* networks and *T* ties.
    public static func heatmap(_ atlas: Atlas, options: MapOptions = MapOptions()) -> String {
        let text = Localisation(options.language)
        let words = text.words
        let language = options.language
        let view = NetworkGraphView(atlas: atlas, ties: options.ties, weighting: options.weighting, language: language)
        var order = matrixOrder(view, order: options.order, language: language)
        let frame = options.size.frame
        var pageCell = 15.0
        var shownNote: String?
        let legendBelow = frame?.legendBelow ?? false
        if let frame {
            // Text at the page's smallest size (+0.5 pt); rows 1.15 times as high, at most 15 pt.
            // The grid gets what the title (92 pt), the column numbers, the source line (44 pt),
            // the row names and the legend (240 pt wide beside it, 170 pt high below it) leave.
            let size = frame.minimumFontSize + 0.5
            let names = SVGCanvas.textWidth(String(repeating: "x", count: 36), size: size) + 10
            let width = frame.width - 2 * frame.margin - 24 - names - 12 - (legendBelow ? 24 : 300)
            // The subtitle's lines (15 pt apart), with or without the note on the rows left out.
            func subtitleLines(noteLine: Bool) -> Int {
                let parts = [text.tieWeight(options.weighting, ties: options.ties), text.order(options.order)]
                    + (noteLine ? [words.largestNetworks(order.count, of: order.count)] : [])
                return MapFrame.captionLines(subtitle(atlas, text: text, extra: parts),
                                             width: frame.width - 2 * frame.margin - 48, size: 11).count
            }
            func available(noteLine: Bool) -> Double {
                min(frame.height - 2 * frame.margin - 92 - Double(subtitleLines(noteLine: noteLine) - 1) * 15 - size * 2.5 - 44
                    - (legendBelow ? 170 : 0), width)
            }
            var fitting = max(1, Int(available(noteLine: false) / (size * 1.15)))
            if order.count > fitting { fitting = max(1, Int(available(noteLine: true) / (size * 1.15))) }
            if order.count > fitting {
                let members = memberCounts(atlas)
                let kept = Set(order.sorted { members[$0] != members[$1] ? members[$0] > members[$1] : $0 < $1 }.prefix(fitting))
                order = order.filter { kept.contains($0) }
                shownNote = words.largestNetworks(fitting, of: atlas.networks.count)
            }
            pageCell = min(15, available(noteLine: shownNote != nil) / Double(max(1, order.count)))
        }
        let n = order.count
        var weight = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        var position = [Int](repeating: 0, count: atlas.networks.count)
        for (p, i) in order.enumerated() { position[i] = p }
        var largest = 0.0
        for tie in view.ties where tie.weight.isFinite && tie.weight > 0 {
            let (p, q) = (position[tie.a], position[tie.b])
            weight[p][q] = tie.weight
            weight[q][p] = tie.weight
            largest = max(largest, tie.weight)
        }
        let colours = sectorColours(atlas)
        let nameLimit = frame == nil ? 48 : 32
        let names = order.enumerated().map { p, i in
            let name = LabelText.shortened(LabelText.clean(atlas.networks[i].name.text(language)), limit: nameLimit)
            return frame == nil ? name : "\(p + 1) \(name)"
        }

        let cell = frame == nil ? (n > 120 ? 6.0 : n > 60 ? 10.0 : 15.0) : pageCell
        let labelSize = frame.map { $0.minimumFontSize + 0.5 } ?? min(11, cell * 0.8 + 1)
        let labelWidth = min(320, (names.map { SVGCanvas.textWidth($0, size: labelSize) }.max() ?? 40)) + 10
        let margin = 24.0, bar = 8.0
        // Column headings: the rotated names, or on a page the row numbers.
        let columnHeading = frame == nil ? labelWidth : labelSize * 2.5
        let sub = subtitle(atlas, text: text, extra: [text.tieWeight(options.weighting, ties: options.ties), text.order(options.order)]
                                                             + (shownNote.map { [$0] } ?? []))
        // On a page the subtitle (11 pt) breaks between its parts rather than being cut.
        let subLines = frame.map { MapFrame.captionLines(sub, width: $0.width - 2 * $0.margin - 2 * margin, size: 11) } ?? [sub]
        let subSize = frame == nil ? 13.0 : 11
        let top = 92.0 + Double(subLines.count - 1) * 15 + columnHeading
        let left = margin + labelWidth + bar + 4
        let gridSize = cell * Double(n)
        let legendX = legendBelow ? margin : left + gridSize + 36
        let legendWidth = 240.0
        let width = legendBelow ? max(left + gridSize, legendX + 2 * legendWidth) + margin : legendX + legendWidth + margin
        // Captions no wider than the drawing (at natural size, than 160 characters).
        func limit(_ size: Double) -> Int { frame == nil ? 160 : max(20, Int((width - 2 * margin) / (size * 0.6))) }
        var canvas = SVGCanvas()

        canvas.text(words.heatmapTitle, x: margin, y: 34, size: 22, bold: true, limit: min(120, limit(24)),
                    id: "caption-title", classes: ["caption"])
        for (k, line) in subLines.enumerated() {
            canvas.text(line, x: margin, y: 58 + Double(k) * 15, size: subSize, colour: Colour(red: 0x44, green: 0x44, blue: 0x44),
                        limit: limit(subSize), id: k == 0 ? "caption-subtitle" : "caption-subtitle-\(k + 1)", classes: ["caption"])
        }

        // Column labels, rotated, and row labels with a sector bar.
        for (p, i) in order.enumerated() {
            let network = atlas.networks[i]
            let classes = ["network", sectorClass(network.sector)]
            let x = left + (Double(p) + 0.5) * cell
            if frame == nil {
                canvas.text(names[p], x: x + labelSize * 0.35, y: top - bar - 6, size: labelSize, rotate: -90, limit: 48,
                            id: "column-\(network.id)", classes: classes)
            } else {
                canvas.text(String(p + 1), x: x + labelSize * 0.35, y: top - bar - 4, size: labelSize, rotate: -90,
                            id: "column-\(network.id)", classes: classes)
            }
            let y = top + (Double(p) + 0.5) * cell + labelSize * 0.35
            canvas.text(names[p], x: margin + labelWidth, y: y, size: labelSize, anchor: .end, limit: 52,
                        id: "row-\(network.id)", classes: classes, tooltip: atlas.networks[i].name.text(language))
            canvas.rect(x: margin + labelWidth + 4, y: top + Double(p) * cell, width: bar, height: cell,
                        fill: colours[network.sector] ?? .grey, classes: ["sector-bar", sectorClass(network.sector)],
                        tooltip: sectorName(atlas, network.sector, language))
            canvas.rect(x: left + Double(p) * cell, y: top - bar - 2, width: cell, height: bar,
                        fill: colours[network.sector] ?? .grey, classes: ["sector-bar", sectorClass(network.sector)])
        }
        // Cells, on a framed white square.
        canvas.rect(x: left, y: top, width: gridSize, height: gridSize, fill: .white, stroke: Colour(red: 0x88, green: 0x88, blue: 0x88),
                    strokeWidth: 0.8, classes: ["frame"])
        let empty = Colour.white, diagonal = Colour(red: 0xD0, green: 0xD0, blue: 0xD0)
        canvas.group(id: "cells") { canvas in
            let gridLine = Colour(red: 0xEE, green: 0xEE, blue: 0xEE)
            for k in 1..<max(1, n) {
                let offset = Double(k) * cell
                canvas.line(x1: left, y1: top + offset, x2: left + gridSize, y2: top + offset, colour: gridLine, width: 0.5)
                canvas.line(x1: left + offset, y1: top, x2: left + offset, y2: top + gridSize, colour: gridLine, width: 0.5)
            }
            // Only the diagonal and the ties are drawn; an empty cell is the white background.
            for p in 0..<n {
                for q in 0..<n where p == q || weight[p][q] > 0 {
                    let (a, b) = (atlas.networks[order[p]], atlas.networks[order[q]])
                    let w = weight[p][q]
                    let fill = p == q ? diagonal : sequentialColour(largest > 0 ? w / largest : 0)
                    let tip = p == q ? a.name.text(language) : "\(a.name.text(language)) × \(b.name.text(language)): \(text.number(w))"
                    canvas.rect(x: left + Double(q) * cell, y: top + Double(p) * cell, width: cell, height: cell, fill: fill,
                                id: "cell-\(a.id)--\(b.id)", classes: p == q ? ["cell", "diagonal"] : ["cell", "tie"], tooltip: tip)
                }
            }
        }
        // Legend: colour scale, then sectors (on a portrait page under the grid, sectors in a second column).
        var y = legendBelow ? top + gridSize + 30 : top
        canvas.text(words.legend, x: legendX, y: y, size: 14, bold: true, id: "legend-title", classes: ["legend"])
        y += 24
        canvas.text(text.tieWeight(options.weighting, ties: options.ties), x: legendX, y: y, size: 12, bold: true, limit: 40, classes: ["legend"])
        y += 10
        canvas.ramp(x: legendX, y: y, width: 180, height: 14, colour: sequentialColour)
        y += 28
        canvas.text("0", x: legendX, y: y, size: 11, anchor: .start, classes: ["legend"])
        canvas.text(text.number(largest / 2), x: legendX + 90, y: y, size: 11, anchor: .middle, classes: ["legend"])
        canvas.text(text.number(largest), x: legendX + 180, y: y, size: 11, anchor: .end, classes: ["legend"])
        y += 18
        canvas.rect(x: legendX, y: y, width: 14, height: 14, fill: empty, stroke: Colour(red: 0xAA, green: 0xAA, blue: 0xAA))
        canvas.text(words.noTie, x: legendX + 22, y: y + 11, size: 11, classes: ["legend"])
        y += 34
        var sectorX = legendX
        if legendBelow {
            sectorX = legendX + 240
            y = top + gridSize + 30 + 24
        }
        canvas.text(words.sector, x: sectorX, y: y, size: 12, bold: true, classes: ["legend"])
        y += 8
        for case .swatch(let colour, let label) in sectorSection(atlas, text: text).items {
            canvas.rect(x: sectorX, y: y, width: 20, height: 13, fill: colour, classes: ["legend", "swatch"])
            canvas.text(label, x: sectorX + 28, y: y + 11, size: 11, limit: 36, classes: ["legend"])
            y += 19
        }
        let bottom = max(top + gridSize, y) + 20
        if let source = source(atlas, text: text) {
            canvas.text(source, x: margin, y: bottom + 8, size: 10, colour: Colour(red: 0x55, green: 0x55, blue: 0x55), limit: limit(10),
                        id: "caption-source", classes: ["caption"])
        }
        return canvas.document(width: frame == nil ? max(width, 700) : width, height: bottom + 24, title: words.heatmapTitle,
                               frame: frame)
    }
}
