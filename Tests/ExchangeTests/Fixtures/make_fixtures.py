#!/usr/bin/env python3
"""Graph files written by NetworkX, for Verkosto's import tests.

Run from this folder:  python3 make_fixtures.py   (networkx 3.6; no other packages)

Each graph is built here by hand with NetworkX, written with NetworkX's own writers
(write_graphml, write_gexf, node_link_data + json.dump), and described in expected.json
from the NetworkX graph itself, so the tests compare Verkosto's import with what NetworkX
put in the file, never with Verkosto's own output.
"""
import json
import networkx as nx

HOSTILE = 'Ääninen & <Öljy> "Åbo" ]]> \'koulu\''

SECTORS = {
    "basic": ("Esi- ja perusopetus", "Förskoleundervisning och grundläggande utbildning", "Pre-primary and basic education"),
    "vocational": ("Ammatillinen koulutus", "Yrkesutbildning", "Vocational education and training"),
}


def network(g, node, name_fi, sector, since, until=None, **extra):
    fi, sv, en = SECTORS[sector]
    attrs = dict(kind="network", label=name_fi, name_fi=name_fi, sector=sector, sector_name_fi=fi,
                 sector_name_sv=sv, sector_name_en=en, since=since, **extra)
    if until:
        attrs["until"] = until
    g.add_node(node, **attrs)


def organisation(g, node, name, org_kind, municipality, muni_fi, muni_sv, region, region_fi, region_sv,
                 muni_type="urban", muni_language="fi", **extra):
    g.add_node(node, kind="organisation", label=name, name=name, org_kind=org_kind, municipality=municipality,
               municipality_name_fi=muni_fi, municipality_name_sv=muni_sv, municipality_type=muni_type,
               municipality_language=muni_language, region=region, region_name_fi=region_fi,
               region_name_sv=region_sv, **extra)


def two_mode():
    g = nx.Graph(name="NetworkX-kuvitteellinen")
    network(g, "n-perus", "Perusopetuksen kehittäjäverkosto", "basic", "2022-01-01", name_sv="Nätverket för grundläggande",
            name_en="Basic education network", goal=HOSTILE)
    network(g, "n-ammatti", "Ammatillisen koulutuksen verkosto & <kumppanit>", "vocational", "2023-03-15", "2026-06-30")
    organisation(g, "o-1", "Hämeenlinnan kaupunki", "municipality", "109", "Hämeenlinna", "Tavastehus", "05",
                 "Kanta-Häme", "Egentliga Tavastland", language="fi")
    organisation(g, "o-2", "Vöyrin koulu ]]> \"Vörå\"", "school", "946", "Vöyri", "Vörå", "15", "Pohjanmaa",
                 "Österbotten", muni_type="rural", muni_language="sv-fi", language="sv")
    organisation(g, "o-3", HOSTILE, "vocational", "109", "Hämeenlinna", "Tavastehus", "05", "Kanta-Häme",
                 "Egentliga Tavastland", language="fi-sv")
    g.add_edge("o-1", "n-perus", role="coordinator", since="2022-01-01")
    g.add_edge("o-2", "n-perus", role="member", since="2022-05-01", until="2024-12-31")
    g.add_edge("o-3", "n-ammatti", role="partner", since="2023-03-15")
    g.add_edge("o-1", "n-ammatti")  # no role, no dates: member since the network's start
    g.add_edge("n-perus", "n-ammatti", collaboration_kind="joint-event", since="2024-02-01")
    return g


def one_mode():
    g = nx.Graph()
    network(g, "n-a", "Verkosto A", "basic", "2022-01-01")
    network(g, "n-b", "Verkosto B", "basic", "2022-06-01")
    network(g, "n-c", "Verkosto C", "vocational", "2023-01-01")
    for node in g.nodes:
        del g.nodes[node]["kind"]  # a one-mode graph: no kind attribute at all
    g.add_edge("n-a", "n-b", collaboration_kind="peer-learning", since="2022-09-01", until="2023-05-31")
    g.add_edge("n-b", "n-c", collaboration_kind="shared-project")
    g.add_edge("n-a", "n-c", weight=3.0)  # a tie without a kind: skipped with a warning
    return g


def bipartite_numbers():
    """NetworkX's own convention: node attribute bipartite = 0 (organisations) or 1 (networks)."""
    g = two_mode()
    g.remove_edge("n-perus", "n-ammatti")
    for node, data in g.nodes(data=True):
        data["bipartite"] = 1 if data.pop("kind") == "network" else 0
    return g


def missing_sector():
    g = nx.Graph()
    g.add_node("n-1", kind="network", name_fi="Verkosto ilman sektoria", since="2022-01-01")
    return g


def describe(g):
    def plain(value):
        return value if isinstance(value, (str, int, float, bool)) else str(value)
    return {
        "nodes": {str(n): {k: plain(v) for k, v in d.items()} for n, d in g.nodes(data=True)},
        "edges": [{"source": str(u), "target": str(v), **{k: plain(x) for k, x in d.items()}}
                  for u, v, d in g.edges(data=True)],
    }


def main():
    expected = {}
    graphs = {"two_mode": two_mode(), "one_mode": one_mode(), "bipartite_numbers": bipartite_numbers(),
              "missing_sector": missing_sector()}
    for name, g in graphs.items():
        nx.write_graphml(g, f"{name}.graphml")
        expected[name] = describe(g)
    nx.write_gexf(graphs["two_mode"], "two_mode.gexf")
    nx.write_gexf(graphs["bipartite_numbers"], "bipartite_numbers.gexf")
    with open("two_mode.json", "w", encoding="utf-8") as out:
        json.dump(nx.node_link_data(graphs["two_mode"]), out, ensure_ascii=False, indent=1)
    expected["networkx"] = nx.__version__
    with open("expected.json", "w", encoding="utf-8") as out:
        json.dump(expected, out, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
