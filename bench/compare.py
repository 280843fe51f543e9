#!/usr/bin/env python3
"""Verkosto's benchmark against its peers, side by side in one run.

    python3 bench/compare.py [--bench .build/release/verkosto-bench] [--out bench-out]
                             [--graphs ba10k,ba100k,affiliation] [--tasks LIST] [--runs 3]
                             [--networkx] [--markdown FILE] [--json FILE]

For each seeded graph that `verkosto-bench` writes (Barabási–Albert with 10,000 and 100,000
vertices, m = 5; 2,000 networks × 200,000 organisations of affiliations) and each task, the
contenders take turns: one run of Verkosto (1 and 2 threads), then one run of each peer, round
after round. Turns keep a slow moment of a shared machine from falling on one contender only.
The peers are igraph, NetworKit (1 and 2 threads) and scipy (BᵀB for the projection); NetworkX
with --networkx (slow on these sizes). Each peer loads the graph once, in its own process, before
the first round; only the computation is timed, as Verkosto's own timer does.

Each time is the median of --runs rounds (default 3); a contender whose run took over 60 s is not
run again. The table gives, per task and Verkosto thread count: our wall-clock time, the best
peer's (any thread count), the ratio ours / best, the ratio to igraph (single-threaded), and for
one thread the ratio of CPU times to the single-threaded peer with the least CPU time, which a busy
shared machine disturbs less than wall-clock time.

The peers are installed on first use into a virtual environment, .build/bench-venv next to this
folder (VERKOSTO_BENCH_VENV overrides), from bench/requirements.txt.
"""
import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.environ.get("VERKOSTO_BENCH_VENV", os.path.join(ROOT, ".build", "bench-venv"))
REQUIREMENTS = os.path.join(ROOT, "bench", "requirements.txt")

# Which tasks each graph is used for (as in the first round of benchmarks).
GRAPH_TASKS = {
    "ba10k": ["betweenness", "closeness", "pagerank", "components"],
    "ba100k": ["pagerank", "louvain", "components", "betweenness-sample"],
    "affiliation": ["projection"],
}
SAMPLE = 1000  # pivots for betweenness-sample
SLOW = 60.0    # seconds: a contender this slow runs once


def ensure_venv():
    """The virtual environment's python, created and filled on first use."""
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        print(f"# creating {VENV} for the peers (once)", file=sys.stderr)
        made = subprocess.run([sys.executable, "-m", "venv", VENV])
        if made.returncode != 0:
            sys.exit("compare.py: cannot create a virtual environment; on Debian: apt-get install python3-venv")
    probe = subprocess.run([python, "-c", "import igraph, networkit, networkx, scipy, numpy"], capture_output=True)
    if probe.returncode != 0:
        print("# installing igraph, NetworKit, NetworkX, scipy and numpy (once)", file=sys.stderr)
        subprocess.run([python, "-m", "pip", "install", "-q", "-r", REQUIREMENTS], check=True)
    return python


