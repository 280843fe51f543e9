import VerkostoModel
import VerkostoSupport

/// The headline figures of one snapshot: what a manager follows from year to year.
///
/// Definitions (the same as `Data/tools/check_oph.py`):
/// - a **tie** joins two active networks that share at least one member organisation or have an
///   active collaboration (``NetworkGraphView`` with `.both`); it is **cross-sector** when the two
///   networks' sectors differ (`cross-sector` is a sector of its own);
/// - **coverage** of a municipality type is the share of its municipalities with at least one member
///   organisation of an active network on the `leadership` direction (any priority), see ``coverage(_:direction:)``;
/// - a **direction gap** is a pair of active networks that share a direction but are not tied;
/// - an **isolated network** is an active network with no tie.
public struct HeadlineIndicators: Sendable, Hashable, Codable {
    /// The snapshot day, or `nil` when computed on an Atlas that is not a snapshot.
    public let day: Day?
    public let networksActive: Int
    /// Organisations with at least one active membership.
    public let organisationsParticipating: Int
    /// Municipalities with at least one participating organisation (any network).
    public let municipalitiesReached: Int
    public let ties: Int
    public let crossSectorTies: Int
    /// The E-I index of every sector of the Atlas, in Atlas order (a sector without networks has
    /// zero ties and no index).
    public let eiIndex: [SectorEIIndex]
    /// Coverage by municipality type (urban, semi-urban, rural) of the leadership networks.
    public let leadershipCoverage: [CoverageGroup]
    public let directionGaps: Int
    public let isolatedNetworks: Int

    /// `crossSectorTies / ties`, 0 when there is no tie.
    public var crossSectorShare: Double { ties == 0 ? 0 : Double(crossSectorTies) / Double(ties) }

    /// The leadership coverage of one municipality type.
    public func coverage(_ type: MunicipalityType) -> CoverageGroup? {
        leadershipCoverage.first { $0.key == type.rawValue }
    }

    /// Computes the indicators of a snapshot.
    /// - Parameters:
    ///   - snapshot: an Atlas from ``Atlas/at(_:)`` (any Atlas works; all its rows count as active).
    ///   - leadershipDirection: the direction whose networks count for coverage.
    /// - Complexity: that of ``NetworkGraphView`` plus ``directionGaps(_:bridgeLimit:)``: O(Σ k² + *N*² *D*).
    public init(_ snapshot: Atlas, leadershipDirection: String = "leadership") {
        let view = NetworkGraphView(atlas: snapshot, ties: .both, weighting: .count)
        let mixing = sectorMixing(view)
        let computed = Dictionary(uniqueKeysWithValues: sectorEIIndices(view).map { ($0.sector, $0) })
        let participating = snapshot.participatingOrganisations
        day = snapshot.snapshot
        networksActive = snapshot.networks.count
        organisationsParticipating = participating.count
        municipalitiesReached = Set(participating.map(\.municipality)).count
        ties = view.ties.count
        crossSectorTies = view.ties.filter { snapshot.networks[$0.a].sector != snapshot.networks[$0.b].sector }.count
        eiIndex = snapshot.sectors.map { computed[$0.id] ?? SectorEIIndex(sector: $0.id, index: nil) }
            + mixing.sectors.filter { snapshot.index.sector[$0] == nil }.compactMap { computed[$0] }
        leadershipCoverage = VerkostoAnalysis.coverage(snapshot, direction: leadershipDirection).groups.filter { $0.dimension == .type }
        directionGaps = VerkostoAnalysis.directionGaps(view, bridgeLimit: 0).count
        isolatedNetworks = VerkostoAnalysis.isolatedNetworks(view).count
    }

    /// The indicators as a flat list with stable keys, in a fixed order: the form that
    /// ``AtlasDiff`` compares and a trend table prints.
    ///
    /// Keys: `networks`, `organisations`, `municipalities`, `ties`, `cross_sector_ties`,
    /// `cross_sector_share`, `ei_index` (one per sector, `subject` the sector id), `coverage`
    /// (one per municipality type, `subject` the type), `direction_gaps`, `isolated_networks`.
    public var indicators: [Indicator] {
        var list: [Indicator] = [
            Indicator(key: "networks", subject: nil, kind: .count, value: Double(networksActive)),
            Indicator(key: "organisations", subject: nil, kind: .count, value: Double(organisationsParticipating)),
            Indicator(key: "municipalities", subject: nil, kind: .count, value: Double(municipalitiesReached)),
            Indicator(key: "ties", subject: nil, kind: .count, value: Double(ties)),
            Indicator(key: "cross_sector_ties", subject: nil, kind: .count, value: Double(crossSectorTies)),
            Indicator(key: "cross_sector_share", subject: nil, kind: .share, value: ties == 0 ? nil : crossSectorShare),
        ]
        list += eiIndex.map { Indicator(key: "ei_index", subject: $0.sector, kind: .index, value: $0.index) }
        list += leadershipCoverage.map {
            Indicator(key: "coverage", subject: $0.key, kind: .share, value: $0.municipalities == 0 ? nil : $0.share)
        }
        list += [
            Indicator(key: "direction_gaps", subject: nil, kind: .count, value: Double(directionGaps)),
            Indicator(key: "isolated_networks", subject: nil, kind: .count, value: Double(isolatedNetworks)),
        ]
        return list
    }
}

/// One headline figure with a stable key: for example `coverage` of `rural`, a share.
public struct Indicator: Sendable, Hashable, Codable {
    /// How the value reads.
    public enum Kind: String, Sendable, Codable {
        /// A whole number of things.
        case count
        /// A proportion in [0, 1].
        case share
        /// An index in [−1, 1] (the E-I index).
        case index
    }
    public let key: String
    /// What the figure is about, for per-sector and per-type figures (a sector id, a municipality type).
    public let subject: String?
    public let kind: Kind
    /// `nil` when undefined (a share of nothing, the E-I index of a sector without ties).
    public let value: Double?

    /// `key` or `key:subject`: unique within a list of indicators.
    public var id: String { subject.map { "\(key):\($0)" } ?? key }
}

extension Indicator {
    /// The indicator's name for people, in `text`'s language: sector names from `atlas`.
    public func name(_ text: Localisation, atlas: Atlas) -> String {
        switch key {
        case "ei_index":
            return text.words.eiIndexIndicator(subject.map { atlas.sector($0)?.name.text(text.language) ?? $0 } ?? "")
        case "coverage":
            return text.words.coverageIndicator(text.words.municipalityTypeGroup(subject ?? ""))
        default:
            return text.words.indicator(key) ?? id
        }
    }
}
