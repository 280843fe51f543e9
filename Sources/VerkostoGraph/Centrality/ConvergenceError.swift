import VerkostoSupport

/// A power iteration did not reach its tolerance within the allowed number of iterations.
public struct ConvergenceError: VerkostoError, Sendable, Hashable {
    /// The algorithm that failed, e.g. `"pagerank"`.
    public let algorithm: String
    /// Iterations made.
    public let iterations: Int
    /// The last L1 change, against the threshold `vertexCount * tolerance`.
    public let lastChange: Double

    public var kind: FailureKind { .failure }

    public var description: String {
        "\(algorithm) did not converge in \(iterations) iterations (last L1 change \(lastChange)); "
            + "raise maxIterations or the tolerance"
    }
}