# A peer: loads the graph, says "ready VERSION", then times one run per "run" line it reads.
WORKER = r'''
import os, sys, time
task, lib, threads, path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
sample = int(sys.argv[5])
os.environ["OMP_NUM_THREADS"] = str(threads)

def edge_list(path):
    import numpy as np
    e = np.loadtxt(path, delimiter=",", dtype=np.int64, ndmin=2)
    return int(e.max()) + 1, e

if task == "projection":
    import numpy as np, scipy, scipy.sparse as sp
    orgs, nets, rows, cols = {}, {}, [], []
    with open(path) as f:
        for line in f:
            o, n = line.rstrip("\n").split(",")
            rows.append(orgs.setdefault(o, len(orgs))); cols.append(nets.setdefault(n, len(nets)))
    r, c = np.array(rows), np.array(cols)
    # B is built once, untimed, as Verkosto's two-mode graph is: the product is what is compared.
    B = sp.csr_matrix((np.ones(len(r)), (r, c)), shape=(len(orgs), len(nets)))
    B.data[:] = 1.0  # repeated pairs count once
    B.sort_indices()
    def run():
        S = (B.T @ B).tocoo()
        degree = np.asarray(B.sum(axis=0)).ravel()
        upper = S.row < S.col
        shared = S.data[upper]
        return shared / (degree[S.row[upper]] + degree[S.col[upper]] - shared)
    version = "scipy " + scipy.__version__
else:
    n, e = edge_list(path)
    if lib == "igraph":
        import igraph as ig
        g = ig.Graph(n=n, edges=e.tolist()); g.simplify()
        runs = {"betweenness": lambda: g.betweenness(directed=False),
                "closeness": lambda: g.closeness(),
                "pagerank": lambda: g.pagerank(damping=0.85),
                "louvain": lambda: g.community_multilevel(),
                "components": lambda: g.connected_components()}
        version = "igraph " + ig.__version__
    elif lib == "networkit":
        import networkit as nk
        nk.setNumberOfThreads(threads)
        g = nk.Graph(n)
        for a, b in e.tolist():
            if a != b and not g.hasEdge(a, b): g.addEdge(a, b)
        runs = {"betweenness": lambda: nk.centrality.Betweenness(g, normalized=True).run(),
                "betweenness-sample": lambda: nk.centrality.EstimateBetweenness(g, sample, True, threads > 1).run(),
                "closeness": lambda: nk.centrality.Closeness(g, True, nk.centrality.ClosenessVariant.GENERALIZED).run(),
                "pagerank": lambda: nk.centrality.PageRank(g, 0.85, 1e-8).run(),
                "louvain": lambda: nk.community.PLM(g, refine=False).run(),
                "components": lambda: nk.components.ConnectedComponents(g).run()}
        version = "networkit " + nk.__version__
    else:
        import networkx as nx, random
        g = nx.Graph(); g.add_nodes_from(range(n)); g.add_edges_from((a, b) for a, b in e.tolist() if a != b)
        runs = {"betweenness": lambda: nx.betweenness_centrality(g),
                "betweenness-sample": lambda: nx.betweenness_centrality(g, k=sample, seed=1),
                "closeness": lambda: nx.closeness_centrality(g),
                "pagerank": lambda: nx.pagerank(g),
                "louvain": lambda: nx.community.louvain_communities(g, seed=1),
                "components": lambda: list(nx.connected_components(g))}
        version = "networkx " + nx.__version__
    if task not in runs:
        print("skip", flush=True); sys.exit(0)
    run = runs[task]
print("ready " + version, flush=True)
for line in sys.stdin:
    if line.strip() != "run": break
    t0, c0 = time.perf_counter(), time.process_time()
    run()
    print(f"{time.perf_counter() - t0!r} {time.process_time() - c0!r}", flush=True)
'''


