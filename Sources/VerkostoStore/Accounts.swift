import Foundation
import GRDB
import VerkostoSupport

/// A platform account's role (`verkosto serve`): what it may do.
public enum AccountRole: String, CaseIterable, Sendable, Codable {
    /// Everything, including accounts and the audit log.
    case admin
    /// Reads, and edits the networks assigned to it.
    case coordinator
    /// Reads.
    case viewer
}

/// A platform account: a name, a role, the networks a coordinator may edit. No personal data
/// beyond the name the administrator chose; the password is kept only as a Bcrypt hash.
public struct Account: Sendable, Hashable {
    public let id: Int64
    public let name: String
    public let role: AccountRole
    /// The networks a coordinator may edit (empty for the other roles).
    public let networks: [String]
    public let created: String
}

/// A signed-in session as stored: the SHA-256 of its id (the id itself is only in the browser's
/// cookie), the account, its CSRF token, and when it began and was last used (Unix seconds).
public struct StoredSession: Sendable, Hashable {
    public let idHash: String
    public let account: Account
    public let csrfToken: String
    public let created: Double
    public let lastSeen: Double
}

/// One entry of the audit log: who changed what, when, and the values before and after (JSON).
public struct AuditEntry: Sendable, Hashable, Codable {
    public let id: Int64
    public let time: String
    public let account: String
    public let action: String
    public let network: String?
    public let before: String?
    public let after: String?
}

extension AtlasDatabase {
    /// Adds an account. The name is 1–64 letters, digits, `.`, `_`, `-` or `@`, unique regardless of case.
    /// - Parameters:
    ///   - passwordHash: a Bcrypt hash (the caller hashes; the store never sees a password).
    ///   - networks: the networks a coordinator may edit; each must exist.
    /// - Throws: ``StoreError`` `.badData` for a bad or taken name, an unknown network.
    @discardableResult
    public func addAccount(name: String, role: AccountRole, passwordHash: String, networks: [String] = []) throws -> Account {
        try Self.checkAccountName(name)
        return try write { db in
            if try Int.fetchOne(db, sql: "SELECT 1 FROM users WHERE name = ? COLLATE NOCASE", arguments: [name]) != nil {
                throw StoreError(.badData, "user '\(name)' exists already")
            }
            let now = Self.timestamp()
            try db.execute(sql: "INSERT INTO users(name, role, password_hash, created, password_changed) VALUES (?, ?, ?, ?, ?)",
                           arguments: [name, role.rawValue, passwordHash, now, now])
            let id = db.lastInsertedRowID
            try Self.assign(db, user: id, networks: networks)
            return try Self.account(db, id: id)!
        }
    }

