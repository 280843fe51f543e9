import Foundation
import Hummingbird
import VerkostoAnalysis
import VerkostoModel
import VerkostoSupport

/// The JSON API: every page's data, with the row schemas of the CLI's `--format json` (the same
/// Codable rows from VerkostoAnalysis: ``NetworkListRow``, ``GapRow``, ``DiffRow``) and the
/// typed facts themselves (``Briefing``, ``NetworkCard``). `format=csv` gives the same rows as
/// the CLI's `--format csv` (``TextTable``). Described by ``OpenAPIDocument``.
enum API {
    /// `json` (default) or `csv`.
    static func format(_ parameters: Parameters) throws -> String {
        let format = parameters.text("format") ?? "json"
        guard format == "json" || format == "csv" else {
            throw PlatformError.badRequest("format: expected json or csv, got '\(format)'")
        }
        return format
    }

    static func json<T: Encodable>(_ value: T) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func csv(_ table: TextTable, name: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8",
                                        .contentDisposition: "attachment; filename=\"\(name).csv\""],
                 body: .init(byteBuffer: ByteBuffer(string: table.csv())))
    }

    static func networks(_ rows: [NetworkListRow], format: String) throws -> Response {
        guard format == "csv" else { return try json(rows) }
        var table = TextTable(columns: NetworkListRow.columns)
        for row in rows {
            table.append([.text(row.id), .text(row.name), .text(row.sector), .text(row.unit), .day(row.since), .day(row.until),
                          .integer(row.members), .text(row.mainDirection)])
        }
        return csv(table, name: "networks")
    }

    static func gaps(_ rows: [GapRow], format: String) throws -> Response {
        guard format == "csv" else { return try json(rows) }
        var table = TextTable(columns: GapRow.columns)
        for row in rows {
            table.append([.text(row.kind), .text(row.subject), .text(row.subjectName), .text(row.other), .text(row.otherName),
                          row.score.map { .number($0) } ?? .empty, .text(row.detail), .text(row.explanation)])
        }
        return csv(table, name: "gaps")
    }

    static func diff(_ rows: [DiffRow], format: String) throws -> Response {
        guard format == "csv" else { return try json(rows) }
        let columns = DiffRow.Column.allCases
        var table = TextTable(columns: columns.map(\.rawValue))
        for row in rows {
            table.append(columns.map { column in
                switch row[column] {
                case let .text(text): return .text(text)
                case let .number(value): return .number(value)
                case .none: return .empty
                }
            })
        }
        return csv(table, name: "diff")
    }

    /// The kinds of `kind` (comma-separated, or `all`), as `verkosto gaps --kind`.
    static func gapKinds(_ parameters: Parameters) throws -> [GapKind] {
        guard let text = parameters.text("kind"), text != "all" else { return GapKind.allCases }
        return try text.split(separator: ",").map { name in
            guard let kind = GapKind(rawValue: String(name)) else {
                throw PlatformError.badRequest("kind: unknown kind '\(name)'; expected one of \(GapKind.allCases.map(\.rawValue).joined(separator: ", ")) or all")
            }
            return kind
        }
    }
}
