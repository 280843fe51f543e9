import Dispatch
import Foundation
import VerkostoAnalysis
import VerkostoModel
import VerkostoRender
import VerkostoStore
import VerkostoSupport

/// The data the platform serves: the Atlas loaded from the database, and what is computed from
/// it (a ``Briefing`` per day, the report's parts per day and language, maps), kept in memory
/// until the data changes.
///
/// Before answering, ``current()`` compares SQLite's `data_version` with the one the Atlas was
/// loaded at: a CLI import while the server runs is seen at the next request, and every cached
/// answer of the older data is dropped. Concurrent requests for the same answer wait for one
/// computation, not one each.
actor PlatformData {
    /// The Atlas as loaded, and a number that grows with each reload (part of every cache key).
    struct Snapshot: Sendable {
        let atlas: Atlas
        let generation: Int
    }

    private let database: AtlasDatabase
    private var dataVersion: Int
    private var snapshot: Snapshot
    private let capacity: Int
    private var tasks: [String: Task<any Sendable, any Error>] = [:]
    /// Cache keys, least recently used first.
    private var order: [String] = []

    /// Opens the database (migrating an older schema) and loads its Atlas.
    /// - Throws: ``StoreError`` when the database is missing, damaged or locked.
    init(path: String, capacity: Int) throws {
        database = try AtlasDatabase(path: path)
        dataVersion = try database.dataVersion()
        snapshot = Snapshot(atlas: try database.load(), generation: 0)
        self.capacity = max(4, capacity)
    }

    /// The data as the database holds it now (reloaded when another process committed).
    /// - Complexity: O(1) when nothing changed; a full load otherwise.
    func current() throws -> Snapshot {
        let version = try database.dataVersion()
        if version != dataVersion {
            try reload(version: version)
        }
        return snapshot
    }

    /// Loads the Atlas again and drops every cached answer.
    private func reload(version: Int) throws {
        snapshot = Snapshot(atlas: try database.load(), generation: snapshot.generation + 1)
        dataVersion = version
        tasks.removeAll()
        order.removeAll()
    }

    /// The value of `key` on the data of `generation`: computed once by `make`, then kept until
    /// the data changes or ``capacity`` newer answers push it out. A failure is not kept.
    func memoised<T: Sendable>(_ key: String, generation: Int, _ make: @escaping @Sendable () async throws -> T) async throws -> T {
        let key = "\(generation)|\(key)"
        let task: Task<any Sendable, any Error>
        if let existing = tasks[key] {
            task = existing
            if let i = order.firstIndex(of: key) { order.remove(at: i) }
            order.append(key)
        } else {
            task = Task { try await make() }
            tasks[key] = task
            order.append(key)
            while order.count > capacity { tasks[order.removeFirst()] = nil }
        }
        do {
            guard let value = try await task.value as? T else { preconditionFailure("cache key '\(key)' holds another type") }
            return value
        } catch {
            if tasks[key].map({ $0 == task }) == true {
                tasks[key] = nil
                order.removeAll { $0 == key }
            }
            throw error
        }
    }

    /// The answers of `day` (one ``Briefing``, shared by every language).
    func briefing(_ snapshot: Snapshot, day: Day) async throws -> Briefing {
        try await memoised("briefing|\(day)", generation: snapshot.generation) {
            try await HeavyWork.run { try Briefing(snapshot.atlas, day: day) }
        }
    }

    /// The report of `day` in `language`, as parts the pages compose.
    func parts(_ snapshot: Snapshot, day: Day, language: Language) async throws -> ReportParts {
        let briefing = try await briefing(snapshot, day: day)
        return try await memoised("parts|\(day)|\(language.rawValue)", generation: snapshot.generation) {
            try await HeavyWork.run { try Report.parts(briefing, atlas: snapshot.atlas, language: language) }
        }
    }

    /// A map of the snapshot on `day`, as the CLI's `render` draws it.
    func map(_ snapshot: Snapshot, kind: MapKind, day: Day, network: String?, language: Language, format: MapFormat) async throws -> [UInt8] {
        try await memoised("map|\(kind.rawValue)|\(day)|\(network ?? "")|\(language.rawValue)|\(format.rawValue)",
                           generation: snapshot.generation) {
            try await HeavyWork.run {
                try DomainMap.render(kind, atlas: snapshot.atlas.at(day), network: network,
                                     options: MapOptions(language: language), format: format)
            }
        }
    }
}

extension PlatformData {
    // MARK: Accounts and sessions (the tables of migration `platform-accounts`)

    func account(named name: String) throws -> (account: Account, passwordHash: String)? { try database.account(named: name) }
    func accounts() throws -> [Account] { try database.accounts() }
    func session(idHash: String) throws -> StoredSession? { try database.session(idHash: idHash) }
    func touchSession(idHash: String, now: Double) throws { try database.touchSession(idHash: idHash, now: now) }
    func endSession(idHash: String) throws { try database.deleteSession(idHash: idHash) }

    /// Starts a session for `account`: a new random id (returned, for the cookie; the database
    /// keeps its hash) and a new CSRF token. Expired sessions of anyone are dropped on the way.
    func startSession(account: Account, idle: Double, lifetime: Double) throws -> String {
        let id = Tokens.random()
        let now = Date().timeIntervalSince1970
        try database.deleteExpiredSessions(idleBefore: now - idle, createdBefore: now - lifetime)
        try database.insertSession(idHash: Tokens.hash(id), account: account.id, csrfToken: Tokens.random(), now: now)
        return id
    }

    func addAccount(name: String, role: AccountRole, passwordHash: String, networks: [String], by admin: String) throws -> Account {
        let account = try database.addAccount(name: name, role: role, passwordHash: passwordHash, networks: networks)
        try database.appendAudit(account: admin, action: "user add",
                                 after: "{\"name\": \(JSONText.string(name)), \"role\": \"\(role.rawValue)\", \"networks\": [\(networks.map(JSONText.string).joined(separator: ", "))]}")
        return account
    }

    func removeAccount(name: String, by admin: String) throws {
        try database.removeAccount(name: name)
        try database.appendAudit(account: admin, action: "user remove", before: "{\"name\": \(JSONText.string(name))}")
    }

    func auditEntries() throws -> [AuditEntry] { try database.auditEntries() }
}

/// Runs CPU-bound work (analyses, Graphviz layouts) on one serial queue of its own, off Swift's
/// cooperative pool, so that a long layout never blocks the threads that serve other requests,
/// and at most one layout runs at a time (Graphviz is behind one process-wide lock anyway).
enum HeavyWork {
    private static let queue = DispatchQueue(label: "verkosto.serve.heavy-work", qos: .userInitiated)

    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }
}