    /// Every account, by name.
    public func accounts() throws -> [Account] {
        try read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM users ORDER BY name COLLATE NOCASE").compactMap { try Self.account(db, id: $0) }
        }
    }

    /// The account called `name` (any case) and its password hash, if there is one.
    public func account(named name: String) throws -> (account: Account, passwordHash: String)? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, password_hash FROM users WHERE name = ? COLLATE NOCASE",
                                             arguments: [name]),
                  let account = try Self.account(db, id: row["id"]) else { return nil }
            return (account, row["password_hash"])
        }
    }

    /// Replaces an account's password hash and ends all its sessions.
    /// - Throws: ``StoreError`` `.missingInput` when there is no such account.
    public func setPasswordHash(name: String, hash: String) throws {
        try write { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM users WHERE name = ? COLLATE NOCASE", arguments: [name]) else {
                throw StoreError(.missingInput, "no user '\(name)'")
            }
            try db.execute(sql: "UPDATE users SET password_hash = ?, password_changed = ? WHERE id = ?",
                           arguments: [hash, Self.timestamp(), id])
            try db.execute(sql: "DELETE FROM sessions WHERE user_id = ?", arguments: [id])
        }
    }

    /// Removes an account and its sessions (its audit entries stay, under its name).
    /// - Throws: ``StoreError`` `.missingInput` when there is no such account.
    public func removeAccount(name: String) throws {
        try write { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM users WHERE name = ? COLLATE NOCASE", arguments: [name]) else {
                throw StoreError(.missingInput, "no user '\(name)'")
            }
            try db.execute(sql: "DELETE FROM sessions WHERE user_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM user_networks WHERE user_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM users WHERE id = ?", arguments: [id])
        }
    }

    // MARK: Sessions

    /// Stores a new session for `account`.
    public func insertSession(idHash: String, account: Int64, csrfToken: String, now: Double) throws {
        try write { db in
            try db.execute(sql: "INSERT INTO sessions(id_hash, user_id, csrf_token, created, last_seen) VALUES (?, ?, ?, ?, ?)",
                           arguments: [idHash, account, csrfToken, now, now])
        }
    }

    /// The session whose id hashes to `idHash`, if it exists.
    public func session(idHash: String) throws -> StoredSession? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM sessions WHERE id_hash = ?", arguments: [idHash]),
                  let account = try Self.account(db, id: row["user_id"]) else { return nil }
            return StoredSession(idHash: idHash, account: account, csrfToken: row["csrf_token"], created: row["created"],
                                 lastSeen: row["last_seen"])
        }
    }

    /// Marks a session used at `now`.
    public func touchSession(idHash: String, now: Double) throws {
        try write { db in try db.execute(sql: "UPDATE sessions SET last_seen = ? WHERE id_hash = ?", arguments: [now, idHash]) }
    }

    /// Ends a session.
    public func deleteSession(idHash: String) throws {
        try write { db in try db.execute(sql: "DELETE FROM sessions WHERE id_hash = ?", arguments: [idHash]) }
    }

    /// Ends every session idle since before `idleBefore` or begun before `createdBefore`.
    public func deleteExpiredSessions(idleBefore: Double, createdBefore: Double) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM sessions WHERE last_seen < ? OR created < ?", arguments: [idleBefore, createdBefore])
        }
    }

    // MARK: Audit log

    /// Appends to the audit log inside the caller's transaction.
    public static func appendAudit(_ db: Database, account: String, action: String, network: String?, before: String?, after: String?) throws {
        try db.execute(sql: "INSERT INTO audit(time, account, action, network, before, after) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [timestamp(), account, action, network, before, after])
    }

    /// Appends to the audit log in a transaction of its own.
    public func appendAudit(account: String, action: String, network: String? = nil, before: String? = nil, after: String? = nil) throws {
        try write { db in try Self.appendAudit(db, account: account, action: action, network: network, before: before, after: after) }
    }

    /// The audit log, oldest first: entries on or after `since` (a day), about `network`.
    public func auditEntries(since: Day? = nil, network: String? = nil) throws -> [AuditEntry] {
        try read { db in
            var sql = "SELECT * FROM audit WHERE 1"
            var arguments: StatementArguments = []
            if let since { sql += " AND time >= ?"; arguments += [since.description] }
            if let network { sql += " AND network = ?"; arguments += [network] }
            return try Row.fetchAll(db, sql: sql + " ORDER BY id", arguments: arguments).map { row in
                AuditEntry(id: row["id"], time: row["time"], account: row["account"], action: row["action"], network: row["network"],
                           before: row["before"], after: row["after"])
            }
        }
    }

    // MARK: Helpers

    static func checkAccountName(_ name: String) throws {
        let allowed = name.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) || "._-@".unicodeScalars.contains($0)
        }
        guard (1...64).contains(name.count), allowed else {
            throw StoreError(.badData, "user name: 1 to 64 letters, digits, '.', '_', '-' or '@', got '\(name)'")
        }
    }

    static func assign(_ db: Database, user: Int64, networks: [String]) throws {
        try db.execute(sql: "DELETE FROM user_networks WHERE user_id = ?", arguments: [user])
        for network in Set(networks).sorted() {
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM networks WHERE id = ?", arguments: [network]) != nil else {
                throw StoreError(.badData, "unknown network '\(network)'")
            }
            try db.execute(sql: "INSERT INTO user_networks(user_id, network) VALUES (?, ?)", arguments: [user, network])
        }
    }

    static func account(_ db: Database, id: Int64) throws -> Account? {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, name, role, created FROM users WHERE id = ?", arguments: [id]),
              let role = AccountRole(rawValue: row["role"]) else { return nil }
        let networks = try String.fetchAll(db, sql: "SELECT network FROM user_networks WHERE user_id = ? ORDER BY network", arguments: [id])
        return Account(id: row["id"], name: row["name"], role: role, networks: networks, created: row["created"])
    }

    /// Now as an ISO 8601 UTC timestamp with seconds.
    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }

    func read<T>(_ work: (Database) throws -> T) throws -> T {
        do { return try queue.read(work) } catch let error as DatabaseError { throw Self.describe(error, path: path) }
    }

    func write<T>(_ work: (Database) throws -> T) throws -> T {
        do { return try queue.write(work) } catch let error as DatabaseError { throw Self.describe(error, path: path) }
    }
}
