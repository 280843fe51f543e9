import Foundation
import VerkostoModel
import VerkostoSupport

extension VerkostoStore {
    /// Imports a data set that was read from a graph file (GraphML, GEXF, node-link JSON),
    /// through the same path as ``importData(from:mode:progress:)``: merged with (or replacing)
    /// what the database holds, validated as a whole, and written in ONE transaction.
    ///
    /// Validation problems are reported at the graph element the row came from, for example
    /// `oph.graphml: node 'n-7', attribute 'sector': unknown sector 'x'`.
    ///
    /// - Parameters:
    ///   - atlas: the rows read from the file. Only the tables named in `elements` are written.
    ///   - file: the file's name, for messages.
    ///   - elements: for each table the file supplies, the element each row came from, in row
    ///     order (for example `node 'n-7'` or `edge 'o-1' – 'n-7'`).
    ///   - warnings: warnings from reading the file, passed through to the summary.
    ///   - mode: merge or replace.
    /// - Throws: ``InvalidDataError`` with every error found; nothing is written then.
    @discardableResult
    public func importGraphData(_ atlas: Atlas, file: String, elements: [String: [String]],
                                warnings: [DataError] = [], mode: ImportMode = .merge,
                                progress: (String) -> Void = { _ in }) throws -> ImportSummary {
        var tables: [String: RawTable] = [:]
        for (table, places) in elements {
            precondition(Atlas.tableNames.contains(table), "unknown table \(table)")
            tables[table] = RawTable(table: table, file: file, header: TableSpec.names(table), cells: [],
                                     origin: .graph(elements: places), rowCount: places.count)
        }
        return try importData(InputDataSet(atlas: atlas, tables: tables, warnings: warnings), mode: mode, progress: progress)
    }
}
