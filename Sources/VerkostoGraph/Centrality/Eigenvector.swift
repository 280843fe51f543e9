/// Eigenvector centrality (Bonacich 1987): the unit eigenvector of the adjacency matrix A for its
/// largest eigenvalue, as NetworkX `eigenvector_centrality` and numpy's `eigh` give it.
///
/// NetworkX runs power iteration on A + I from the uniform vector. That has the right limit but
/// two ways to crawl towards it, and both stop real graphs within 100 iterations:
/// - a **bipartite** graph (every two-mode graph) has −λ₁ as an eigenvalue, so A + I shrinks the
///   wrong component only by (λ₁ − 1)/(λ₁ + 1) per step: 0.85 at λ₁ = 12.5;
/// - a **disconnected** graph mixes components whose own largest eigenvalues are close (12.23 and
///   12.55 in OPH's two-mode graph of 2022: 0.976 per step).
///
/// So each connected component (over edges of positive weight) is iterated on its own, each step
/// normalised per component. A component that is not bipartite iterates on A + I, as NetworkX.
/// A bipartite one iterates on A itself: its iterates alternate between u and w with u + w
/// parallel to the eigenvector (the −λ₁ part has opposite signs in consecutive steps), so it
/// converges at (λ₂/λ₁)² per two steps, the best a power iteration can do. Then the
/// components whose eigenvalue (the Rayleigh quotient) is the largest, to a relative 10⁻⁹, share
/// the result in proportion to the uniform start's projection on them (the sum of their entries),
/// and the rest are 0: exactly the limit of NetworkX's iteration, reached in a few dozen steps.
///
/// A self-loop contributes its weight once (A[v][v] = w). Directed graphs keep NetworkX's iteration
/// of xᵀ(A + I) over the whole graph (the left eigenvector: in-edges count).
/// - Parameters:
///   - graph: the graph.
///   - weighted: use `graph.weights` as tie strengths (ignored when the graph has none).
///   - tolerance: per-vertex tolerance: a component has converged when the L1 change of its unit
///     vector over one step (two steps when bipartite) is below its size times this (NetworkX's
///     rule), and so is the distance still to go, estimated from how fast the changes shrink
///     (change / (1 − r) at rate r), so that a slow component does not stop early.
///   - maxIterations: iteration limit.
/// - Returns: one value per vertex, unit L2 norm; `[]` for the empty graph.
/// - Throws: ``InvalidEdgeWeightError`` for a negative, NaN or infinite weight;
///   ``ConvergenceError`` when `maxIterations` is reached first.
/// - Complexity: O(*V* + *E*) per iteration.
public func eigenvector(_ graph: Graph, weighted: Bool = false, tolerance: Double = 1e-6,
                        maxIterations: Int = 1000) throws -> [Double] {
    let n = graph.vertexCount
    guard n > 0 else { return [] }
    let useWeights = weighted && graph.isWeighted
    if useWeights { try graph.validateWeights(.nonNegative, for: "eigenvector centrality") }
    if graph.isDirected {
        return try shiftedPowerIteration(graph, useWeights: useWeights, tolerance: tolerance, maxIterations: maxIterations)
    }
    return try componentwiseEigenvector(graph, useWeights: useWeights, tolerance: tolerance, maxIterations: maxIterations)
}

/// The connected components over edges of positive weight, and whether each is bipartite (and
/// has an edge, so that its spectrum is symmetric about 0).
struct WeightedComponents {
    var label: [Int32]
    var members: [[Int32]]
    var bipartite: [Bool]
}

func weightedComponents(_ graph: Graph, useWeights: Bool) -> WeightedComponents {
    let n = graph.vertexCount
    var label = [Int32](repeating: -1, count: n)
    var side = [UInt8](repeating: 0, count: n)
    var members: [[Int32]] = []
    var bipartite: [Bool] = []
    let weights = useWeights ? graph.weights : nil
    for start in 0..<n where label[start] < 0 {
        let c = Int32(members.count)
        var queue: [Int32] = [Int32(start)]
        label[start] = c
        var head = 0, isBipartite = true
        while head < queue.count {
            let v = Int(queue[head]); head += 1
            for i in Int(graph.offsets[v])..<Int(graph.offsets[v + 1]) where (weights?[i] ?? 1) > 0 {
                let w = Int(graph.targets[i])
                if label[w] < 0 {
                    label[w] = c
                    side[w] = side[v] ^ 1
                    queue.append(Int32(w))
                } else if side[w] == side[v] {
                    isBipartite = false  // an odd cycle, or a self-loop
                }
            }
        }
        members.append(queue)
        // A lone vertex (no edge, no loop) iterates on A + I too: it keeps its value (eigenvalue 0).
        bipartite.append(isBipartite && queue.count > 1)
    }
    return WeightedComponents(label: label, members: members, bipartite: bipartite)
}

/// y = A x + shift ∘ x for an undirected graph (rows are symmetric, so pulling equals pushing).
private func multiply(_ graph: Graph, useWeights: Bool, _ x: [Double], shift: [Double], into y: inout [Double]) {
    let n = graph.vertexCount
    graph.withView(useWeights: useWeights) { view in
        x.withUnsafeBufferPointer { x in
            shift.withUnsafeBufferPointer { shift in
                y.withUnsafeMutableBufferPointer { y in
                    for v in 0..<n {
                        var sum = shift[v] * x[v]
                        if let w = view.weights {
                            for i in Int(view.offsets[v])..<Int(view.offsets[v + 1]) { sum += w[i] * x[Int(view.targets[i])] }
                        } else {
                            for i in Int(view.offsets[v])..<Int(view.offsets[v + 1]) { sum += x[Int(view.targets[i])] }
                        }
                        y[v] = sum
                    }
                }
            }
        }
    }
}

