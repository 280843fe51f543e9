import Dispatch
import Foundation
import GRDB
import VerkostoModel
import VerkostoSupport

/// How an import treats rows already in the database.
public enum ImportMode: Sendable {
    /// Rows with the same key are updated, others are added (upsert). Keys: `id` (or `code`);
    /// memberships organisation+network+since; network_directions network+direction;
    /// collaborations the unordered network pair+kind+since; metadata `key`.
    case merge
    /// Every table is emptied first.
    case replace
}

/// What an import did.
public struct ImportSummary: Sendable {
    /// Rows read, by table, for the tables present in the input.
    public var rowsRead: [String: Int]
    /// Warnings from reading and from validation; the import went ahead.
    public var warnings: [DataError]
    /// Rows in each table after the import.
    public var counts: [String: Int]
}

extension AtlasDatabase {
    /// Imports a CSV folder or a JSON document in ONE transaction: every row or none.
    ///
    /// The data set the database would hold afterwards is validated with ``Atlas/validate()``
    /// before anything is committed; any error aborts the import and leaves the database as it
    /// was. Problems are reported at their place in the input (`file:line:column`, or
    /// `file: table[i].column` for JSON).
    ///
    /// - Parameters:
    ///   - url: a folder of CSV files named as the tables, or a `.json` file.
    ///   - mode: merge with the rows already there (upsert by key), or replace them all.
    ///   - progress: told of each phase, and of the rows written of big tables.
    /// - Throws: ``InvalidDataError`` with every error found, ``DataError`` for syntax errors,
    ///   ``StoreError`` for files that cannot be read and for SQLite failures.
    /// - Complexity: O(*n*) in the rows read and the rows already stored.
    @discardableResult
    public func importData(from url: URL, mode: ImportMode = .merge,
                           progress: any WorkProgress = SilentProgress()) throws -> ImportSummary {
        progress.begin("reading \(url.lastPathComponent)")
        let input = try DataSetReader.read(url)
        progress.begin("read and decoded")
        return try importData(input, mode: mode, progress: progress)
    }

    /// Imports a data set that was read from a graph file (GraphML, GEXF, node-link JSON), the
    /// same way as ``importData(from:mode:progress:)``: merged with (or replacing) what the
    /// database holds, validated as a whole, and written in ONE transaction.
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
                                progress: any WorkProgress = SilentProgress()) throws -> ImportSummary {
        var tables: [String: RawTable] = [:]
        for (table, places) in elements {
            precondition(Atlas.tableNames.contains(table), "unknown table \(table)")
            tables[table] = RawTable(table: table, file: file, header: TableSpec.names(table), cells: [],
                                     origin: .graph(elements: places), rowCount: places.count)
        }
        return try importData(InputDataSet(atlas: atlas, tables: tables, warnings: warnings), mode: mode, progress: progress)
    }

    func importData(_ input: InputDataSet, mode: ImportMode, progress: any WorkProgress) throws -> ImportSummary {
        var warnings = input.warnings
        let counts: [String: Int] = try translatingErrors {
            try queue.write { db in
                let existing = mode == .replace ? Atlas() : try Self.load(db, path: path)
                let merge = Merge(existing: existing, incoming: input.atlas)
                // Validation runs on another thread while the rows are written; the transaction
                // commits only after it has found no error.
                progress.begin("validating and writing")
                let validation = BackgroundValidation(merge.atlas)
                var writeError: (any Error)?
                do {
                    try BulkWriter.write(input, mode: mode, to: db, progress: progress)
                } catch {
                    writeError = error
                }
                var errors: [DataError] = []
                for problem in validation.wait() {
                    let error = merge.locate(problem, in: input.tables)
                    if problem.severity == .error { errors.append(error) } else { warnings.append(error) }
                }
                progress.begin("validated")
                if !errors.isEmpty { throw InvalidDataError(errors: errors) }
                if let writeError { throw writeError }
                defer { progress.begin("committing") }
                return try Self.counts(db)
            }
        }
        var read: [String: Int] = [:]
        for (table, raw) in input.tables { read[table] = raw.rowCount }
        return ImportSummary(rowsRead: read, warnings: warnings, counts: counts)
    }
}

/// `Atlas.validate()` on a background thread.
final class BackgroundValidation: @unchecked Sendable {
    private var problems: [Problem] = []
    private let group = DispatchGroup()

    init(_ atlas: Atlas) {
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            self.problems = atlas.validate()
            self.group.leave()
        }
    }

    /// The problems, once validation has finished.
    func wait() -> [Problem] {
        group.wait()
        return problems
    }
}
