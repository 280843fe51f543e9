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

    /// The shortest-path measures: one search from every vertex (or from sampled pivots,
    /// ``SourceSelection``), the ones that take long on big graphs.
    public static let pathBased: Set<CentralityMeasure> = [.betweenness, .closeness, .harmonic]
}

/// Told how far a shortest-path measure of a centrality table has come: `done` of `total`
/// sources (see ``ProgressHandler``).
public typealias CentralityProgress = @Sendable (_ measure: CentralityMeasure, _ done: Int, _ total: Int) -> Void

/// How long a shortest-path measure will take, estimated before it runs.
public struct CentralityWorkEstimate: Sendable, Hashable {
    public let measure: CentralityMeasure
    /// Searches to run: the vertex count when exact, else the pivots.
    public let sources: Int
    /// Searches of the exact measure: the vertex count.
    public let vertices: Int
    /// Seconds on the threads given, at the speed of a release build on a free core (a lower
    /// bound: a debug build or a busy machine is slower).
    public let seconds: Double

    /// The same run with a measured (or projected) duration in place of the estimate.
    public func with(seconds: Double) -> CentralityWorkEstimate {
        CentralityWorkEstimate(measure: measure, sources: sources, vertices: vertices, seconds: seconds)
    }

    /// Pivots that would bring the measure near `seconds` (at least 100, rounded to two
    /// significant digits, below the vertex count), or `nil` when sampling would not save time.
    public func pivots(forSeconds target: Double) -> Int? {
        guard seconds > target, sources > 0 else { return nil }
        let wanted = max(100, Int(Double(sources) * target / seconds))
        var magnitude = 1
        while wanted >= 100 * magnitude { magnitude *= 10 }
        let rounded = wanted / magnitude * magnitude
        return rounded < vertices ? rounded : nil
    }
}

/// Estimates how long each shortest-path measure among `measures` takes on `graph`: searches ×
/// arcs visited per search ÷ the speed of the kernel, divided among the threads.
///
/// The speeds come from `make bench` (README, Benchmarks) on one free core of an AMD EPYC:
/// Brandes' betweenness about 3·10⁸ arcs a second unweighted (eight sources per sweep), the
/// multi-source closeness and harmonic searches about 10¹⁰ (64 sources per word), Dijkstra
/// (weighted) about 4·10⁷. Harmonic and closeness share nothing, so each is counted.
/// - Parameters:
///   - graph: the graph the measures run on.
///   - measures: the measures asked; those not path-based are left out of the answer.
///   - weighted: whether the path measures read weights (Dijkstra).
///   - sources: every vertex, or sampled pivots.
///   - threads: threads the measures use (`nil`: all processors).
/// - Complexity: O(1).
public func estimatedCentralityWork(_ graph: Graph, measures: [CentralityMeasure], weighted: Bool,
                                    sources: SourceSelection, threads: Int?) -> [CentralityWorkEstimate] {
    let n = graph.vertexCount
    let searches: Int
    switch sources {
    case .all: searches = n
    case let .sample(count, _): searches = min(max(0, count), n)
    case let .given(list): searches = min(list.count, n)
    }
    let arcs = Double(graph.targets.count + n)
    let cores = Double(max(1, min(threads ?? availableProcessorCount(), availableProcessorCount())))
    let useWeights = weighted && graph.isWeighted
    return measures.filter { CentralityMeasure.pathBased.contains($0) }.map { measure in
        let speed = useWeights ? 4e7 : (measure == .betweenness ? 3e8 : 1e10)
        return CentralityWorkEstimate(measure: measure, sources: searches, vertices: n,
                                      seconds: Double(searches) * arcs / speed / cores)
    }
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
///   - threads: threads for betweenness and closeness (default: all cores); the values do not
///     depend on it.
///   - sources: every vertex (exact) or sampled pivots for betweenness, closeness and harmonic
///     (Brandes & Pich 2007; Eppstein & Wang 2004), scaled as NetworkX scales `k=`.
///   - progress: told how many sources each path measure has done.
/// - Throws: ``ConvergenceError`` from eigenvector or PageRank; ``InvalidEdgeWeightError`` for a
///   weight a measure cannot use (a length that is not positive, a negative tie strength).
/// - Complexity: that of the slowest measure asked; betweenness is O(*K E*) unweighted, with *K*
///   the number of sources.
public func centralityTable(_ graph: LabelledGraph, measures: [CentralityMeasure], weighted: Bool,
                            threads: Int? = nil, sources: SourceSelection = .all,
                            progress: CentralityProgress? = nil) throws -> CentralityTable {
    let g = graph.graph
    let useWeights = weighted && g.isWeighted
    let pathGraph = useWeights && graph.weightsAreSimilarities ? try similarityToDistance(g) : g
    var columns: [[Double]] = []
    var roles: BrokerageRoles?
    for measure in measures {
        switch measure {
        case .degree: columns.append(degreeCentrality(g))
        case .strength: columns.append(useWeights ? strength(g) : strength(g.unweighted()))
        case .betweenness:
            columns.append(try betweenness(pathGraph, weighted: useWeights, sources: sources, threads: threads,
                                           progress: handler(progress, measure)))
        case .closeness:
            columns.append(try closeness(pathGraph, weighted: useWeights, sources: sources, threads: threads,
                                         progress: handler(progress, measure)))
        case .harmonic:
            columns.append(try harmonic(pathGraph, weighted: useWeights, sources: sources, threads: threads,
                                        progress: handler(progress, measure)))
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
/// `sources` and `progress` work as in ``centralityTable(_:measures:weighted:threads:sources:progress:)``,
/// with pivots drawn from organisations and networks together.
/// - Throws: ``ConvergenceError`` from eigenvector or PageRank.
public func twoModeCentralityTable(_ twoMode: LabelledTwoMode, measures: [CentralityMeasure],
                                   threads: Int? = nil, sources: SourceSelection = .all,
                                   progress: CentralityProgress? = nil) throws -> CentralityTable {
    let unified = twoMode.unified
    var columns: [[Double]] = []
    let bothSidesPresent = twoMode.graph.leftCount > 0 && twoMode.graph.rightCount > 0
    for measure in measures {
        switch measure {
        case .degree:
            let c = twoModeDegree(twoMode.graph); columns.append(c.left + c.right)
        case .betweenness where bothSidesPresent:
            let c = twoModeBetweenness(twoMode.graph, sources: sources, threads: threads,
                                       progress: handler(progress, measure))
            columns.append(c.left + c.right)
        case .closeness where bothSidesPresent:
            let c = twoModeCloseness(twoMode.graph, sources: sources, threads: threads,
                                     progress: handler(progress, measure))
            columns.append(c.left + c.right)
        case .betweenness, .closeness:
            columns.append([Double](repeating: 0, count: unified.ids.count))
        case .strength: columns.append(strength(unified.graph))
        case .harmonic:
            columns.append(harmonic(unified.graph, sources: sources, threads: threads, progress: handler(progress, measure)))
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

/// The engine's progress handler for one measure of a table.
private func handler(_ progress: CentralityProgress?, _ measure: CentralityMeasure) -> ProgressHandler? {
    guard let progress else { return nil }
    return { @Sendable done, total in progress(measure, done, total) }
}
