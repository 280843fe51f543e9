/// Every word and sentence Verkosto shows, once per language: the glossary that the CLI, the
/// maps and the report take their text from. ``Localisation`` picks the glossary of a language;
/// nothing else switches on the language.
///
/// One conforming type per language (``FinnishGlossary``, ``SwedishGlossary``,
/// ``EnglishGlossary``), each in its own file, so that the compiler checks that every term
/// exists in every language, and a language's grammar (number agreement, cases) lives with its
/// words. Sentences take their figures and names as parameters, already formatted by
/// ``Localisation`` (percentages, decimals, dates); names from the data come in the chosen
/// language. Values of the data's vocabularies (organisation kinds, municipality types, ...)
/// come as their keys in the data format (Data/FORMAT.md).
public protocol Glossary: Sendable {
    // MARK: Formats

    /// A whole percentage: the number and the sign, spaced as the language writes it.
    func percentText(_ whole: Int) -> String
    /// The decimal separator.
    var decimalSeparator: String { get }
    /// A calendar day as the language writes it in running text.
    func date(year: Int, month: Int, day: Int) -> String
    /// The word that joins the last two items of a list.
    var and: String { get }
    /// The separator of thousands in a whole number: a no-break space, or a comma.
    var thousandsSeparator: String { get }

    // MARK: Vocabulary of the data

    /// The name of an organisation kind (its `kind` value in the data), or the key itself when unknown.
    func organisationKind(_ key: String) -> String
    /// A municipality type (its `type` value) as a short label for legends and column headings.
    func municipalityTypeLabel(_ key: String) -> String
    /// The municipalities of a type, as a group in running text ("rural municipalities").
    func municipalityTypeGroup(_ key: String) -> String
    /// The municipalities of a language group (`fi`, `sv`, `bilingual`), in running text.
    func languageGroup(_ key: String) -> String
    /// A network's priority of a direction (1 main, 2 important, 3 supporting).
    func priority(_ priority: Int) -> String

    // MARK: Headline indicators

    /// The name of a headline indicator by its key, or `nil` for a key that takes a subject or is unknown.
    func indicator(_ key: String) -> String?
    /// The E-I index indicator of a sector.
    func eiIndexIndicator(_ sector: String) -> String
    /// The leadership coverage indicator of a municipality type (given as ``municipalityTypeGroup(_:)``).
    func coverageIndicator(_ typeGroup: String) -> String

    // MARK: Maps

