#!/usr/bin/env python3
"""Expected values for the numeric tests of VerkostoGraph (numeric.json), from independent sources:

- eigenvector: the exact unit eigenvector of the largest eigenvalue of A, from numpy.linalg.eigh,
  on graphs where power iteration struggles (a bipartite graph, on which plain iteration on A
  oscillates; two components with close eigenvalues, as OPH's two-mode graph of 2022 has);
  NetworkX where the largest eigenvalue is shared (then numpy's basis is arbitrary, and the
  answer is the limit of NetworkX's iteration from the uniform vector);
- ties: betweenness and closeness with weights as lengths, computed by NetworkX in exact rational
  arithmetic (fractions.Fraction weights), so that mathematically equal path lengths tie; igraph's
  values (floating point with its relative tolerance) are stored beside them;
- sampled: NetworkX betweenness_centrality(k=K, seed=S) with the pivots it drew
  (random.Random(S).sample(list(G), K), as its seed handling does);
- estimates: exact betweenness, closeness and harmonic centrality (NetworkX) of seeded graphs, for
  the statistical tests of our sampled estimates;
- communities: the karate club, the Florentine families, Les Misérables and a random geometric
  graph, as edge lists (the test checks how our communities are numbered).

Run from this folder with numpy, networkx and igraph installed (for example the virtual
environment `make bench` creates: ../../../.build/bench-venv/bin/python make_numeric_fixtures.py).
Vertices are renumbered 0..n-1 in the order NetworkX lists them.
"""
import json, random
from fractions import Fraction
import numpy as np
import networkx as nx
import igraph as ig


def nanable(x):
    x = float(x)
    return None if x != x else x  # JSON has no NaN: null means "no value"


def relabel(G):
    nodes = list(G.nodes())
    return nodes, {v: i for i, v in enumerate(nodes)}


def graph_json(name, G, weight=None):
    nodes, idx = relabel(G)
    out = {"name": name, "n": len(nodes), "directed": G.is_directed(),
           "edges": [[idx[u], idx[v]] for u, v in G.edges()],
           "weights": [float(d[weight]) for _, _, d in G.edges(data=True)] if weight else None}
    return out, nodes


def exact_eigenvector(G, weight=None):
    """numpy's unit eigenvector of the largest eigenvalue, signed to be non-negative."""
    A = nx.to_numpy_array(G, weight=weight)
    values, vectors = np.linalg.eigh(A)
    assert values[-1] - values[-2] > 1e-9 * abs(values[-1]), "largest eigenvalue must be simple"
    x = vectors[:, -1]
    x = x if x.sum() >= 0 else -x
    x[np.abs(x) < 1e-15] = 0.0
    return [float(v) for v in x], float(values[-1]), float(values[-2]), float(values[0])


def plain_iteration_oscillates(G):
    """Power iteration on A itself: consecutive unit iterates stay far apart on a bipartite graph."""
    A = nx.to_numpy_array(G)
    x = np.ones(len(G)) / len(G)
    previous = x
    for _ in range(1000):
        previous, x = x, A @ x
        x /= np.linalg.norm(x)
    return float(np.abs(x - previous).sum())


def networkx_converges(G, weight=None):
    try:
        nx.eigenvector_centrality(G, weight=weight)
        return True
    except nx.PowerIterationFailedConvergence:
        return False


def eigenvector_case(name, G, weight=None, exact=True):
    out, nodes = graph_json(name, G, weight)
    if exact:
        x, top, second, bottom = exact_eigenvector(G, weight)
        out.update({"eigenvector": x, "source": "numpy.linalg.eigh", "largest": top, "second": second,
                    "smallest": bottom})
    else:
        c = nx.eigenvector_centrality(G, weight=weight, tol=1e-14, max_iter=100000)
        out.update({"eigenvector": [float(c[v]) for v in nodes], "source": "networkx (shared largest eigenvalue)"})
    out["networkx_converges_in_100"] = networkx_converges(G, weight)
    out["bipartite"] = nx.is_bipartite(G)
    if out["bipartite"] and nx.is_connected(G):
        out["plain_iteration_gap"] = plain_iteration_oscillates(G)
    return out


def random_bipartite(left, right, p, seed, offset=0):
    G = nx.bipartite.random_graph(left, right, p, seed=seed)
    G = nx.subgraph(G, max(nx.connected_components(G), key=len)).copy()
    return nx.relabel_nodes(G, {v: v + offset for v in G})


def eigenvector_cases():
    cases = []
    davis = nx.davis_southern_women_graph()
    cases.append(eigenvector_case("davis_bipartite", davis))
    hub = random_bipartite(60, 12, 0.15, seed=4)
    hub.add_edges_from((0, r) for r in range(60, 72))  # one organisation in every network
    cases.append(eigenvector_case("bipartite_with_hub", hub))
    # Two bipartite components whose largest eigenvalues are about 3 % apart, like OPH's
    # two-mode graph on 2022-06-30 (12.55 and 12.23), plus an isolated vertex.
    a = nx.complete_bipartite_graph(3, 50)
    b = nx.relabel_nodes(nx.complete_bipartite_graph(4, 40), {v: v + 100 for v in range(44)})
    b.remove_edge(100, 104)
    close = nx.union(a, b)
    close.add_node(999)
    cases.append(eigenvector_case("two_components_close", close))
    # The same two joined by one edge: one bipartite component whose two largest eigenvalues are
    # close (a slow case for every power iteration; NetworkX stops after 100 steps).
    bridged = nx.union(a, b)
    bridged.add_edge(0, 100 + 4)
    cases.append(eigenvector_case("two_communities_bridged", bridged))
    cases.append(eigenvector_case("karate", nx.karate_club_graph()))
    cases.append(eigenvector_case("karate_weighted", nx.karate_club_graph(), weight="weight"))
    # Equal largest eigenvalues: two triangles and a path; then the limit of NetworkX's iteration.
    tied = nx.union(nx.complete_graph(3), nx.relabel_nodes(nx.complete_graph(3), {0: 3, 1: 4, 2: 5}))
    tied.add_edges_from([(6, 7), (7, 8)])
    cases.append(eigenvector_case("tied_components", tied, exact=False))
    edgeless = nx.empty_graph(3)
    cases.append(eigenvector_case("edgeless", edgeless, exact=False))
    return cases


