import VerkostoGraph
import VerkostoSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An edge list as parallel arrays.
struct EdgeList {
    var vertexCount: Int
    var sources: [Int32] = []
    var targets: [Int32] = []

    func graph() -> Graph {
        var b = GraphBuilder(vertexCount: vertexCount)
        b.reserveEdges(sources.count)
        for i in 0..<sources.count { b.addEdge(sources[i], targets[i]) }
        return b.build(.init(parallelEdges: .merge, selfLoops: .drop))
    }
}

/// Barabási–Albert preferential attachment (Barabási & Albert 1999), as NetworkX
/// `barabasi_albert_graph`: a star on m + 1 vertices, then each new vertex links to m distinct
/// vertices drawn from the list of edge endpoints.
func barabasiAlbert(n: Int, m: Int, rng: inout SplitMix64) -> EdgeList {
    var list = EdgeList(vertexCount: n)
    var endpoints: [Int32] = []
    endpoints.reserveCapacity(2 * n * m)
    for v in 1...m {
        list.sources.append(0); list.targets.append(Int32(v))
        endpoints.append(0); endpoints.append(Int32(v))
    }
    var chosen: [Int32] = []
    for v in (m + 1)..<n {
        chosen.removeAll(keepingCapacity: true)
        while chosen.count < m {
            let t = endpoints[Int.random(in: 0..<endpoints.count, using: &rng)]
            if !chosen.contains(t) { chosen.append(t) }
        }
        for t in chosen {
            list.sources.append(Int32(v)); list.targets.append(t)
            endpoints.append(Int32(v)); endpoints.append(t)
        }
    }
    return list
}

/// Erdős–Rényi G(n, M) with M = n · averageDegree / 2 distinct edges, no self-loops.
func erdosRenyi(n: Int, averageDegree: Double, rng: inout SplitMix64) -> EdgeList {
    let m = Int(Double(n) * averageDegree / 2)
    var list = EdgeList(vertexCount: n)
    var seen = Set<UInt64>()
    seen.reserveCapacity(m)
    while list.sources.count < m {
        let a = Int32.random(in: 0..<Int32(n), using: &rng), b = Int32.random(in: 0..<Int32(n), using: &rng)
        if a == b { continue }
        let key = UInt64(UInt32(min(a, b))) << 32 | UInt64(UInt32(max(a, b)))
        if seen.insert(key).inserted { list.sources.append(a); list.targets.append(b) }
    }
    return list
}

/// An affiliation data set: each organisation joins 1–6 distinct networks (uniform count),
/// chosen with Zipf-like popularity: P(network r) ∝ 1 / (r + 10)^0.9.
func affiliation(networks: Int, organisations: Int, rng: inout SplitMix64) -> (organisations: [Int32], networks: [Int32]) {
    var cumulative = [Double](repeating: 0, count: networks)
    var total = 0.0
    for r in 0..<networks {
        total += 1 / pow(Double(r + 10), 0.9)
        cumulative[r] = total
    }
    var orgs: [Int32] = [], nets: [Int32] = []
    var chosen: [Int32] = []
    for o in 0..<organisations {
        let k = Int.random(in: 1...6, using: &rng)
        chosen.removeAll(keepingCapacity: true)
        while chosen.count < k {
            let x = Double.random(in: 0..<total, using: &rng)
            var lo = 0, hi = networks - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if cumulative[mid] <= x { lo = mid + 1 } else { hi = mid }
            }
            if !chosen.contains(Int32(lo)) { chosen.append(Int32(lo)) }
        }
        for net in chosen { orgs.append(Int32(o)); nets.append(net) }
    }
    return (orgs, nets)
}
