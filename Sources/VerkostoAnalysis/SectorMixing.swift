import VerkostoModel

/// The ties between networks counted by the sectors of their two ends.
public struct SectorMixing: Sendable {
    /// Sector ids, in Atlas order, limited to sectors with at least one network.
    public let sectors: [String]
    /// `ties[i][j]`: ties between networks of sector i and of sector j (symmetric; the diagonal
    /// counts ties inside a sector).
    public let ties: [[Int]]
    /// Networks of each sector.
    public let networks: [Int]

    /// Ties that join two different sectors, over all ties.
    public var crossSectorShare: Double {
        var cross = 0, total = 0
        for i in sectors.indices {
            for j in i..<sectors.count {
                total += ties[i][j]
                if i != j { cross += ties[i][j] }
            }
        }
        return total == 0 ? 0 : Double(cross) / Double(total)
    }
}

/// The sector mixing matrix of the network graph: how many ties join each pair of sectors.
/// - Complexity: O(*N* + *T*).
public func sectorMixing(_ view: NetworkGraphView) -> SectorMixing {
    let atlas = view.atlas
    let used = Set(atlas.networks.map(\.sector))
    let sectors = atlas.sectors.map(\.id).filter { used.contains($0) }
        + used.subtracting(atlas.sectors.map(\.id)).sorted()
    let position = Dictionary(uniqueKeysWithValues: sectors.enumerated().map { ($1, $0) })
    var ties = [[Int]](repeating: [Int](repeating: 0, count: sectors.count), count: sectors.count)
    var networks = [Int](repeating: 0, count: sectors.count)
    for network in atlas.networks { networks[position[network.sector]!] += 1 }
    for tie in view.ties {
        let (i, j) = (position[atlas.networks[tie.a].sector]!, position[atlas.networks[tie.b].sector]!)
        ties[i][j] += 1
        if i != j { ties[j][i] += 1 }
    }
    return SectorMixing(sectors: sectors, ties: ties, networks: networks)
}