    /// "EDUFI development networks"
    var overviewTitle: String { get }
    /// "(network): members and ties"
    func egoTitle(_ network: String) -> String
    /// "Networks and development directions"
    var directionsTitle: String { get }
    /// "Ties between sectors"
    var sectorsTitle: String { get }
    /// "Collaboration gaps and brokers"
    var gapsTitle: String { get }
    /// "Reach of the leadership networks by region"
    var coverageTitle: String { get }
    /// "Overlap between networks"
    var heatmapTitle: String { get }
    /// "(networks) networks, (organisations) member organisations"
    func counts(networks: Int, organisations: Int) -> String
    /// "Source: (text)"
    func source(_ text: String) -> String
    /// "weakest ties (below (minimum)) hidden"
    func hiddenEdges(below minimum: String) -> String
    /// "Legend"
    var legend: String { get }
    /// "Sector"
    var sector: String { get }
    /// "Member organisations"
    var members: String { get }
    /// "Networks"
    var networks: String { get }
    /// "Other networks"
    var otherNetworks: String { get }
    /// "Kind of organisation"
    var organisationKind: String { get }
    /// "Region"
    var region: String { get }
    /// "Network in focus"
    var focusNetwork: String { get }
    /// "Coordinator"
    var coordinator: String { get }
    /// "Membership"
    var membership: String { get }
    /// "Also a member of this network"
    var alsoMemberOf: String { get }
    /// "(count) shared"
    func sharedWith(_ count: Int) -> String
    /// "+ (count) more"
    func moreMembers(_ count: Int) -> String
    /// "Development direction"
    var direction: String { get }
    /// "(count) networks"
    func networkCount(_ count: Int) -> String
    /// "(count) internal ties"
    func internalTies(_ count: Int) -> String
    /// "Ties between networks"
    var tieCount: String { get }
    /// "Cross-sector ties (percent)"
    func crossSectorShare(_ percent: String) -> String
    /// "Networks in the sector"
    var networksInSector: String { get }
    /// "Same direction, no tie"
    var directionGap: String { get }
    /// "Ties rest on one organisation"
    var hangingNetwork: String { get }
    /// "Cut off if the broker leaves"
    var cutOffNetwork: String { get }
    /// "Broker organisation (only link)"
    var cutOrganisation: String { get }
    /// "Gaps and brokers"
    var gaps: String { get }
    /// "Share of municipalities reached"
    var reachedShare: String { get }
    /// "All municipalities"
    var allMunicipalities: String { get }
    /// "Whole country"
    var wholeCountry: String { get }
    /// "none"
    var noMunicipalities: String { get }
    /// "(networks) networks on (direction); a municipality is reached when a member organisatio…"
    func coverageSubtitle(networks: Int, direction: String) -> String
    /// "sorted by share, lowest first"
    var sortedByShare: String { get }
    /// "no tie"
    var noTie: String { get }
    /// "Changes"
    var changes: String { get }
    /// "New tie"
    var gainedTie: String { get }
    /// "Lost tie"
    var lostTie: String { get }
    /// "Kept tie"
    var keptTie: String { get }
    /// "New network"
    var newNetwork: String { get }
    /// "Ended network"
    var endedNetwork: String { get }
    /// "(gained) new and (lost) lost ties, (started) new and (ended) ended networks"
    func changeCounts(gained: Int, lost: Int, started: Int, ended: Int) -> String
    /// The day a map or report shows.
    func snapshot(_ date: String) -> String
    /// The edge scale when ties are collaborations only.
    var tieWeightCollaborations: String { get }
    /// The edge scale: shared members counted.
    var tieWeightSharedMembers: String { get }
    /// The edge scale: shared members and collaborations counted.
    var tieWeightMembersAndCollaborations: String { get }
    /// The edge scale: Jaccard overlap.
    var tieWeightJaccard: String { get }
    /// The edge scale: overlap of the smaller network.
    var tieWeightOverlap: String { get }
    /// The edge scale: Newman's collaboration weight.
    var tieWeightNewman: String { get }
    /// How many direction gaps the gaps map shows.
    func gapCount(_ shown: Int, of total: Int) -> String
    /// The heatmap's row order: by sector.
    var orderBySector: String { get }
    /// The heatmap's row order: by Louvain cluster.
    var orderByCluster: String { get }
    /// The title of the change map between two days.
    func changeMapTitle(from: String, to: String) -> String
    /// The gaps map's legend: a broker organisation ("Broker: links otherwise separate networks").
    var brokerOrganisation: String { get }
    /// The gaps map's legend: a broker's membership of a network.
    var brokerMembership: String { get }
    /// "5 brokers": how many broker organisations the gaps map draws.
    func brokerCount(_ count: Int) -> String
    /// "the 30 of 41 networks with most members": which networks a page's heatmap shows.
    func largestNetworks(_ shown: Int, of total: Int) -> String

    // MARK: Maps of Finland

    /// "Municipalities the networks reach"
    var coverageGeoTitle: String { get }
    /// "(network): where the members are"
    func membersGeoTitle(_ network: String) -> String
    /// The legend's title for the dots: "Municipality".
    var municipality: String { get }
    /// "Reached"
    var reached: String { get }
    /// "Not reached"
    var notReached: String { get }
    /// The legend's title for the dot sizes: "Inhabitants (area)".
    var inhabitants: String { get }
    /// The legend's title for the dot sizes on a network's map: "Member organisations in the municipality".
    var membersInMunicipality: String { get }
    /// "Municipality without members"
    var otherMunicipality: String { get }
    /// The projection, after the source line: "projection ETRS-TM35FIN".
    var projection: String { get }
    /// "181 of 308 municipalities reached (59%)", with the share already formatted.
    func reachedOf(_ reached: Int, of total: Int, share: String) -> String
    /// "3 municipalities without a location not shown"
    func withoutCentre(_ count: Int) -> String
    /// "152 member organisations in 87 municipalities"
    func membersIn(_ organisations: Int, places: Int) -> String
    /// The hover text of a municipality on the coverage map: its name, its population (the
    /// count, and as written), and how many member organisations reach it (0: not reached).
    func municipalityTooltip(_ name: String, population: Int, written: String, members: Int) -> String
    /// The hover text of a municipality on a network's map: "(name): 3 member organisations".
    func membersTooltip(_ name: String, members: Int) -> String
    /// "up to 4,684": the values drawn at the smallest dot size.
    func atMost(_ value: String) -> String

    // MARK: Trend chart

