#!/usr/bin/env python3
"""Expected values for VerkostoGraph tests, computed with NetworkX (an independent implementation).

Run from this folder:  python3 make_fixtures.py   (writes centrality.json and bipartite.json)
NetworkX version is recorded in each file. Vertices are renumbered 0..n-1 in the order listed.
Power iterations (eigenvector, PageRank) use tol=1e-13 so the values are converged well past 1e-9.
"""
import json, random
import networkx as nx
from networkx.algorithms import bipartite

TOL = 1e-13


def vec(d, nodes):
    return [float(d[v]) for v in nodes]


def one_mode(name, G, weighted):
    nodes = list(G.nodes())
    idx = {v: i for i, v in enumerate(nodes)}
    edges = [[idx[u], idx[v]] for u, v in G.edges()]
    out = {"name": name, "n": len(nodes), "directed": G.is_directed(), "edges": edges,
           "weights": [float(d["weight"]) for _, _, d in G.edges(data=True)] if weighted else None}
    w = "weight" if weighted else None
    out["degree"] = vec(nx.degree_centrality(G), nodes) if len(G) > 1 else [0.0] * len(G)
    out["strength"] = [float(G.degree(v, weight=w)) for v in nodes]
    out["betweenness"] = vec(nx.betweenness_centrality(G, weight=w), nodes)
    out["betweenness_raw"] = vec(nx.betweenness_centrality(G, weight=w, normalized=False), nodes)
    out["closeness"] = vec(nx.closeness_centrality(G, distance=w), nodes)
    out["harmonic"] = vec(nx.harmonic_centrality(G, distance=w), nodes)
    if not G.is_directed():
        out["eigenvector"] = vec(nx.eigenvector_centrality(G, weight=w, tol=TOL, max_iter=100000), nodes)
    out["pagerank"] = vec(nx.pagerank(G, weight=w, tol=TOL, max_iter=100000), nodes)
    return out


def small_weighted():
    G = nx.Graph()
    G.add_weighted_edges_from([(0, 1, 1.0), (0, 2, 4.0), (1, 2, 2.0), (1, 3, 5.0), (2, 3, 1.0),
                               (3, 4, 3.0), (2, 4, 7.5), (4, 5, 0.5), (5, 6, 1.0), (4, 6, 1.5)])
    return G


def disconnected():
    G = nx.Graph()
    G.add_nodes_from(range(12))  # 11 is isolated
    G.add_edges_from([(0, 1), (1, 2), (2, 3), (3, 0), (2, 4)])          # component A
    G.add_edges_from([(5, 6), (6, 7), (7, 8), (8, 9), (9, 10), (6, 9)])  # component B
    return G


def self_loops():
    G = nx.Graph()
    G.add_weighted_edges_from([(0, 0, 2.0), (0, 1, 1.0), (1, 2, 3.0), (2, 2, 1.0), (2, 3, 1.0),
                               (3, 4, 2.0), (1, 4, 1.0)])
    return G


def directed():
    G = nx.DiGraph()
    G.add_nodes_from(range(8))
    G.add_weighted_edges_from([(0, 1, 1.0), (1, 2, 2.0), (2, 0, 1.0), (2, 3, 0.5), (3, 4, 1.0),
                               (4, 5, 3.0), (5, 3, 1.0), (1, 6, 1.0), (6, 4, 2.0)])  # 5 -> 3 only; 6 ok; 7 isolated
    G.add_edge(4, 7, weight=1.0)  # 7 is dangling
    return G


def random_weighted(seed):
    rng = random.Random(seed)
    G = nx.gnm_random_graph(40, 90, seed=seed)
    for u, v in G.edges():
        G[u][v]["weight"] = rng.choice([0.5, 1.0, 1.5, 2.0, 3.0])
    return G


def one_vertex():
    G = nx.Graph()
    G.add_node(0)
    return G


def projections(B, side_nodes):
    idx = {v: i for i, v in enumerate(side_nodes)}
    out = {}
    makers = {"count": lambda: bipartite.weighted_projected_graph(B, side_nodes),
              "jaccard": lambda: bipartite.overlap_weighted_projected_graph(B, side_nodes, jaccard=True),
              "overlap": lambda: bipartite.overlap_weighted_projected_graph(B, side_nodes, jaccard=False),
              "newman": lambda: bipartite.collaboration_weighted_projected_graph(B, side_nodes)}
    for key, make in makers.items():
        P = make()
        rows = sorted([min(idx[u], idx[v]), max(idx[u], idx[v]), float(d["weight"])] for u, v, d in P.edges(data=True))
        out[key] = rows
    return out


def two_mode(name, B, top, bottom):
    li = {v: i for i, v in enumerate(top)}
    ri = {v: i for i, v in enumerate(bottom)}
    pairs = []
    for u, v in B.edges():
        if u in li:
            pairs.append([li[u], ri[v]])
        else:
            pairs.append([li[v], ri[u]])
    deg = bipartite.degree_centrality(B, top)
    bet = bipartite.betweenness_centrality(B, top)
    clo = bipartite.closeness_centrality(B, top)
    return {"name": name, "left": len(top), "right": len(bottom), "pairs": pairs,
            "degree_left": vec(deg, top), "degree_right": vec(deg, bottom),
            "betweenness_left": vec(bet, top), "betweenness_right": vec(bet, bottom),
            "closeness_left": vec(clo, top), "closeness_right": vec(clo, bottom),
            "project_left": projections(B, top), "project_right": projections(B, bottom)}


def main():
    karate = nx.karate_club_graph()
    graphs = [one_mode("karate", karate, False), one_mode("karate_weighted", karate, True),
              one_mode("small_weighted", small_weighted(), True),
              one_mode("disconnected", disconnected(), False),
              one_mode("self_loops", self_loops(), False), one_mode("self_loops_weighted", self_loops(), True),
              one_mode("directed", directed(), False), one_mode("directed_weighted", directed(), True),
              one_mode("random_weighted", random_weighted(7), True),
              one_mode("one_vertex", one_vertex(), False)]
    json.dump({"networkx": nx.__version__, "graphs": graphs}, open("centrality.json", "w"), indent=0)

    D = nx.davis_southern_women_graph()
    women = [v for v, d in D.nodes(data=True) if d["bipartite"] == 0]
    events = [v for v, d in D.nodes(data=True) if d["bipartite"] == 1]
    R = bipartite.random_graph(9, 7, 0.3, seed=11)
    rtop = [v for v, d in R.nodes(data=True) if d["bipartite"] == 0]
    rbot = [v for v, d in R.nodes(data=True) if d["bipartite"] == 1]
    cases = [two_mode("davis", D, women, events), two_mode("random", R, rtop, rbot)]
    json.dump({"networkx": nx.__version__, "bipartite": cases}, open("bipartite.json", "w"), indent=0)


if __name__ == "__main__":
    main()
