#!/usr/bin/env python3
"""Expected values for the Structure/ and Community/ tests, from independent implementations:
NetworkX (constraint, effective size, articulation points, bridges, components, core numbers,
modularity, Louvain, attribute assortativity), igraph (multilevel, Leiden) and scikit-learn
(normalised mutual information, adjusted Rand index).

Run from this folder:  python3 make_structure_fixtures.py   (writes structure.json)
Vertices are renumbered 0..n-1 in the order NetworkX lists them.
"""
import json, random
import networkx as nx
import igraph as ig
import sklearn
from sklearn.metrics import normalized_mutual_info_score, adjusted_rand_score


def nanable(x):
    x = float(x)
    return None if x != x else x  # JSON has no NaN: null means "no value"


def relabel(G):
    nodes = list(G.nodes())
    idx = {v: i for i, v in enumerate(nodes)}
    return nodes, idx


def base(name, G, weighted):
    nodes, idx = relabel(G)
    out = {"name": name, "n": len(nodes), "directed": G.is_directed(),
           "edges": [[idx[u], idx[v]] for u, v in G.edges()],
           "weights": [float(d["weight"]) for _, _, d in G.edges(data=True)] if weighted else None}
    return out, nodes, idx


def effective_size_by_definition(G, w):
    """NetworkX's per-vertex path of effective_size (taken when `nodes` is given), which follows
    Burt's formula. NetworkX 3.6's default whole-graph scipy path divides m(u, w) by the largest
    mutual weight of w instead of u, so on weighted or directed graphs it disagrees with its own
    formula and with the per-vertex path; we follow the formula. The per-vertex path also gives NaN
    to a directed vertex with in-arcs only (it tests G[v], the successors); there we apply the same
    formula with NetworkX's own normalized_mutual_weight, since such a vertex has neighbours."""
    from networkx.algorithms.structuralholes import normalized_mutual_weight as nmw
    e = nx.effective_size(G, nodes=list(G), weight=w)
    for v in G:
        nbrs = set(nx.all_neighbors(G, v)) - {v}
        if e[v] != e[v] and nbrs:
            e[v] = sum(1 - sum(nmw(G, v, x, weight=w) * nmw(G, u, x, norm=max, weight=w)
                               for x in set(nx.all_neighbors(G, v)))
                       for u in set(nx.all_neighbors(G, v)))
    return e


def holes_case(name, G, weighted):
    out, nodes, idx = base(name, G, weighted)
    w = "weight" if weighted else None
    c = nx.constraint(G, weight=w)
    e = effective_size_by_definition(G, w)
    out["constraint"] = [nanable(c[v]) for v in nodes]
    out["effective_size"] = [nanable(e[v]) for v in nodes]
    return out


def structure_case(name, G):
    out, nodes, idx = base(name, G, False)
    out["articulation_points"] = sorted(idx[v] for v in nx.articulation_points(G))
    out["bridges"] = sorted(sorted([idx[u], idx[v]]) for u, v in nx.bridges(G))
    comps = list(nx.connected_components(G))
    label = {}
    for k, comp in enumerate(comps):
        for v in comp:
            label[v] = k
    out["components"] = [label[v] for v in nodes]
    H = G.copy()
    H.remove_edges_from(nx.selfloop_edges(H))  # nx.core_number refuses self-loops
    core = nx.core_number(H)
    out["core_number"] = [core[v] for v in nodes]
    return out


def small_weighted():
    G = nx.Graph()
    G.add_weighted_edges_from([(0, 1, 1.0), (0, 2, 4.0), (1, 2, 2.0), (1, 3, 5.0), (2, 3, 1.0),
                               (3, 4, 3.0), (2, 4, 7.5), (4, 5, 0.5), (5, 6, 1.0), (4, 6, 1.5)])
    return G


def disconnected():
    G = nx.Graph()
    G.add_nodes_from(range(12))  # 11 is isolated
    G.add_edges_from([(0, 1), (1, 2), (2, 3), (3, 0), (2, 4)])
    G.add_edges_from([(5, 6), (6, 7), (7, 8), (8, 9), (9, 10), (6, 9)])
    return G


def directed_weighted():
    G = nx.DiGraph()
    G.add_weighted_edges_from([(0, 1, 1.0), (1, 0, 2.0), (1, 2, 1.5), (2, 3, 1.0), (3, 1, 0.5),
                               (0, 3, 2.0), (4, 2, 1.0), (3, 5, 3.0), (5, 6, 1.0)])
    return G


def random_structure():
    # Trees hanging off a few dense blocks: many articulation points and bridges.
    rng = random.Random(7)
    G = nx.gnm_random_graph(300, 330, seed=11)
    for v in range(300, 600):
        G.add_edge(v, rng.randrange(v))
    return G


