#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The contingency table of two labelings: counts of each (a, b) pair, and row and column sums.
struct Contingency {
    var cells: [Double] = []   // non-zero cell counts
    var rows: [Double] = []
    var columns: [Double] = []
    var n: Double = 0

    init(_ a: [Int32], _ b: [Int32]) {
        precondition(a.count == b.count, "labelings must have the same length")
        let ca = canonicalLabels(a), cb = canonicalLabels(b)
        let ka = Int((ca.max() ?? -1) + 1), kb = Int((cb.max() ?? -1) + 1)
        rows = [Double](repeating: 0, count: ka)
        columns = [Double](repeating: 0, count: kb)
        var keys = [Int](repeating: 0, count: a.count)
        for i in a.indices {
            rows[Int(ca[i])] += 1
            columns[Int(cb[i])] += 1
            keys[i] = Int(ca[i]) * kb + Int(cb[i])
        }
        keys.sort()
        var i = 0
        while i < keys.count {
            var j = i
            while j < keys.count && keys[j] == keys[i] { j += 1 }
            cells.append(Double(j - i))
            i = j
        }
        n = Double(a.count)
    }
}

/// Normalised mutual information of two labelings, arithmetic-mean normalisation:
/// `NMI = I(A; B) / ((H(A) + H(B)) / 2)`, as scikit-learn's `normalized_mutual_info_score`
/// with its default `average_method="arithmetic"` (Strehl & Ghosh 2002 use the geometric mean).
///
/// Natural logarithms (the base cancels). Like scikit-learn: two labelings that each have a single
/// class (or are empty) score 1; otherwise zero mutual information scores 0.
/// - Parameters:
///   - a: one label per item (e.g. detected community).
///   - b: one label per item (e.g. sector).
/// - Returns: a value in `[0, 1]`; 1 when the labelings are equal up to renaming.
/// - Complexity: O(*n* log *n*).
public func normalizedMutualInformation(_ a: [Int32], _ b: [Int32]) -> Double {
    let t = Contingency(a, b)
    if t.rows.count == t.columns.count && t.rows.count <= 1 { return 1 }
    var mi = 0.0
    // I = Σ p_ij log(p_ij / (p_i p_j)); walk the cells again with their row and column.
    let ca = canonicalLabels(a), cb = canonicalLabels(b)
    let kb = t.columns.count
    var keys = [Int](repeating: 0, count: a.count)
    for i in a.indices { keys[i] = Int(ca[i]) * kb + Int(cb[i]) }
    keys.sort()
    var i = 0
    while i < keys.count {
        var j = i
        while j < keys.count && keys[j] == keys[i] { j += 1 }
        let nij = Double(j - i)
        let r = t.rows[keys[i] / kb], c = t.columns[keys[i] % kb]
        mi += nij / t.n * log(nij * t.n / (r * c))
        i = j
    }
    if mi <= 0 { return 0 }
    func entropy(_ counts: [Double]) -> Double {
        counts.reduce(0) { $1 > 0 ? $0 - $1 / t.n * log($1 / t.n) : $0 }
    }
    let normaliser = (entropy(t.rows) + entropy(t.columns)) / 2
    return min(1, mi / normaliser)
}

/// Adjusted Rand index of two labelings (Hubert & Arabie 1985), as scikit-learn's `adjusted_rand_score`.
///
/// `ARI = (Σ_ij C(n_ij, 2) − X) / (½(Σ_i C(a_i, 2) + Σ_j C(b_j, 2)) − X)` with
/// `X = Σ_i C(a_i, 2) Σ_j C(b_j, 2) / C(n, 2)`: the Rand index corrected for chance.
/// When the denominator is 0 (both labelings trivial in the same way) the score is 1, as scikit-learn.
/// - Parameters:
///   - a: one label per item.
///   - b: one label per item.
/// - Returns: 1 for equal labelings up to renaming, about 0 for independent ones; can be negative.
/// - Complexity: O(*n* log *n*).
public func adjustedRandIndex(_ a: [Int32], _ b: [Int32]) -> Double {
    let t = Contingency(a, b)
    func pairs(_ x: Double) -> Double { x * (x - 1) / 2 }
    let sumCells = t.cells.reduce(0) { $0 + pairs($1) }
    let sumRows = t.rows.reduce(0) { $0 + pairs($1) }
    let sumColumns = t.columns.reduce(0) { $0 + pairs($1) }
    let all = pairs(t.n)
    guard all > 0 else { return 1 }
    let expected = sumRows * sumColumns / all
    let maximum = (sumRows + sumColumns) / 2
    guard maximum != expected else { return 1 }
    return (sumCells - expected) / (maximum - expected)
}
