import Foundation

/// Limits failed sign-ins: at most ``accountLimit`` failures per account name and
/// ``addressLimit`` per client address in any ``window``; beyond that, sign-in is refused
/// (429) until the window has passed, whether the password is right or not. Kept in memory: a
/// restart forgets it, which an attacker cannot cause from outside.
actor LoginThrottle {
    let accountLimit: Int
    let addressLimit: Int
    let window: TimeInterval
    private var failures: [String: [TimeInterval]] = [:]

    init(accountLimit: Int = 5, addressLimit: Int = 20, window: TimeInterval = 15 * 60) {
        self.accountLimit = accountLimit
        self.addressLimit = addressLimit
        self.window = window
    }

    private func recent(_ key: String, now: TimeInterval) -> Int {
        let kept = (failures[key] ?? []).filter { now - $0 < window }
        failures[key] = kept.isEmpty ? nil : kept
        return kept.count
    }

    /// Whether a sign-in as `account` from `address` may be tried now.
    func allows(account: String, address: String?, now: TimeInterval = Date().timeIntervalSince1970) -> Bool {
        if recent("account:" + account.lowercased(), now: now) >= accountLimit { return false }
        if let address, recent("address:" + address, now: now) >= addressLimit { return false }
        return true
    }

    /// Records a failed sign-in.
    func failed(account: String, address: String?, now: TimeInterval = Date().timeIntervalSince1970) {
        failures["account:" + account.lowercased(), default: []].append(now)
        if let address { failures["address:" + address, default: []].append(now) }
    }
}