def community_case(name, G, weighted, truth, seeds=range(10), louvain_seeds=range(200)):
    out, nodes, idx = base(name, G, weighted)
    w = "weight" if weighted else None
    out["truth"] = [truth[v] for v in nodes]
    for gamma in (1.0, 0.5, 2.0):
        parts = [nx.community.louvain_communities(G, weight=w, resolution=gamma, seed=s) for s in louvain_seeds]
        q = [nx.community.modularity(G, p, weight=w, resolution=gamma) for p in parts]
        out[f"nx_louvain_best_{gamma}"] = max(q)
        out[f"nx_louvain_mean_{gamma}"] = sum(q) / len(q)
        out[f"nx_louvain_sd_{gamma}"] = (sum((x - sum(q) / len(q)) ** 2 for x in q) / (len(q) - 1)) ** 0.5
        groups = {}
        for v in nodes:
            groups.setdefault(truth[v], set()).add(v)
        out[f"truth_modularity_{gamma}"] = nx.community.modularity(G, list(groups.values()), weight=w,
                                                                    resolution=gamma)
    g = ig.Graph(n=len(nodes), edges=out["edges"])
    if weighted:
        g.es["weight"] = out["weights"]
    ws = "weight" if weighted else None
    out["igraph_multilevel"] = g.community_multilevel(weights=ws).modularity
    best = -1.0
    for s in seeds:
        random.seed(s)
        ig.set_random_number_generator(random)
        p = g.community_leiden(objective_function="modularity", weights=ws, n_iterations=-1)
        best = max(best, g.modularity(p.membership, weights=ws))
    out["igraph_leiden_best"] = best
    return out


def karate():
    G = nx.karate_club_graph()  # weighted ("weight" = number of shared contexts)
    truth = {v: (0 if G.nodes[v]["club"] == "Mr. Hi" else 1) for v in G}
    return G, truth


def planted():
    G = nx.planted_partition_graph(5, 40, 0.25, 0.02, seed=42)
    truth = {v: G.nodes[v]["block"] for v in G}
    return G, truth


def assortativity_case(name, G, attr):
    out, nodes, idx = base(name, G, False)
    values = sorted({G.nodes[v][attr] for v in nodes})  # categories as integers 0..k-1
    out["attribute"] = [values.index(G.nodes[v][attr]) for v in nodes]
    out["assortativity"] = nx.attribute_assortativity_coefficient(G, attr)
    return out


def label_pairs():
    rng = random.Random(3)
    cases = [
        ("simple", [0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]),
        ("permuted_equal", [0, 0, 1, 1, 2, 2], [2, 2, 0, 0, 1, 1]),
        ("one_cluster", [0, 0, 0, 0], [0, 1, 2, 3]),
    ]
    a = [rng.randrange(5) for _ in range(200)]
    b = [x if rng.random() < 0.6 else rng.randrange(7) for x in a]
    cases.append(("random_200", a, b))
    return [{"name": n, "a": a, "b": b,
             "nmi": normalized_mutual_info_score(a, b),  # average_method="arithmetic" (the default)
             "ari": adjusted_rand_score(a, b)} for n, a, b in cases]


def main():
    kG, ktruth = karate()
    pG, ptruth = planted()
    kU = nx.Graph(kG.edges())  # unweighted karate
    kU.add_nodes_from(kG.nodes(data=True))
    loops = nx.Graph()
    loops.add_weighted_edges_from([(0, 0, 2.0), (0, 1, 1.0), (1, 2, 3.0), (2, 2, 1.0), (2, 3, 1.0),
                                   (3, 4, 2.0), (1, 4, 1.0), (4, 5, 1.0)])
    ltruth = {0: 0, 1: 0, 2: 1, 3: 1, 4: 2, 5: 2}
    out = {
        "networkx": nx.__version__, "igraph": ig.__version__, "sklearn": sklearn.__version__,
        "holes": [holes_case("karate", kU, False), holes_case("karate_weighted", kG, True),
                  holes_case("small_weighted", small_weighted(), True),
                  holes_case("disconnected", disconnected(), False),
                  holes_case("directed_weighted", directed_weighted(), True),
                  holes_case("directed", nx.DiGraph(directed_weighted().edges()), False)],
        "structure": [structure_case("karate", kU), structure_case("disconnected", disconnected()),
                      structure_case("random", random_structure()),
                      structure_case("grid", nx.convert_node_labels_to_integers(nx.grid_2d_graph(7, 9)))],
        "communities": [community_case("karate", kU, False, ktruth),
                        community_case("karate_weighted", kG, True, ktruth),
                        community_case("planted", pG, False, ptruth)],
        "modularity_loops": {**base("loops", loops, True)[0], "membership": [ltruth[v] for v in loops],
                             "q_1": nx.community.modularity(loops, [{0, 1}, {2, 3}, {4, 5}], weight="weight"),
                             "q_0.7": nx.community.modularity(loops, [{0, 1}, {2, 3}, {4, 5}], weight="weight",
                                                              resolution=0.7)},
        "assortativity": [assortativity_case("karate_club", kU, "club"),
                          assortativity_case("planted_block", pG, "block")],
        "partition_comparison": label_pairs(),
    }
    with open("structure.json", "w") as f:
        json.dump(out, f, indent=None, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
