/// The words of Verkosto in English (`en`): see ``Glossary`` for what each term is.
public struct EnglishGlossary: Glossary {
    public init() {}

    // MARK: Formats

    public func percentText(_ whole: Int) -> String { "\(whole)%" }
    public var decimalSeparator: String { "." }
    public func date(year: Int, month: Int, day: Int) -> String { ISODate.text(year: year, month: month, day: day) }
    public var and: String { "and" }
    public var thousandsSeparator: String { "," }

    // MARK: Vocabulary of the data

    public func organisationKind(_ key: String) -> String {
        switch key {
        case "municipality": return "Municipality as provider"
        case "school": return "School"
        case "ecec-unit": return "ECEC unit"
        case "upper-secondary": return "Upper secondary school"
        case "vocational": return "Vocational institution"
        case "higher-education": return "Higher education institution"
        case "adult-education": return "Liberal adult education institution"
        case "arts-school": return "Arts school"
        case "association": return "Association or foundation"
        case "regional-body": return "Regional body"
        default: return key
        }
    }
    public func municipalityTypeLabel(_ key: String) -> String {
        switch key {
        case "urban": return "Urban"
        case "semi-urban": return "Semi-urban"
        case "rural": return "Rural"
        default: return key
        }
    }
    public func municipalityTypeGroup(_ key: String) -> String {
        switch key {
        case "urban": return "urban municipalities"
        case "semi-urban": return "semi-urban municipalities"
        case "rural": return "rural municipalities"
        default: return key
        }
    }
    public func languageGroup(_ key: String) -> String {
        switch key {
        case "fi": return "Finnish-speaking municipalities"
        case "sv": return "Swedish-speaking municipalities"
        case "bilingual": return "bilingual municipalities"
        default: return key
        }
    }
    public func priority(_ priority: Int) -> String {
        switch priority {
        case ...1: return "Main direction"
        case 2: return "Important direction"
        default: return "Supporting direction"
        }
    }

    // MARK: Headline indicators

    public func indicator(_ key: String) -> String? {
        switch key {
        case "networks": return "Active networks"
        case "organisations": return "Participating organisations"
        case "municipalities": return "Municipalities reached"
        case "ties": return "Ties between networks"
        case "cross_sector_ties": return "Cross-sector ties"
        case "cross_sector_share": return "Share of cross-sector ties"
        case "direction_gaps": return "Direction gaps (same direction, no tie)"
        case "isolated_networks": return "Isolated networks"
        default: return nil
        }
    }
    public func eiIndexIndicator(_ sector: String) -> String { "E-I index: \(sector)" }
    public func coverageIndicator(_ typeGroup: String) -> String { "Leadership coverage: \(typeGroup)" }

    // MARK: Maps

