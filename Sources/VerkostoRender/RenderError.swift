import VerkostoSupport

/// Why a map or chart could not be drawn or written. Each case says what to do.
public enum RenderError: VerkostoError, Equatable {
    /// Two nodes share an id.
    case duplicateNode(String)
    /// An edge names a node that is not in the scene.
    case unknownNode(edge: Int, id: String)
    /// A node names a cluster that is not in the scene.
    case unknownCluster(node: String, cluster: String)
    /// Graphviz could not be set up.
    case graphvizUnavailable(String)
    /// Graphviz reported an error.
    case graphviz(String)
    /// Graphviz has no renderer for the format (plugin missing).
    case formatUnavailable(String, detail: String?)
    /// The file extension does not name a known format.
    case unknownFormat(String)
    /// A chart's data do not fit together (for example a matrix that is not square).
    case invalidChart(String)

    public var kind: FailureKind {
        switch self {
        case .duplicateNode, .unknownNode, .unknownCluster: return .badData
        case .graphvizUnavailable, .graphviz, .formatUnavailable, .unknownFormat, .invalidChart: return .failure
        }
    }

    public var description: String {
        switch self {
        case .duplicateNode(let id):
            return "two nodes have the id \"\(id)\"; node ids must be unique"
        case .unknownNode(let edge, let id):
            return "edge \(edge) refers to node \"\(id)\", which is not in the scene"
        case .unknownCluster(let node, let cluster):
            return "node \"\(node)\" is in cluster \"\(cluster)\", which is not in the scene"
        case .graphvizUnavailable(let why):
            return "Graphviz is not usable (\(why)); install it with `apt-get install libgraphviz-dev graphviz`"
        case .graphviz(let why):
            return "Graphviz failed: \(why)"
        case .formatUnavailable(let format, let detail):
            return "Graphviz cannot render \(format)\(detail.map { " (\($0))" } ?? ""); "
                + "install the plugins with `apt-get install graphviz libgraphviz-dev` and run `dot -c` as root"
        case .unknownFormat(let ext):
            return "unknown output format \"\(ext)\"; expected svg, png, pdf, dot or json"
        case .invalidChart(let why):
            return "cannot draw the chart: \(why)"
        }
    }
}
