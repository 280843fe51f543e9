import Foundation
import VerkostoModel
import VerkostoSupport

/// Writes an Atlas in the format of `Data/FORMAT.md`: a CSV folder or one JSON document.
/// What it writes, ``AtlasDatabase/importData(from:mode:progress:)`` reads back unchanged.
public enum DataSetWriter {
    /// A value in a dumped row.
    enum Value {
        case text(String)
        case integer(Int)
        /// A decimal number, written with a `.` in its shortest form that reads back the same.
        case decimal(Double)
        case null
    }

    /// Calls `body` with each row of `table`, as values in the column order of ``TableSpec``.
    ///
    /// - Complexity: O(*n*) in the number of rows.
    static func forEachRow(of table: String, in atlas: Atlas, _ body: ([Value]) -> Void) {
        func day(_ day: Day?) -> Value { day.map { .text($0.description) } ?? .null }
        func names(_ text: LocalizedText, sv: Bool = true, en: Bool = true) -> [Value] {
            [.text(text.fi)] + (sv ? [.text(text.sv)] : []) + (en ? [.text(text.en)] : [])
        }
        switch table {
        case "metadata":
            for key in atlas.metadata.keys.sorted() { body([.text(key), .text(atlas.metadata[key]!)]) }
        case "sectors":
            for row in atlas.sectors { body([.text(row.id)] + names(row.name)) }
        case "directions":
            for row in atlas.directions { body([.text(row.id)] + names(row.name)) }
        case "regions":
            for row in atlas.regions { body([.text(row.id)] + names(row.name, en: false)) }
        case "municipalities":
            for row in atlas.municipalities {
                body([.text(row.id)] + names(row.name, en: false)
                     + [.text(row.region), .text(row.type.rawValue), .text(row.language.rawValue), .integer(row.population),
                        row.centre.map { .decimal($0.latitude) } ?? .null, row.centre.map { .decimal($0.longitude) } ?? .null])
            }
        case "networks":
            for row in atlas.networks {
                body([.text(row.id)] + names(row.name)
                     + [.text(row.sector), .text(row.unit), .text(row.goal), .text(row.operatingModel),
                        day(row.period.since), day(row.period.until)])
            }
        case "organisations":
            for row in atlas.organisations {
                body([.text(row.id), .text(row.name), .text(row.kind.rawValue), .text(row.municipality),
                      .text(row.language.rawValue)])
            }
        case "memberships":
            for row in atlas.memberships {
                body([.text(row.organisation), .text(row.network), .text(row.role.rawValue),
                      day(row.period.since), day(row.period.until)])
            }
        case "network_directions":
            for row in atlas.networkDirections { body([.text(row.network), .text(row.direction), .integer(row.priority)]) }
        case "collaborations":
            for row in atlas.collaborations {
                body([.text(row.networkA), .text(row.networkB), .text(row.kind.rawValue),
                      day(row.period.since), day(row.period.until)])
            }
        default:
            preconditionFailure("unknown table \(table)")
        }
    }

    /// Writes one CSV file per table (all ten, with headers, also when empty) into `folder`,
    /// creating it when needed. UTF-8 without BOM, `,` delimiter, LF line ends.
    public static func writeCSV(_ atlas: Atlas, to folder: URL) throws {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError(.cannotCreateOutput, "\(folder.path): cannot create folder: \(error.localizedDescription)")
        }
        for table in Atlas.tableNames {
            var out: [UInt8] = []
            CSVText.appendRecord(TableSpec.names(table), to: &out)
            forEachRow(of: table, in: atlas) { values in
                var first = true
                for value in values {
                    if !first { out.append(UInt8(ascii: ",")) }
                    first = false
                    switch value {
                    case let .text(text): CSVText.appendField(text, to: &out)
                    case let .integer(number): out.append(contentsOf: String(number).utf8)
                    case let .decimal(number): out.append(contentsOf: String(number).utf8)
                    case .null: break
                    }
                }
                out.append(UInt8(ascii: "\n"))
            }
            try AtomicFile.write(out, to: folder.appendingPathComponent("\(table).csv"))
        }
    }

    /// Writes the whole Atlas as one JSON document, tables in load order, keys in column order.
    public static func writeJSON(_ atlas: Atlas, to file: URL) throws {
        var out: [UInt8] = []
        out.append(contentsOf: "{\n  \"metadata\": {".utf8)
        for (position, key) in atlas.metadata.keys.sorted().enumerated() {
            out.append(contentsOf: (position == 0 ? "" : ", ").utf8)
            JSONText.appendString(key, to: &out)
            out.append(contentsOf: ": ".utf8)
            JSONText.appendString(atlas.metadata[key]!, to: &out)
        }
        out.append(UInt8(ascii: "}"))
        for table in Atlas.tableNames where table != "metadata" {
            let columns = TableSpec.names(table)
            out.append(contentsOf: ",\n  \"\(table)\": [".utf8)
            var first = true
            forEachRow(of: table, in: atlas) { values in
                out.append(contentsOf: (first ? "\n    {" : ",\n    {").utf8)
                first = false
                for (position, value) in values.enumerated() {
                    out.append(contentsOf: (position == 0 ? "\"" : ", \"").utf8)
                    out.append(contentsOf: columns[position].utf8)
                    out.append(contentsOf: "\": ".utf8)
                    switch value {
                    case let .text(text): JSONText.appendString(text, to: &out)
                    case let .integer(number): out.append(contentsOf: String(number).utf8)
                    case let .decimal(number): out.append(contentsOf: String(number).utf8)
                    case .null: out.append(contentsOf: "null".utf8)
                    }
                }
                out.append(UInt8(ascii: "}"))
            }
            out.append(contentsOf: (first ? "]" : "\n  ]").utf8)
        }
        out.append(contentsOf: "\n}\n".utf8)
        try AtomicFile.write(out, to: file)
    }
}
