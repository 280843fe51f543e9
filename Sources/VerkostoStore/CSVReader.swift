import Foundation
import VerkostoSupport

/// A CSV file read into memory: the header, the cells row by row, and where each record starts.
///
/// Columns in errors are 1-based field numbers, as in `memberships.csv:214:2` for the second
/// field of the record that starts on line 214.
public struct CSVTable: Sendable {
    /// The file name used in messages.
    public var file: String
    public var header: [String]
    /// The cells, row-major: row `r` is `cells[r * header.count ..< (r + 1) * header.count]`.
    public var cells: [String]
    /// The 1-based physical line on which each record starts (records may span lines).
    public var lines: [Int]
    /// The detected delimiter, `,` or `;`.
    public var delimiter: Character
    /// Warnings found while reading, such as a Windows-1252 file that was converted.
    public var warnings: [DataError]

    public var rowCount: Int { lines.count }

    /// The cell at `row` and column position `column`.
    public subscript(row: Int, column: Int) -> String { cells[row * header.count + column] }
}

/// Reads CSV as real files come: `,` or `;` (detected from the header), an optional UTF-8
/// byte-order mark, Windows-1252 when the bytes are not UTF-8 (converted, with a warning),
/// quoted fields holding delimiters, doubled quotes and line breaks, and CRLF, LF or CR line ends.
///
/// Errors name the line and field: a row with the wrong number of fields, an unterminated
/// quote, a quote inside an unquoted field, text after a closing quote, a NUL byte, a byte that
/// is neither UTF-8 nor Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D), more than
/// ``maximumFields`` fields in a record.
/// An empty file (no header) is an error; a file with only a header is an empty table.
/// Blank lines (no characters at all) between records are skipped.
public enum CSVReader {
    /// Reads and parses the file at `url`, naming it `file` in messages.
    public static func read(_ url: URL, file: String? = nil) throws -> CSVTable {
        let name = file ?? url.lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            if !FileManager.default.fileExists(atPath: url.path) {
                throw StoreError(.missingInput, "\(name): no such file")
            }
            throw StoreError(.inputOutput, "\(name): cannot read: \(error.localizedDescription)")
        }
        return try parse([UInt8](data), file: name)
    }

    /// Parses CSV bytes.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    public static func parse(_ input: [UInt8], file: String) throws -> CSVTable {
        var bytes = input
        var warnings: [DataError] = []
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if !isValidUTF8(bytes) {
            if let bad = bytes.firstIndex(where: { undefined1252.contains($0) }) {
                let (line, column) = position(of: bad, in: bytes)
                throw DataError(.csv(file: file, line: line, column: column),
                                "byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) is neither UTF-8 nor Windows-1252; "
                                + "expected a UTF-8 file (save it as \"CSV UTF-8\")")
            }
            bytes = windows1252ToUTF8(bytes)
            warnings.append(DataError(.file(file), "not UTF-8; read as Windows-1252 and converted", isWarning: true))
        }
        let delimiter = detectDelimiter(bytes)
        var parser = Parser(file: file, delimiter: delimiter)
        try bytes.withUnsafeBufferPointer { try parser.run($0) }
        guard let header = parser.header else {
            throw DataError(.csv(file: file, line: 1, column: 1), "empty file: expected a header line")
        }
        return CSVTable(file: file, header: header, cells: parser.cells, lines: parser.lines,
                        delimiter: Character(UnicodeScalar(delimiter)), warnings: warnings)
    }

    /// Whether `bytes` are valid UTF-8. Pure ASCII is checked with a fast scan first.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        if bytes.allSatisfy({ $0 < 0x80 }) { return true }
        return bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) != nil }
    }

    /// `;` when the header line (outside quotes) has more semicolons than commas, else `,`.
    static func detectDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var commas = 0, semicolons = 0, quoted = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            if byte == UInt8(ascii: ",") { commas += 1 }
            if byte == UInt8(ascii: ";") { semicolons += 1 }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// Bytes that Windows-1252 leaves undefined: a file holding one is neither UTF-8 nor Windows-1252.
    static let undefined1252: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    /// The 1-based line and field number of byte `offset`, counting quoted line breaks as lines
    /// and delimiters outside quotes as field boundaries (both `,` and `;` are tried: the delimiter
    /// is detected after decoding). Used only to place an encoding error.
    ///
    /// - Complexity: O(*offset*).
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let delimiter = detectDelimiter(Array(bytes.prefix(while: { $0 != 0x0A && $0 != 0x0D })))
        var line = 1, column = 1, quoted = false, i = 0
        while i < offset {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if byte == 0x0A || (byte == 0x0D && !(i + 1 < bytes.count && bytes[i + 1] == 0x0A)) {
                line += 1
                if !quoted { column = 1 }
            } else if byte == delimiter && !quoted {
                column += 1
            }
            i += 1
        }
        return (line, column)
    }

    /// The code points of Windows-1252 bytes 0x80–0x9F; the rest of the high half is Latin-1.
    /// Bytes that Windows-1252 leaves undefined map to the C1 control of the same value.
    static let high1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Converts Windows-1252 bytes to UTF-8.
    static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 { output.append(byte); continue }
            let scalar = byte < 0xA0 ? high1252[Int(byte - 0x80)] : UInt32(byte)
            output.append(contentsOf: Array(String(UnicodeScalar(scalar)!).utf8))
        }
        return output
    }

    /// The most fields a record may have. Real tables have about ten; a limit keeps a damaged or
    /// hostile file (one line of 100,000 separators) from building a huge header.
    public static let maximumFields = 1024

    /// The state machine over UTF-8 bytes.
    struct Parser {
        let file: String
        let delimiter: UInt8
        var header: [String]?
        var cells: [String] = []
        var lines: [Int] = []
        var line = 1
        var field: [UInt8] = []

        init(file: String, delimiter: UInt8) {
            self.file = file
            self.delimiter = delimiter
        }

        func error(_ line: Int, _ column: Int, _ message: String) -> DataError {
            DataError(.csv(file: file, line: line, column: column), message)
        }

        mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) throws {
            let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
            let count = bytes.count
            var i = 0
            var record: [String] = []
            var recordLine = 1
            var width = 0
            while i < count {
                // At the start of a record. Skip blank lines.
                if bytes[i] == lf || bytes[i] == cr {
                    if bytes[i] == cr, i + 1 < count, bytes[i + 1] == lf { i += 1 }
                    i += 1
                    line += 1
                    continue
                }
                recordLine = line
                record.removeAll(keepingCapacity: true)
                // Fields of one record.
                while true {
                    let column = record.count + 1
                    if column > CSVReader.maximumFields {
                        throw error(line, column, "more than \(CSVReader.maximumFields) fields in one record; expected a table of at most \(CSVReader.maximumFields) columns (is the delimiter right?)")
                    }
                    if i < count, bytes[i] == quote {
                        let openLine = line
                        field.removeAll(keepingCapacity: true)
                        i += 1
                        while true {
                            guard i < count else {
                                throw error(openLine, column, "unterminated quote: the quoted field never ends")
                            }
                            let byte = bytes[i]
                            if byte == quote {
                                if i + 1 < count, bytes[i + 1] == quote {
                                    field.append(quote)
                                    i += 2
                                    continue
                                }
                                i += 1
                                break
                            }
                            if byte == 0 { throw error(line, column, "NUL byte in the data") }
                            if byte == lf || (byte == cr && !(i + 1 < count && bytes[i + 1] == lf)) { line += 1 }
                            field.append(byte)
                            i += 1
                        }
                        record.append(String(decoding: field, as: UTF8.self))
                        if i < count, bytes[i] != delimiter, bytes[i] != lf, bytes[i] != cr {
                            throw error(line, column, "unexpected text after a closing quote (a quote inside a field must be doubled)")
                        }
                    } else {
                        let start = i
                        while i < count {
                            let byte = bytes[i]
                            if byte == delimiter || byte == lf || byte == cr { break }
                            if byte == quote {
                                throw error(line, column, "stray quote in an unquoted field (quote the whole field and double the quote)")
                            }
                            if byte == 0 { throw error(line, column, "NUL byte in the data") }
                            i += 1
                        }
                        record.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                    }
                    if i < count, bytes[i] == delimiter {
                        i += 1
                        continue
                    }
                    // End of record: a line break or the end of input.
                    if i < count {
                        if bytes[i] == cr, i + 1 < count, bytes[i + 1] == lf { i += 1 }
                        i += 1
                        line += 1
                    }
                    break
                }
                if header == nil {
                    header = record
                    width = record.count
                } else {
                    if record.count != width {
                        let column = record.count < width ? record.count + 1 : width + 1
                        throw error(recordLine, column, "expected \(width) fields as in the header, found \(record.count)")
                    }
                    cells.append(contentsOf: record)
                    lines.append(recordLine)
                }
            }
        }
    }
}
