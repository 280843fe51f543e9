import Foundation
import Hummingbird
import VerkostoModel
import VerkostoSupport

/// The query parameters the pages and the API share, checked: a bad value is a 400 that names
/// the parameter and what it expects.
struct Parameters: Sendable {
    let query: [String: String]

    /// The longest value any parameter may have.
    static let maxLength = 200

    init(_ request: Request) throws {
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters {
            let (key, value) = (String(key), String(value))
            guard key.count <= 40, value.count <= Self.maxLength else {
                throw PlatformError.badRequest("query parameter too long")
            }
            guard query[key] == nil else { throw PlatformError.badRequest("\(key): given more than once") }
            query[key] = value
        }
        self.query = query
    }

    /// A day: `YYYY-MM-DD` or a year (31 December), as the CLI's `--at`; `nil` when absent.
    func day(_ name: String) throws -> Day? {
        guard let text = query[name], !text.isEmpty else { return nil }
        guard let day = Day(snapshot: text) else {
            throw PlatformError.badRequest("\(name): expected a day YYYY-MM-DD or a year, got '\(text)'")
        }
        return day
    }

    /// The snapshot day: `at`, or today.
    func snapshotDay() throws -> Day { try day("at") ?? .today }

    /// The language: `lang` when given, else the first of the client's `Accept-Language` that
    /// Verkosto speaks, else Finnish.
    func language(_ request: Request) throws -> Language {
        if let text = query["lang"], !text.isEmpty {
            guard let language = Language(rawValue: text) else {
                throw PlatformError.badRequest("lang: expected fi, sv or en, got '\(text)'")
            }
            return language
        }
        return Self.negotiate(request.headers[.acceptLanguage])
    }

    /// The language an `Accept-Language` header prefers (RFC 9110 §12.5.4): the highest `q` among
    /// fi, sv and en (a region such as `sv-FI` counts as its language), the header's order on a
    /// tie; Finnish when none is acceptable.
    /// - Complexity: O(*n*) in the header's length.
    static func negotiate(_ header: String?) -> Language {
        guard let header else { return .fi }
        var best: (language: Language, q: Double)?
        for item in header.split(separator: ",").prefix(32) {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased() else { continue }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            var q = 1.0
            for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
                q = Double(parameter.dropFirst(2)) ?? 0
            }
            guard let language = Language(rawValue: primary == "nb" || primary == "no" ? "" : primary), q > 0 else { continue }
            if best == nil || q > best!.q { best = (language, q) }
        }
        return best?.language ?? .fi
    }

    /// An optional text parameter of at most ``maxLength`` characters.
    func text(_ name: String) -> String? { query[name].flatMap { $0.isEmpty ? nil : $0 } }
}