    public var overviewTitle: String { "EDUFI development networks" }
    public func egoTitle(_ network: String) -> String { "\(network): members and ties" }
    public var directionsTitle: String { "Networks and development directions" }
    public var sectorsTitle: String { "Ties between sectors" }
    public var gapsTitle: String { "Collaboration gaps and brokers" }
    public var coverageTitle: String { "Reach of the leadership networks by region" }
    public var heatmapTitle: String { "Overlap between networks" }
    public func counts(networks: Int, organisations: Int) -> String {
        "\(networks) networks, \(organisations) member organisations"
    }
    public func source(_ text: String) -> String { "Source: \(text)" }
    public func hiddenEdges(below minimum: String) -> String { "weakest ties (below \(minimum)) hidden" }
    public var legend: String { "Legend" }
    public var sector: String { "Sector" }
    public var members: String { "Member organisations" }
    public var networks: String { "Networks" }
    public var otherNetworks: String { "Other networks" }
    public var organisationKind: String { "Kind of organisation" }
    public var region: String { "Region" }
    public var focusNetwork: String { "Network in focus" }
    public var coordinator: String { "Coordinator" }
    public var membership: String { "Membership" }
    public var alsoMemberOf: String { "Also a member of this network" }
    public func sharedWith(_ count: Int) -> String { "\(count) shared" }
    public func moreMembers(_ count: Int) -> String { "+ \(count) more" }
    public var direction: String { "Development direction" }
    public func networkCount(_ count: Int) -> String { "\(count) networks" }
    public func internalTies(_ count: Int) -> String { "\(count) internal ties" }
    public var tieCount: String { "Ties between networks" }
    public func crossSectorShare(_ percent: String) -> String { "Cross-sector ties \(percent)" }
    public var networksInSector: String { "Networks in the sector" }
    public var directionGap: String { "Same direction, no tie" }
    public var hangingNetwork: String { "Ties rest on one organisation" }
    public var cutOffNetwork: String { "Cut off if the broker leaves" }
    public var cutOrganisation: String { "Broker organisation (only link)" }
    public var gaps: String { "Gaps and brokers" }
    public var reachedShare: String { "Share of municipalities reached" }
    public var allMunicipalities: String { "All municipalities" }
    public var wholeCountry: String { "Whole country" }
    public var noMunicipalities: String { "none" }
    public func coverageSubtitle(networks: Int, direction: String) -> String {
        "\(networks) networks on \(direction); a municipality is reached when a member organisation is there"
    }
    public var sortedByShare: String { "sorted by share, lowest first" }
    public var noTie: String { "no tie" }
    public var changes: String { "Changes" }
    public var gainedTie: String { "New tie" }
    public var lostTie: String { "Lost tie" }
    public var keptTie: String { "Kept tie" }
    public var newNetwork: String { "New network" }
    public var endedNetwork: String { "Ended network" }
    public func changeCounts(gained: Int, lost: Int, started: Int, ended: Int) -> String {
        "\(gained) new and \(lost) lost ties, \(started) new and \(ended) ended networks"
    }
    public func snapshot(_ date: String) -> String { "As of \(date)" }
    public var tieWeightCollaborations: String { "Collaborations" }
    public var tieWeightSharedMembers: String { "Shared members" }
    public var tieWeightMembersAndCollaborations: String { "Shared members + collaborations" }
    public var tieWeightJaccard: String { "Overlap (Jaccard)" }
    public var tieWeightOverlap: String { "Overlap (of the smaller network)" }
    public var tieWeightNewman: String { "Collaboration weight (Newman)" }
    public func gapCount(_ shown: Int, of total: Int) -> String {
        shown == total ? "\(total) direction gaps" : "the \(shown) largest of \(total) direction gaps"
    }
    public var orderBySector: String { "order: sector" }
    public var orderByCluster: String { "order: cluster (Louvain)" }
    public func changeMapTitle(from: String, to: String) -> String { "Changes in the networks, \(from) to \(to)" }
    public var brokerOrganisation: String { "Broker: links otherwise separate networks" }
    public var brokerMembership: String { "Broker's membership" }
    public func brokerCount(_ count: Int) -> String { count == 1 ? "1 broker" : "\(count) brokers" }
    public func largestNetworks(_ shown: Int, of total: Int) -> String { "the \(shown) of \(total) networks with most members" }

    // MARK: Maps of Finland