/// Scales each component's part of `x` to unit L2 norm (a part that is all 0 is left as it is).
private func normalizeEach(_ x: inout [Double], _ components: WeightedComponents) {
    for members in components.members {
        var norm = 0.0
        for v in members { norm += x[Int(v)] * x[Int(v)] }
        norm = norm.squareRoot()
        if norm > 0 { for v in members { x[Int(v)] /= norm } }
    }
}

func componentwiseEigenvector(_ graph: Graph, useWeights: Bool, tolerance: Double, maxIterations: Int) throws -> [Double] {
    let n = graph.vertexCount
    let components = weightedComponents(graph, useWeights: useWeights)
    let count = components.members.count
    // Shift 1 (A + I) where the component is not bipartite, 0 (A) where it is.
    var shift = [Double](repeating: 0, count: n)
    for v in 0..<n where !components.bipartite[Int(components.label[v])] { shift[v] = 1 }
    var x = [Double](repeating: 1 / Double(n), count: n)
    normalizeEach(&x, components)
    var previous = x        // one step back
    var beforePrevious = x  // two steps back
    var next = x
    var converged = [Bool](repeating: false, count: count)
    var lastChange = [Double](repeating: 0, count: count), changeTwoStepsBack = lastChange
    var iterations = 0
    var worst = Double.infinity
    while converged.contains(false) {
        if iterations == maxIterations {
            throw ConvergenceError(algorithm: "eigenvector", iterations: maxIterations, lastChange: worst)
        }
        multiply(graph, useWeights: useWeights, x, shift: shift, into: &next)
        normalizeEach(&next, components)
        iterations += 1
        beforePrevious = previous
        previous = x
        swap(&x, &next)
        worst = 0
        for c in 0..<count where !converged[c] {
            let members = components.members[c]
            // A bipartite component alternates: compare with two steps back (after two steps).
            let bipartite = components.bipartite[c]
            if bipartite && iterations < 2 { worst = .infinity; continue }
            var change = 0.0
            for v in members {
                let i = Int(v)
                change += abs(x[i] - (bipartite ? beforePrevious[i] : previous[i]))
            }
            // The changes shrink geometrically at a rate r per period (one step, or two when the
            // iterates alternate), so the distance left to the limit is at most about
            // change / (1 − r); both must be below the threshold.
            let earlier = bipartite ? changeTwoStepsBack[c] : lastChange[c]
            let rate = earlier > 0 ? change / earlier : 1
            changeTwoStepsBack[c] = lastChange[c]
            lastChange[c] = change
            let remaining = change == 0 ? 0 : (rate < 1 ? change / (1 - rate) : .infinity)
            let threshold = Double(members.count) * tolerance
            if change < threshold && remaining < threshold { converged[c] = true }
            worst = max(worst, change)
        }
    }
    // A bipartite component's eigenvector is the sum of its last two (alternating) iterates.
    for c in 0..<count where components.bipartite[c] {
        for v in components.members[c] { x[Int(v)] += previous[Int(v)] }
    }
    normalizeEach(&x, components)
    // Each component's eigenvalue is its Rayleigh quotient xᵀ A x (x of unit norm).
    multiply(graph, useWeights: useWeights, x, shift: [Double](repeating: 0, count: n), into: &next)
    var eigenvalue = [Double](repeating: 0, count: count)
    for v in 0..<n { eigenvalue[Int(components.label[v])] += x[v] * next[v] }
    let top = eigenvalue.max() ?? 0
    var result = [Double](repeating: 0, count: n)
    for c in 0..<count where eigenvalue[c] >= top - 1e-9 * max(1, abs(top)) {
        // The uniform start's projection on this component's eigenvector.
        var weight = 0.0
        for v in components.members[c] { weight += x[Int(v)] }
        for v in components.members[c] { result[Int(v)] = weight * x[Int(v)] }
    }
    var norm = 0.0
    for v in 0..<n { norm += result[v] * result[v] }
    norm = norm.squareRoot()
    if norm > 0 { for v in 0..<n { result[v] /= norm } }
    return result
}

/// NetworkX's iteration x ← xᵀ(A + I), normalised, over the whole graph (used for directed graphs).
func shiftedPowerIteration(_ graph: Graph, useWeights: Bool, tolerance: Double, maxIterations: Int) throws -> [Double] {
    let n = graph.vertexCount
    var x = [Double](repeating: 1.0 / Double(n), count: n)
    var next = x
    var change = Double.infinity
    for _ in 0..<maxIterations {
        // next = x + Aᵀx, computed as "every v sends x[v]·w to each neighbour" (NetworkX's order).
        graph.withView(useWeights: useWeights) { view in
            x.withUnsafeBufferPointer { x in
                next.withUnsafeMutableBufferPointer { next in
                    for v in 0..<n { next[v] = x[v] }
                    for v in 0..<n {
                        let xv = x[v]
                        if let w = view.weights {
                            for i in Int(view.offsets[v])..<Int(view.offsets[v + 1]) { next[Int(view.targets[i])] += xv * w[i] }
                        } else {
                            for i in Int(view.offsets[v])..<Int(view.offsets[v + 1]) { next[Int(view.targets[i])] += xv }
                        }
                    }
                }
            }
        }
        var norm = 0.0
        for v in 0..<n { norm += next[v] * next[v] }
        norm = norm.squareRoot()
        if norm == 0 { norm = 1 }
        change = 0
        for v in 0..<n {
            next[v] /= norm
            change += abs(next[v] - x[v])
        }
        swap(&x, &next)
        if change < Double(n) * tolerance { return x }
    }
    throw ConvergenceError(algorithm: "eigenvector", iterations: maxIterations, lastChange: change)
}
