import Foundation
import VerkostoModel
import VerkostoSupport

/// A data set read from a CSV folder or a JSON document, with the place of every row.
struct InputDataSet {
    var atlas: Atlas
    /// The raw tables that were present, by table name, for mapping rows back to places.
    var tables: [String: RawTable]
    var warnings: [DataError]
}

/// Reads a data set in the format of `Data/FORMAT.md`.
enum DataSetReader {
    /// Reads `url`: a folder of CSV files named after the tables, or a `.json` document.
    ///
    /// Every file is optional; a folder with none of them is an error.
    static func read(_ url: URL) throws -> InputDataSet {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw StoreError(.missingInput, "\(url.path): no such file or folder")
        }
        var warnings: [DataError] = []
        var tables: [String: RawTable] = [:]
        if isFolder.boolValue {
            for table in Atlas.tableNames {
                let file = url.appendingPathComponent("\(table).csv")
                guard FileManager.default.fileExists(atPath: file.path) else { continue }
                let csv = try CSVReader.read(file)
                warnings += csv.warnings
                tables[table] = RawTable(csv: csv, table: table)
            }
            let known = Set(Atlas.tableNames.map { "\($0).csv" })
            let others = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in others.sorted() where name.lowercased().hasSuffix(".csv") && !known.contains(name) {
                warnings.append(DataError(.file(name), "unknown table file is ignored (expected names such as networks.csv)", isWarning: true))
            }
            if tables.isEmpty {
                throw StoreError(.missingInput, "\(url.path): no data files in the folder (expected files such as networks.csv and memberships.csv)")
            }
        } else if url.pathExtension.lowercased() == "json" {
            tables = try readJSON(url, warnings: &warnings)
        } else {
            throw DataError(.file(url.lastPathComponent), "expected a folder of CSV files or a .json file")
        }
        let atlas = try decode(tables, warnings: &warnings)
        return InputDataSet(atlas: atlas, tables: tables, warnings: warnings)
    }

    static func readJSON(_ url: URL, warnings: inout [DataError]) throws -> [String: RawTable] {
        let file = url.lastPathComponent
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw StoreError(.inputOutput, "\(file): cannot read: \(error.localizedDescription)")
        }
        return try parseJSON(data, file: file, warnings: &warnings)
    }

    /// Parses a JSON data set document into raw tables.
    static func parseJSON(_ data: Data, file: String, warnings: inout [DataError]) throws -> [String: RawTable] {
        try checkNesting(data, file: file)
        let document: Any
        do { document = try JSONSerialization.jsonObject(with: data) } catch {
            throw syntaxError(error, in: data, file: file)
        }
        guard let root = document as? [String: Any] else {
            throw DataError(.json(file: file, path: "$"), "expected an object with one key per table")
        }
        var tables: [String: RawTable] = [:]
        for key in root.keys.sorted() where !Atlas.tableNames.contains(key) {
            warnings.append(DataError(.json(file: file, path: key), "unknown table '\(key)' is ignored", isWarning: true))
        }
        if let metadata = root["metadata"] {
            guard let object = metadata as? [String: Any] else {
                throw DataError(.json(file: file, path: "metadata"), "expected an object of names and texts")
            }
            var cells: [String] = []
            for key in object.keys.sorted() {
                cells.append(key)
                cells.append(try RawTable.text(object[key], .json(file: file, path: "metadata.\(key)")) ?? "")
            }
            tables["metadata"] = RawTable(table: "metadata", file: file, header: ["key", "value"], cells: cells,
                                          origin: .json, rowCount: object.count)
        }
        for table in Atlas.tableNames where table != "metadata" {
            guard let value = root[table] else { continue }
            guard let rows = value as? [Any] else {
                throw DataError(.json(file: file, path: table), "expected an array of objects")
            }
            tables[table] = try RawTable(json: rows, table: table, file: file)
        }
        return tables
    }

    /// A JSON syntax error placed at its line and column: Foundation says "around character N"
    /// (a byte offset) or "Unexpected end of file".
    static func syntaxError(_ error: any Error, in data: Data, file: String) -> DataError {
        var reason = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? error.localizedDescription
        var offset: Int?
        if let range = reason.range(of: " around character ") {
            offset = Int(reason[range.upperBound...].prefix(while: \.isNumber))
            reason = String(reason[..<range.lowerBound])
        } else if reason.lowercased().contains("end of file") {
            offset = data.count
        }
        reason = reason.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        guard let offset else { return DataError(.file(file), "not valid JSON: \(reason)") }
        let before = data.prefix(max(0, min(offset, data.count)))
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? before.startIndex
        let column = String(decoding: before[lineStart...], as: UTF8.self).count + 1
        return DataError(.text(file: file, line: line, column: column), "not valid JSON: \(reason)")
    }

    /// The deepest nesting of arrays and objects a JSON document may have. The format needs 3
    /// (document, table array, row object); the limit keeps any parser from deep recursion.
    static let maximumJSONDepth = 512

    /// Refuses a document nested deeper than ``maximumJSONDepth``, before any parser sees it.
    ///
    /// Brackets inside strings (with their escapes) do not count.
    /// - Throws: ``DataError`` at the line and column of the first bracket that is too deep.
    /// - Complexity: O(*n*) in the bytes, O(1) memory.
    static func checkNesting(_ data: Data, file: String) throws {
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var depth = 0, inString = false, escaped = false
            var line = 1, lineStart = 0
            for (offset, byte) in bytes.enumerated() {
                if inString {
                    if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true }
                    else if byte == UInt8(ascii: "\"") { inString = false }
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    if depth > maximumJSONDepth {
                        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
                        throw DataError(.text(file: file, line: line, column: column),
                                        "JSON nested deeper than \(maximumJSONDepth) levels; expected an object of tables holding arrays of row objects")
                    }
                case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
                case 0x0A:
                    line += 1
                    lineStart = offset + 1
                default: break
                }
            }
        }
    }

    /// Turns raw tables into an Atlas, checking columns and typed values.
    ///
    /// - Complexity: O(*n*) in the number of cells.
    static func decode(_ tables: [String: RawTable], warnings: inout [DataError]) throws -> Atlas {
        func rows<T>(_ table: String, _ make: (RowReader, Int) throws -> T) throws -> [T] {
            guard let raw = tables[table] else { return [] }
            let reader = try RowReader(raw, warnings: &warnings)
            var result: [T] = []
            result.reserveCapacity(raw.rowCount)
            for row in 0..<raw.rowCount { result.append(try make(reader, row)) }
            return result
        }
        func names(_ r: RowReader, _ row: Int) throws -> LocalizedText {
            LocalizedText(fi: try r.required(row, "name_fi", trim: false), sv: r.optional(row, "name_sv"),
                          en: r.optional(row, "name_en"))
        }
        var metadata: [String: String] = [:]
        for (key, value) in try rows("metadata", { r, row in (try r.required(row, "key"), r.optional(row, "value")) }) {
            metadata[key] = value
        }
        let sectors = try rows("sectors") { r, row in Sector(id: try r.required(row, "id"), name: try names(r, row)) }
        let directions = try rows("directions") { r, row in Direction(id: try r.required(row, "id"), name: try names(r, row)) }
        let regions = try rows("regions") { r, row in Region(id: try r.required(row, "code"), name: try names(r, row)) }
        let municipalities = try rows("municipalities") { r, row in
            Municipality(id: try r.required(row, "code"), name: try names(r, row), region: try r.required(row, "region"),
                         type: try r.choice(row, "type"), language: try r.choice(row, "language"),
                         population: try r.integer(row, "population", default: 0), centre: try r.geoPoint(row))
        }
        let networks = try rows("networks") { r, row in
            Network(id: try r.required(row, "id"), name: try names(r, row), sector: try r.required(row, "sector"),
                    unit: r.optional(row, "unit"), goal: r.optional(row, "goal"),
                    operatingModel: r.optional(row, "operating_model"),
                    period: Period(since: try r.day(row, "since"), until: try r.optionalDay(row, "until")))
        }
        let organisations = try rows("organisations") { r, row in
            Organisation(id: try r.required(row, "id"), name: try r.required(row, "name", trim: false),
                         kind: try r.choice(row, "kind"), municipality: try r.required(row, "municipality"),
                         language: try r.choice(row, "language", default: LanguageStatus.fi))
        }
        let memberships = try rows("memberships") { r, row in
            Membership(organisation: try r.required(row, "organisation"), network: try r.required(row, "network"),
                       role: try r.choice(row, "role", default: MembershipRole.member),
                       period: Period(since: try r.day(row, "since"), until: try r.optionalDay(row, "until")))
        }
        let networkDirections = try rows("network_directions") { r, row in
            NetworkDirection(network: try r.required(row, "network"), direction: try r.required(row, "direction"),
                             priority: try r.integer(row, "priority", default: 1))
        }
        let collaborations = try rows("collaborations") { r, row in
            Collaboration(networkA: try r.required(row, "network_a"), networkB: try r.required(row, "network_b"),
                          kind: try r.choice(row, "kind"),
                          period: Period(since: try r.day(row, "since"), until: try r.optionalDay(row, "until")))
        }
        return Atlas(metadata: metadata, sectors: sectors, directions: directions, regions: regions,
                     municipalities: municipalities, networks: networks, organisations: organisations,
                     memberships: memberships, networkDirections: networkDirections, collaborations: collaborations)
    }
}

/// Entry points for reading a data set from memory, as the fuzz targets do.
public enum DataSetParsing {
    /// Parses and decodes a JSON data set document (no validation of references).
    ///
    /// - Throws: ``DataError`` for syntax errors, bad shapes and bad values.
    public static func decodeJSON(_ data: Data, file: String = "input.json") throws -> Atlas {
        var warnings: [DataError] = []
        let tables = try DataSetReader.parseJSON(data, file: file, warnings: &warnings)
        return try DataSetReader.decode(tables, warnings: &warnings)
    }

    /// Parses one CSV table named `table` (such as `memberships`) and decodes its rows.
    ///
    /// - Throws: ``DataError`` for syntax errors, missing columns and bad values.
    public static func decodeCSV(_ bytes: [UInt8], table: String) throws -> Atlas {
        precondition(Atlas.tableNames.contains(table), "unknown table \(table)")
        var warnings: [DataError] = []
        let csv = try CSVReader.parse(bytes, file: "\(table).csv")
        return try DataSetReader.decode([table: RawTable(csv: csv, table: table)], warnings: &warnings)
    }
}
