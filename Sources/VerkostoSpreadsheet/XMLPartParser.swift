import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a part's reader does with the XML events of Foundation's `XMLParser` (libxml2's SAX
/// parser on Linux). Element names arrive without their namespace prefix (`x:c` → `c`), so
/// parts written with a prefixed SpreadsheetML namespace read the same. A handler stops the
/// parse by throwing.
protocol XMLPartHandler: AnyObject {
    func start(_ name: Substring, attributes: [String: String]) throws
    func end(_ name: Substring) throws
    func characters(_ text: String)
}

/// Parses one XML part of a package, with the defences a file from outside needs.
///
/// - A document type declaration is refused before parsing: SpreadsheetML parts never have
///   one, and without one there are no entity declarations, so neither external entities
///   (XXE) nor entity expansion ("billion laughs") can occur. An undefined entity reference
///   is then a well-formedness error, reported as such.
/// - External entities are not resolved (`shouldResolveExternalEntities` is false).
/// - Only UTF-8 is accepted (what Excel and LibreOffice write); the part's size is limited
///   before it gets here.
/// - Parser errors become one line naming the part and the line, never an error code.
enum XMLPartParser {
    static func parse(_ data: Data, part: String, handler: some XMLPartHandler) throws {
        try checkProlog(data, part: part)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        let delegate = Delegate(handler: handler, parser: parser)
        parser.delegate = delegate
        let finished = parser.parse()
        if let error = delegate.handlerError {
            // An error about a row or a cell names them; others name the part and its line.
            var located = error
            if located.part == nil && located.row == nil {
                located.part = part
                located.partLine = delegate.line
            }
            throw located
        }
        // On Linux `parse()` can return true for a document libxml2 found broken, so the
        // error is checked as well.
        guard finished, parser.parserError == nil else {
            throw SpreadsheetError(part: part, partLine: parser.lineNumber,
                                   message: "the XML is not well-formed (\(describe(parser.parserError)))")
        }
    }

    /// Refuses a byte-order mark other than UTF-8's, an encoding declaration other than UTF-8,
    /// and any `<!DOCTYPE` before the root element.
    static func checkProlog(_ data: Data, part: String) throws {
        let bytes = [UInt8](data.prefix(4096))
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            throw SpreadsheetError(part: part, message: "the part is in UTF-16; only UTF-8 parts can be read")
        }
        // The prolog ends where the root element starts: a `<` followed by a name character.
        var end = bytes.count
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] != UInt8(ascii: "?"), bytes[index + 1] != UInt8(ascii: "!") {
                end = index
                break
            }
            index += 1
        }
        let prolog = String(decoding: bytes[..<end], as: UTF8.self)
        if prolog.contains("<!DOCTYPE") || prolog.contains("<!doctype") {
            throw SpreadsheetError(part: part, message: "the part has a document type declaration (DTD), which "
                                   + "spreadsheet parts never have; it is refused as unsafe")
        }
        if let range = prolog.range(of: "encoding=") {
            let value = prolog[range.upperBound...].dropFirst().prefix { $0 != "\"" && $0 != "'" }
            guard value.lowercased() == "utf-8" else {
                throw SpreadsheetError(part: part, message: "the part is encoded in \(value); only UTF-8 parts can be read")
            }
        }
    }

    /// A parser error in words. `XMLParser` reports libxml2's error numbers (`xmlParserErrors`
    /// in libxml2's `xmlerror.h`, which Apple's `XMLParser.ErrorCode` mirrors; the Linux enum is
    /// numbered differently, so the numbers are matched here).
    private static func describe(_ error: (any Error)?) -> String {
        guard let error = error as NSError? else { return "it ends unexpectedly" }
        switch error.code {
        case 22, 23, 26, 27, 28, 29, 30, 88, 89, 90:  // entity references: no name, undeclared, unparsed, loops
            return "it refers to an entity that is not defined; XML in a workbook may only use "
                + "&amp; &lt; &gt; &quot; &apos; and character references"
        case 4: return "it is empty"
        case 5, 76, 77, 85:  // extra content at the end, tag mismatch, tag not finished, not balanced
            return "an element is not closed, or closed in the wrong place"
        case 6, 7, 8, 9, 10, 11, 12, 13:  // invalid character (reference)
            return "it contains a character that XML does not allow"
        case 42: return "an element has the same attribute twice"
        case 38, 39, 40, 41, 43, 44, 73, 74:  // attribute and tag syntax
            return "a tag or an attribute is not written correctly"
        default: return "the syntax is broken"
        }
    }

    private final class Delegate<Handler: XMLPartHandler>: NSObject, XMLParserDelegate {
        let handler: Handler
        unowned let parser: XMLParser
        var handlerError: SpreadsheetError?
        var line = 0

        init(handler: Handler, parser: XMLParser) {
            self.handler = handler
            self.parser = parser
        }

        private func local(_ name: String) -> Substring {
            guard let colon = name.lastIndex(of: ":") else { return name[...] }
            return name[name.index(after: colon)...]
        }

        private func run(_ body: () throws -> Void) {
            guard handlerError == nil else { return }
            do {
                try body()
            } catch let error as SpreadsheetError {
                handlerError = error
                line = parser.lineNumber
                parser.abortParsing()
            } catch {
                handlerError = SpreadsheetError(message: "\(error)")
                line = parser.lineNumber
                parser.abortParsing()
            }
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            run { try handler.start(local(elementName), attributes: attributes) }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            run { try handler.end(local(elementName)) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard handlerError == nil else { return }
            handler.characters(string)
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            guard handlerError == nil else { return }
            handler.characters(String(decoding: block, as: UTF8.self))
        }
    }
}

extension Dictionary where Key == String, Value == String {
    /// The value of the attribute whose local name is `name`, with or without a prefix
    /// (`r:id` and `id` both answer to `id`); an unprefixed attribute wins.
    func attribute(_ name: String) -> String? {
        if let value = self[name] { return value }
        for (key, value) in self where key.hasSuffix(":" + name) { return value }
        return nil
    }
}