    /// "How the networks developed"
    var trendTitle: String { get }
    /// The trend chart's caption: "5 snapshots, 2022-12-31 to 2026-11-01" (days already
    /// written; `from` equals `to` for one snapshot).
    func snapshotRange(from: String, to: String, count: Int) -> String
    /// The x axis of a quarterly trend.
    var endOfQuarter: String { get }
    /// The x axis of a yearly trend.
    var endOfYear: String { get }
    /// The title of the shares panel.
    var sharesPanel: String { get }
    /// The y axis of the shares panel.
    var shareAxis: String { get }
    /// The title of the counts panel, with the label of its base snapshot.
    func countsPanel(base: String) -> String
    /// The y axis of the counts panel.
    var indexAxis: String { get }
    /// The title of the E-I panel.
    var eiIndexPanel: String { get }

    // MARK: Report

    /// "Network report"
    var reportTitle: String { get }
    /// "An overall picture of the development networks EDUFI leads: who takes part, how the net…"
    var reportLead: String { get }
    /// "Contents"
    var contents: String { get }
    /// "Key figures"
    var keyFigures: String { get }
    /// "networks"
    var figureNetworks: String { get }
    /// "member organisations"
    var figureOrganisations: String { get }
    /// "of (total) municipalities reached"
    func figureMunicipalities(of total: Int) -> String
    /// "of ties cross sectors"
    var figureCrossSector: String { get }
    /// "Answer"
    var answer: String { get }
    /// "Table"
    var tableBehind: String { get }
    /// "Click a column header to sort."
    var sortHint: String { get }
    /// "What networks are there, what do they aim at, and how do they work?"
    var questionNetworks: String { get }
    /// "How much do networks cooperate across sectors, and has it grown?"
    var questionCrossSector: String { get }
    /// "Which networks share a direction but have no shared members and no joint work?"
    var questionDirections: String { get }
    /// "Which regions and municipality types are not reached by any leadership network?"
    var questionCoverage: String { get }
    /// "Which networks and organisations are central, and which are brokers or single points of…"
    var questionCentral: String { get }
    /// "Gaps to act on"
    var gapsToAct: String { get }
    /// "Overlap between networks"
    var overlapHeading: String { get }
    /// "Trend"
    var trendHeading: String { get }
    /// "Interactive network map"
    var interactiveMap: String { get }
    /// "Hover over a network to see its details; click it to open its card. The search box and …"
    var mapHelp: String { get }
    /// "With the keyboard: Tab reaches the map, the arrow keys move between networks, …"
    var mapKeys: String { get }
    /// "Search networks"
    var search: String { get }
    /// "All sectors"
    var allSectors: String { get }
    /// "All directions"
    var allDirections: String { get }
    /// "Choose a network on the map or in the table."
    var cardHint: String { get }
    /// "Zoom in"
    var zoomIn: String { get }
    /// "Zoom out"
    var zoomOut: String { get }
    /// "Fit"
    var zoomFit: String { get }
    /// "Close"
    var close: String { get }
    /// "Network"
    var network: String { get }
    /// "Organisation"
    var organisation: String { get }
    /// "Goal"
    var goal: String { get }
    /// "Operating model"
    var operatingModel: String { get }
    /// "Coordinating unit"
    var unit: String { get }
    /// "Members by kind"
    var membersByKind: String { get }
    /// "Members by region"
    var membersByRegion: String { get }
    /// "Development directions"
    var directions: String { get }
    /// "Centrality (rank)"
    var ranks: String { get }
    /// "Gaps it is part of"
    var gapsOfNetwork: String { get }
    /// "none"
    var none: String { get }
    /// "Since"
    var since: String { get }
    /// "Main direction"
    var mainDirection: String { get }
    /// "Degree"
    var degree: String { get }
    /// "Betweenness"
    var betweenness: String { get }
    /// "Eigenvector"
    var eigenvector: String { get }
    /// "Rank"
    var rank: String { get }
    /// "Network A"
    var networkA: String { get }
    /// "Network B"
    var networkB: String { get }
    /// "Shared direction"
    var sharedDirection: String { get }
    /// "Municipalities"
    var municipalitiesColumn: String { get }
    /// "Reached"
    var reachedColumn: String { get }
    /// "Share"
    var shareColumn: String { get }
    /// "Ties to other sectors"
    var externalTies: String { get }
    /// "Ties within the sector"
    var internalTies: String { get }
    /// "E-I index"
    var eiIndexColumn: String { get }
    /// "Networks"
    var networksColumn: String { get }
    /// "Direction gaps"
    var directionGapsHeading: String { get }
    /// "Coverage gaps"
    var coverageGapsHeading: String { get }
    /// "Brokers and single points of failure"
    var brokersHeading: String { get }
    /// "Overloaded organisations"
    var overloadHeading: String { get }
    /// "Isolated networks"
    var isolatedHeading: String { get }
    /// "Members shared by two networks. A darker cell means more shared members."
    var overlapAnswerLabel: String { get }
    /// "Indicators at the end of each year (from)–(to); the last point is the report's day."
    func trendCaption(from: Int, to: Int) -> String
    /// "Note"
    var noticeLabel: String { get }
    /// "Print or save as PDF with the browser's print command."
    var printHint: String { get }
    /// "EDUFI leads (networks) active networks in (sectors) sectors, with (organisations) organ…"
    func answerNetworks(networks: Int, sectors: Int, organisations: Int, largest: String, largestMembers: Int, units: Int) -> String
    /// "The most central network is (network). (organisation) connects the most networks (it is…"
    func answerCentral(network: String, organisation: String, organisationNetworks: Int, singleLinks: Int) -> String

