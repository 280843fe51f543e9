import Foundation
import ZIPFoundation

/// The parts of an OPC package (ECMA-376 Part 2): a zip whose entries are found by part name,
/// unpacked within `ReadLimits`, and linked by relationship parts.
final class PackageReader {
    let file: String
    let limits: ReadLimits
    private let archive: Archive
    /// Entries by normalised, lower-cased part name (OPC part names compare without case, §9.1.1.1).
    private var entries: [String: Entry] = [:]
    private var bytesRead = 0

    /// Opens the workbook file at `url`.
    convenience init(url: URL, limits: ReadLimits) throws {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SpreadsheetError(kind: .missingInput, file: path, message: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw SpreadsheetError(kind: .missingInput, file: path, message: "this is a folder, not an .xlsx workbook")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SpreadsheetError(kind: .inputOutput, file: path, message: "the file cannot be opened for reading")
        }
        let head = (try? handle.read(upToCount: 8)) ?? Data()
        try? handle.close()
        try PackageReader.checkSignature(head, file: path)
        try self.init(archive: PackageReader.open(path) { try Archive(url: url, accessMode: .read) }, file: path, limits: limits)
    }

    /// Opens a workbook held in memory; `name` stands for the file in messages.
    convenience init(data: Data, name: String, limits: ReadLimits) throws {
        try PackageReader.checkSignature(data.prefix(8), file: name)
        try self.init(archive: PackageReader.open(name) { try Archive(data: data, accessMode: .read) }, file: name, limits: limits)
    }

    private init(archive: Archive, file: String, limits: ReadLimits) throws {
        self.archive = archive
        self.file = file
        self.limits = limits
        var count = 0
        for entry in archive where entry.type == .file {
            count += 1
            guard count <= limits.maximumEntries else {
                throw SpreadsheetError(file: file, message: "the zip has more than \(limits.maximumEntries) entries, "
                                       + "more than a workbook needs; it is refused")
            }
            entries[PackageReader.normalise(entry.path)] = entry
        }
    }

    /// The archive `open` opens, or an error in words when it is not a readable zip.
    private static func open(_ file: String, _ open: () throws -> Archive) throws -> Archive {
        do {
            return try open()
        } catch {
            throw SpreadsheetError(file: file, message: "not an .xlsx workbook: the file is not a zip archive, or it is damaged")
        }
    }

    /// Names formats that are often mistaken for .xlsx by their first bytes.
    private static func checkSignature(_ head: Data, file: String) throws {
        let bytes = [UInt8](head)
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw SpreadsheetError(file: file, message: "not an .xlsx workbook: this is an Excel 97–2003 .xls file or a "
                                   + "password-protected workbook; save it as an .xlsx workbook without a password")
        }
        if bytes.isEmpty {
            throw SpreadsheetError(file: file, message: "not an .xlsx workbook: the file is empty")
        }
    }

    /// A part name without a leading `/`, with `.` and `..` segments resolved, percent-decoded
    /// and lower-cased.
    static func normalise(_ name: String) -> String {
        var segments: [Substring] = []
        for segment in name.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        let joined = segments.joined(separator: "/")
        return (joined.removingPercentEncoding ?? joined).lowercased()
    }

    /// Whether the package holds the part.
    func contains(_ part: String) -> Bool { entries[PackageReader.normalise(part)] != nil }

    /// The unpacked bytes of `part`, or `nil` when the package has no such part.
    ///
    /// - Throws: when the part is larger than the limits allow (counted while unpacking), is
    ///   damaged, or fails its checksum.
    func read(_ part: String) throws -> Data? {
        guard let entry = entries[PackageReader.normalise(part)] else { return nil }
        let partLimit = min(limits.maximumPartSize, limits.maximumTotalSize - bytesRead)
        func tooLarge() -> SpreadsheetError {
            let total = limits.maximumTotalSize - bytesRead < limits.maximumPartSize
            return SpreadsheetError(file: file, part: part, message: total
                ? "the workbook unpacks to more than \(PackageReader.mebibytes(limits.maximumTotalSize)) in all; it is refused as a possible zip bomb"
                : "the part unpacks to more than \(PackageReader.mebibytes(limits.maximumPartSize)); it is refused as a possible zip bomb")
        }
        guard entry.uncompressedSize <= UInt64(max(0, partLimit)) else { throw tooLarge() }
        var data = Data()
        data.reserveCapacity(Int(min(entry.uncompressedSize, UInt64(partLimit))))
        var exceeded = false
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= partLimit else {
                    exceeded = true
                    throw Archive.ArchiveError.cancelledOperation
                }
                data.append(chunk)
            }
        } catch {
            if exceeded { throw tooLarge() }
            throw SpreadsheetError(file: file, part: part, message: "the part is damaged and cannot be unpacked")
        }
        guard checksum == entry.checksum else {
            throw SpreadsheetError(file: file, part: part, message: "the part is damaged (its checksum does not match)")
        }
        bytesRead += data.count
        return data
    }

    /// The bytes of `part`, which the package must have.
    func readRequired(_ part: String, sheet: String? = nil) throws -> Data {
        guard let data = try read(part) else {
            throw SpreadsheetError(file: file, sheet: sheet, message: "the workbook is incomplete: it has no part \(part)")
        }
        return data
    }

    private static func mebibytes(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }

    /// The relationships of `part` (from `_rels/NAME.rels` beside it), with targets resolved
    /// against the part's folder; empty when there is no relationship part. External targets
    /// (`TargetMode="External"`) are left out.
    func relationships(of part: String) throws -> [Relationship] {
        let folder = part.split(separator: "/").dropLast().joined(separator: "/")
        let name = part.split(separator: "/").last.map(String.init) ?? ""
        let relationshipPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard let data = try read(relationshipPart) else { return [] }
        let handler = RelationshipHandler(base: folder)
        do {
            try XMLPartParser.parse(data, part: relationshipPart, handler: handler)
        } catch let error as SpreadsheetError {
            throw error.inFile(file)
        }
        return handler.relationships
    }
}

/// One relationship: its id, its type (a URI whose last segment says what it is, such as
/// `.../worksheet`), and its target part.
struct Relationship: Hashable {
    let id: String
    let type: String
    let target: String

    /// Whether the type's last path segment is `kind` (so both the transitional and the strict
    /// OOXML namespaces match).
    func isKind(_ kind: String) -> Bool { type.split(separator: "/").last.map(String.init) == kind }
}

private final class RelationshipHandler: XMLPartHandler {
    let base: String
    var relationships: [Relationship] = []

    init(base: String) { self.base = base }

    func start(_ name: Substring, attributes: [String: String]) throws {
        guard name == "Relationship", attributes["TargetMode"] != "External",
              let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"] else { return }
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : (base.isEmpty ? target : base + "/" + target)
        relationships.append(Relationship(id: id, type: type, target: path))
    }

    func end(_ name: Substring) throws {}
    func characters(_ text: String) {}
}
