import VerkostoGraph
import VerkostoModel
import VerkostoSupport

/// What ties two networks together in the network graph.
public enum NetworkTies: String, Sendable, CaseIterable {
    /// Shared member organisations only.
    case members
    /// Collaborations (joint events, projects, ...) only.
    case collaborations
    /// Either.
    case both
}

/// One tie between two networks of the network graph, with its reasons.
public struct NetworkTie: Sendable, Hashable {
    /// Positions of the two networks in the Atlas (`a < b`).
    public let a: Int
    public let b: Int
    /// Organisations that are members of both.
    public let sharedMembers: Int
    /// Collaborations between the two that are active.
    public let collaborations: Int
    /// The tie's weight under the chosen weighting.
    public let weight: Double
}

extension Atlas {
    /// The two-mode graph of organisations × networks.
    ///
    /// Left: the organisations with at least one membership, in Atlas order. Right: every
    /// network of the Atlas, in Atlas order (a network without members is an isolated vertex).
    /// Use it on a snapshot (``Atlas/at(_:)``) so that only active memberships count.
    /// - Complexity: O(*M* log *d*) in the number of memberships.
    public func twoModeGraph(language: Language = .fi) -> LabelledTwoMode {
        var leftPosition = [Int32](repeating: -1, count: organisations.count)
        var organisationIds: [String] = [], organisationLabels: [String] = []
        var left: [Int32] = [], right: [Int32] = []
        for (position, organisation) in organisations.enumerated() where !index.membershipsOfOrganisation[position].isEmpty {
            leftPosition[position] = Int32(organisationIds.count)
            organisationIds.append(organisation.id)
            organisationLabels.append(organisation.name)
        }
        for membership in memberships {
            guard let o = index.organisation[membership.organisation], let n = index.network[membership.network] else { continue }
            left.append(leftPosition[o])
            right.append(Int32(n))
        }
        let graph = BipartiteGraph(leftCount: organisationIds.count, rightCount: networks.count, left: left, right: right)
        return LabelledTwoMode(graph: graph, organisationIds: organisationIds, organisationLabels: organisationLabels,
                               networkIds: networks.map(\.id), networkLabels: networks.map { $0.name.text(language) })
    }
}

/// The network graph of an Atlas: networks as vertices, tied by shared members and/or
/// collaborations.
///
/// Weights: shared members are weighed by the chosen ``ProjectionWeighting`` (as NetworkX's
/// bipartite projections). A collaboration adds 1 to a `count` or `newman` weight; under
/// `jaccard` and `overlap`, whose values lie in [0, 1], a collaboration makes the weight 1.
/// Vertex `v` is `atlas.networks[v]`.
public struct NetworkGraphView: Sendable {
    public let atlas: Atlas
    public let tiesKind: NetworkTies
    public let weighting: ProjectionWeighting
    public let labelled: LabelledGraph
    /// Every tie, ordered by `a`, then `b`.
    public let ties: [NetworkTie]
    public let twoMode: LabelledTwoMode

    /// - Complexity: O(Σ k² over organisations + *C*), *k* the number of networks of an organisation.
    public init(atlas: Atlas, ties tiesKind: NetworkTies = .both, weighting: ProjectionWeighting = .count,
                language: Language = .fi) {
        self.atlas = atlas
        self.tiesKind = tiesKind
        self.weighting = weighting
        let twoMode = atlas.twoModeGraph(language: language)
        self.twoMode = twoMode
        let n = atlas.networks.count

        struct Entry { var shared = 0; var memberWeight = 0.0; var collaborations = 0 }
        var entries: [Int: Entry] = [:]
        func key(_ a: Int, _ b: Int) -> Int { min(a, b) * n + max(a, b) }
        if tiesKind != .collaborations {
            forEachProjectedPair(twoMode.graph, onto: .right, weighting: .count) { u, v, shared in
                entries[key(Int(u), Int(v)), default: Entry()].shared = Int(shared)
                return true
            }
            if weighting == .count {
                for (k, e) in entries { entries[k]?.memberWeight = Double(e.shared) }
            } else {
                forEachProjectedPair(twoMode.graph, onto: .right, weighting: weighting) { u, v, weight in
                    entries[key(Int(u), Int(v))]?.memberWeight = weight
                    return true
                }
            }
        }
        if tiesKind != .members {
            for collaboration in atlas.collaborations {
                guard let a = atlas.index.network[collaboration.networkA],
                      let b = atlas.index.network[collaboration.networkB], a != b else { continue }
                entries[key(a, b), default: Entry()].collaborations += 1
            }
        }
        var ties: [NetworkTie] = []
        ties.reserveCapacity(entries.count)
        for (k, e) in entries {
            let weight: Double
            switch weighting {
            case .count, .newman: weight = e.memberWeight + Double(e.collaborations)
            case .jaccard, .overlap: weight = e.collaborations > 0 ? 1 : e.memberWeight
            }
            ties.append(NetworkTie(a: k / n, b: k % n, sharedMembers: e.shared, collaborations: e.collaborations, weight: weight))
        }
        ties.sort { ($0.a, $0.b) < ($1.a, $1.b) }
        self.ties = ties

        var builder = GraphBuilder(vertexCount: n)
        builder.reserveEdges(ties.count)
        for tie in ties { builder.addEdge(Int32(tie.a), Int32(tie.b), weight: tie.weight) }
        labelled = LabelledGraph(graph: builder.build(), ids: atlas.networks.map(\.id),
                                 labels: atlas.networks.map { $0.name.text(language) },
                                 kinds: [String](repeating: "network", count: n), weightsAreSimilarities: true,
                                 groups: atlas.networks.map { Int32(atlas.index.sector[$0.sector] ?? atlas.sectors.count) })
    }

    /// The tie between the networks at positions `a` and `b`, if any.
    /// - Complexity: O(log *T*).
    public func tie(_ a: Int, _ b: Int) -> NetworkTie? {
        let (low, high) = (min(a, b), max(a, b))
        var lower = 0, upper = ties.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if (ties[middle].a, ties[middle].b) < (low, high) { lower = middle + 1 } else { upper = middle }
        }
        return lower < ties.count && ties[lower].a == low && ties[lower].b == high ? ties[lower] : nil
    }
}

extension Atlas {
    /// The organisation graph: organisations tied by the networks they share, weighted as chosen.
    ///
    /// Projects the two-mode graph onto organisations within `pairBudget` pairs (see
    /// ``project(_:onto:weighting:minimumWeight:pairBudget:)``).
    /// - Throws: ``ProjectionTooLargeError`` when the projection would not fit the budget.
    public func organisationGraph(weighting: ProjectionWeighting = .count, minimumWeight: Double? = nil,
                                  pairBudget: Int = defaultProjectionPairBudget,
                                  language: Language = .fi) throws(ProjectionTooLargeError) -> LabelledGraph {
        let twoMode = twoModeGraph(language: language)
        let graph = try project(twoMode.graph, onto: .left, weighting: weighting, minimumWeight: minimumWeight,
                                pairBudget: pairBudget)
        let kindCode = Dictionary(uniqueKeysWithValues: OrganisationKind.allCases.enumerated().map { ($1, Int32($0)) })
        return LabelledGraph(graph: graph, ids: twoMode.organisationIds, labels: twoMode.organisationLabels,
                             kinds: [String](repeating: "organisation", count: twoMode.organisationIds.count),
                             weightsAreSimilarities: true,
                             groups: twoMode.organisationIds.map { kindCode[organisation($0)!.kind]! })
    }
}