def ties_graph():
    """Lengths whose mathematically equal sums differ in floating point (0.1 + 0.2 and 0.3;
    1/5 + 1/5 + 1/5 and 3/5; 0.2 + 0.4 and 0.6), and a random graph with lengths 1/w for counts w."""
    G = nx.Graph()
    F = Fraction
    G.add_weighted_edges_from([("s", "a", F(1, 10)), ("a", "t", F(2, 10)), ("s", "t", F(3, 10)),
                               ("t", "b", F(2, 10)), ("b", "c", F(4, 10)), ("t", "c", F(6, 10)),
                               ("c", "d", F(1, 5)), ("d", "e", F(1, 5)), ("e", "f", F(1, 5)), ("c", "f", F(3, 5)),
                               ("f", "g", F(1, 3)), ("g", "h", F(1, 6)), ("f", "h", F(1, 2))])
    return G


def counts_graph(seed):
    """A random graph whose lengths are 1/w for shared-member counts w = 1..6 (as a projection
    read as distances gives), so that sums of unit fractions often tie."""
    rng = random.Random(seed)
    G = nx.gnm_random_graph(60, 150, seed=seed)
    G = nx.subgraph(G, max(nx.connected_components(G), key=len)).copy()
    for u, v in G.edges():
        G[u][v]["weight"] = Fraction(1, rng.randint(1, 6))
    return G


def ties_case(name, G):
    out, nodes = graph_json(name, G, "weight")
    exact_b = nx.betweenness_centrality(G, weight="weight")
    exact_c = nx.closeness_centrality(G, distance="weight")
    floats = G.copy()
    for u, v, d in floats.edges(data=True):
        d["weight"] = float(d["weight"])
    float_b = nx.betweenness_centrality(floats, weight="weight")
    idx = {v: i for i, v in enumerate(nodes)}
    h = ig.Graph(n=len(nodes), edges=[(idx[u], idx[v]) for u, v in floats.edges()])
    h.es["weight"] = [d["weight"] for _, _, d in floats.edges(data=True)]
    n = len(nodes)
    igraph_b = [b / ((n - 1) * (n - 2) / 2) for b in h.betweenness(weights="weight")]
    out.update({"betweenness": [float(exact_b[v]) for v in nodes],
                "closeness": [float(exact_c[v]) for v in nodes],
                "betweenness_igraph": igraph_b,
                "betweenness_networkx_floats": [float(float_b[v]) for v in nodes]})
    return out


def sampled_case(name, G, k, seed):
    out, nodes = graph_json(name, G)
    idx = {v: i for i, v in enumerate(nodes)}
    pivots = random.Random(seed).sample(list(G.nodes()), k)
    out["pivots"] = [idx[p] for p in pivots]
    for normalized in (True, False):
        b = nx.betweenness_centrality(G, k=k, seed=seed, normalized=normalized)
        out["betweenness" if normalized else "betweenness_raw"] = [nanable(b[v]) for v in nodes]
    return out


def estimate_case(name, G):
    out, nodes = graph_json(name, G)
    b = nx.betweenness_centrality(G)
    c = nx.closeness_centrality(G)
    h = nx.harmonic_centrality(G)
    out.update({"betweenness": [float(b[v]) for v in nodes], "closeness": [float(c[v]) for v in nodes],
                "harmonic": [float(h[v]) for v in nodes]})
    return out


def main():
    ties = [ties_case("unit_fraction_sums", ties_graph()), ties_case("counts_as_lengths", counts_graph(11))]
    for case in ties:  # the point of the fixture: floating-point NetworkX misses ties here
        assert case["betweenness"] != case["betweenness_networkx_floats"], case["name"]
    sampled = [sampled_case("ba_sampled", nx.barabasi_albert_graph(80, 2, seed=3), k=12, seed=5),
               sampled_case("directed_sampled", nx.gnp_random_graph(50, 0.08, seed=9, directed=True), k=9, seed=2),
               sampled_case("one_pivot", nx.path_graph(6), k=1, seed=1)]
    estimates = [estimate_case("ba_500", nx.barabasi_albert_graph(500, 3, seed=5)),
                 estimate_case("watts_strogatz_400", nx.connected_watts_strogatz_graph(400, 6, 0.1, seed=8))]
    communities = [graph_json("karate", nx.karate_club_graph())[0],
                   graph_json("florentine", nx.florentine_families_graph())[0],
                   graph_json("les_miserables", nx.les_miserables_graph(), "weight")[0],
                   graph_json("random_geometric", nx.random_geometric_graph(200, 0.12, seed=4))[0]]
    json.dump({"networkx": nx.__version__, "numpy": np.__version__, "igraph": ig.__version__,
               "eigenvector": eigenvector_cases(), "ties": ties, "sampled": sampled, "estimates": estimates,
               "communities": communities},
              open("numeric.json", "w"), indent=0, allow_nan=False)


if __name__ == "__main__":
    main()
