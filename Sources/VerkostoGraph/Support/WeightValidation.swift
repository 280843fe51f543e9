import VerkostoSupport

/// An edge weight that the requested measure cannot use: a length that is not positive, or a
/// weight that is negative, NaN or infinite.
///
/// It names the first offending edge by its vertex ids (the caller maps them to labels) and the
/// rule it broke, so the message can say which line of an input to fix.
public struct InvalidEdgeWeightError: VerkostoError, Sendable, Hashable {
    /// What the measure needs of every weight.
    public enum Requirement: String, Sendable, Hashable {
        /// A finite length greater than 0 (shortest paths: betweenness, closeness, harmonic;
        /// turning similarities into lengths).
        case positive = "a finite number greater than 0"
        /// A finite number of at least 0 (eigenvector centrality, PageRank).
        case nonNegative = "a finite number of at least 0"
    }

    /// The measure that refused the weight, e.g. `"betweenness"`.
    public let measure: String
    /// The edge's first vertex (its source when directed).
    public let source: Int32
    /// The edge's other vertex.
    public let target: Int32
    /// The weight found.
    public let weight: Double
    /// What was needed.
    public let requirement: Requirement

    public init(measure: String, source: Int32, target: Int32, weight: Double, requirement: Requirement) {
        self.measure = measure
        self.source = source
        self.target = target
        self.weight = weight
        self.requirement = requirement
    }

    /// The weights came from the input: bad data.
    public var kind: FailureKind { .badData }

    public var description: String {
        "\(measure) needs every edge weight to be \(requirement.rawValue), but edge \(source)–\(target) weighs \(weight)"
    }
}

extension Graph {
    /// Throws for the first weight (in row order) that breaks `requirement`; does nothing for an
    /// unweighted graph.
    /// - Complexity: O(*E*).
    func validateWeights(_ requirement: InvalidEdgeWeightError.Requirement,
                         for measure: String) throws(InvalidEdgeWeightError) {
        guard let weights else { return }
        for v in 0..<vertexCount {
            for i in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = weights[i]
                let fine = requirement == .positive ? (w > 0 && w.isFinite) : (w >= 0 && w.isFinite)
                if !fine {
                    throw InvalidEdgeWeightError(measure: measure, source: Int32(v), target: targets[i],
                                                 weight: w, requirement: requirement)
                }
            }
        }
    }
}
