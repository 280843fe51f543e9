#!/usr/bin/env python3
"""Writes karate.csv (Zachary's karate club, NetworkX's numbering) and prints the NetworkX values
that Tests/CLITests/AnalysisCommandTests.swift expects. Run: python3 Tests/Fixtures/make_karate.py"""
import os
import networkx as nx

g = nx.Graph(nx.karate_club_graph().edges())
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "karate.csv"), "w") as f:
    f.write("source,target\n")
    for u, v in g.edges():
        f.write(f"{u},{v}\n")
for name, values in [("betweenness", nx.betweenness_centrality(g)), ("closeness", nx.closeness_centrality(g)),
                     ("pagerank", nx.pagerank(g))]:
    top = sorted(values.items(), key=lambda kv: -kv[1])[:3]
    print(name, [(k, repr(v)) for k, v in top])
