import Foundation
import VerkostoSupport

/// The formats `verkosto export` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
    case graphml, gexf, json, csv
}

/// Writes an exported graph to files, each atomically (a temporary file, then a rename).
public enum ExchangeOutput {
    /// The files `write(_:as:to:)` writes for `path`, as paths in the same terms as `path`
    /// (relative stays relative, so messages show what the user typed).
    ///
    /// CSV gives two files: for `-o DIR/` (a path ending in `/`, or an existing folder)
    /// `DIR/nodes.csv` and `DIR/edges.csv`; for `-o NAME.csv` (or any other name)
    /// `NAME-nodes.csv` and `NAME-edges.csv` beside it. Other formats write `path` itself.
    public static func files(for path: String, as format: ExportFormat) -> [String] {
        guard format == .csv else { return [path] }
        var isFolder: ObjCBool = false
        if path.hasSuffix("/") || (FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue) {
            let folder = path.hasSuffix("/") ? path : path + "/"
            return [folder + "nodes.csv", folder + "edges.csv"]
        }
        let base = path.lowercased().hasSuffix(".csv") ? String(path.dropLast(4)) : path
        return [base + "-nodes.csv", base + "-edges.csv"]
    }

    /// Writes `graph` in `format` to the files of ``files(for:as:)``, and returns them.
    ///
    /// - Throws: ``OutputError`` when the folder is missing or a file cannot be written. Folders
    ///   are never created.
    @discardableResult
    public static func write(_ graph: ExchangeGraph, as format: ExportFormat, to path: String) throws -> [String] {
        let paths = files(for: path, as: format)
        let contents: [[UInt8]]
        switch format {
        case .graphml: contents = [GraphMLWriter.write(graph)]
        case .gexf: contents = [GEXFWriter.write(graph)]
        case .json: contents = [NodeLinkWriter.write(graph)]
        case .csv: contents = [CSVGraphWriter.nodes(graph), CSVGraphWriter.edges(graph)]
        }
        for (path, bytes) in zip(paths, contents) {
            try AtomicFile.write(bytes, to: URL(fileURLWithPath: path))
        }
        return paths
    }
}
