import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VerkostoModel
import VerkostoStore
@testable import VerkostoServer

/// A database imported from a data folder into a temporary file, and the platform's router on it.
struct PlatformFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `Tests/Fixtures/small` imported into a fresh database, once per test process.
    static let small: String = database(from: packageRoot.appendingPathComponent("Tests/Fixtures/small"))

    /// A fresh database with the folder's data; the file stays until the process ends.
    static func database(from folder: URL) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("verkosto-serve-\(UUID().uuidString).sqlite").path
        do {
            let store = try AtlasDatabase(path: path, create: true)
            try store.importData(from: folder, mode: .replace)
        } catch {
            fatalError("cannot import \(folder.path): \(error)")
        }
        return path
    }

    /// Access log lines, collected.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [String] = []
        func append(_ line: String) { lock.lock(); stored.append(line); lock.unlock() }
        var lines: [String] { lock.lock(); defer { lock.unlock() }; return stored }
    }

    /// Runs `test` against the platform on `database` through Hummingbird's router test framework.
    static func withPlatform<T: Sendable>(_ database: String = small, log: Log = Log(), anonymousViewers: Bool = true,
                                          _ test: @escaping @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        var configuration = PlatformConfiguration(databasePath: database, accessLog: { log.append($0) })
        configuration.anonymousViewers = anonymousViewers
        let application = Application(router: try Platform.router(configuration))
        return try await application.test(.router) { client in try await test(client) }
    }
}

extension TestResponse {
    var text: String { body.getString(at: body.readerIndex, length: body.readableBytes) ?? "" }
    func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) }
}
