/// A division of a graph's vertices into communities, with its modularity.
///
/// Communities are numbered `0 ..< count` in the order of their smallest vertex id, so two
/// equal divisions always have equal `membership` arrays.
public struct Partition: Sendable, Hashable {
    /// The community of each vertex.
    public let membership: [Int32]
    /// Modularity of the division (see ``modularity(_:membership:resolution:)``), at the
    /// resolution it was found with.
    public let modularity: Double

    /// Creates a partition, renumbering `membership` to the canonical order.
    public init(membership: [Int32], modularity: Double) {
        self.membership = canonicalLabels(membership)
        self.modularity = modularity
    }

    /// Number of communities.
    public var count: Int { Int((membership.max() ?? -1) + 1) }

    /// The size of each community.
    public var sizes: [Int] {
        var s = [Int](repeating: 0, count: count)
        for c in membership { s[Int(c)] += 1 }
        return s
    }
}

/// Renumbers arbitrary labels `0 ..< k` in the order each label first appears.
/// - Complexity: O(*n* + largest label).
func canonicalLabels(_ labels: [Int32]) -> [Int32] {
    guard let top = labels.max() else { return [] }
    precondition(labels.allSatisfy { $0 >= 0 }, "community labels must be non-negative")
    var map = [Int32](repeating: -1, count: Int(top) + 1)
    var next: Int32 = 0
    var out = labels
    for i in out.indices {
        let l = Int(out[i])
        if map[l] < 0 { map[l] = next; next += 1 }
        out[i] = map[l]
    }
    return out
}
