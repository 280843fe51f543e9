import Foundation
import HummingbirdTesting
import Testing
@testable import VerkostoServer

/// `/api/openapi.json` describes the API as it answers: every JSON response of every API route
/// is checked against the schema its operation names, by a small JSON Schema checker written
/// here (type, enum, required, properties, items, `$ref`), independent of the server's code.
@Suite("OpenAPI document")
struct OpenAPIDocumentTests {
    /// API requests and the document path (template) that describes each.
    static let requests: [(uri: String, path: String)] = [
        ("/api/networks?at=2024-06-01", "/api/networks"), ("/api/networks?at=1990", "/api/networks"),
        ("/api/networks/n-johtajuus?at=2024-06-01", "/api/networks/{id}"), ("/api/networks/nope", "/api/networks/{id}"),
        ("/api/gaps?at=2024-06-01", "/api/gaps"), ("/api/gaps?kind=sector,communities&lang=en", "/api/gaps"),
        ("/api/gaps?kind=bad", "/api/gaps"), ("/api/diff?from=2022&to=2026", "/api/diff"), ("/api/diff", "/api/diff"),
        ("/api/briefing?at=2024-06-01", "/api/briefing"), ("/api/briefing?at=oops", "/api/briefing"),
        ("/api/openapi.json", "/api/openapi.json"),
    ]

    struct Checker {
        let document: [String: Any]

        func resolve(_ schema: [String: Any]) -> [String: Any] {
            guard let ref = schema["$ref"] as? String else { return schema }
            var node: Any = document
            for key in ref.dropFirst(2).split(separator: "/") { node = (node as? [String: Any])?[String(key)] as Any }
            return resolve(node as? [String: Any] ?? [:])
        }

        func typeName(_ value: Any) -> String {
            switch value {
            case is NSNull: return "null"
            case let number as NSNumber:
                return number.doubleValue == number.doubleValue.rounded() ? "integer" : "number"
            case is String: return "string"
            case is [Any]: return "array"
            case is [String: Any]: return "object"
            default: return "unknown"
            }
        }

        /// The ways `value` breaks `schema`, with the place.
        func problems(_ value: Any, _ schema: [String: Any], at place: String) -> [String] {
            let schema = resolve(schema)
            var out: [String] = []
            if let type = schema["type"] {
                let allowed = (type as? [String]) ?? [type as? String ?? ""]
                let actual = typeName(value)
                if !(allowed.contains(actual) || (actual == "integer" && allowed.contains("number"))) {
                    return ["\(place): \(actual), expected \(allowed)"]
                }
            }
            if let options = schema["enum"] as? [String], let text = value as? String, !options.contains(text) {
                out.append("\(place): '\(text)' not in \(options)")
            }
            if let object = value as? [String: Any] {
                for key in schema["required"] as? [String] ?? [] where object[key] == nil { out.append("\(place): no '\(key)'") }
                for (key, sub) in schema["properties"] as? [String: [String: Any]] ?? [:] {
                    if let child = object[key] { out += problems(child, sub, at: "\(place).\(key)") }
                }
            }
            if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
                for (i, element) in array.enumerated() { out += problems(element, items, at: "\(place)[\(i)]") }
            }
            return out
        }
    }

    @Test func responsesMatchTheDocument() async throws {
        try await PlatformFixture.withPlatform { client in
            let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
            #expect(document["openapi"] as? String == "3.1.0")
            let checker = Checker(document: document)
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            for (uri, path) in Self.requests {
                let operation = try #require((paths[path]?["get"]) as? [String: Any], "\(path) in the document")
                try await client.execute(uri: uri, method: .get) { response in
                    let status = String(response.status.code)
                    let responses = operation["responses"] as? [String: Any] ?? [:]
                    guard var described = responses[status] as? [String: Any] else {
                        Issue.record("\(uri): status \(status) is not in the document for \(path)")
                        return
                    }
                    described = checker.resolve(described)
                    let content = described["content"] as? [String: [String: Any]] ?? [:]
                    let schema = try #require(content["application/json"]?["schema"] as? [String: Any], "\(uri): a JSON schema")
                    let problems = checker.problems(try response.json(), schema, at: uri)
                    #expect(problems.isEmpty, "\(problems.prefix(5))")
                }
            }
        }
    }

    /// Every API route of the router is in the document, and every path of the document is routed.
    @Test func documentCoversTheRouter() async throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let documented = Set((document["paths"] as? [String: Any] ?? [:]).keys)
        let router = try Platform.router(PlatformConfiguration(databasePath: PlatformFixture.small, accessLog: { _ in }))
        let routed = Set(router.routes.map { $0.path.description }.filter { $0.hasPrefix("/api/") || $0.hasPrefix("api/") }
            .map { $0.hasPrefix("/") ? $0 : "/" + $0 }
            .map { $0.replacingOccurrences(of: ":id", with: "{id}") })
        #expect(routed == documented)
    }
}
