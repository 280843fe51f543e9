import Foundation
import Testing
@testable import VerkostoGraph

/// Loads `Fixtures/structure.json`, made by `Fixtures/make_structure_fixtures.py`
/// (NetworkX, igraph and scikit-learn; versions are recorded in the file).
enum StructureFixtures {
    nonisolated(unsafe) static let root: [String: Any] = Fixtures.json("structure.json")

    static func cases(_ key: String) -> [FixtureCase] {
        (root[key] as! [[String: Any]]).map(FixtureCase.init)
    }

    static let holes = cases("holes")
    static let structure = cases("structure")
    static let communities = cases("communities")
    static let assortativity = cases("assortativity")

    static func community(_ name: String) -> FixtureCase { communities.first { $0.name == name }! }
}

/// One graph from `structure.json` with its raw expected values.
struct FixtureCase: @unchecked Sendable, CustomTestStringConvertible {
    let name: String
    let graph: Graph
    let values: [String: Any]
    var testDescription: String { name }

    init(_ d: [String: Any]) {
        name = d["name"] as! String
        let n = d["n"] as! Int
        let edges = d["edges"] as! [[Int]]
        let weights = d["weights"] as? [Double]
        var b = GraphBuilder(vertexCount: n, directed: d["directed"] as! Bool)
        for (i, e) in edges.enumerated() { b.addEdge(Int32(e[0]), Int32(e[1]), weight: weights?[i]) }
        graph = b.build()
        values = d
    }

    func number(_ key: String) -> Double { (values[key] as! NSNumber).doubleValue }
    func ints(_ key: String) -> [Int] { (values[key] as! [NSNumber]).map(\.intValue) }
    func labels(_ key: String) -> [Int32] { ints(key).map(Int32.init) }
    /// Doubles where JSON `null` (NetworkX's NaN) becomes `.nan`.
    func doubles(_ key: String) -> [Double] {
        (values[key] as! [Any]).map { ($0 as? NSNumber)?.doubleValue ?? .nan }
    }
}

/// Like `close`, but NaN matches only NaN.
func closeOrNaN(_ a: [Double], _ b: [Double], relative: Double = 1e-9) -> Bool {
    guard a.count == b.count else { return false }
    for (x, y) in zip(a, b) {
        if x.isNaN || y.isNaN { if x.isNaN != y.isNaN { return false } else { continue } }
        if abs(x - y) > relative * max(abs(x), abs(y)) + 1e-12 { return false }
    }
    return true
}

/// Loads `Fixtures/numeric.json`, made by `Fixtures/make_numeric_fixtures.py` (numpy's exact
/// eigenvectors, NetworkX in exact rational arithmetic, igraph, NetworkX's sampled betweenness;
/// versions are recorded in the file).
enum NumericFixtures {
    nonisolated(unsafe) static let root: [String: Any] = Fixtures.json("numeric.json")

    static func cases(_ key: String) -> [FixtureCase] {
        (root[key] as! [[String: Any]]).map(FixtureCase.init)
    }

    static let eigenvector = cases("eigenvector")
    static let ties = cases("ties")
    static let sampled = cases("sampled")
    static let estimates = cases("estimates")
    static let communities = cases("communities")

    static func estimate(_ name: String) -> FixtureCase { estimates.first { $0.name == name }! }
}
