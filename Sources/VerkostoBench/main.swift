import VerkostoGraph
import VerkostoSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let usage = """
usage: verkosto-bench [--out DIR] [--json FILE] [--graphs LIST] [--tasks LIST] [--seed S] [--repeat R]
                      [--all-pairs-max N]
  --out DIR          where edge lists are written (default bench-out)
  --json FILE        also write the timings there (default DIR/ours.json)
  --graphs LIST      ba10k,ba100k,er50k,affiliation (default all)
  --tasks LIST       betweenness,closeness,pagerank,projection,louvain,components (default all)
  --seed S           generator seed (default 42)
  --repeat R         runs per timing, median reported; 1 run once a run exceeds 60 s (default 3)
  --all-pairs-max N  run betweenness/closeness only on graphs with at most N vertices (default 20000)
Prints a JSON list of {"task", "threads", "seconds", "graph"} for /work/shared/bench/compare.py,
with peak memory (getrusage maxrss) as {"task": "peak_memory", "kilobytes": K}; writes it to
DIR/ours.json, and each graph's timings to DIR/ours-GRAPH.json (compare.py wants one graph a file).
"""

/// Writes `text` to standard error.
func eprint(_ text: String) {
    var text = text
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

func fail(_ message: String) -> Never {
    eprint("verkosto-bench: \(message)\n\(usage)")
    exit(64)
}

var outDir = "bench-out", jsonPath: String? = nil, seed: UInt64 = 42, repeats = 3, allPairsMax = 20_000
var graphs = ["ba10k", "ba100k", "er50k", "affiliation"]
var tasks = ["betweenness", "closeness", "pagerank", "projection", "louvain", "components"]
var args = Array(CommandLine.arguments.dropFirst())
while !args.isEmpty {
    let flag = args.removeFirst()
    if flag == "--help" || flag == "-h" { print(usage); exit(0) }
    guard !args.isEmpty else { fail("\(flag) needs a value") }
    let value = args.removeFirst()
    switch flag {
    case "--out": outDir = value
    case "--json": jsonPath = value
    case "--graphs": graphs = value.split(separator: ",").map(String.init)
    case "--tasks": tasks = value.split(separator: ",").map(String.init)
    case "--seed": guard let s = UInt64(value) else { fail("--seed expects an integer") }; seed = s
    case "--repeat": guard let r = Int(value), r > 0 else { fail("--repeat expects a positive integer") }; repeats = r
    case "--all-pairs-max": guard let r = Int(value) else { fail("--all-pairs-max expects an integer") }; allPairsMax = r
    default: fail("unknown option \(flag)")
    }
}
for g in graphs where !["ba10k", "ba100k", "er50k", "affiliation"].contains(g) { fail("unknown graph \(g)") }
for t in tasks where !["betweenness", "closeness", "pagerank", "projection", "louvain", "components"].contains(t) {
    fail("unknown task \(t)")
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

func peakKilobytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss)
}

/// Median time of `repeats` runs of `body` (one run when a run takes over 60 s).
@MainActor func time(_ body: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<repeats {
        let t0 = now()
        body()
        times.append(now() - t0)
        if times.last! > 60 { break }
    }
    times.sort()
    return times[times.count / 2]
}

/// Writes lines to `path` through a buffered C stream.
func writeLines(_ path: String, count: Int, _ line: (Int) -> String) {
    guard let f = fopen(path, "w") else { fail("cannot create \(path)") }
    for i in 0..<count { fputs(line(i), f) }
    fclose(f)
}

mkdir(outDir, 0o755)
var results: [String] = []
var resultsByGraph: [String: [String]] = [:]
@MainActor func record(_ task: String, _ threads: Int, _ seconds: Double, _ graph: String) {
    let entry = "{\"task\": \"\(task)\", \"threads\": \(threads), \"seconds\": \(seconds), \"graph\": \"\(graph)\"}"
    results.append(entry)
    resultsByGraph[graph, default: []].append(entry)
    eprint(entry + "\n")
}
var sink = 0.0  // keeps results alive so the optimiser cannot drop the work

for name in graphs {
    var rng = SplitMix64(seed: seed)
    if name == "affiliation" {
        let (orgs, nets) = affiliation(networks: 2000, organisations: 200_000, rng: &rng)
        writeLines("\(outDir)/affiliation.csv", count: orgs.count) { "o\(orgs[$0]),n\(nets[$0])\n" }
        eprint("# affiliation: \(orgs.count) memberships -> \(outDir)/affiliation.csv\n")
        if tasks.contains("projection") {
            let b = BipartiteGraph(leftCount: 200_000, rightCount: 2000, left: orgs, right: nets)
            var edges = 0
            let s = time {
                let p = try! project(b, onto: .right, weighting: .jaccard)
                edges = p.edgeCount
                sink += p.weights!.first ?? 0
            }
            eprint("# projection onto networks: \(edges) pairs\n")
            record("projection", 1, s, name)
        }
        continue
    }
    let list: EdgeList
    switch name {
    case "ba10k": list = barabasiAlbert(n: 10_000, m: 5, rng: &rng)
    case "ba100k": list = barabasiAlbert(n: 100_000, m: 5, rng: &rng)
    default: list = erdosRenyi(n: 50_000, averageDegree: 10, rng: &rng)
    }
    writeLines("\(outDir)/\(name).csv", count: list.sources.count) { "\(list.sources[$0]),\(list.targets[$0])\n" }
    let g = list.graph()
    eprint("# \(name): \(g.vertexCount) vertices, \(g.edgeCount) edges -> \(outDir)/\(name).csv\n")
    let allPairs = g.vertexCount <= allPairsMax
    if tasks.contains("betweenness") && allPairs {
        for threads in [1, 2] {
            record("betweenness", threads, time { sink += betweenness(g, threads: threads)[0] }, name)
        }
    }
    if tasks.contains("closeness") && allPairs {
        for threads in [1, 2] {
            record("closeness", threads, time { sink += closeness(g, threads: threads)[0] }, name)
        }
    }
    if tasks.contains("pagerank") {
        // Per-vertex tolerance 1e-10 (L1 change < n·1e-10), tighter than NetworKit's 1e-8 run in compare.py.
        record("pagerank", 1, time { sink += try! pageRank(g, tolerance: 1e-10, maxIterations: 1000)[0] }, name)
    }
    if tasks.contains("louvain") {
        // Single-threaded Louvain (seed 1); its modularity goes to stderr for comparison with igraph.
        var q = 0.0, k = 0
        record("louvain", 1, time { let p = louvain(g, seed: 1); q = p.modularity; k = p.count }, name)
        eprint("# \(name): louvain modularity \(q), \(k) communities\n")
        sink += q
    }
    if tasks.contains("components") {
        record("components", 1, time { sink += Double(connectedComponents(g).count) }, name)
    }
}
results.append("{\"task\": \"peak_memory\", \"kilobytes\": \(peakKilobytes())}")
let json = "[\n" + results.joined(separator: ",\n") + "\n]\n"
print(json, terminator: "")
writeLines(jsonPath ?? "\(outDir)/ours.json", count: 1) { _ in json }
// compare.py keys timings by task and thread count only, so each graph also gets its own file.
for (graph, entries) in resultsByGraph {
    writeLines("\(outDir)/ours-\(graph).json", count: 1) { _ in "[\n" + entries.joined(separator: ",\n") + "\n]\n" }
}
if sink.isNaN { eprint("") }
