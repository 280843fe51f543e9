import Crypto
import Foundation
import HummingbirdBcrypt
import VerkostoSupport

/// Passwords of the platform's accounts: kept only as Bcrypt hashes (Provos and Mazières 1999)
/// of cost ``cost``, checked in constant time by Bcrypt itself.
public enum Passwords {
    /// Bcrypt's cost: 2¹² rounds, a quarter of a second or so per check on a server.
    public static let cost: UInt8 = 12
    /// The shortest password accepted.
    public static let minimumLength = 12

    /// A Bcrypt hash of `password`, after checking it: at least ``minimumLength`` characters
    /// and at most 72 bytes (Bcrypt reads no further).
    /// - Throws: ``PasswordError`` naming what is wrong.
    /// - Complexity: 2^``cost`` Blowfish key schedules.
    public static func hash(_ password: String) throws -> String {
        guard password.count >= minimumLength else { throw PasswordError("a password needs at least \(minimumLength) characters") }
        guard password.utf8.count <= 72 else { throw PasswordError("a password may have at most 72 bytes") }
        return Bcrypt.hash(password, cost: cost)
    }

    /// Whether `password` matches `hash`; for a missing account, checks against a hash of a
    /// random password, so that the time taken does not tell whether the account exists.
    public static func verify(_ password: String, hash: String?) -> Bool {
        let matches = Bcrypt.verify(password, hash: hash ?? decoy)
        return hash != nil && matches
    }

    private static let decoy = Bcrypt.hash(Tokens.random(), cost: cost)
}

/// A password that is refused, with the reason.
public struct PasswordError: VerkostoError {
    public let description: String
    init(_ description: String) { self.description = description }
    public var kind: FailureKind { .failure }
}

/// Random tokens for session ids and CSRF, and their hashes.
enum Tokens {
    /// 32 random bytes from the system's CSPRNG, as 64 hex digits.
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// SHA-256 of `token`, as hex: what the database keeps of a session id.
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Whether two tokens are equal, in time that depends on their length only.
    static func equal(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in x.indices { difference |= x[i] ^ y[i] }
        return difference == 0
    }
}
