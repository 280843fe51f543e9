#!/usr/bin/env python3
"""Reads the files Verkosto exported with NetworkX and prints what NetworkX sees, as JSON.

Usage: python3 read_exports.py FOLDER

FOLDER holds, for each name in NAMES, NAME.graphml, NAME.gexf, NAME.json (node-link),
NAME-nodes.csv and NAME-edges.csv, and metrics.graphml (a networks graph with
--with-metrics). The Swift tests compare the output with the Atlas the files came from.
For metrics.graphml, NetworkX also computes the centralities itself from the graph it
read, so that Verkosto's values are checked against an independent implementation.
The CSV files are read with the csv module only (no pandas). igraph reads the GraphML
files too (Graph.Read_GraphML).
"""
import csv
import json
import sys

import igraph
import networkx as nx

NAMES = ["oph", "hostile"]


def plain(value):
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return str(value)


def describe(g):
    return {
        "class": type(g).__name__,
        "graph": plain(dict(g.graph)),
        "nodes": {str(n): plain(d) for n, d in g.nodes(data=True)},
        "edges": [[str(u), str(v), plain(d)] for u, v, d in g.edges(data=True)],
    }


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def metrics(g):
    distance = lambda u, v, d: 1.0 / d["weight"]
    computed = {
        "degree": nx.degree_centrality(g),
        "strength": dict(g.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(g, weight=distance),
        "closeness": nx.closeness_centrality(g, distance=distance),
        "harmonic": nx.harmonic_centrality(g, distance=distance),
        "pagerank": nx.pagerank(g, weight="weight"),
        "eigenvector": nx.eigenvector_centrality(g, weight="weight", max_iter=10000, tol=1e-12),
    }
    worst = {}
    for measure, values in computed.items():
        worst[measure] = max((abs(values[n] - d[measure]) for n, d in g.nodes(data=True)), default=0.0)
    return worst


def main():
    folder = sys.argv[1]
    out = {"networkx": nx.__version__, "igraph": igraph.__version__}
    for name in NAMES:
        with open(f"{folder}/{name}.json", encoding="utf-8") as handle:
            data = json.load(handle)
        out[name] = {
            "graphml": describe(nx.read_graphml(f"{folder}/{name}.graphml")),
            "gexf": describe(nx.read_gexf(f"{folder}/{name}.gexf")),
            "json": describe(nx.node_link_graph(data)),
            "json_keys": sorted(data.keys()),
            "csv_nodes": read_csv(f"{folder}/{name}-nodes.csv"),
            "csv_edges": read_csv(f"{folder}/{name}-edges.csv"),
        }
        i = igraph.Graph.Read_GraphML(f"{folder}/{name}.graphml")
        out[name]["igraph"] = {"vertices": i.vcount(), "edges": i.ecount(),
                               "names": {v["id"]: (v["name_fi"] or v["name"]) for v in i.vs}}
    g = nx.read_graphml(f"{folder}/metrics.graphml")
    out["metrics"] = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "worst": metrics(g)}
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
