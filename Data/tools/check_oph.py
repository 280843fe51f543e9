#!/usr/bin/env python3
"""Checks a Verkosto CSV data set and prints the figures of its 2022-2026 story.

Usage:
    python3 Data/tools/check_oph.py [DIR]        (default: Data/oph)

Checks: the files are UTF-8 without BOM with LF line ends and the required columns; ids
are unique; every reference exists; values are in the allowed sets; until >= since; no
network collaborates with itself; each network has exactly one priority-1 direction and
1-3 coordinators. Exits with status 1 when it finds an error.

Figures, on 31 Dec of each year 2022-2026 (a row is active on day d when
since <= d <= until; a membership or collaboration counts only while its networks are
active):
  - networks, organisations (with at least one membership) and memberships active;
  - ties: pairs of networks that share a member organisation or have a collaboration,
    and the share of them that join networks of different sectors;
  - coverage: the share of municipalities of each type (urban, semi-urban, rural) with a
    member organisation in a leadership network (a network with `leadership` among its
    directions);
  - direction gaps: pairs of networks that share a direction but are not tied;
  - isolated networks: networks with no tie.
Then details for the last year: the gaps, sector pairs with no tie, organisations in more
than five networks, pairs joined by a single organisation, coverage by region.
"""

import csv
import datetime
import os
import sys
from collections import Counter, defaultdict
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
YEARS = [2022, 2023, 2024, 2025, 2026]

COLUMNS = {
    "metadata": (["key", "value"], []),
    "sectors": (["id", "name_fi"], ["name_sv", "name_en"]),
    "directions": (["id", "name_fi"], ["name_sv", "name_en"]),
    "regions": (["code", "name_fi"], ["name_sv"]),
    "municipalities": (["code", "name_fi", "region", "type", "language"], ["name_sv", "population"]),
    "networks": (["id", "name_fi", "sector", "since"], ["name_sv", "name_en", "unit", "goal", "operating_model",
                                                        "until"]),
    "organisations": (["id", "name", "kind", "municipality"], ["language"]),
    "memberships": (["organisation", "network", "since"], ["role", "until"]),
    "network_directions": (["network", "direction"], ["priority"]),
    "collaborations": (["network_a", "network_b", "kind", "since"], ["until"]),
}
KINDS = {"municipality", "school", "ecec-unit", "upper-secondary", "vocational", "higher-education",
         "adult-education", "arts-school", "association", "regional-body"}
ROLES = {"coordinator", "member", "partner"}
COLLAB_KINDS = {"joint-event", "shared-project", "peer-learning", "joint-publication"}
MUNI_TYPES = ["urban", "semi-urban", "rural"]
MUNI_LANGS = {"fi", "sv", "fi-sv", "sv-fi"}
ORG_LANGS = {"fi", "sv", "en", "fi-sv", "sv-fi"}

errors = []
warnings = []


def error(message):
    errors.append(message)


