/// Gould–Fernandez brokerage role counts for every vertex.
public struct BrokerageRoles: Sendable, Hashable {
    /// `A → A → A`: broker, source and target all in one group (sna `w_I`).
    public let coordinator: [Int]
    /// `A → B → A`: source and target share a group the broker is not in (sna `w_O`; also "consultant").
    public let itinerant: [Int]
    /// `A → A → B`: the broker passes a contact from its own group out (sna `b_IO`).
    public let representative: [Int]
    /// `A → B → B`: the broker lets a contact from outside into its own group (sna `b_OI`).
    public let gatekeeper: [Int]
    /// `A → B → C`: three different groups (sna `b_O`).
    public let liaison: [Int]

    /// Sum of the five roles per vertex (sna's `t`).
    public var total: [Int] {
        coordinator.indices.map {
            coordinator[$0] + itinerant[$0] + representative[$0] + gatekeeper[$0] + liaison[$0]
        }
    }
}

/// Gould & Fernandez (1989) brokerage roles, with R `sna::brokerage`'s definitions (raw counts).
///
/// `b` brokers the ordered pair `(i, j)` when `i → b → j`, `i ≠ j`, and there is no arc `i → j`;
/// each such two-path is one count for `b`, classified by the groups of `i`, `b` and `j`.
/// An **undirected** graph is read as directed with each tie as two arcs, so an open two-path
/// `i – b – j` counts twice for `b`: as `i → b → j` and `j → b → i` (for representative and
/// gatekeeper, one of each). Self-loops and repeated arcs are ignored.
/// - Parameters:
///   - graph: the graph.
///   - groups: a group label per vertex.
/// - Returns: the five role counts per vertex.
/// - Complexity: O(Σ_b in(b) · out(b) · log d) time, O(*V* + *E*) memory.
public func brokerageRoles(_ graph: Graph, groups: [Int32]) -> BrokerageRoles {
    let n = graph.vertexCount
    precondition(groups.count == n, "one group label per vertex")
    let incoming = graph.transposed()
    var w_I = [Int](repeating: 0, count: n), w_O = w_I, b_IO = w_I, b_OI = w_I, b_O = w_I
    // Marks the out-neighbours of the current source i, to test "no arc i → j" in O(1).
    var mark = [Int32](repeating: -1, count: n)
    // Distinct in-neighbours of b (rows are sorted, so repeats are adjacent).
    for b in 0..<n {
        let gb = groups[b]
        var previousI = -1
        for s in incoming.edgeRange(of: Int32(b)) {
            let i = Int(incoming.targets[s])
            if i == b || i == previousI { continue }
            previousI = i
            for t in graph.edgeRange(of: Int32(i)) { mark[Int(graph.targets[t])] = Int32(i) }
            let gi = groups[i]
            var previousJ = -1
            for t in graph.edgeRange(of: Int32(b)) {
                let j = Int(graph.targets[t])
                if j == b || j == i || j == previousJ { continue }
                previousJ = j
                if mark[j] == Int32(i) { continue }  // i → j exists: no brokerage
                let gj = groups[j]
                if gi == gb {
                    if gj == gb { w_I[b] += 1 } else { b_IO[b] += 1 }
                } else if gj == gb {
                    b_OI[b] += 1
                } else if gi == gj {
                    w_O[b] += 1
                } else {
                    b_O[b] += 1
                }
            }
        }
    }
    return BrokerageRoles(coordinator: w_I, itinerant: w_O, representative: b_IO, gatekeeper: b_OI, liaison: b_O)
}
