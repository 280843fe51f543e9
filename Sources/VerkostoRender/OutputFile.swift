import Foundation

/// Atomic file output for maps and charts.
public enum OutputFile {
    /// Throws `RenderError.missingOutputFolder` if the folder that would hold `url` does not exist.
    public static func checkFolder(of url: URL) throws {
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RenderError.missingOutputFolder(folder.path)
        }
    }

    /// Writes `bytes` to `url` atomically: a temporary file in the same folder, then `rename(2)`.
    ///
    /// Readers see either the old file or the complete new one, never a partial file.
    public static func write(_ bytes: some Collection<UInt8>, to url: URL) throws {
        try checkFolder(of: url)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data(bytes).write(to: temporary, options: [.withoutOverwriting])
        } catch {
            throw RenderError.writeFailed(path: url.path, reason: error.localizedDescription)
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw RenderError.writeFailed(path: url.path, reason: reason)
        }
    }

    /// Writes `text` as UTF-8 to `url` atomically.
    public static func write(_ text: String, to url: URL) throws {
        try write(Array(text.utf8), to: url)
    }
}
