import VerkostoModel

/// Two networks that share development directions but neither a member nor joint work.
public struct DirectionGap: Sendable, Hashable {
    /// Positions of the two networks in the Atlas.
    public let a: Int
    public let b: Int
    /// The shared directions' ids, by priority weight, highest first.
    public let sharedDirections: [String]
    /// Σ over shared directions of the smaller of the two priority weights (3 main, 2, 1).
    public let weight: Double
    /// Organisations best placed to bridge the two, best first (positions in the Atlas).
    public let bridgeCandidates: [Int]
}

/// Pairs of networks that work on the same development direction but have no shared member
/// organisation and no collaboration: the seed's "networks share a direction and learn from
/// each other", read as a gap list.
///
/// The weight of a pair is Σ over its shared directions of min(w(a), w(b)), with a priority's
/// weight 3 for a main direction, 2 for an important one and 1 for a supporting one
/// (``NetworkDirection/weight``). Pairs are ranked by weight, then by id.
///
/// Bridge candidates for a pair (A, B): organisations that are members of one of the two and
/// also of a network tied to the other (by shared members or collaboration). A candidate's
/// score is the number of such ties; the best `bridgeLimit` are kept.
///
/// - Parameters:
///   - view: the network graph of a snapshot, with ties `.both`.
///   - bridgeLimit: how many bridge candidates to keep per pair.
/// - Complexity: O(*N*² *D* + gaps × members × networks per member).
public func directionGaps(_ view: NetworkGraphView, bridgeLimit: Int = 3) -> [DirectionGap] {
    let atlas = view.atlas
    let n = atlas.networks.count
    var weightsOf = [[String: Double]](repeating: [:], count: n)
    for link in atlas.networkDirections {
        guard let position = atlas.index.network[link.network] else { continue }
        weightsOf[position][link.direction] = max(weightsOf[position][link.direction] ?? 0, link.weight)
    }
    var neighbours = [Set<Int>](repeating: [], count: n)
    for tie in view.ties { neighbours[tie.a].insert(tie.b); neighbours[tie.b].insert(tie.a) }
    // Distinct networks of each organisation and members of each network, from the two-mode
    // graph (deduplicated once there; a `contains` per membership is quadratic in a network's size).
    let twoMode = view.twoMode
    let atlasOrganisation = twoMode.organisationIds.map { atlas.index.organisation[$0]! }
    let atlasNetwork = twoMode.networkIds.map { atlas.index.network[$0]! }
    var networksOf = [[Int]](repeating: [], count: atlas.organisations.count)
    var membersOf = [[Int]](repeating: [], count: n)
    for u in 0..<twoMode.graph.leftCount {
        let o = atlasOrganisation[u]
        for r in twoMode.graph.neighbors(of: Int32(u), on: .left) {
            let v = atlasNetwork[Int(r)]
            networksOf[o].append(v)
            membersOf[v].append(o)
        }
    }

    var gaps: [DirectionGap] = []
    for a in 0..<n where !weightsOf[a].isEmpty {
        for b in (a + 1)..<n where !weightsOf[b].isEmpty && !neighbours[a].contains(b) {
            var shared: [(String, Double)] = []
            for (direction, wa) in weightsOf[a] {
                if let wb = weightsOf[b][direction] { shared.append((direction, min(wa, wb))) }
            }
            guard !shared.isEmpty else { continue }
            shared.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            var score: [Int: Int] = [:]
            for (home, other) in [(a, b), (b, a)] {
                for o in membersOf[home] {
                    let reach = networksOf[o].filter { $0 != home && neighbours[other].contains($0) }.count
                    if reach > 0 { score[o, default: 0] += reach }
                }
            }
            let candidates = score.sorted {
                $0.value != $1.value ? $0.value > $1.value : atlas.organisations[$0.key].id < atlas.organisations[$1.key].id
            }.prefix(bridgeLimit).map(\.key)
            gaps.append(DirectionGap(a: a, b: b, sharedDirections: shared.map(\.0), weight: shared.reduce(0) { $0 + $1.1 },
                                     bridgeCandidates: candidates))
        }
    }
    gaps.sort {
        $0.weight != $1.weight ? $0.weight > $1.weight
            : (atlas.networks[$0.a].id, atlas.networks[$0.b].id) < (atlas.networks[$1.a].id, atlas.networks[$1.b].id)
    }
    return gaps
}