    // MARK: Report answers

    /// The change of a share in percentage points since a day.
    func changeSince(_ signedPoints: String, date: String) -> String
    /// The answer on cross-sector cooperation, and whether it grew in the year before.
    func answerCrossSector(share: String, ties: Int, cross: Int, previousShare: String?, previousDate: String, grew: Bool?) -> String
    /// The answer on direction gaps, with the largest as an example.
    func answerDirections(count: Int, example: String?) -> String
    /// The answer on the leadership networks' coverage.
    func answerCoverage(reached: Int, total: Int, types: String, unreached: Int, weakest: String?) -> String

    // MARK: Change (diff and trend)

    /// A network active on a compared day.
    var active: String { get }
    /// A network not active on a compared day.
    var inactive: String { get }
    /// An organisation that is a member on a compared day.
    var isMember: String { get }
    /// An organisation that is not a member on a compared day.
    var isNotMember: String { get }
    /// A membership that began because its network did.
    var networkStartedReason: String { get }
    /// A membership that ended because its network did.
    var networkEndedReason: String { get }
    /// Two networks tied on a compared day.
    var tied: String { get }
    /// Two networks not tied on a compared day.
    var untied: String { get }
    /// A tie that appeared.
    var tieGained: String { get }
    /// A tie that disappeared.
    var tieLost: String { get }
    /// A network that started.
    var networkStarted: String { get }
    /// A network that ended.
    var networkEnded: String { get }
    /// A network that started and ended between the days.
    var networkStartedAndEnded: String { get }
    /// An organisation that joined a network.
    var memberJoined: String { get }
    /// An organisation that left a network.
    var memberLeft: String { get }
    /// A membership that began and ended between the days.
    var memberJoinedAndLeft: String { get }
    /// A tie that crosses a sector boundary.
    var crossSectorReason: String { get }
    /// An empty section of changes.
    var noChanges: String { get }
    /// The heading of started and ended networks.
    var networksStartedAndEndedHeading: String { get }
    /// The heading of membership changes.
    var membershipsHeading: String { get }
    /// The heading of tie changes.
    var tiesHeading: String { get }
    /// The heading of the headline indicators.
    var indicatorsHeading: String { get }
    /// The heading of the summary.
    var summaryHeading: String { get }
    /// The column of indicator names in `trend`.
    var indicatorColumn: String { get }
    /// The column of ids in `diff`.
    var idColumn: String { get }
    /// The column of names in `diff`.
    var nameColumn: String { get }
    /// The column of the other party in `diff`.
    var otherColumn: String { get }
    /// The column of the other party's name in `diff`.
    var otherNameColumn: String { get }
    /// The column of the first day's state in `diff`.
    var beforeColumn: String { get }
    /// The column of the second day's state in `diff`.
    var afterColumn: String { get }
    /// The column of the change in `diff`.
    var changeColumn: String { get }
    /// The column of the reason in `diff`.
    var reasonColumn: String { get }
    /// Summary: rural municipalities gained but still lag.
    var ruralCaughtUp: String { get }
    /// Summary: rural municipalities still lag.
    var ruralLags: String { get }
    /// A change of a share in percentage points, with its sign.
    func percentagePoints(_ signed: String) -> String
    /// The title of `diff`.
    func changesTitle(from: String, to: String) -> String
    /// Ties gained and lost, in a heading.
    func tieCounts(gained: Int, lost: Int) -> String
    /// Why two networks are tied: shared members.
    func sharedMembersReason(_ count: Int) -> String
    /// Why two networks are tied: collaborations.
    func collaborationReason(_ count: Int) -> String
    /// Summary: active networks on the two days.
    func networksSummary(before: Int, after: Int, started: Int, ended: Int) -> String
    /// Summary: the networks that ended.
    func endedNetworks(_ names: String) -> String
    /// Summary: a new network that carries on an ended one's work.
    func succession(new: String, since: String, old: String, until: String) -> String
    /// Summary: the cross-sector share rose.
    func crossSectorShareRose(from: String, to: String) -> String
    /// Summary: the cross-sector share fell.
    func crossSectorShareFell(from: String, to: String) -> String
    /// Summary: the cross-sector share stayed.
    func crossSectorShareStayed(at share: String) -> String
    /// Summary: cross-sector ties on the two days, in brackets.
    func crossSectorTies(before: Int, after: Int) -> String
    /// Summary: leadership coverage by municipality type (each "a → b").
    func coverageSummary(rural: String, semiUrban: String, urban: String) -> String
    /// Summary: memberships that began and ended.
    func membershipsSummary(joined: Int, left: Int, leftWithNetwork: Int, brief: Int) -> String
    /// Summary: ties that appeared and disappeared.
    func tiesSummary(gained: Int, lost: Int) -> String
    /// Summary: direction gaps and isolated networks on the two days.
    func gapsSummary(directionGapsBefore: Int, directionGapsAfter: Int, isolatedBefore: Int, isolatedAfter: Int) -> String

