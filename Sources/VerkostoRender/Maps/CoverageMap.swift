import VerkostoAnalysis
import VerkostoModel
import VerkostoSupport

extension DomainMap {
    /// The coverage map: a grid of regions (rows, lowest share first) × municipality types
    /// (columns, plus all municipalities), each cell coloured by the share of municipalities
    /// reached by the networks on `options.direction` and labelled "reached/total".
    ///
    /// A manager reads the top rows as the regions the leadership networks reach least, and
    /// the columns as whether rural municipalities get the same support as urban ones.
    /// Drawn directly as SVG (no Graphviz), so it is available as SVG only.
    /// - Complexity: O(*M* + *U* log *U*).
    public static func coverage(_ atlas: Atlas, options: MapOptions = MapOptions()) -> String {
        let text = Localisation(options.language)
        let words = text.words
        let language = options.language
        let rows = coverageByRegion(atlas, direction: options.direction)
        let networkCount = VerkostoAnalysis.coverage(atlas, direction: options.direction).networks.count
        let directionName = atlas.direction(options.direction)?.name.text(language) ?? options.direction
        let types = MunicipalityType.allCases

        let margin = 24.0, rowHeight = 26.0
        let names = rows.map { $0.region.map { atlas.region($0)?.name.text(language) ?? $0 } ?? words.wholeCountry }
        let labelWidth = min(260, (names.map { SVGCanvas.textWidth($0, size: 13) }.max() ?? 80)) + 12
        let firstWidth = 150.0, typeWidth = 120.0
        let left = margin + labelWidth
        let top = 112.0
        let gridWidth = firstWidth + typeWidth * Double(types.count)
        // On a portrait page the legend goes under the grid, so that the page's width holds the grid.
        let frame = options.size.frame
        let legendBelow = frame?.legendBelow ?? false
        let gridBottom = top + Double(rows.count) * rowHeight + 10
        let legendX = legendBelow ? left : left + gridWidth + 36
        var canvas = SVGCanvas()
        canvas.text(words.coverageTitle, x: margin, y: 34, size: 22, bold: true, limit: 120, id: "caption-title", classes: ["caption"])
        canvas.text(subtitle(atlas, text: text, extra: [words.sortedByShare]), x: margin, y: 58, size: 13,
                    colour: Colour(red: 0x44, green: 0x44, blue: 0x44), limit: 160, id: "caption-subtitle", classes: ["caption"])
        canvas.text(words.coverageSubtitle(networks: networkCount, direction: directionName), x: margin, y: 78, size: 12,
                    colour: Colour(red: 0x44, green: 0x44, blue: 0x44), limit: 200, id: "caption-definition", classes: ["caption"])

        // Column headers.
        canvas.text(words.allMunicipalities, x: left + firstWidth / 2, y: top - 10, size: 12, anchor: .middle, bold: true, classes: ["column"])
        for (t, type) in types.enumerated() {
            canvas.text(words.municipalityTypeLabel(type.rawValue), x: left + firstWidth + (Double(t) + 0.5) * typeWidth, y: top - 10, size: 12,
                        anchor: .middle, bold: true, classes: ["column", "type-\(type.rawValue)"])
        }
        func cell(x: Double, y: Double, width: Double, reached: Int, total: Int, id: String, classes: [String], name: String) {
            if total == 0 {
                canvas.rect(x: x + 1, y: y + 1, width: width - 2, height: rowHeight - 2, fill: Colour(red: 0xF2, green: 0xF2, blue: 0xF2),
                            id: id, classes: classes + ["empty"], tooltip: "\(name): \(words.noMunicipalities)", rounded: 3)
                canvas.text("–", x: x + width / 2, y: y + rowHeight / 2 + 4.5, size: 12, anchor: .middle, colour: .grey)
                return
            }
            let share = Double(reached) / Double(total)
            let fill = sequentialColour(share)
            let cell = "\(reached)/\(total) · \(text.percent(share))"
            canvas.rect(x: x + 1, y: y + 1, width: width - 2, height: rowHeight - 2, fill: fill, id: id, classes: classes,
                        tooltip: "\(name): \(cell)", rounded: 3)
            canvas.text(cell, x: x + width / 2, y: y + rowHeight / 2 + 4.5, size: 12, anchor: .middle, colour: fill.textColour)
        }
        for (r, row) in rows.enumerated() {
            let y = top + Double(r) * rowHeight + (row.region == nil ? 10 : 0)
            let key = row.region ?? "all"
            let rowClasses = row.region == nil ? ["country"] : ["region", "region-\(key)"]
            if row.region == nil {
                canvas.line(x1: margin, y1: y - 5, x2: left + gridWidth, y2: y - 5, colour: Colour(red: 0x88, green: 0x88, blue: 0x88))
            }
            canvas.text(names[r], x: left - 10, y: y + rowHeight / 2 + 4.5, size: 13, anchor: .end, bold: row.region == nil,
                        limit: 40, id: "row-\(key)", classes: rowClasses)
            cell(x: left, y: y, width: firstWidth, reached: row.reached, total: row.municipalities,
                 id: "coverage-\(key)", classes: ["cell"] + rowClasses, name: names[r])
            for (t, type) in types.enumerated() {
                cell(x: left + firstWidth + Double(t) * typeWidth, y: y, width: typeWidth, reached: row.typeReached[t],
                     total: row.typeMunicipalities[t], id: "coverage-\(key)-\(type.rawValue)",
                     classes: ["cell", "type-\(type.rawValue)"] + rowClasses, name: "\(names[r]), \(words.municipalityTypeLabel(type.rawValue))")
            }
        }
        // Legend.
        var y = legendBelow ? gridBottom + 24 : top
        canvas.text(words.legend, x: legendX, y: y, size: 14, bold: true, id: "legend-title", classes: ["legend"])
        y += 24
        canvas.text(words.reachedShare, x: legendX, y: y, size: 12, bold: true, limit: 40, classes: ["legend"])
        y += 10
        canvas.ramp(x: legendX, y: y, width: 180, height: 14, colour: sequentialColour)
        y += 28
        canvas.text(text.percent(0), x: legendX, y: y, size: 11, classes: ["legend"])
        canvas.text(text.percent(0.5), x: legendX + 90, y: y, size: 11, anchor: .middle, classes: ["legend"])
        canvas.text(text.percent(1), x: legendX + 180, y: y, size: 11, anchor: .end, classes: ["legend"])
        y += 18
        canvas.rect(x: legendX, y: y, width: 20, height: 14, fill: Colour(red: 0xF2, green: 0xF2, blue: 0xF2))
        canvas.text("– " + words.noMunicipalities, x: legendX + 28, y: y + 11, size: 11, classes: ["legend"])

        let bottom = legendBelow ? y + 40 : top + Double(rows.count) * rowHeight + 30
        if let source = source(atlas, text: text) {
            canvas.text(source, x: margin, y: bottom, size: 10, colour: Colour(red: 0x55, green: 0x55, blue: 0x55), limit: 160,
                        id: "caption-source", classes: ["caption"])
        }
        let width = legendBelow ? left + gridWidth + margin : legendX + 200 + margin
        return canvas.document(width: width, height: bottom + 16, title: words.coverageTitle, frame: frame)
    }
}