    public var coverageGeoTitle: String { "Municipalities the networks reach" }
    public func membersGeoTitle(_ network: String) -> String { "\(network): where the members are" }
    public var municipality: String { "Municipality" }
    public var reached: String { "Reached" }
    public var notReached: String { "Not reached" }
    public var inhabitants: String { "Inhabitants (area)" }
    public var membersInMunicipality: String { "Member organisations in the municipality" }
    public var otherMunicipality: String { "Municipality without members" }
    public var projection: String { "projection ETRS-TM35FIN" }
    public func reachedOf(_ reached: Int, of total: Int, share: String) -> String {
        "\(reached) of \(total) \(total == 1 ? "municipality" : "municipalities") reached (\(share))"
    }
    public func withoutCentre(_ count: Int) -> String {
        count == 1 ? "1 municipality without a location not shown" : "\(count) municipalities without a location not shown"
    }
    public func membersIn(_ organisations: Int, places: Int) -> String {
        "\(organisations) member \(organisations == 1 ? "organisation" : "organisations") in \(places) \(places == 1 ? "municipality" : "municipalities")"
    }
    public func municipalityTooltip(_ name: String, population: Int, written: String, members: Int) -> String {
        let people = "\(written) \(population == 1 ? "inhabitant" : "inhabitants")"
        let reach = members == 0 ? "not reached"
            : "reached: \(members) member \(members == 1 ? "organisation" : "organisations")"
        return "\(name): \(people) · \(reach)"
    }
    public func membersTooltip(_ name: String, members: Int) -> String {
        "\(name): \(members) member \(members == 1 ? "organisation" : "organisations")"
    }
    public func atMost(_ value: String) -> String { "up to \(value)" }

    // MARK: Trend chart

    public var trendTitle: String { "How the networks developed" }
    public func snapshotRange(from: String, to: String, count: Int) -> String {
        let range = from == to ? from : "\(from) to \(to)"
        return count == 1 ? "1 snapshot, \(range)" : "\(count) snapshots, \(range)"
    }
    public var endOfQuarter: String { "end of quarter" }
    public var endOfYear: String { "end of year" }
    public var sharesPanel: String { "Shares" }
    public var shareAxis: String { "share (%)" }
    public func countsPanel(base: String) -> String { "Counts as an index (\(base) = 100)" }
    public var indexAxis: String { "index" }
    public var eiIndexPanel: String { "E-I index by sector" }

    // MARK: Report

    public var reportTitle: String { "Network report" }
    public var reportLead: String {
        "An overall picture of the development networks EDUFI leads: who takes part, how the networks work together and where the gaps are."
    }
    public var contents: String { "Contents" }
    public var keyFigures: String { "Key figures" }
    public var figureNetworks: String { "networks" }
    public var figureOrganisations: String { "member organisations" }
    public func figureMunicipalities(of total: Int) -> String { "of \(total) municipalities reached" }
    public var figureCrossSector: String { "of ties cross sectors" }
    public var answer: String { "Answer" }
    public var tableBehind: String { "Table" }
    public var sortHint: String { "Click a column header to sort." }
    public var questionNetworks: String { "What networks are there, what do they aim at, and how do they work?" }
    public var questionCrossSector: String { "How much do networks cooperate across sectors, and has it grown?" }
    public var questionDirections: String { "Which networks share a direction but have no shared members and no joint work?" }
    public var questionCoverage: String { "Which regions and municipality types are not reached by any leadership network?" }
    public var questionCentral: String {
        "Which networks and organisations are central, and which are brokers or single points of failure?"
    }
    public var gapsToAct: String { "Gaps to act on" }
    public var overlapHeading: String { "Overlap between networks" }
    public var trendHeading: String { "Trend" }
    public var interactiveMap: String { "Interactive network map" }
    public var mapHelp: String {
        "Hover over a network to see its details; click it to open its card. The search box and filters highlight networks."
    }
    public var mapKeys: String { "With the keyboard: Tab reaches the map, the arrow keys move between networks, Enter opens the card and Esc closes it." }
    public var search: String { "Search networks" }
    public var allSectors: String { "All sectors" }
    public var allDirections: String { "All directions" }
    public var cardHint: String { "Choose a network on the map or in the table." }
    public var zoomIn: String { "Zoom in" }
    public var zoomOut: String { "Zoom out" }
    public var zoomFit: String { "Fit" }
    public var close: String { "Close" }
    public var network: String { "Network" }
    public var organisation: String { "Organisation" }
    public var goal: String { "Goal" }
    public var operatingModel: String { "Operating model" }
    public var unit: String { "Coordinating unit" }
    public var membersByKind: String { "Members by kind" }
    public var membersByRegion: String { "Members by region" }
    public var directions: String { "Development directions" }
    public var ranks: String { "Centrality (rank)" }
    public var gapsOfNetwork: String { "Gaps it is part of" }
    public var none: String { "none" }
    public var since: String { "Since" }
    public var mainDirection: String { "Main direction" }
    public var degree: String { "Degree" }
    public var betweenness: String { "Betweenness" }
    public var eigenvector: String { "Eigenvector" }
    public var rank: String { "Rank" }
    public var networkA: String { "Network A" }
    public var networkB: String { "Network B" }
    public var sharedDirection: String { "Shared direction" }
    public var municipalitiesColumn: String { "Municipalities" }
    public var reachedColumn: String { "Reached" }
    public var shareColumn: String { "Share" }
    public var externalTies: String { "Ties to other sectors" }
    public var internalTies: String { "Ties within the sector" }
    public var eiIndexColumn: String { "E-I index" }
    public var networksColumn: String { "Networks" }
    public var directionGapsHeading: String { "Direction gaps" }
    public var coverageGapsHeading: String { "Coverage gaps" }
    public var brokersHeading: String { "Brokers and single points of failure" }
    public var overloadHeading: String { "Overloaded organisations" }
    public var isolatedHeading: String { "Isolated networks" }
    public var overlapAnswerLabel: String { "Members shared by two networks. A darker cell means more shared members." }
    public func trendCaption(from: Int, to: Int) -> String {
        "Indicators at the end of each year \(from)–\(to); the last point is the report's day."
    }
    public var noticeLabel: String { "Note" }
    public var printHint: String { "Print or save as PDF with the browser's print command." }
    public func answerNetworks(networks: Int, sectors: Int, organisations: Int, largest: String, largestMembers: Int, units: Int) -> String {
        "EDUFI leads \(networks) active networks in \(sectors) sectors, with \(organisations) organisations taking part. The largest is \(largest) (\(largestMembers) members). \(units) EDUFI units coordinate them."
    }
    public func answerCentral(network: String, organisation: String, organisationNetworks: Int, singleLinks: Int) -> String {
        "The most central network is \(network). \(organisation) connects the most networks (it is in \(organisationNetworks)). \(singleLinks) findings of brokers or ties that rest on a single organisation."
    }