    // MARK: Gap findings

    /// No direction gaps were found.
    var noDirectionGaps: String { get }
    /// Two networks share directions but neither members nor work; `bridges` names who could bridge them.
    func directionGap(_ a: String, _ b: String, directions: String, bridges: String?) -> String
    /// No network works on the direction whose coverage is asked.
    func noNetworkOnDirection(_ direction: String) -> String
    /// How many municipalities of a group (a region, a type, a language) the direction's networks reach.
    func coverageOfGroup(direction: String, group: String, isRegion: Bool, reached: Int, municipalities: Int, share: String) -> String
    /// The least reached municipality type's coverage over the best reached type's.
    func coverageEquality(_ ratio: String) -> String
    /// A municipality that no network on the direction reaches.
    func unreachedMunicipality(direction: String, municipality: String, region: String, type: String, population: Int) -> String
    /// No network is isolated.
    var noIsolatedNetworks: String { get }
    /// A network with no shared member and no collaboration.
    func isolatedNetwork(_ network: String) -> String
    /// No organisation is in more networks than the threshold.
    func noOverload(threshold: Int) -> String
    /// An organisation in many networks at once.
    func overloaded(_ organisation: String, networks: Int) -> String
    /// The rest of a shortened list of names (with its leading space).
    func andMore(_ count: Int) -> String
    /// An organisation whose removal cuts networks off.
    func onlyLink(_ organisation: String, cutOff networks: String) -> String
    /// A network tied to the others through one organisation only.
    func hangsOnOne(_ network: String, organisation: String) -> String
    /// An organisation with high betweenness and low constraint.
    func broker(_ organisation: String, betweenness: String, constraint: String) -> String
    /// No brokers were found.
    var noBrokers: String { get }
    /// The snapshot has no networks.
    var noNetworksThatDay: String { get }
    /// All sectors, as the subject of a finding.
    var allSectorsSubject: String { get }
    /// The whole field's cross-sector share and E-I index against chance.
    func wholeFieldEI(share: String, observed: String, expected: String) -> String
    /// The start of a sector's E-I finding; a verdict follows.
    func sectorEI(_ sector: String, index: String) -> String
    /// Verdict: the sector is a silo.
    func sectorIsSilo(p: String) -> String
    /// Verdict: fewer ties to other sectors than chance.
    func sectorFewerTies(p: String) -> String
    /// Verdict: more ties to other sectors than chance.
    func sectorReachesOut(p: String) -> String
    /// Verdict: not different from chance.
    var notDifferentFromChance: String { get }
    /// Two sectors whose networks have no tie at all.
    func unconnectedSectors(_ a: String, _ b: String) -> String
    /// Ties between networks of one sector.
    func tiesWithinSector(_ sector: String, ties: Int) -> String
    /// Ties between networks of two sectors.
    func tiesBetweenSectors(_ a: String, _ b: String, ties: Int) -> String
    /// Community detection needs two networks.
    var communitiesNeedTwoNetworks: String { get }
    /// The start of the communities finding; a verdict follows.
    func communitiesAgainstSectors(count: Int, nmi: String, ari: String) -> String
    /// Verdict: communities follow sectors.
    var communitiesFollowSectors: String { get }
    /// Verdict: communities partly follow sectors.
    var communitiesPartlyFollowSectors: String { get }
    /// Verdict: communities cut across sectors.
    var communitiesCrossSectors: String { get }
    /// A community: its size and its largest sector.
    func community(_ number: Int, networks: Int, inTopSector: Int, sector: String) -> String
}
