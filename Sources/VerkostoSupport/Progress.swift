/// Where long work (an import, a big analysis) says how far it has come. The work reports
/// phases and counts; the front end decides what to show (the CLI draws a one-line bar on a
/// terminal and nothing otherwise), so no library module writes to a terminal.
public protocol WorkProgress: Sendable {
    /// A new phase has started, such as "reading networks.csv" or "writing memberships".
    func begin(_ phase: String)
    /// `done` of `total` items of the current phase are finished.
    func advance(_ done: Int, of total: Int)
}

extension WorkProgress {
    public func advance(_ done: Int, of total: Int) {}
}

/// Reports nothing: for work whose caller shows no progress.
public struct SilentProgress: WorkProgress {
    public init() {}
    public func begin(_ phase: String) {}
}