class Peer:
    """A peer library in its own process, with the graph loaded."""

    def __init__(self, python, task, lib, threads, path):
        self.name = f"{lib} ({threads} thread{'s' if threads > 1 else ''})"
        self.lib, self.threads, self.times, self.cpu = lib, threads, [], []
        self.process = subprocess.Popen([python, "-c", WORKER, task, lib, str(threads), path, str(SAMPLE)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        first = self.process.stdout.readline().split(maxsplit=1)
        self.ready = bool(first) and first[0] == "ready"
        if self.ready:
            self.name = f"{first[1].strip()} ({threads} thread{'s' if threads > 1 else ''})"
        else:
            self.close()

    def run(self):
        self.process.stdin.write("run\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"{self.name} stopped")
        wall, cpu = line.split()
        self.times.append(float(wall))
        self.cpu.append(float(cpu))

    def close(self):
        try:
            self.process.stdin.close()
        except (BrokenPipeError, OSError):
            pass
        self.process.wait()


def ours_once(bench, out, graph, task, threads):
    """One run of Verkosto's benchmark for one task: {threads: (wall seconds, CPU seconds)}."""
    with tempfile.NamedTemporaryFile(suffix=".json") as f:
        subprocess.run([bench, "--out", out, "--graphs", graph, "--tasks", task, "--threads", threads,
                        "--repeat", "1", "--sample", str(SAMPLE), "--json", f.name],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        rows = json.load(open(f.name))
    return {int(r["threads"]): (float(r["seconds"]), float(r["cpu_seconds"])) for r in rows if r.get("task") == task}


def compare(python, args, graph, task):
    path = os.path.join(args.out, "affiliation.csv" if graph == "affiliation" else f"{graph}.csv")
    if task == "projection":
        specs = [("scipy", 1)]
    else:
        specs = [("igraph", 1), ("networkit", 1), ("networkit", 2)] + ([("networkx", 1)] if args.networkx else [])
    peers = [p for p in (Peer(python, task, lib, t, path) for lib, t in specs) if p.ready]
    ours = {}
    for _ in range(args.runs):
        slow_ours = ours and min(statistics.median(w for w, _ in v) for v in ours.values()) > SLOW
        if not slow_ours:
            for threads, timing in ours_once(args.bench, args.out, graph, task, args.threads).items():
                ours.setdefault(threads, []).append(timing)
        for peer in peers:
            if not peer.times or statistics.median(peer.times) <= SLOW:
                peer.run()
    for peer in peers:
        peer.close()
    medians = [(statistics.median(p.times), p.name, p.lib, statistics.median(p.cpu)) for p in peers if p.times]
    best = min(medians) if medians else None
    igraph = next((m for m in medians if m[2] == "igraph"), None)
    single = [m for p, m in zip([p for p in peers if p.times], medians) if p.threads == 1]
    best_cpu = min(single, key=lambda m: m[3]) if single else None
    rows = []
    for threads in sorted(ours):
        mine = statistics.median(w for w, _ in ours[threads])
        mine_cpu = statistics.median(c for _, c in ours[threads])
        rows.append({"graph": graph, "task": task, "threads": threads, "verkosto_s": mine, "verkosto_cpu_s": mine_cpu,
                     "best_peer": best[1] if best else None, "best_peer_s": best[0] if best else None,
                     "ratio": mine / best[0] if best else float("nan"),
                     "ratio_igraph": mine / igraph[0] if igraph else None,
                     "cpu_ratio": mine_cpu / best_cpu[3] if best_cpu and threads == 1 else None,
                     "cpu_peer": best_cpu[1] if best_cpu and threads == 1 else None,
                     "runs": len(ours[threads]),
                     "peers": [{"who": name, "seconds": s, "cpu_seconds": c} for s, name, _, c in medians]})
    return rows


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), cpu)
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", default=os.path.join(ROOT, ".build", "release", "verkosto-bench"))
    ap.add_argument("--out", default="bench-out", help="folder for the graphs (default bench-out)")
    ap.add_argument("--graphs", default=",".join(GRAPH_TASKS))
    ap.add_argument("--tasks", default="", help="only these tasks (default: each graph's own)")
    ap.add_argument("--threads", default="1,2", help="Verkosto's thread counts (default 1,2)")
    ap.add_argument("--runs", type=int, default=3, help="rounds; each time is the median (default 3)")
    ap.add_argument("--networkx", action="store_true", help="also time NetworkX (slow at these sizes)")
    ap.add_argument("--markdown", help="also write the table as Markdown to this file")
    ap.add_argument("--json", help="write every time to this file (default OUT/compare.json)")
    args = ap.parse_args()
    if args.runs < 1:
        sys.exit("compare.py: --runs must be at least 1")
    if not os.access(args.bench, os.X_OK):
        sys.exit(f"compare.py: no benchmark binary at {args.bench}; "
                 "build it with: swift build -c release --product verkosto-bench")
    python = ensure_venv()
    os.makedirs(args.out, exist_ok=True)
    only = set(filter(None, args.tasks.split(",")))
    rows = []
    for graph in args.graphs.split(","):
        if graph not in GRAPH_TASKS:
            sys.exit(f"compare.py: unknown graph {graph} (known: {', '.join(GRAPH_TASKS)})")
        subprocess.run([args.bench, "--out", args.out, "--graphs", graph, "--tasks", "none", "--json", os.devnull],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for task in GRAPH_TASKS[graph]:
            if only and task not in only:
                continue
            print(f"# {graph} {task} ...", file=sys.stderr)
            rows += compare(python, args, graph, task)
    header = (f"{'graph':<12} {'task':<19} {'thr':>3} {'verkosto s':>11} {'best peer s':>12} {'ratio':>7} "
              f"{'vs igraph':>9} {'cpu ratio':>9}  best peer")
    print(header)
    for r in rows:
        vs_igraph = f"{r['ratio_igraph']:.3f}" if r["ratio_igraph"] is not None else "–"
        cpu = f"{r['cpu_ratio']:.3f}" if r["cpu_ratio"] is not None else "–"
        print(f"{r['graph']:<12} {r['task']:<19} {r['threads']:>3} {r['verkosto_s']:>11.4f} "
              f"{r['best_peer_s'] or float('nan'):>12.4f} {r['ratio']:>7.3f} {vs_igraph:>9} {cpu:>9}  {r['best_peer']}")
    summary = {"date": datetime.date.today().isoformat(), "machine": machine(), "runs": args.runs, "rows": rows}
    json.dump(summary, open(args.json or os.path.join(args.out, "compare.json"), "w"), indent=1)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(f"Measured {summary['date']} on {summary['machine']}; medians of {args.runs} rounds.\n\n")
            f.write("| graph | task | threads | Verkosto s | best peer | peer s | ratio | vs igraph | CPU ratio |\n")
            f.write("|---|---|--:|--:|---|--:|--:|--:|--:|\n")
            for r in rows:
                vs_igraph = f"{r['ratio_igraph']:.2f}" if r["ratio_igraph"] is not None else "–"
                cpu = f"{r['cpu_ratio']:.2f}" if r["cpu_ratio"] is not None else "–"
                f.write(f"| {r['graph']} | {r['task']} | {r['threads']} | {r['verkosto_s']:.3g} | {r['best_peer']} | "
                        f"{r['best_peer_s']:.3g} | {r['ratio']:.2f} | {vs_igraph} | {cpu} |\n")


if __name__ == "__main__":
    main()
