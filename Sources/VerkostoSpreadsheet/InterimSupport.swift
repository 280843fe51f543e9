// ┌──────────────────────────────────────────────────────────────────────────────────────────┐
// │ INTERIM STAND-INS FOR `VerkostoSupport` (being built on branch `arch`).                    │
// │                                                                                            │
// │ Everything in this file is a private copy of a helper that `VerkostoSupport` will own:     │
// │ the error vocabulary (`FailureKind`, `VerkostoError`), XML 1.0 escaping and atomic file    │
// │ output. Nothing here is public. When Support lands on main: delete this file, add          │
// │ "VerkostoSupport" to this target's dependencies, `import VerkostoSupport` where these      │
// │ names are used, and make `SpreadsheetError.kind` public. No other file defines a helper    │
// │ of this kind.                                                                              │
// └──────────────────────────────────────────────────────────────────────────────────────────┘

import Foundation

/// What kind of failure an error is (the sysexits the CLI will map it to).
enum FailureKind: Sendable {
    /// The input data is wrong (`EX_DATAERR`, 65).
    case badData
    /// An input file does not exist (`EX_NOINPUT`, 66).
    case missingInput
    /// An output file cannot be created (`EX_CANTCREAT`, 73).
    case cannotCreateOutput
    /// Reading or writing failed (`EX_IOERR`, 74).
    case inputOutput
}

/// An error that knows its kind and has a one-line message a user can act on.
protocol VerkostoError: Error, CustomStringConvertible {
    var kind: FailureKind { get }
}

/// XML 1.0 escaping of text that is known to hold only characters XML 1.0 allows.
enum XMLEscaping {
    /// Appends `text` escaped for element content or, with `attribute`, for a double-quoted
    /// attribute value: `&`, `<`, `>` always (so `]]>` cannot appear), `"` in attributes, and
    /// tab, line feed and carriage return as character references where attribute-value or
    /// end-of-line normalisation would otherwise change them.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length of `text`.
    static func append(_ text: String, attribute: Bool, to out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\"") where attribute: out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "\t") where attribute: out.append(contentsOf: "&#9;".utf8)
            case UInt8(ascii: "\n") where attribute: out.append(contentsOf: "&#10;".utf8)
            case UInt8(ascii: "\r"): out.append(contentsOf: "&#13;".utf8)
            default: out.append(byte)
            }
        }
    }
}

/// Atomic file output: readers see the old file or the complete new one, never a partial file.
enum AtomicFile {
    /// Writes `bytes` to `url` through a temporary file in the same folder and `rename(2)`.
    ///
    /// - Throws: `SpreadsheetError` of kind `.cannotCreateOutput` when the folder is missing or
    ///   the file cannot be written.
    static func write(_ bytes: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SpreadsheetError(kind: .cannotCreateOutput, file: url.path,
                                   message: "the folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: bytes) else {
            throw SpreadsheetError(kind: .cannotCreateOutput, file: url.path,
                                   message: "cannot write into the folder \(folder.path)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw SpreadsheetError(kind: .cannotCreateOutput, file: url.path, message: "cannot replace the file: \(reason)")
        }
    }
}
