/// The cell formats of a workbook being written (`xl/styles.xml`, ECMA-376 Part 1 §18.8): each
/// distinct `CellStyle` becomes one entry of `cellXfs`, numbered in order of first use after the
/// default style at index 0, so the same workbook always gives the same part.
struct StyleTable {
    private(set) var styles: [CellStyle] = [.plain]
    private var indices: [CellStyle: Int] = [.plain: 0]
    private var fills: [UInt32] = []

    /// The `cellXfs` index of `style` for a cell holding `value`: a date in a `General` cell
    /// is shown as an ISO day (or day and time).
    mutating func index(of style: CellStyle, for value: CellValue?) -> Int {
        var style = style
        if style.numberFormat == .general {
            switch value {
            case .date: style.numberFormat = .isoDay
            case .dateTime: style.numberFormat = .isoDateTime
            default: break
            }
        }
        if let index = indices[style] { return index }
        let index = styles.count
        styles.append(style)
        indices[style] = index
        if let fill = style.fill, !fills.contains(fill) { fills.append(fill) }
        return index
    }

    /// The built-in `numFmtId` of a format, or the custom id (164 on) with its code.
    private static func numberFormatID(_ format: NumberFormat) -> (id: Int, code: String?) {
        switch format {
        case .general: return (0, nil)
        case .integer: return (1, nil)
        case .text: return (49, nil)
        case .isoDay: return (164, "yyyy-mm-dd")
        case .isoDateTime: return (165, "yyyy-mm-dd hh:mm:ss")
        }
    }

    /// `FFRRGGBB`, the ARGB form of SpreadsheetML (`ST_UnsignedIntHex`), of `0xRRGGBB`.
    static func argb(_ rgb: UInt32) -> String {
        let hex = String(rgb & 0xFF_FFFF, radix: 16, uppercase: true)
        return "FF" + String(repeating: "0", count: 6 - hex.count) + hex
    }

    /// The part `xl/styles.xml`.
    func part() -> [UInt8] {
        var xml = XMLBytes()
        xml.raw("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
        var customFormats: [(id: Int, code: String)] = []
        for style in styles {
            let format = StyleTable.numberFormatID(style.numberFormat)
            if let code = format.code, !customFormats.contains(where: { $0.id == format.id }) {
                customFormats.append((format.id, code))
            }
        }
        customFormats.sort { $0.id < $1.id }
        if !customFormats.isEmpty {
            xml.raw("<numFmts count=\"\(customFormats.count)\">")
            for format in customFormats {
                xml.raw("<numFmt numFmtId=\"\(format.id)\"")
                xml.attribute("formatCode", format.code)
                xml.raw("/>")
            }
            xml.raw("</numFmts>")
        }
        let font = "<sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/>"
        xml.raw("<fonts count=\"2\"><font>\(font)</font><font><b/>\(font)</font></fonts>")
        // Fills 0 and 1 are required by Excel to be `none` and `gray125`.
        xml.raw("<fills count=\"\(2 + fills.count)\"><fill><patternFill patternType=\"none\"/></fill>")
        xml.raw("<fill><patternFill patternType=\"gray125\"/></fill>")
        for fill in fills {
            xml.raw("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"\(StyleTable.argb(fill))\"/><bgColor indexed=\"64\"/></patternFill></fill>")
        }
        xml.raw("</fills>")
        xml.raw("<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>")
        xml.raw("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
        xml.raw("<cellXfs count=\"\(styles.count)\">")
        for style in styles {
            let format = StyleTable.numberFormatID(style.numberFormat).id
            let fillID = style.fill.flatMap { fills.firstIndex(of: $0) }.map { $0 + 2 } ?? 0
            xml.raw("<xf numFmtId=\"\(format)\" fontId=\"\(style.isBold ? 1 : 0)\" fillId=\"\(fillID)\" borderId=\"0\" xfId=\"0\"")
            if format != 0 { xml.raw(" applyNumberFormat=\"1\"") }
            if style.isBold { xml.raw(" applyFont=\"1\"") }
            if fillID != 0 { xml.raw(" applyFill=\"1\"") }
            if style.wrapsText { xml.raw(" applyAlignment=\"1\"") }
            if !style.isLocked { xml.raw(" applyProtection=\"1\"") }
            if !style.wrapsText && style.isLocked {
                xml.raw("/>")
                continue
            }
            xml.raw(">")
            if style.wrapsText { xml.raw("<alignment vertical=\"top\" wrapText=\"1\"/>") }
            if !style.isLocked { xml.raw("<protection locked=\"0\"/>") }
            xml.raw("</xf>")
        }
        xml.raw("</cellXfs>")
        xml.raw("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
        xml.raw("</styleSheet>\n")
        return xml.bytes
    }
}
