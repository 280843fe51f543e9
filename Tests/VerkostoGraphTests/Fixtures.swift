import Foundation
import Testing
@testable import VerkostoGraph

/// Loads the NetworkX fixtures made by `Fixtures/make_fixtures.py`.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func json(_ name: String) -> [String: Any] {
        let data = try! Data(contentsOf: folder.appendingPathComponent(name))
        return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// One-mode cases from `centrality.json`.
    static let graphs: [OneModeCase] = (json("centrality.json")["graphs"] as! [[String: Any]]).map(OneModeCase.init)
    /// Two-mode cases from `bipartite.json`.
    static let bipartite: [TwoModeCase] = (json("bipartite.json")["bipartite"] as! [[String: Any]]).map(TwoModeCase.init)

    static func graph(_ name: String) -> OneModeCase { graphs.first { $0.name == name }! }
}

struct OneModeCase: Sendable, CustomTestStringConvertible {
    let name: String
    let graph: Graph
    let expected: [String: [Double]]
    var testDescription: String { name }

    init(_ d: [String: Any]) {
        name = d["name"] as! String
        let n = d["n"] as! Int
        let edges = d["edges"] as! [[Int]]
        let weights = d["weights"] as? [Double]
        var b = GraphBuilder(vertexCount: n, directed: d["directed"] as! Bool)
        for (i, e) in edges.enumerated() {
            b.addEdge(Int32(e[0]), Int32(e[1]), weight: weights?[i])
        }
        graph = b.build()
        var expected: [String: [Double]] = [:]
        for (k, v) in d { if let values = v as? [Double], k != "weights" { expected[k] = values } }
        self.expected = expected
    }
}

struct TwoModeCase: Sendable, CustomTestStringConvertible {
    let name: String
    let graph: BipartiteGraph
    let expected: [String: [Double]]
    /// Projection edges `[u, v, weight]` by side ("left"/"right") and weighting name.
    let projections: [String: [String: [[Double]]]]
    var testDescription: String { name }

    init(_ d: [String: Any]) {
        name = d["name"] as! String
        let pairs = d["pairs"] as! [[Int]]
        graph = BipartiteGraph(leftCount: d["left"] as! Int, rightCount: d["right"] as! Int,
                               left: pairs.map { Int32($0[0]) }, right: pairs.map { Int32($0[1]) })
        var expected: [String: [Double]] = [:]
        for (k, v) in d { if let values = v as? [Double] { expected[k] = values } }
        self.expected = expected
        projections = ["left": d["project_left"] as! [String: [[Double]]],
                       "right": d["project_right"] as! [String: [[Double]]]]
    }
}

/// Whether two vectors agree to `relative` (with a tiny absolute floor for values near 0).
func close(_ a: [Double], _ b: [Double], relative: Double = 1e-9) -> Bool {
    guard a.count == b.count else { return false }
    for (x, y) in zip(a, b) where abs(x - y) > relative * max(abs(x), abs(y)) + 1e-14 {
        return false
    }
    return true
}
