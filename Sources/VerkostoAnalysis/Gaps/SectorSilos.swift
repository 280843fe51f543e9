import VerkostoGraph
import VerkostoModel
import VerkostoSupport

/// How inward-looking each sector's networks are, with Krackhardt & Stern's E-I index and a
/// permutation test for each sector and for the whole field.
public struct SectorSilos: Sendable {
    /// One sector's E-I index and how it compares with chance.
    public struct Sector: Sendable, Hashable {
        /// Position in ``SectorMixing/sectors``.
        public let sector: Int
        /// (E − I) / (E + I) over the ties of the sector's networks; NaN when they have no tie.
        public let ei: Double
        /// Share of permutations whose E-I for this sector is at most the observed: small means
        /// more inward than chance (a silo).
        public let pInward: Double
        /// Share of permutations whose E-I for this sector is at least the observed: small means
        /// more outward than chance.
        public let pOutward: Double
    }

    public let mixing: SectorMixing
    public let sectors: [Sector]
    /// The whole field's E-I with UCINET's permutation test.
    public let whole: EIPermutationTest
    /// Pairs of sectors (positions in ``SectorMixing/sectors``) with no tie between their networks.
    public let unconnectedPairs: [(Int, Int)]
}

/// E-I indices of the sectors of the network graph, each tested against random relabelling.
///
/// The test keeps the graph and the number of networks per sector, shuffles the sector labels
/// over networks `permutations` times (seeded, Fisher–Yates), and counts for each sector how
/// often its permuted E-I is at most (inward) or at least (outward) the observed one; the
/// whole-graph test is ``eiPermutationTest(_:groups:permutations:seed:weighted:)``.
/// - Complexity: O(permutations × (*N* + *T*)).
public func sectorSilos(_ view: NetworkGraphView, permutations: Int = 1000, seed: UInt64 = 1) -> SectorSilos {
    let mixing = sectorMixing(view)
    let position = Dictionary(uniqueKeysWithValues: mixing.sectors.enumerated().map { ($1, Int32($0)) })
    let groups = view.atlas.networks.map { position[$0.sector]! }
    let graph = view.labelled.graph.unweighted()
    let observed = eiIndex(graph, groups: groups)
    var atMost = [Int](repeating: 0, count: mixing.sectors.count)
    var atLeast = [Int](repeating: 0, count: mixing.sectors.count)
    var rng = SplitMix64(seed: seed)
    var shuffled = groups
    for _ in 0..<permutations {
        rng.shuffle(&shuffled)
        let permuted = eiIndex(graph, groups: shuffled)
        for s in mixing.sectors.indices where !observed.groups[s].isNaN && !permuted.groups[s].isNaN {
            if permuted.groups[s] <= observed.groups[s] + 1e-12 { atMost[s] += 1 }
            if permuted.groups[s] >= observed.groups[s] - 1e-12 { atLeast[s] += 1 }
        }
    }
    let count = Double(max(permutations, 1))
    let sectors = mixing.sectors.indices.map {
        SectorSilos.Sector(sector: $0, ei: observed.groups[$0], pInward: Double(atMost[$0]) / count,
                           pOutward: Double(atLeast[$0]) / count)
    }
    var unconnected: [(Int, Int)] = []
    for i in mixing.sectors.indices {
        for j in (i + 1)..<mixing.sectors.count where mixing.ties[i][j] == 0 { unconnected.append((i, j)) }
    }
    let whole = eiPermutationTest(graph, groups: groups, permutations: permutations, seed: seed)
    return SectorSilos(mixing: mixing, sectors: sectors, whole: whole, unconnectedPairs: unconnected)
}

/// Communities of the network graph set against the networks' sectors.
public struct CommunitiesAndSectors: Sendable {
    public let partition: Partition
    /// Normalised mutual information between communities and sectors (arithmetic mean).
    public let nmi: Double
    /// Adjusted Rand index between communities and sectors.
    public let ari: Double
    /// For each community, its networks' positions in the Atlas.
    public let members: [[Int]]
}

/// Louvain communities of the network graph (shared members weighed by count, collaborations
/// included), compared with sectors by NMI and ARI: values near 1 mean communities are sector
/// silos, values near 0 that communities cut across sectors.
/// - Complexity: that of ``louvain(_:resolution:seed:refine:)`` plus O(*N* log *N*).
public func communitiesAndSectors(_ view: NetworkGraphView, seed: UInt64 = 1, resolution: Double = 1) -> CommunitiesAndSectors {
    let partition = louvain(view.labelled.graph, resolution: resolution, seed: seed)
    let sectorIds = view.atlas.sectors.map(\.id) + view.atlas.networks.map(\.sector)
    var code: [String: Int32] = [:]
    for id in sectorIds where code[id] == nil { code[id] = Int32(code.count) }
    let sectors = view.atlas.networks.map { code[$0.sector]! }
    var members = [[Int]](repeating: [], count: partition.count)
    for (network, community) in partition.membership.enumerated() { members[Int(community)].append(network) }
    return CommunitiesAndSectors(partition: partition, nmi: normalizedMutualInformation(partition.membership, sectors),
                                 ari: adjustedRandIndex(partition.membership, sectors), members: members)
}