def load(folder, table):
    path = os.path.join(folder, table + ".csv")
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        error("%s.csv: starts with a BOM" % table)
    if b"\r" in raw:
        error("%s.csv: has CR line ends" % table)
    text = raw.decode("utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    header = next(csv.reader(text.splitlines()))
    required, optional = COLUMNS[table]
    for column in required:
        if column not in header:
            error("%s.csv: no column %s" % (table, column))
    for column in header:
        if column not in required + optional:
            error("%s.csv: unknown column %s" % (table, column))
    for i, row in enumerate(rows, 2):
        for column in required:
            if not (row.get(column) or "").strip():
                error("%s.csv line %d: empty %s" % (table, i, column))
    return rows


def day(text, where):
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        error("%s: bad date %r" % (where, text))
        return None


def unique(rows, column, table):
    seen = set()
    for i, row in enumerate(rows, 2):
        if row[column] in seen:
            error("%s.csv line %d: duplicate %s %s" % (table, i, column, row[column]))
        seen.add(row[column])
    return seen


def active(since, until, on):
    return (since is None or since <= on) and (until is None or on <= until)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(os.path.join(HERE, "..", "oph"))
    t = {name: load(folder, name) for name in COLUMNS}

    # ---- integrity -------------------------------------------------------------------
    sectors = unique(t["sectors"], "id", "sectors")
    directions = unique(t["directions"], "id", "directions")
    regions = unique(t["regions"], "code", "regions")
    unique(t["municipalities"], "code", "municipalities")
    unique(t["networks"], "id", "networks")
    unique(t["organisations"], "id", "organisations")
    unique(t["metadata"], "key", "metadata")

    munis = {}
    for i, m in enumerate(t["municipalities"], 2):
        where = "municipalities.csv line %d" % i
        if len(m["code"]) != 3 or not m["code"].isdigit():
            error("%s: code %r is not three digits" % (where, m["code"]))
        if m["region"] not in regions:
            error("%s: unknown region %s" % (where, m["region"]))
        if m["type"] not in MUNI_TYPES:
            error("%s: bad type %s" % (where, m["type"]))
        if m["language"] not in MUNI_LANGS:
            error("%s: bad language %s" % (where, m["language"]))
        if m.get("population") and (not m["population"].isdigit()):
            error("%s: bad population %s" % (where, m["population"]))
        munis[m["code"]] = m
    for r in t["regions"]:
        if len(r["code"]) != 2 or not r["code"].isdigit():
            error("regions.csv: code %r is not two digits" % r["code"])

    nets = {}
    for i, n in enumerate(t["networks"], 2):
        where = "networks.csv line %d" % i
        if n["sector"] not in sectors:
            error("%s: unknown sector %s" % (where, n["sector"]))
        n["_since"], n["_until"] = day(n["since"], where), day(n.get("until"), where)
        if n["_since"] and n["_until"] and n["_until"] < n["_since"]:
            error("%s: until before since" % where)
        nets[n["id"]] = n

    orgs = {}
    for i, o in enumerate(t["organisations"], 2):
        where = "organisations.csv line %d" % i
        if o["municipality"] not in munis:
            error("%s: unknown municipality %s" % (where, o["municipality"]))
        if o["kind"] not in KINDS:
            error("%s: bad kind %s" % (where, o["kind"]))
        if (o.get("language") or "fi") not in ORG_LANGS:
            error("%s: bad language %s" % (where, o["language"]))
        orgs[o["id"]] = o

    seen = set()
    for i, m in enumerate(t["memberships"], 2):
        where = "memberships.csv line %d" % i
        if m["organisation"] not in orgs:
            error("%s: unknown organisation %s" % (where, m["organisation"]))
        if m["network"] not in nets:
            error("%s: unknown network %s" % (where, m["network"]))
        if (m.get("role") or "member") not in ROLES:
            error("%s: bad role %s" % (where, m["role"]))
        m["_since"], m["_until"] = day(m["since"], where), day(m.get("until"), where)
        if m["_since"] and m["_until"] and m["_until"] < m["_since"]:
            error("%s: until before since" % where)
        key = (m["organisation"], m["network"], m["since"])
        if key in seen:
            error("%s: duplicate membership" % where)
        seen.add(key)
        n = nets.get(m["network"])
        if n and ((m["_since"] and m["_since"] < n["_since"]) or
                  (n["_until"] and (m["_until"] is None or m["_until"] > n["_until"]))):
            warnings.append("%s: dated outside network %s" % (where, n["id"]))

    seen = set()
    priority1 = Counter()
    net_dirs = defaultdict(set)
    for i, link in enumerate(t["network_directions"], 2):
        where = "network_directions.csv line %d" % i
        if link["network"] not in nets:
            error("%s: unknown network %s" % (where, link["network"]))
        if link["direction"] not in directions:
            error("%s: unknown direction %s" % (where, link["direction"]))
        priority = link.get("priority") or "1"
        if priority not in ("1", "2", "3"):
            error("%s: bad priority %s" % (where, priority))
        if priority == "1":
            priority1[link["network"]] += 1
        if (link["network"], link["direction"]) in seen:
            error("%s: duplicate direction link" % where)
        seen.add((link["network"], link["direction"]))
        net_dirs[link["network"]].add(link["direction"])
    for n in nets:
        if priority1[n] != 1:
            error("network %s has %d priority-1 directions" % (n, priority1[n]))
        if not 1 <= len(net_dirs[n]) <= 4:
            error("network %s has %d directions" % (n, len(net_dirs[n])))

    seen = set()
    for i, c in enumerate(t["collaborations"], 2):
        where = "collaborations.csv line %d" % i
        for column in ("network_a", "network_b"):
            if c[column] not in nets:
                error("%s: unknown network %s" % (where, c[column]))
        if c["network_a"] == c["network_b"]:
            error("%s: network collaborates with itself" % where)
        if c["kind"] not in COLLAB_KINDS:
            error("%s: bad kind %s" % (where, c["kind"]))
        c["_since"], c["_until"] = day(c["since"], where), day(c.get("until"), where)
        if c["_since"] and c["_until"] and c["_until"] < c["_since"]:
            error("%s: until before since" % where)
        key = (tuple(sorted((c["network_a"], c["network_b"]))), c["kind"], c["since"])
        if key in seen:
            error("%s: duplicate collaboration" % where)
        seen.add(key)

    coordinators = Counter(m["network"] for m in t["memberships"] if m.get("role") == "coordinator")
    for n in nets:
        if not 1 <= coordinators[n] <= 3:
            error("network %s has %d coordinator memberships" % (n, coordinators[n]))

    print("Data set: %s" % folder)
    print("Rows: " + ", ".join("%s %d" % (name, len(rows)) for name, rows in t.items()))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:50]:
            print("  " + e)
        sys.exit(1)
    print("Integrity: OK (%d warnings)" % len(warnings))
    for w in warnings[:10]:
        print("  warning: " + w)

    # ---- figures ---------------------------------------------------------------------
    leadership = {n for n in nets if "leadership" in net_dirs[n]}
    type_total = Counter(m["type"] for m in munis.values())

    def snapshot(year):
        on = datetime.date(year, 12, 31)
        act = [n for n in nets if active(nets[n]["_since"], nets[n]["_until"], on)]
        actset = set(act)
        members = defaultdict(set)        # network -> organisations
        of_org = defaultdict(set)         # organisation -> networks
        count = 0
        for m in t["memberships"]:
            if m["network"] in actset and active(m["_since"], m["_until"], on):
                members[m["network"]].add(m["organisation"])
                of_org[m["organisation"]].add(m["network"])
                count += 1
        collab = Counter()
        for c in t["collaborations"]:
            if c["network_a"] in actset and c["network_b"] in actset and active(c["_since"], c["_until"], on):
                collab[tuple(sorted((c["network_a"], c["network_b"])))] += 1
        shared = {}
        for a, b in combinations(sorted(act), 2):
            shared[(a, b)] = members[a] & members[b]
        ties = {p for p in shared if shared[p] or collab[p]}
        cross = {p for p in ties if nets[p[0]]["sector"] != nets[p[1]]["sector"]}
        covered = set()
        for n in act:
            if n in leadership:
                covered |= {orgs[o]["municipality"] for o in members[n]}
        gaps = sorted(p for p in shared if p not in ties and net_dirs[p[0]] & net_dirs[p[1]])
        tied = {x for p in ties for x in p}
        isolated = sorted(n for n in act if n not in tied)
        return dict(act=act, members=members, of_org=of_org, count=count, collab=collab, shared=shared,
                    ties=ties, cross=cross, covered=covered, gaps=gaps, isolated=isolated)

    snaps = {y: snapshot(y) for y in YEARS}
    print("\nStory figures on 31 December of each year")
    header = ["", *[str(y) for y in YEARS]]
    lines = []
    lines.append(["networks active", *[len(snaps[y]["act"]) for y in YEARS]])
    lines.append(["organisations active", *[len(snaps[y]["of_org"]) for y in YEARS]])
    lines.append(["memberships active", *[snaps[y]["count"] for y in YEARS]])
    lines.append(["network-network ties", *[len(snaps[y]["ties"]) for y in YEARS]])
    lines.append(["  of which cross-sector", *[len(snaps[y]["cross"]) for y in YEARS]])
    lines.append(["  cross-sector share", *["%.0f %%" % (100.0 * len(snaps[y]["cross"]) / max(1, len(snaps[y]["ties"])))
                                            for y in YEARS]])
    for mtype in MUNI_TYPES:
        cells = []
        for y in YEARS:
            k = sum(1 for c in snaps[y]["covered"] if munis[c]["type"] == mtype)
            cells.append("%d/%d = %.0f %%" % (k, type_total[mtype], 100.0 * k / type_total[mtype]))
        lines.append(["%s coverage (leadership)" % mtype, *cells])
    lines.append(["municipalities not reached (leadership)", *[
        len(munis) - len(snaps[y]["covered"]) for y in YEARS]])
    lines.append(["municipalities not reached (any network)", *[
        len(munis) - len({orgs[o]["municipality"] for o in snaps[y]["of_org"]}) for y in YEARS]])
    lines.append(["direction gaps", *[len(snaps[y]["gaps"]) for y in YEARS]])
    lines.append(["isolated networks", *[len(snaps[y]["isolated"]) for y in YEARS]])
    started = Counter()
    started_cross = Counter()
    for c in t["collaborations"]:
        y = c["_since"].year
        started[y] += 1
        if nets[c["network_a"]]["sector"] != nets[c["network_b"]]["sector"]:
            started_cross[y] += 1
    lines.append(["collaborations started", *[started[y] for y in YEARS]])
    lines.append(["  of which cross-sector", *[started_cross[y] for y in YEARS]])
    joined = Counter(m["_since"].year for m in t["memberships"])
    left = Counter(m["_until"].year for m in t["memberships"] if m["_until"])
    lines.append(["memberships started", *[joined[y] for y in YEARS]])
    lines.append(["memberships ended", *[left[y] for y in YEARS]])
    widths = [max(len(str(row[i])) for row in [header] + lines) for i in range(len(header))]
    for row in [header] + lines:
        print("  " + "  ".join(str(v).ljust(widths[i]) if i == 0 else str(v).rjust(widths[i])
                               for i, v in enumerate(row)))

    print("\nNetworks that start or end in 2022-2026:")
    for n in t["networks"]:
        if n["_since"].year >= 2022 or n["_until"]:
            print("  %s: %s .. %s" % (n["id"], n["since"], n["until"] or ""))
    print("Leadership networks (%d): %s" % (len(leadership), ", ".join(n for n in nets if n in leadership)))

    last = snaps[YEARS[-1]]
    print("\nIn %d:" % YEARS[-1])
    print("  isolated networks: %s" % (", ".join(last["isolated"]) or "none"))
    sector_ids = [s["id"] for s in t["sectors"]]
    pairs_tied = {tuple(sorted((nets[a]["sector"], nets[b]["sector"]))) for a, b in last["ties"]}
    present = {nets[n]["sector"] for n in last["act"]}
    untied = [p for p in combinations(sorted(present), 2) if p not in pairs_tied]
    print("  sector pairs with no tie: %s" % (", ".join("%s-%s" % p for p in untied) or "none"))
    weight = {}
    for link in t["network_directions"]:
        weight[(link["network"], link["direction"])] = 4 - int(link.get("priority") or 1)
    scored = []
    for a, b in last["gaps"]:
        common = net_dirs[a] & net_dirs[b]
        scored.append((sum(min(weight[(a, x)], weight[(b, x)]) for x in common), a, b, sorted(common)))
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    print("  direction gaps: %d; the strongest (shared directions weighted 3/2/1 by the lower priority):"
          % len(scored))
    for s, a, b, common in scored[:12]:
        print("    %s + %s: %s (%d)" % (a, b, ", ".join(common), s))
    busy = sorted(((len(v), o) for o, v in last["of_org"].items() if len(v) > 5), reverse=True)
    print("  organisations in more than 5 networks: %d" % len(busy))
    for k, o in busy:
        print("    %s %s: %d networks" % (o, orgs[o]["name"], k))
    single = sorted(p for p in last["ties"] if len(last["shared"][p]) == 1 and not last["collab"][p])
    print("  pairs joined only by a single organisation (no collaboration): %d, e.g." % len(single))
    for a, b in single[:5]:
        o = next(iter(last["shared"][(a, b)]))
        print("    %s + %s via %s %s" % (a, b, o, orgs[o]["name"]))
    print("  cross-sector ties by sector pair:")
    bypair = Counter(tuple(sorted((nets[a]["sector"], nets[b]["sector"]))) for a, b in last["cross"])
    for p, k in sorted(bypair.items(), key=lambda t: (-t[1], t[0])):
        print("    %s-%s: %d" % (p[0], p[1], k))

    print("\nCoverage by leadership networks by region (municipalities reached / all):")
    rnames = {r["code"]: r["name_fi"] for r in t["regions"]}
    per_region = Counter(m["region"] for m in munis.values())
    print("  %-20s %8s %8s" % ("region", YEARS[0], YEARS[-1]))
    for code in sorted(per_region):
        a = sum(1 for c in snaps[YEARS[0]]["covered"] if munis[c]["region"] == code)
        b = sum(1 for c in last["covered"] if munis[c]["region"] == code)
        print("  %-20s %8s %8s" % ("%s %s" % (code, rnames[code]), "%d/%d" % (a, per_region[code]),
                                   "%d/%d" % (b, per_region[code])))


if __name__ == "__main__":
    main()
