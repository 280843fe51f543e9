import Foundation
import ZIPFoundation
@testable import VerkostoSpreadsheet

/// Builds .xlsx packages from hand-written XML parts, for reader tests that must not depend on
/// our own writer.
enum TestPackages {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A zip of `parts` in the given order, deflated.
    static func zip(_ parts: [(String, String)], compression: CompressionMethod = .deflate) throws -> Data {
        try zipBytes(parts.map { ($0.0, Data($0.1.utf8)) }, compression: compression)
    }

    static func zipBytes(_ parts: [(String, Data)], compression: CompressionMethod = .deflate) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: compression) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    /// A minimal workbook: `sheets` as (name, sheet part XML), with optional shared strings and
    /// styles parts, written by hand the way Excel lays a package out.
    static func workbook(sheets: [(String, String)], sharedStrings: String? = nil, styles: String? = nil,
                         workbookProperties: String = "", omitting: Set<String> = []) throws -> Data {
        var parts: [(String, String)] = []
        parts.append(("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/></Types>
            """))
        parts.append(("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """))
        let sheetList = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(sheet.0)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        parts.append(("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="\(main)" xmlns:r="\(relationships)">\(workbookProperties)<sheets>\(sheetList)</sheets></workbook>
            """))
        var links = sheets.indices.map { index in
            "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        if sharedStrings != nil {
            links.append("<Relationship Id=\"rIdS\" Type=\"\(relationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>")
        }
        if styles != nil {
            links.append("<Relationship Id=\"rIdT\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/>")
        }
        parts.append(("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(links.joined())</Relationships>
            """))
        if let sharedStrings { parts.append(("xl/sharedStrings.xml", sharedStrings)) }
        if let styles { parts.append(("xl/styles.xml", styles)) }
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", sheet.1))
        }
        return try zip(parts.filter { !omitting.contains($0.0) })
    }

    /// A worksheet part around `rows` (the content of `sheetData`).
    static func sheet(_ rows: String, after: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="\(main)" xmlns:r="\(relationships)"><sheetData>\(rows)</sheetData>\(after)</worksheet>
        """
    }

    /// The error a throwing expression throws, as a `SpreadsheetError`.
    static func error(_ body: () throws -> Void) -> SpreadsheetError? {
        do {
            try body()
            return nil
        } catch let error as SpreadsheetError {
            return error
        } catch {
            return SpreadsheetError(message: "unexpected error type: \(error)")
        }
    }

    /// The unpacked text of `part` in an .xlsx file's bytes.
    static func part(_ path: String, of data: Data) throws -> String? {
        let archive = try Archive(data: data, accessMode: .read)
        guard let entry = archive[path] else { return nil }
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
