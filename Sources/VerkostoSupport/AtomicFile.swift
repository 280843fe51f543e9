import Foundation

/// Output files written atomically: a temporary file in the same folder, then `rename(2)`, so
/// that a reader sees the old file or the whole new one, never a part. Every file Verkosto
/// writes (maps, charts, the report, dumps, graph exports, backups) goes through here.
public enum AtomicFile {
    /// Throws ``OutputError`` when the folder that would hold `url` does not exist. Folders are
    /// never created here: a mistyped folder is an error, not a surprise.
    public static func checkFolder(of url: URL) throws(OutputError) {
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw OutputError(path: url.path, reason: .missingFolder(folder.path))
        }
    }

    /// Writes `bytes` to `url` atomically.
    ///
    /// - Throws: ``OutputError`` when the folder is missing or the file cannot be written; the
    ///   file at `url` is then unchanged and no temporary file is left behind.
    /// - Complexity: O(*n*) in the bytes.
    public static func write(_ bytes: some Collection<UInt8>, to url: URL) throws(OutputError) {
        try checkFolder(of: url)
        let temporary = temporaryURL(beside: url)
        do {
            try Data(bytes).write(to: temporary, options: [.withoutOverwriting])
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(path: url.path, reason: .failed(error.localizedDescription))
        }
        try replace(url, with: temporary)
    }

    /// Writes `text` as UTF-8 to `url` atomically.
    public static func write(_ text: String, to url: URL) throws(OutputError) {
        try write(Array(text.utf8), to: url)
    }

    /// A hidden, unique name in `url`'s folder for a file that will replace `url`.
    public static func temporaryURL(beside url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    }

    /// Renames `temporary` (a complete file in the same folder) over `url`; on failure removes it.
    public static func replace(_ url: URL, with temporary: URL) throws(OutputError) {
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(path: url.path, reason: .failed(reason))
        }
    }
}

/// An output file that could not be written (exit 73); the old file, if any, is unchanged.
public struct OutputError: VerkostoError, Equatable {
    public enum Reason: Equatable, Sendable {
        /// The folder that would hold the file does not exist.
        case missingFolder(String)
        /// Writing or renaming failed, with the system's reason.
        case failed(String)
    }

    /// The file, as given.
    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var kind: FailureKind { .cannotCreateOutput }

    public var description: String {
        switch reason {
        case let .missingFolder(folder): return "\(path): the output folder \(folder) does not exist; create it first"
        case let .failed(why): return "\(path): cannot write: \(why)"
        }
    }
}
