import VerkostoModel

/// Krackhardt's E-I index of one sector in the network graph.
public struct SectorEIIndex: Sendable, Hashable {
    /// The sector's id.
    public let sector: String
    /// External ties: ties with exactly one end in the sector.
    public let external: Int
    /// Internal ties: ties with both ends in the sector.
    public let internalTies: Int
    /// (E − I) / (E + I), from −1 (all ties inside the sector) to +1 (all ties cross its border);
    /// `nil` when the sector's networks have no tie.
    public var index: Double? {
        external + internalTies == 0 ? nil : Double(external - internalTies) / Double(external + internalTies)
    }
}

/// The E-I index (Krackhardt and Stern 1988) of every sector, over the ties of the network graph.
///
/// Definition: for sector *s*, E = ties with exactly one end in *s*, I = ties with both ends in *s*,
/// and EI(*s*) = (E − I) / (E + I). A sector with no tie has no index (`nil`).
///
/// This is a small stand-in: the lead will reconcile it with the E-I index (and its permutation
/// test) being added to `VerkostoGraph` on another branch. It counts ties, not weights, so it
/// agrees with ``SectorMixing/crossSectorShare``.
/// - Parameter mixing: the sector mixing matrix of a snapshot (``sectorMixing(_:)``).
/// - Returns: one entry per sector of the matrix, in its order.
/// - Complexity: O(*S*²) for *S* sectors.
public func sectorEIIndices(_ mixing: SectorMixing) -> [SectorEIIndex] {
    mixing.sectors.indices.map { i in
        var external = 0
        for j in mixing.sectors.indices where j != i { external += mixing.ties[i][j] }
        return SectorEIIndex(sector: mixing.sectors[i], external: external, internalTies: mixing.ties[i][i])
    }
}