    // MARK: Report answers

    public func changeSince(_ signedPoints: String, date: String) -> String { "\(signedPoints) points since \(date)" }
    public func answerCrossSector(share: String, ties: Int, cross: Int, previousShare: String?, previousDate: String, grew: Bool?) -> String {
        let first = "\(cross) of the \(ties) ties between networks (\(share)) cross sector lines."
        guard let previousShare, let grew else { return first }
        return first + " " + (grew ? "The share has grown: a year earlier (\(previousDate)) it was \(previousShare)."
            : "The share has not grown: a year earlier (\(previousDate)) it was \(previousShare).")
    }
    public func answerDirections(count: Int, example: String?) -> String {
        let first = "\(count) pairs of networks share a development direction but have no shared members and no joint work."
        guard let example else { return first }
        return first + " The largest gap: " + example
    }
    public func answerCoverage(reached: Int, total: Int, types: String, unreached: Int, weakest: String?) -> String {
        var text = "The leadership networks reach \(reached) of \(total) municipalities: \(types). \(unreached) municipalities are not reached at all."
        if let weakest { text += " The least reached region: \(weakest)." }
        return text
    }

    // MARK: Change (diff and trend)

    public var active: String { "active" }
    public var inactive: String { "not active" }
    public var isMember: String { "member" }
    public var isNotMember: String { "not a member" }
    public var networkStartedReason: String { "network started" }
    public var networkEndedReason: String { "network ended" }
    public var tied: String { "tied" }
    public var untied: String { "not tied" }
    public var tieGained: String { "gained" }
    public var tieLost: String { "lost" }
    public var networkStarted: String { "started" }
    public var networkEnded: String { "ended" }
    public var networkStartedAndEnded: String { "started and ended" }
    public var memberJoined: String { "joined" }
    public var memberLeft: String { "left" }
    public var memberJoinedAndLeft: String { "joined and left" }
    public var crossSectorReason: String { "cross-sector" }
    public var noChanges: String { "(no changes)" }
    public var networksStartedAndEndedHeading: String { "Networks started and ended" }
    public var membershipsHeading: String { "Memberships" }
    public var tiesHeading: String { "Ties between networks" }
    public var indicatorsHeading: String { "Headline indicators" }
    public var summaryHeading: String { "Summary" }
    public var indicatorColumn: String { "indicator" }
    public var idColumn: String { "id" }
    public var nameColumn: String { "name" }
    public var otherColumn: String { "other" }
    public var otherNameColumn: String { "other name" }
    public var beforeColumn: String { "before" }
    public var afterColumn: String { "after" }
    public var changeColumn: String { "change" }
    public var reasonColumn: String { "reason" }
    public var ruralCaughtUp: String { "Rural municipalities caught up in part but still lag behind urban ones." }
    public var ruralLags: String { "Rural municipalities still lag behind urban ones." }
    public func percentagePoints(_ signed: String) -> String { "\(signed) %-pts" }
    public func changesTitle(from: String, to: String) -> String { "Changes \(from) – \(to)" }
    public func tieCounts(gained: Int, lost: Int) -> String { "gained \(gained), lost \(lost)" }
    public func sharedMembersReason(_ count: Int) -> String { "shared members \(count)" }
    public func collaborationReason(_ count: Int) -> String { "collaboration \(count)" }
    public func networksSummary(before: Int, after: Int, started: Int, ended: Int) -> String {
        "Active networks went from \(before) to \(after): \(started) started and \(ended) ended."
    }
    public func endedNetworks(_ names: String) -> String { "Ended: \(names)." }
    public func succession(new: String, since: String, old: String, until: String) -> String {
        "\(new) (started \(since)) carries on the work of \(old), which ended \(until): same sector and main direction."
    }
    public func crossSectorShareRose(from: String, to: String) -> String {
        "The share of cross-sector ties rose from \(from) to \(to)"
    }
    public func crossSectorShareFell(from: String, to: String) -> String {
        "The share of cross-sector ties fell from \(from) to \(to)"
    }
    public func crossSectorShareStayed(at share: String) -> String { "The share of cross-sector ties stayed at \(share)" }
    public func crossSectorTies(before: Int, after: Int) -> String { "(\(before) → \(after) ties)" }
    public func coverageSummary(rural: String, semiUrban: String, urban: String) -> String {
        "Leadership networks reached \(rural) of rural municipalities, \(semiUrban) of semi-urban and \(urban) of urban ones."
    }
    public func membershipsSummary(joined: Int, left: Int, leftWithNetwork: Int, brief: Int) -> String {
        "\(joined) memberships began and \(left) ended (\(leftWithNetwork) with their network); another \(brief) began and ended within the period."
    }
    public func tiesSummary(gained: Int, lost: Int) -> String {
        "\(gained) ties between networks appeared and \(lost) disappeared."
    }
    public func gapsSummary(directionGapsBefore: Int, directionGapsAfter: Int, isolatedBefore: Int, isolatedAfter: Int) -> String {
        "Direction gaps (same direction, no tie): \(directionGapsBefore) → \(directionGapsAfter); isolated networks: \(isolatedBefore) → \(isolatedAfter)."
    }

