import VerkostoGraph
import VerkostoModel

/// Krackhardt's E-I index of one sector in the network graph.
public struct SectorEIIndex: Sendable, Hashable, Codable {
    /// The sector's id.
    public let sector: String
    /// (E − I) / (E + I), from −1 (all ties inside the sector) to +1 (all ties cross its border);
    /// `nil` when the sector's networks have no tie.
    public let index: Double?
}

/// The E-I index (Krackhardt and Stern 1988) of every sector of a snapshot's network graph.
///
/// The group index of ``eiIndex(_:groups:weighted:)``, as UCINET reads it: for sector *s*, E counts
/// the ties of its networks that leave the sector and I the ties that stay inside, each internal
/// tie counted from both its ends. ``sectorSilos(_:permutations:seed:)`` reports the same values
/// with a permutation test.
/// - Parameter view: the network graph of a snapshot.
/// - Returns: one entry per sector of ``sectorMixing(_:)``, in its order.
/// - Complexity: O(*N* + *T*).
public func sectorEIIndices(_ view: NetworkGraphView) -> [SectorEIIndex] {
    let mixing = sectorMixing(view)
    let position = Dictionary(uniqueKeysWithValues: mixing.sectors.enumerated().map { ($1, Int32($0)) })
    let groups = view.atlas.networks.map { position[$0.sector]! }
    let result = eiIndex(view.labelled.graph.unweighted(), groups: groups)
    return mixing.sectors.indices.map {
        SectorEIIndex(sector: mixing.sectors[$0], index: result.groups[$0].isNaN ? nil : result.groups[$0])
    }
}
