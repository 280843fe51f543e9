import VerkostoGraph
import VerkostoSupport

/// A centrality measure that `verkosto centrality --measure` can ask for.
public enum CentralityMeasure: String, Sendable, CaseIterable {
    case degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank
    /// Burt's constraint (low: a broker across structural holes); undefined for isolated vertices.
    case constraint
    /// Burt's effective size: the non-redundant part of a vertex's ties.
    case effectiveSize = "effective_size"
    /// Effective size divided by degree.
    case efficiency
    /// Gould–Fernandez brokerage: the number of open two-paths a vertex brokers, all five roles
    /// together, with groups by sector (networks) or kind (organisations).
    case brokerage

    /// The measures that have a two-mode (Borgatti–Everett) form.
    public static let twoMode: Set<CentralityMeasure> = [.degree, .betweenness, .closeness]
}

/// Centrality values of every vertex of a graph, one column per measure.
public struct CentralityTable: Sendable {
    public let ids: [String]
    public let labels: [String]
    public let kinds: [String]
    public let measures: [CentralityMeasure]
    /// `values[m][v]`: measure `measures[m]` of vertex `v`.
    public let values: [[Double]]
    /// The five Gould–Fernandez roles of every vertex, when `brokerage` was asked.
    public var roles: BrokerageRoles? = nil

    /// Vertex positions ordered by the first measure, highest first (lowest first for constraint,
    /// where low is what stands out), ties by id, undefined values last, cut to `top`.
    public func ranking(top: Int? = nil) -> [Int] {
        var order = Array(ids.indices)
        if let first = values.first {
            let ascending = measures.first == .constraint
            order.sort {
                let (a, b) = (first[$0], first[$1])
                if a.isNaN != b.isNaN { return b.isNaN }
                if a != b && !a.isNaN { return ascending ? a < b : a > b }
                return ids[$0] < ids[$1]
            }
        }
        if let top { order = Array(order.prefix(max(0, top))) }
        return order
    }
}

/// A group-based measure was asked of a graph whose vertices have no groups (an edge list).
public struct GroupsRequiredError: VerkostoError, Sendable {
    public let measure: String
    public var kind: FailureKind { .failure }
    public var description: String {
        "\(measure) needs groups of vertices (sectors of networks, kinds of organisations); an edge list has none"
    }
}

/// Computes the asked centrality measures of a one-mode graph.
///
/// Defaults follow NetworkX. With `weighted`, path-based measures (betweenness, closeness,
/// harmonic) read weights as distances: similarity weights (``LabelledGraph/weightsAreSimilarities``,
/// from projections) are turned into distances 1/w first, so that stronger ties are shorter;
/// weights from a user's edge list are taken as distances as they are, as NetworkX's
/// `weight=` does. Strength, eigenvector, PageRank and Burt's measures (constraint, effective
/// size, efficiency; Burt 1992, as NetworkX) read weights as tie strengths. Burt's measures are
/// NaN for a vertex without neighbours. Brokerage counts Gould & Fernandez's roles (R
/// `sna::brokerage`, undirected ties read as two arcs) over ``LabelledGraph/groups``.
/// - Parameters:
///   - graph: the labelled graph.
///   - measures: the measures, in column order.
///   - weighted: use the graph's weights (ignored when it has none).
///   - threads: threads for betweenness and closeness (default: all cores).
/// - Throws: ``ConvergenceError`` from eigenvector or PageRank.
/// - Complexity: that of the slowest measure asked; betweenness is O(*V E*) unweighted.
public func centralityTable(_ graph: LabelledGraph, measures: [CentralityMeasure], weighted: Bool,
                            threads: Int? = nil) throws -> CentralityTable {
    let g = graph.graph
    let useWeights = weighted && g.isWeighted
    let pathGraph = useWeights && graph.weightsAreSimilarities ? similarityToDistance(g) : g
    var columns: [[Double]] = []
    var roles: BrokerageRoles?
    for measure in measures {
        switch measure {
        case .degree: columns.append(degreeCentrality(g))
        case .strength: columns.append(useWeights ? strength(g) : strength(g.unweighted()))
        case .betweenness: columns.append(betweenness(pathGraph, weighted: useWeights, threads: threads))
        case .closeness: columns.append(closeness(pathGraph, weighted: useWeights, threads: threads))
        case .harmonic: columns.append(harmonic(pathGraph, weighted: useWeights, threads: threads))
        case .eigenvector: columns.append(try eigenvector(g, weighted: useWeights))
        case .pagerank: columns.append(try pageRank(g, weighted: useWeights))
        case .constraint: columns.append(constraint(g, weighted: useWeights))
        case .effectiveSize: columns.append(effectiveSize(g, weighted: useWeights))
        case .efficiency: columns.append(efficiency(g, weighted: useWeights))
        case .brokerage:
            guard let groups = graph.groups else { throw GroupsRequiredError(measure: measure.rawValue) }
            let found = brokerageRoles(g, groups: groups)
            roles = found
            columns.append(found.total.map(Double.init))
        }
    }
    var table = CentralityTable(ids: graph.ids, labels: graph.labels, kinds: graph.kinds, measures: measures, values: columns)
    table.roles = roles
    return table
}

/// Computes centrality measures of a two-mode graph, organisations first, then networks.
///
/// Degree, betweenness and closeness use the two-mode normalisation of Borgatti & Everett
/// (1997), as `networkx.algorithms.bipartite`. The other measures are computed on the
/// two-mode graph read as one graph (``LabelledTwoMode/unified``), as NetworkX would on the
/// same graph.
/// - Throws: ``ConvergenceError`` from eigenvector or PageRank.
public func twoModeCentralityTable(_ twoMode: LabelledTwoMode, measures: [CentralityMeasure],
                                   threads: Int? = nil) throws -> CentralityTable {
    let unified = twoMode.unified
    var columns: [[Double]] = []
    let bothSidesPresent = twoMode.graph.leftCount > 0 && twoMode.graph.rightCount > 0
    for measure in measures {
        switch measure {
        case .degree:
            let c = twoModeDegree(twoMode.graph); columns.append(c.left + c.right)
        case .betweenness where bothSidesPresent:
            let c = twoModeBetweenness(twoMode.graph, threads: threads); columns.append(c.left + c.right)
        case .closeness where bothSidesPresent:
            let c = twoModeCloseness(twoMode.graph, threads: threads); columns.append(c.left + c.right)
        case .betweenness, .closeness:
            columns.append([Double](repeating: 0, count: unified.ids.count))
        case .strength: columns.append(strength(unified.graph))
        case .harmonic: columns.append(harmonic(unified.graph, threads: threads))
        case .eigenvector: columns.append(try eigenvector(unified.graph))
        case .pagerank: columns.append(try pageRank(unified.graph))
        case .constraint: columns.append(constraint(unified.graph))
        case .effectiveSize: columns.append(effectiveSize(unified.graph))
        case .efficiency: columns.append(efficiency(unified.graph))
        case .brokerage: columns.append(brokerageRoles(unified.graph, groups: unified.groups!).total.map(Double.init))
        }
    }
    return CentralityTable(ids: unified.ids, labels: unified.labels, kinds: unified.kinds, measures: measures, values: columns)
}