    // MARK: Gap findings

    public var noDirectionGaps: String {
        "No direction gaps: every pair of networks on the same direction shares members or works together."
    }
    public func directionGap(_ a: String, _ b: String, directions: String, bridges: String?) -> String {
        "Networks \(a) and \(b) both work on \(directions), but they have no shared members and no joint activities"
            + (bridges.map { "; \($0) could bridge them." } ?? ".")
    }
    public func noNetworkOnDirection(_ direction: String) -> String {
        "No network works on \(direction), so there is no coverage to measure."
    }
    public func coverageOfGroup(direction: String, group: String, isRegion: Bool, reached: Int, municipalities: Int, share: String) -> String {
        "Networks on \(direction) reach \(reached) of \(municipalities) \(isRegion ? "municipalities in \(group)" : group) (\(share))."
    }
    public func coverageEquality(_ ratio: String) -> String {
        "The least reached type of municipality is covered \(ratio) times as well as the best reached."
    }
    public func unreachedMunicipality(direction: String, municipality: String, region: String, type: String, population: Int) -> String {
        "No network on \(direction) reaches \(municipality) (\(region), \(type), population \(population))."
    }
    public var noIsolatedNetworks: String {
        "No isolated networks: every network shares members or works with at least one other."
    }
    public func isolatedNetwork(_ network: String) -> String {
        "Network \(network) shares no members and no collaboration with any other network."
    }
    public func noOverload(threshold: Int) -> String { "No organisation takes part in more than \(threshold) networks." }
    public func overloaded(_ organisation: String, networks: Int) -> String {
        "\(organisation) takes part in \(networks) networks at once, which may be a burden."
    }
    public func andMore(_ count: Int) -> String { " and \(count) more" }
    public func onlyLink(_ organisation: String, cutOff networks: String) -> String {
        "\(organisation) is the only link: without it, \(networks) would lose touch with the other networks."
    }
    public func hangsOnOne(_ network: String, organisation: String) -> String {
        "Network \(network) is connected to other networks only through \(organisation)."
    }
    public func broker(_ organisation: String, betweenness: String, constraint: String) -> String {
        "\(organisation) brokers between otherwise separate networks (betweenness \(betweenness), constraint \(constraint))."
    }
    public var noBrokers: String { "No brokers found: no network depends on a single organisation." }
    public var noNetworksThatDay: String { "No networks on that day." }
    public var allSectorsSubject: String { "all sectors" }
    public func wholeFieldEI(share: String, observed: String, expected: String) -> String {
        "\(share) of the ties between networks cross a sector boundary; the E-I index is \(observed), against \(expected) expected by chance."
    }
    public func sectorEI(_ sector: String, index: String) -> String { "The E-I index of \(sector) is \(index): " }
    public func sectorIsSilo(p: String) -> String { "the sector is a silo: its networks mostly keep to themselves (p = \(p))." }
    public func sectorFewerTies(p: String) -> String {
        "its networks have fewer ties to other sectors than chance would give (p = \(p))."
    }
    public func sectorReachesOut(p: String) -> String {
        "its networks reach out to other sectors more than chance would give (p = \(p))."
    }
    public var notDifferentFromChance: String { "that is not different from chance." }
    public func unconnectedSectors(_ a: String, _ b: String) -> String {
        "Networks of \(a) and \(b) share no member and no collaboration at all."
    }
    public func tiesWithinSector(_ sector: String, ties: Int) -> String {
        "Within \(sector) there are \(ties) ties between networks."
    }
    public func tiesBetweenSectors(_ a: String, _ b: String, ties: Int) -> String {
        "There are \(ties) ties between networks of \(a) and \(b)."
    }
    public var communitiesNeedTwoNetworks: String { "Communities need at least two networks." }
    public func communitiesAgainstSectors(count: Int, nmi: String, ari: String) -> String {
        "The networks form \(count) communities; their match with sectors is NMI \(nmi), ARI \(ari): "
    }
    public var communitiesFollowSectors: String { "communities follow sector lines: the sectors are silos." }
    public var communitiesPartlyFollowSectors: String { "communities partly follow sector lines." }
    public var communitiesCrossSectors: String { "communities cut across sectors." }
    public func community(_ number: Int, networks: Int, inTopSector: Int, sector: String) -> String {
        networks == 1 ? "Community \(number) is a single network (\(sector))."
            : "Community \(number) has \(networks) networks, \(inTopSector) of them in \(sector)."
    }
}
