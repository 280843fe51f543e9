import Foundation
import VerkostoStore

/// The formats `verkosto export` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
    case graphml, gexf, json, csv
}

/// Writes an exported graph to files, each atomically (a temporary file, then a rename).
public enum ExchangeOutput {
    /// The files `write(_:as:to:)` writes for `path`.
    ///
    /// CSV gives two files: for `-o DIR/` (a path ending in `/`, or an existing folder)
    /// `DIR/nodes.csv` and `DIR/edges.csv`; for `-o NAME.csv` (or any other name)
    /// `NAME-nodes.csv` and `NAME-edges.csv` beside it. Other formats write `path` itself.
    public static func files(for path: String, as format: ExportFormat) -> [URL] {
        guard format == .csv else { return [URL(fileURLWithPath: path)] }
        var isFolder: ObjCBool = false
        if path.hasSuffix("/") || (FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue) {
            let folder = URL(fileURLWithPath: path, isDirectory: true)
            return [folder.appendingPathComponent("nodes.csv"), folder.appendingPathComponent("edges.csv")]
        }
        let url = URL(fileURLWithPath: path)
        let base = url.pathExtension.lowercased() == "csv" ? url.deletingPathExtension() : url
        let folder = base.deletingLastPathComponent()
        return [folder.appendingPathComponent(base.lastPathComponent + "-nodes.csv"),
                folder.appendingPathComponent(base.lastPathComponent + "-edges.csv")]
    }

    /// Writes `graph` in `format` to the files of ``files(for:as:)``, and returns them.
    ///
    /// - Throws: ``StoreError`` `.cannotCreateOutput` when the folder is missing or a file
    ///   cannot be written. Folders are never created.
    @discardableResult
    public static func write(_ graph: ExchangeGraph, as format: ExportFormat, to path: String) throws -> [URL] {
        let urls = files(for: path, as: format)
        let contents: [[UInt8]]
        switch format {
        case .graphml: contents = [GraphMLWriter.write(graph)]
        case .gexf: contents = [GEXFWriter.write(graph)]
        case .json: contents = [NodeLinkWriter.write(graph)]
        case .csv: contents = [CSVGraphWriter.nodes(graph), CSVGraphWriter.edges(graph)]
        }
        for (url, bytes) in zip(urls, contents) {
            let folder = url.deletingLastPathComponent()
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
                throw StoreError(.cannotCreateOutput, "\(url.path): cannot write: no folder \(folder.path)")
            }
            do {
                try Data(bytes).write(to: url, options: .atomic)
            } catch {
                throw StoreError(.cannotCreateOutput, "\(url.path): cannot write: \(error.localizedDescription)")
            }
        }
        return urls
    }
}
