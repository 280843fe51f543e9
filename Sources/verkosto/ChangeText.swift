import VerkostoAnalysis
import VerkostoModel
import VerkostoSupport

/// The text of `diff` and `trend`: the glossary's words put together with the figures.
struct ChangeText {
    let language: Language
    var localisation: Localisation { Localisation(language) }
    var words: any Glossary { localisation.words }

    /// A proportion as a whole percentage in the language ("27 %", "27%"), "–" when undefined.
    func percent(_ share: Double?) -> String {
        share.map(localisation.percent) ?? "–"
    }

    /// The name of a headline indicator.
    func indicator(_ indicator: Indicator, atlas: Atlas) -> String {
        indicator.name(localisation, atlas: atlas)
    }

    /// An indicator's value for people: shares as percentages, indices with two decimals, in
    /// the language's way of writing them.
    func value(_ indicator: Indicator) -> String {
        guard let value = indicator.value else { return "–" }
        switch indicator.kind {
        case .count: return String(Int(value.rounded()))
        case .share: return percent(value)
        case .index: return localisation.decimal(value)
        }
    }

    func networkChange(_ change: AtlasDiff.NetworkChange) -> String {
        switch change {
        case .started: return words.networkStarted
        case .ended: return words.networkEnded
        case .startedAndEnded: return words.networkStartedAndEnded
        }
    }

    func membershipChange(_ change: AtlasDiff.MembershipChange) -> String {
        switch change {
        case .joined: return words.memberJoined
        case .left: return words.memberLeft
        case .joinedAndLeft: return words.memberJoinedAndLeft
        }
    }

    /// Why a tie exists: shared members, collaborations, or both; and whether it crosses sectors.
    func tieReason(_ row: AtlasDiff.TieRow) -> String {
        var parts: [String] = []
        if row.sharedMembers > 0 { parts.append(words.sharedMembersReason(row.sharedMembers)) }
        if row.collaborations > 0 { parts.append(words.collaborationReason(row.collaborations)) }
        if row.crossSector { parts.append(words.crossSectorReason) }
        return parts.joined(separator: "; ")
    }

    /// The plain-language summary of a diff: a few sentences a manager can read.
    func summary(_ diff: AtlasDiff, atlas: Atlas) -> [(key: String, sentence: String)] {
        var lines: [(String, String)] = []
        let (before, after) = (diff.before, diff.after)
        let started = diff.networks.filter { $0.change != .ended }.count
        let ended = diff.networks.filter { $0.change != .started }
        var networks = words.networksSummary(before: before.networksActive, after: after.networksActive,
                                             started: started, ended: ended.count)
        if !ended.isEmpty, ended.count <= 3 {
            networks += " " + words.endedNetworks(ended.map { atlas.networks[$0.network].name.text(language) }.joined(separator: ", "))
        }
        lines.append(("networks", networks))
        for succession in diff.successions {
            let (old, new) = (atlas.networks[succession.ended], atlas.networks[succession.started])
            let (oldName, newName) = (old.name.text(language), new.name.text(language))
            let (until, since) = (old.period.until!.text(localisation), new.period.since!.text(localisation))
            lines.append(("succession", words.succession(new: newName, since: since, old: oldName, until: until)))
        }

        let (b, a) = (percent(before.crossSectorShare), percent(after.crossSectorShare))
        let (bp, ap) = (Int((before.crossSectorShare * 100).rounded()), Int((after.crossSectorShare * 100).rounded()))
        let counts = words.crossSectorTies(before: before.crossSectorTies, after: after.crossSectorTies)
        let share: String
        if ap > bp {
            share = words.crossSectorShareRose(from: b, to: a)
        } else if ap < bp {
            share = words.crossSectorShareFell(from: b, to: a)
        } else {
            share = words.crossSectorShareStayed(at: a)
        }
        lines.append(("cross_sector_share", share + " " + counts + "."))

        let types = [MunicipalityType.rural, .semiUrban, .urban]
        let parts = types.map { type -> String in
            let (x, y) = (before.coverage(type)?.share, after.coverage(type)?.share)
            return "\(percent(x)) → \(percent(y))"
        }
        lines.append(("coverage", words.coverageSummary(rural: parts[0], semiUrban: parts[1], urban: parts[2])))
        if let rural = after.coverage(.rural)?.share, let urban = after.coverage(.urban)?.share, rural < urban {
            let ruralBefore = before.coverage(.rural)?.share ?? 0
            lines.append(("coverage_gap", rural > ruralBefore ? words.ruralCaughtUp : words.ruralLags))
        }

        let joined = diff.memberships.filter { $0.change == .joined }.count
        let left = diff.memberships.filter { $0.change == .left }
        let leftWithNetwork = left.filter(\.withNetwork).count
        let brief = diff.memberships.filter { $0.change == .joinedAndLeft }.count
        lines.append(("memberships", words.membershipsSummary(joined: joined, left: left.count,
                                                               leftWithNetwork: leftWithNetwork, brief: brief)))

        let gained = diff.ties.filter(\.gained).count, lost = diff.ties.count - gained
        lines.append(("ties", words.tiesSummary(gained: gained, lost: lost)))
        lines.append(("gaps", words.gapsSummary(directionGapsBefore: before.directionGaps, directionGapsAfter: after.directionGaps,
                                                isolatedBefore: before.isolatedNetworks, isolatedAfter: after.isolatedNetworks)))
        return lines.map { (key: $0.0, sentence: $0.1) }
    }
}
