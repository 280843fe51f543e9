import VerkostoModel
import VerkostoSupport

/// What changed between two snapshot days: networks, memberships, ties and headline indicators.
public struct AtlasDiff: Sendable {
    /// How a network's activity changed between the two days.
    public enum NetworkChange: String, Sendable, CaseIterable, Codable {
        /// Not active on `from`, active on `to`.
        case started
        /// Active on `from`, not active on `to`.
        case ended
        /// Active on neither day, but active on some day between them.
        case startedAndEnded = "started-and-ended"
    }

    /// How an organisation's membership in a network changed between the two days.
    public enum MembershipChange: String, Sendable, CaseIterable, Codable {
        /// Not a member on `from`, a member on `to`.
        case joined
        /// A member on `from`, not on `to`.
        case left
        /// A membership that starts and ends inside the interval: a member on some days between
        /// `from` and `to`, but on neither of them.
        case joinedAndLeft = "joined-and-left"
    }

    public struct NetworkRow: Sendable, Hashable {
        /// Position in the full Atlas.
        public let network: Int
        public let change: NetworkChange
    }

    public struct MembershipRow: Sendable, Hashable {
        /// Positions in the full Atlas.
        public let organisation: Int
        public let network: Int
        public let change: MembershipChange
        /// The first and last day of the membership inside `from...to` (several membership rows of
        /// the pair that overlap or touch count as one).
        public let since: Day
        public let until: Day
        /// Whether the change follows from the network's own start or end (the organisation
        /// joined with the network's start, or left because the network ended).
        public let withNetwork: Bool
    }

    /// A tie that exists on one of the two days only.
    public struct TieRow: Sendable, Hashable {
        /// Positions in the full Atlas, `a < b`.
        public let a: Int
        public let b: Int
        /// `true`: tied on `to` but not on `from`; `false`: tied on `from` but not on `to`.
        public let gained: Bool
        /// Shared members and active collaborations on the day the tie exists.
        public let sharedMembers: Int
        public let collaborations: Int
        /// Whether the two networks' sectors differ.
        public let crossSector: Bool
    }

    /// A network that started after another ended, in the same sector with the same main
    /// direction: read as carrying on its work.
    public struct Succession: Sendable, Hashable {
        /// Positions in the full Atlas.
        public let ended: Int
        public let started: Int
    }

    public let from: Day
    public let to: Day
    /// Networks, in Atlas order.
    public let networks: [NetworkRow]
    /// Membership changes, by network (Atlas order), then organisation (Atlas order), then date.
    public let memberships: [MembershipRow]
    /// Ties gained, then ties lost, each by `a`, then `b`.
    public let ties: [TieRow]
    public let before: HeadlineIndicators
    public let after: HeadlineIndicators
    /// Ended networks and the started networks that carry on their work (see ``Succession``), by
    /// the ended network's position, then the started one's.
    public let successions: [Succession]
}

