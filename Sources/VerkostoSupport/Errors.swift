/// What kind of failure an error is, so the CLI can choose an exit status in one place.
public enum FailureKind: Sendable {
    /// The input data is wrong (sysexits `EX_DATAERR`, 65).
    case badData
    /// An input file or record does not exist (`EX_NOINPUT`, 66).
    case missingInput
    /// An output file cannot be created (`EX_CANTCREAT`, 73).
    case cannotCreateOutput
    /// Reading or writing failed (`EX_IOERR`, 74).
    case inputOutput
    /// A part of Verkosto failed, such as a Graphviz render that crashed (`EX_SOFTWARE`, 70).
    case internalSoftware
    /// Anything else (1).
    case failure
}

/// An error that knows its kind and has a one-line message a user can act on.
///
/// Every module declares this conformance for its own errors, where the error is defined, so
/// that the CLI maps every failure to an exit status in one place without knowing the modules'
/// internals.
public protocol VerkostoError: Error, CustomStringConvertible {
    var kind: FailureKind { get }
}

/// Where something was found in the input: a CSV cell, a JSON member, or a database row.
public enum SourcePlace: Hashable, Sendable, CustomStringConvertible {
    /// A CSV file, the 1-based physical line where the record starts, and the 1-based field number.
    case csv(file: String, line: Int, column: Int)
    /// A JSON document and a path inside it such as `memberships[213].network`.
    case json(file: String, path: String)
    /// A row already in the database (0-based in load order), for problems found while merging.
    case database(table: String, row: Int, column: String?)
    /// A whole file.
    case file(String)
    /// An element of a graph file (GraphML, GEXF, node-link JSON) such as `node 'n-7'`, and the
    /// attribute or column concerned.
    case graph(file: String, element: String, attribute: String?)
    /// A 1-based line and character column in a text file that is not a table, such as a JSON document.
    case text(file: String, line: Int, column: Int)

    public var description: String {
        switch self {
        case let .csv(file, line, column): return "\(file):\(line):\(column)"
        case let .json(file, path): return "\(file): \(path)"
        case let .database(table, row, column):
            return "database: \(table) row \(row + 1)" + (column.map { " column \($0)" } ?? "")
        case let .file(file): return file
        case let .graph(file, element, attribute):
            return "\(file): \(element)" + (attribute.map { ", attribute '\($0)'" } ?? "")
        case let .text(file, line, column): return "\(file):\(line):\(column)"
        }
    }
}

/// A problem in the input data at a place: bad syntax, a bad value, or a model validation problem.
public struct DataError: VerkostoError, Hashable, Sendable {
    public var place: SourcePlace
    public var message: String
    public var isWarning: Bool

    public init(_ place: SourcePlace, _ message: String, isWarning: Bool = false) {
        self.place = place
        self.message = message
        self.isWarning = isWarning
    }

    public var kind: FailureKind { .badData }
    public var description: String { "\(place): \(isWarning ? "warning: " : "")\(message)" }
}

/// A data set that has errors; an import that finds them writes nothing.
public struct InvalidDataError: VerkostoError {
    /// Every error found, in table order; never empty.
    public var errors: [DataError]

    public init(errors: [DataError]) {
        self.errors = errors
    }

    public var kind: FailureKind { .badData }
    public var description: String {
        let first = errors.first?.description ?? "invalid data"
        return errors.count > 1 ? "\(first) (and \(errors.count - 1) more errors)" : first
    }
}
