/// A division of a graph's vertices into communities, with its modularity.
///
/// Communities are numbered `0 ..< count` by size, largest first; communities of equal size in
/// the order of their smallest vertex id. So community 0 is the largest, and two equal divisions
/// always have equal `membership` arrays.
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

/// Renumbers arbitrary labels `0 ..< k` by the size of their class, largest first; classes of
/// equal size in the order of their first (smallest) vertex.
/// - Complexity: O(*n* + largest label + *k* log *k*).
func canonicalLabels(_ labels: [Int32]) -> [Int32] {
    guard let top = labels.max() else { return [] }
    precondition(labels.allSatisfy { $0 >= 0 }, "community labels must be non-negative")
    // First-appearance numbers, then the sizes of those classes.
    var firstOrder = [Int32](repeating: -1, count: Int(top) + 1)
    var sizes: [Int] = []
    for l in labels where firstOrder[Int(l)] < 0 {
        firstOrder[Int(l)] = Int32(sizes.count)
        sizes.append(0)
    }
    for l in labels { sizes[Int(firstOrder[Int(l)])] += 1 }
    // Stable by size, so equal sizes keep first-appearance order.
    let bySize = sizes.indices.sorted { sizes[$0] > sizes[$1] || (sizes[$0] == sizes[$1] && $0 < $1) }
    var rank = [Int32](repeating: 0, count: sizes.count)
    for (position, c) in bySize.enumerated() { rank[c] = Int32(position) }
    return labels.map { rank[Int(firstOrder[Int($0)])] }
}
