import Foundation
import VerkostoSupport

/// Graph input without a database: one-mode edge lists and two-mode affiliation lists, read with
/// the same CSV reader as imports (so `;`, a BOM and Windows-1252 work here too).
public enum AdHocInput {
    /// One edge of an edge list.
    public struct Edge: Sendable, Hashable {
        public var source: String
        public var target: String
        public var weight: Double?
    }

    /// Reads a one-mode edge list: `source,target[,weight]` a line.
    ///
    /// A first line whose first cell is `source`, `from` or `u` is a header; otherwise every
    /// line is an edge. Weights must be finite numbers with a decimal point (`0.5`, not `0,5`).
    /// - Throws: ``DataError`` naming the line and column; ``StoreError`` when the file is missing.
    /// - Complexity: O(*n*) in the file's size.
    public static func edges(_ url: URL) throws -> [Edge] {
        let rows = try records(url, headerWords: ["source", "from", "u"], expected: "source,target[,weight]", columns: 2...3)
        var edges: [Edge] = []
        edges.reserveCapacity(rows.count)
        for row in rows {
            var weight: Double?
            if row.cells.count == 3, !row.cells[2].isEmpty {
                guard let value = Double(row.cells[2]), value.isFinite else {
                    throw DataError(.csv(file: row.file, line: row.line, column: 3),
                                    "expected a finite number with a decimal point as weight, got '\(row.cells[2])'")
                }
                weight = value
            }
            edges.append(Edge(source: row.cells[0], target: row.cells[1], weight: weight))
        }
        return edges
    }

    /// Reads a two-mode affiliation list: `organisation,network` a line.
    ///
    /// A first line whose first cell is `organisation` or `source` is a header.
    /// - Throws: ``DataError`` naming the line and column; ``StoreError`` when the file is missing.
    public static func affiliations(_ url: URL) throws -> [(organisation: String, network: String)] {
        try records(url, headerWords: ["organisation", "organization", "source"], expected: "organisation,network",
                    columns: 2...2).map { ($0.cells[0], $0.cells[1]) }
    }

    private struct Record {
        var file: String
        var line: Int
        var cells: [String]
    }

    private static func records(_ url: URL, headerWords: Set<String>, expected: String,
                                columns: ClosedRange<Int>) throws -> [Record] {
        let table = try CSVReader.read(url)
        let width = table.header.count
        guard columns.contains(width) else {
            throw DataError(.csv(file: table.file, line: 1, column: 1),
                            "expected the columns \(expected), found \(width) column\(width == 1 ? "" : "s")")
        }
        var result: [Record] = []
        result.reserveCapacity(table.rowCount + 1)
        let first = table.header.first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        if !headerWords.contains(first) {
            result.append(Record(file: table.file, line: 1, cells: table.header))
        }
        for row in 0..<table.rowCount {
            result.append(Record(file: table.file, line: table.lines[row],
                                 cells: (0..<width).map { table[row, $0] }))
        }
        for record in result {
            for column in 0..<2 where record.cells[column].trimmingCharacters(in: .whitespaces).isEmpty {
                throw DataError(.csv(file: record.file, line: record.line, column: column + 1),
                                "expected an id in the columns \(expected), found an empty cell")
            }
        }
        return result
    }
}