/// The changes between the snapshots on `from` and `to`.
///
/// Rules:
/// - A row is active on day *d* when `since ≤ d ≤ until` (both ends count), and a membership only
///   while its network is active too, as in ``Atlas/at(_:)``.
/// - Networks and memberships are compared on every day of `from...to`, so a membership that starts
///   and ends inside the interval is reported (as ``AtlasDiff/MembershipChange/joinedAndLeft``).
/// - A succession pairs a network that ended in the interval with one that started in it after
///   the first ended, of the same sector and with the same main (priority 1) direction.
///   For each organisation and network, the days of membership inside `from...to` form runs
///   (membership rows that overlap or touch make one run); each run that starts after `from` or
///   ends before `to` is one row. An organisation that left and came back gives a `left` row and a
///   `joined` row.
/// - Ties and indicators are compared between the two snapshots only.
///
/// - Parameters:
///   - atlas: the full Atlas (not a snapshot).
///   - from: the first day; must not be after `to`.
///   - to: the last day.
/// - Complexity: O(*M* log *M*) for memberships, plus two ``HeadlineIndicators``.
public func diff(_ atlas: Atlas, from: Day, to: Day) -> AtlasDiff {
    precondition(from <= to, "diff: from must not be after to")
    let before = atlas.at(from), after = atlas.at(to)

    // Networks.
    var networkRows: [AtlasDiff.NetworkRow] = []
    for (position, network) in atlas.networks.enumerated() {
        let (atFrom, atTo) = (network.period.contains(from), network.period.contains(to))
        if !atFrom && atTo {
            networkRows.append(.init(network: position, change: .started))
        } else if atFrom && !atTo {
            networkRows.append(.init(network: position, change: .ended))
        } else if !atFrom && !atTo && network.period.overlaps(from: from, to: to) {
            networkRows.append(.init(network: position, change: .startedAndEnded))
        }
    }

    // Memberships: for each (network, organisation) pair, the days of [from, to] on which it is active.
    var membershipRows: [AtlasDiff.MembershipRow] = []
    let low = from.ordinal, high = to.ordinal
    for (n, network) in atlas.networks.enumerated() {
        var spans: [Int: [(Int, Int)]] = [:]
        for position in atlas.index.membershipsOfNetwork[n] {
            let membership = atlas.memberships[position]
            guard let o = atlas.index.organisation[membership.organisation] else { continue }
            let start = max(low, membership.period.since?.ordinal ?? Int.min, network.period.since?.ordinal ?? Int.min)
            let end = min(high, membership.period.until?.ordinal ?? Int.max, network.period.until?.ordinal ?? Int.max)
            if start <= end { spans[o, default: []].append((start, end)) }
        }
        let networkStarts = network.period.since.map { $0.ordinal > low } ?? false
        let networkEnds = network.period.until.map { $0.ordinal < high } ?? false
        for o in spans.keys.sorted() {
            // Merge overlapping or adjacent spans.
            var merged: [(Int, Int)] = []
            for span in spans[o]!.sorted(by: { $0.0 < $1.0 }) {
                if let last = merged.last, span.0 <= last.1 + 1 {
                    merged[merged.count - 1].1 = max(last.1, span.1)
                } else {
                    merged.append(span)
                }
            }
            for (start, end) in merged {
                let change: AtlasDiff.MembershipChange
                switch (start == low, end == high) {
                case (true, true): continue
                case (false, true): change = .joined
                case (true, false): change = .left
                case (false, false): change = .joinedAndLeft
                }
                let withNetwork = change == .joined
                    ? networkStarts && start == network.period.since!.ordinal
                    : networkEnds && end == network.period.until!.ordinal
                membershipRows.append(.init(organisation: o, network: n, change: change, since: Day(ordinal: start),
                                            until: Day(ordinal: end), withNetwork: withNetwork))
            }
        }
    }

    // Ties, between the two snapshots, by network id.
    let viewBefore = NetworkGraphView(atlas: before), viewAfter = NetworkGraphView(atlas: after)
    func keyed(_ view: NetworkGraphView) -> [String: (Int, Int, NetworkTie)] {
        var result: [String: (Int, Int, NetworkTie)] = [:]
        for tie in view.ties {
            let (idA, idB) = (view.atlas.networks[tie.a].id, view.atlas.networks[tie.b].id)
            guard let a = atlas.index.network[idA], let b = atlas.index.network[idB] else { continue }
            result["\(min(a, b)) \(max(a, b))"] = (min(a, b), max(a, b), tie)
        }
        return result
    }
    let tiesBefore = keyed(viewBefore), tiesAfter = keyed(viewAfter)
    var tieRows: [AtlasDiff.TieRow] = []
    for (gained, mine, other) in [(true, tiesAfter, tiesBefore), (false, tiesBefore, tiesAfter)] {
        var rows: [AtlasDiff.TieRow] = []
        for (key, (a, b, tie)) in mine where other[key] == nil {
            rows.append(.init(a: a, b: b, gained: gained, sharedMembers: tie.sharedMembers,
                              collaborations: tie.collaborations,
                              crossSector: atlas.networks[a].sector != atlas.networks[b].sector))
        }
        tieRows += rows.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }

    // Successions: same sector, same main direction, the new one starting after the old one ended.
    func mainDirections(_ position: Int) -> Set<String> {
        Set(atlas.index.directionsOfNetwork[position].map { atlas.networkDirections[$0] }.filter { $0.priority == 1 }.map(\.direction))
    }
    var successions: [AtlasDiff.Succession] = []
    for old in networkRows where old.change != .started {
        let ended = atlas.networks[old.network]
        guard let until = ended.period.until else { continue }
        for new in networkRows where new.change != .ended && new.network != old.network {
            let started = atlas.networks[new.network]
            guard let since = started.period.since, until < since, started.sector == ended.sector,
                  !mainDirections(old.network).isDisjoint(with: mainDirections(new.network)) else { continue }
            successions.append(.init(ended: old.network, started: new.network))
        }
    }

    return AtlasDiff(from: from, to: to, networks: networkRows,
                     memberships: membershipRows,
                     ties: tieRows, before: HeadlineIndicators(before), after: HeadlineIndicators(after),
                     successions: successions)
}
