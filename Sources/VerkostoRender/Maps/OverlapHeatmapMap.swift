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
    /// - Complexity: O(*N*² + *T*) for *N* networks and *T* ties.
    public static func heatmap(_ atlas: Atlas, options: MapOptions = MapOptions()) -> String {
        let text = Localisation(options.language)
        let words = text.words
        let language = options.language
        let view = NetworkGraphView(atlas: atlas, ties: options.ties, weighting: options.weighting, language: language)
        let order = matrixOrder(view, order: options.order, language: language)
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
        let names = order.map { LabelText.shortened(LabelText.clean(atlas.networks[$0].name.text(language)), limit: 48) }

        let cell = n > 120 ? 6.0 : n > 60 ? 10.0 : 15.0
        let labelSize = min(11, cell * 0.8 + 1)
        let labelWidth = min(320, (names.map { SVGCanvas.textWidth($0, size: labelSize) }.max() ?? 40)) + 10
        let margin = 24.0, bar = 8.0
        let top = 92.0 + labelWidth
        let left = margin + labelWidth + bar + 4
        let gridSize = cell * Double(n)
        let legendX = left + gridSize + 36
        let legendWidth = 240.0
        let width = legendX + legendWidth + margin
        var canvas = SVGCanvas()

        canvas.text(words.heatmapTitle, x: margin, y: 34, size: 22, bold: true, limit: 120, id: "caption-title", classes: ["caption"])
        let sub = subtitle(atlas, text: text, extra: [text.tieWeight(options.weighting, ties: options.ties), text.order(options.order)])
        canvas.text(sub, x: margin, y: 58, size: 13, colour: Colour(red: 0x44, green: 0x44, blue: 0x44), limit: 160,
                    id: "caption-subtitle", classes: ["caption"])

        // Column labels, rotated, and row labels with a sector bar.
        for (p, i) in order.enumerated() {
            let network = atlas.networks[i]
            let classes = ["network", sectorClass(network.sector)]
            let x = left + (Double(p) + 0.5) * cell
            canvas.text(names[p], x: x + labelSize * 0.35, y: top - bar - 6, size: labelSize, rotate: -90, limit: 48,
                        id: "column-\(network.id)", classes: classes)
            let y = top + (Double(p) + 0.5) * cell + labelSize * 0.35
            canvas.text(names[p], x: margin + labelWidth, y: y, size: labelSize, anchor: .end, limit: 48,
                        id: "row-\(network.id)", classes: classes)
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
        // Legend: colour scale, then sectors.
        var y = top
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
        canvas.text(words.sector, x: legendX, y: y, size: 12, bold: true, classes: ["legend"])
        y += 8
        for case .swatch(let colour, let label) in sectorSection(atlas, text: text).items {
            canvas.rect(x: legendX, y: y, width: 20, height: 13, fill: colour, classes: ["legend", "swatch"])
            canvas.text(label, x: legendX + 28, y: y + 11, size: 11, limit: 36, classes: ["legend"])
            y += 19
        }
        let bottom = max(top + gridSize, y) + 20
        if let source = source(atlas, text: text) {
            canvas.text(source, x: margin, y: bottom + 8, size: 10, colour: Colour(red: 0x55, green: 0x55, blue: 0x55), limit: 160,
                        id: "caption-source", classes: ["caption"])
        }
        return canvas.document(width: max(width, 700), height: bottom + 24, title: words.heatmapTitle)
    }
}
