import VerkostoGraph

/// A one-mode graph with the ids and labels of its vertices beside it.
///
/// Vertex `v` of `graph` has id `ids[v]` and display label `labels[v]`. `kinds[v]` says what
/// the vertex is (`network`, `organisation`), or is empty for an ad-hoc edge list.
public struct LabelledGraph: Sendable {
    public let graph: Graph
    public let ids: [String]
    public let labels: [String]
    public let kinds: [String]
    /// Whether the weights are similarities (larger is closer), as projections give, or
    /// given by the user as they are.
    public let weightsAreSimilarities: Bool
    /// A group label per vertex for group-based measures (Gould–Fernandez brokerage): the sector
    /// of a network, the kind of an organisation; `nil` for an ad-hoc edge list.
    public let groups: [Int32]?

    public init(graph: Graph, ids: [String], labels: [String]? = nil, kinds: [String]? = nil,
                weightsAreSimilarities: Bool, groups: [Int32]? = nil) {
        precondition(ids.count == graph.vertexCount, "one id per vertex")
        precondition(groups == nil || groups!.count == ids.count, "one group per vertex")
        self.graph = graph
        self.ids = ids
        self.labels = labels ?? ids
        self.kinds = kinds ?? [String](repeating: "", count: ids.count)
        self.weightsAreSimilarities = weightsAreSimilarities
        self.groups = groups
    }

    /// Builds a graph from an edge list of ids, numbering vertices in order of first appearance.
    ///
    /// Parallel edges are merged with their weights summed; self-loops are kept. The graph is
    /// weighted when any edge has a weight (others weigh 1).
    /// - Complexity: O(*E* log *d*) expected.
    public static func fromEdges(_ edges: [(source: String, target: String, weight: Double?)],
                                 directed: Bool = false) -> LabelledGraph {
        var position: [String: Int32] = [:]
        var ids: [String] = []
        func vertex(_ id: String) -> Int32 {
            if let v = position[id] { return v }
            let v = Int32(ids.count)
            position[id] = v
            ids.append(id)
            return v
        }
        let pairs = edges.map { (vertex($0.source), vertex($0.target), $0.weight) }
        var builder = GraphBuilder(vertexCount: ids.count, directed: directed)
        builder.reserveEdges(pairs.count)
        for (u, v, w) in pairs { builder.addEdge(u, v, weight: w) }
        return LabelledGraph(graph: builder.build(), ids: ids, weightsAreSimilarities: false)
    }
}

/// A two-mode graph of organisations (left) and networks (right), with ids and labels.
public struct LabelledTwoMode: Sendable {
    public let graph: BipartiteGraph
    public let organisationIds: [String]
    public let organisationLabels: [String]
    public let networkIds: [String]
    public let networkLabels: [String]

    public init(graph: BipartiteGraph, organisationIds: [String], organisationLabels: [String]? = nil,
                networkIds: [String], networkLabels: [String]? = nil) {
        precondition(organisationIds.count == graph.leftCount && networkIds.count == graph.rightCount)
        self.graph = graph
        self.organisationIds = organisationIds
        self.organisationLabels = organisationLabels ?? organisationIds
        self.networkIds = networkIds
        self.networkLabels = networkLabels ?? networkIds
    }

    /// Builds a two-mode graph from `(organisation, network)` pairs, numbering each side in
    /// order of first appearance. Repeated pairs count once.
    /// - Complexity: O(*E* log *d*) expected.
    public static func fromAffiliations(_ pairs: [(organisation: String, network: String)]) -> LabelledTwoMode {
        var left: [String: Int32] = [:], right: [String: Int32] = [:]
        var leftIds: [String] = [], rightIds: [String] = []
        var l: [Int32] = [], r: [Int32] = []
        l.reserveCapacity(pairs.count)
        r.reserveCapacity(pairs.count)
        for pair in pairs {
            let u: Int32
            if let known = left[pair.organisation] { u = known } else {
                u = Int32(leftIds.count); left[pair.organisation] = u; leftIds.append(pair.organisation)
            }
            let v: Int32
            if let known = right[pair.network] { v = known } else {
                v = Int32(rightIds.count); right[pair.network] = v; rightIds.append(pair.network)
            }
            l.append(u)
            r.append(v)
        }
        let graph = BipartiteGraph(leftCount: leftIds.count, rightCount: rightIds.count, left: l, right: r)
        return LabelledTwoMode(graph: graph, organisationIds: leftIds, networkIds: rightIds)
    }

    /// The two-mode graph as one graph on `organisations + networks` vertices: organisations
    /// first, then networks, with kinds `organisation` and `network`.
    public var unified: LabelledGraph {
        LabelledGraph(graph: graph.unifiedGraph(), ids: organisationIds + networkIds,
                      labels: organisationLabels + networkLabels,
                      kinds: [String](repeating: "organisation", count: organisationIds.count)
                        + [String](repeating: "network", count: networkIds.count),
                      weightsAreSimilarities: false,
                      groups: [Int32](repeating: 0, count: organisationIds.count) + [Int32](repeating: 1, count: networkIds.count))
    }
}
