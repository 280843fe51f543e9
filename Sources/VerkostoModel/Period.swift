import VerkostoSupport

/// A closed interval of days, open-ended when `until` is `nil`.
///
/// The rule for boundaries: a record is active on day *d* when `since ≤ d ≤ until`.
/// A membership that ends on the snapshot day still counts on that day.
public struct Period: Hashable, Sendable {
    public var since: Day?
    public var until: Day?

    public init(since: Day?, until: Day?) {
        self.since = since
        self.until = until
    }

    /// Whether the period contains `day` (both ends inclusive; a missing end is unbounded).
    public func contains(_ day: Day) -> Bool {
        if let since, day < since { return false }
        if let until, until < day { return false }
        return true
    }

    /// Whether the period and the closed interval `from...to` share a day.
    public func overlaps(from: Day, to: Day) -> Bool {
        if let since, to < since { return false }
        if let until, until < from { return false }
        return true
    }
}
