#!/usr/bin/env python3
"""Writes the bad-input corpus: one folder per case, holding `input/` (a CSV folder) or
`input.json`, and `expected.txt`. The expected errors are written here, by hand, from the
format (Data/FORMAT.md) and the reader's documented rules, not copied from Verkosto's output.

expected.txt lines:  `exit N`, `error REGEX` (the one stderr line of a failure),
`warning REGEX` (a line that must appear on stderr of a success), `sql QUERY => ROWS` (after a
success, `sqlite3 -separator '|'` prints ROWS, `\\n` between rows), `generate NAME` (the test
builds the input: too big to commit)."""
import json, os, shutil

here = os.path.dirname(os.path.abspath(__file__))
REGIONS = "code,name_fi\n01,Uusimaa\n"
MUNICIPALITIES = "code,name_fi,region,type,language\n091,Helsinki,01,urban,fi\n"
SECTORS = "id,name_fi\nbasic,Perusopetus\n"
NETWORKS = "id,name_fi,sector,since\nn-a,A,basic,2022-01-01\nn-b,B,basic,2022-01-01\n"
ORGANISATIONS = "id,name,kind,municipality\no-1,Yksi,school,091\n"
DIRECTIONS = "id,name_fi\nlead,Johtaminen\n"
BASE = {"regions.csv": REGIONS, "municipalities.csv": MUNICIPALITIES, "sectors.csv": SECTORS,
        "networks.csv": NETWORKS, "organisations.csv": ORGANISATIONS, "directions.csv": DIRECTIONS}

def case(name, files, *expected, base=True):
    folder = os.path.join(here, name)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    if isinstance(files, (bytes, str)) and name.startswith("json-"):
        with open(os.path.join(folder, "input.json"), "wb") as f:
            f.write(files.encode() if isinstance(files, str) else files)
    elif files is not None:
        os.makedirs(os.path.join(folder, "input"))
        merged = dict(BASE) if base else {}
        merged.update(files)
        for file, content in merged.items():
            with open(os.path.join(folder, "input", file), "wb") as f:
                f.write(content.encode() if isinstance(content, str) else content)
    with open(os.path.join(folder, "expected.txt"), "w") as f:
        f.write("\n".join(expected) + "\n")

case("duplicate-id", {"networks.csv": NETWORKS + "n-a,A again,basic,2023-01-01\n"},
     "exit 65", r"error ^networks\.csv:4:1: duplicate id 'n-a' \(first on line 2\)$")
case("duplicate-id-spaces", {"networks.csv": NETWORKS + "  n-b ,B again,basic,2023-01-01\n"},
     "exit 65", r"error ^networks\.csv:4:1: duplicate id 'n-b' \(first on line 3\)$")
case("duplicate-across-files", {"collaborations.csv": "network_a,network_b,kind,since\nn-a,n-b,joint-event,2024-01-01\n",
                                "memberships.csv": "organisation,network,since\no-1,n-a,2022-01-01\no-1,n-a,2022-01-01\n"},
     "exit 65", r"error ^memberships\.csv:3:1: the same membership of 'o-1' in 'n-a' again")
case("collaboration-reversed", {"collaborations.csv": "network_a,network_b,kind,since\nn-a,n-b,joint-event,2024-01-01\nn-b,n-a,joint-event,2024-01-01\n"},
     "exit 65", r"error ^collaborations\.csv:3:1: the same collaboration again")
case("unknown-network", {"memberships.csv": "organisation,network,since\no-1,n-a,2022-01-01\no-1,n-zzz,2022-01-01\n"},
     "exit 65", r"error ^memberships\.csv:3:2: unknown network 'n-zzz'$")
case("unknown-organisation", {"memberships.csv": "organisation,network,since\no-404,n-a,2022-01-01\n"},
     "exit 65", r"error ^memberships\.csv:2:1: unknown organisation 'o-404'$")
case("self-collaboration", {"collaborations.csv": "network_a,network_b,kind,since\nn-a,n-a,peer-learning,2024-01-01\n"},
     "exit 65", r"error ^collaborations\.csv:2:2: network 'n-a' collaborates with itself$")
case("until-before-since", {"memberships.csv": "organisation,network,since,until\no-1,n-a,2024-05-01,2024-04-30\n"},
     "exit 65", r"error ^memberships\.csv:2:4: until 2024-04-30 is before since 2024-05-01$")
case("empty-file", {"memberships.csv": ""},
     "exit 65", r"error ^memberships\.csv:1:1: empty file: expected a header line$")
case("header-only", {"memberships.csv": "organisation,network,role,since,until\n"},
     "exit 0")
case("missing-required-column", {"memberships.csv": "organisation,network,role\no-1,n-a,member\n"},
     "exit 65", r"error ^memberships\.csv:1:1: missing required column 'since' in memberships")
case("extra-unknown-column", {"memberships.csv": "organisation,network,since,colour\no-1,n-a,2022-01-01,blue\n"},
     "exit 0", r"warning ^memberships\.csv:1:1: warning: unknown column 'colour' in memberships is ignored$")
case("ragged-row", {"memberships.csv": "organisation,network,since\no-1,n-a,2022-01-01\no-1,n-b\n"},
     "exit 65", r"error ^memberships\.csv:3:3: expected 3 fields as in the header, found 2$")
case("ragged-row-long", {"memberships.csv": "organisation,network,since\no-1,n-a,2022-01-01,extra\n"},
     "exit 65", r"error ^memberships\.csv:2:4: expected 3 fields as in the header, found 4$")
case("unterminated-quote", {"memberships.csv": 'organisation,network,since\no-1,n-a,2022-01-01\no-1,"n-b,2022-01-01\n'},
     "exit 65", r"error ^memberships\.csv:3:2: unterminated quote")
case("stray-quote", {"memberships.csv": 'organisation,network,since\no-1,n"a,2022-01-01\n'},
     "exit 65", r"error ^memberships\.csv:2:2: stray quote in an unquoted field")
case("text-after-quote", {"memberships.csv": 'organisation,network,since\no-1,"n-a"x,2022-01-01\n'},
     "exit 65", r"error ^memberships\.csv:2:2: unexpected text after a closing quote")
case("nul-byte", {"memberships.csv": b"organisation,network,since\no-1,n-a,2022-01-01\no-1,n-\x00b,2022-01-01\n"},
     "exit 65", r"error ^memberships\.csv:3:2: NUL byte in the data$")
case("undefined-1252-byte", {"organisations.csv": b"id,name,kind,municipality\no-1,Yksi,school,091\no-2,Bad \x81 name,school,091\n"},
     "exit 65", r"error ^organisations\.csv:3:2: byte 0x81 is neither UTF-8 nor Windows-1252")
case("windows-1252", {"organisations.csv": "id,name,kind,municipality\no-1,Yksi,school,091\no-2,Päiväkoti “Ankka” – Åbo,ecec-unit,091\n".encode("cp1252")},
     "exit 0", "sql SELECT name FROM organisations WHERE id = 'o-2' => Päiväkoti “Ankka” – Åbo", r"warning ^organisations\.csv: warning: not UTF-8; read as Windows-1252 and converted$")
case("bom-quoted-multiline", {"metadata.csv": b'\xef\xbb\xbf"key";"value"\r\n"notice\nsecond line";"x"\r\n'},
     "exit 0", r"sql SELECT value FROM metadata WHERE key = 'notice' || char(10) || 'second line' => x")
case("mixed-line-ends", {"memberships.csv": b"organisation,network,since\ro-1,n-a,2022-01-01\r\no-1,n-b,2022-01-01\no-1,n-b,2023-01-01\r"},
     "exit 0", r"sql SELECT network, since FROM memberships WHERE organisation = 'o-1' ORDER BY rowid => n-a|2022-01-01\nn-b|2022-01-01\nn-b|2023-01-01")
case("mixed-line-ends-error", {"memberships.csv": b"organisation,network,since\ro-1,n-a,2022-01-01\r\no-1,n-b,2022-01-01\no-1,n-b,2023-13-01\r"},
     "exit 65", r"error ^memberships\.csv:4:3: expected a date YYYY-MM-DD, got '2023-13-01'$")
case("decimal-comma", {"network_directions.csv": "network;direction;priority\nn-a;lead;1,5\n"},
     "exit 65", r"error ^network_directions\.csv:2:3: expected an integer, got '1,5' \(no decimals")
case("nan", {"network_directions.csv": "network,direction,priority\nn-a,lead,NaN\n"},
     "exit 65", r"error ^network_directions\.csv:2:3: expected an integer, got 'NaN'$")
case("huge-exponent", {"municipalities.csv": "code,name_fi,region,type,language,population\n091,Helsinki,01,urban,fi,1e309\n"},
     "exit 65", r"error ^municipalities\.csv:2:6: expected an integer, got '1e309'$")
case("integer-overflow", {"municipalities.csv": "code,name_fi,region,type,language,population\n091,Helsinki,01,urban,fi,99999999999999999999\n"},
     "exit 65", r"error ^municipalities\.csv:2:6: expected an integer, got '99999999999999999999', which is out of range$")
# Municipal centres (format version 2): decimal degrees with a '.', both or neither, in range.
GEO_HEADER = "code,name_fi,region,type,language,population,latitude,longitude\n"
case("coordinates", {"municipalities.csv": GEO_HEADER + "091,Helsinki,01,urban,fi,674500,60.1712,24.9326\n"
                                            "092,Vantaa,01,urban,fi,,,\n"},
     "exit 0", r"sql SELECT code, latitude, longitude FROM municipalities WHERE code IN ('091', '092') ORDER BY code => 091|60.1712|24.9326\n092||")
case("coordinates-decimal-comma", {"municipalities.csv": GEO_HEADER.replace(",", ";") + "091;Helsinki;01;urban;fi;674500;60,1712;24,9326\n"},
     "exit 65", r"error ^municipalities\.csv:2:7: expected a decimal number with a '\.', got '60,1712' \(no decimal commas\)$")
case("coordinates-one-missing", {"municipalities.csv": GEO_HEADER + "091,Helsinki,01,urban,fi,674500,60.1712,\n"},
     "exit 65", r"error ^municipalities\.csv:2:8: latitude is given but longitude is not; give both or neither$")
case("coordinates-out-of-range", {"municipalities.csv": GEO_HEADER + "091,Helsinki,01,urban,fi,674500,96.5,24.9326\n"},
     "exit 65", r"error ^municipalities\.csv:2:7: latitude 96\.5 is outside −90…90 degrees$")
case("json-coordinates",
     '{"regions": [{"code": "01", "name_fi": "U"}], "municipalities": [{"code": "091", "name_fi": "Helsinki", "region": "01",'
     ' "type": "urban", "language": "fi", "latitude": 60.1712, "longitude": 24.9326}]}',
     "exit 0", "sql SELECT latitude, longitude FROM municipalities WHERE code = '091' => 60.1712|24.9326")
case("json-coordinates-out-of-range",
     '{"regions": [{"code": "01", "name_fi": "U"}], "municipalities": [{"code": "091", "name_fi": "Helsinki", "region": "01",'
     ' "type": "urban", "language": "fi", "latitude": 60.1712, "longitude": 224.9326}]}',
     "exit 65", r"error ^input\.json: municipalities\[0\]\.longitude: longitude 224\.9326 is outside −180…180 degrees$")
case("json-big-priority",
     json.dumps({"sectors": [{"id": "basic", "name_fi": "P"}], "directions": [{"id": "lead", "name_fi": "J"}],
                 "networks": [{"id": "n-a", "name_fi": "A", "sector": "basic", "since": "2022-01-01"}]})[:-1]
     + ', "network_directions": [{"network": "n-a", "direction": "lead", "priority": 9007199254740993}]}',
     "exit 65", r"error ^input\.json: network_directions\[0\]\.priority: priority 9007199254740993 is not 1, 2 or 3$")
case("json-big-id",
     '{"regions": [{"code": "01", "name_fi": "U"}], "municipalities": [{"code": "091", "name_fi": "H", "region": "01", "type": "urban", "language": "fi"}],'
     ' "sectors": [{"id": "basic", "name_fi": "P"}], "networks": [{"id": "n-a", "name_fi": "A", "sector": "basic", "since": "2022-01-01"}],'
     ' "organisations": [{"id": 9007199254740993, "name": "Iso", "kind": "school", "municipality": "091"}],'
     ' "memberships": [{"organisation": "9007199254740993", "network": "n-a", "since": "2022-01-01"}]}',
     "exit 0", "sql SELECT organisation FROM memberships WHERE network = 'n-a' => 9007199254740993")
case("json-duplicate-id",
     '{"sectors": [{"id": "basic", "name_fi": "P"}, {"id": "basic", "name_fi": "Q"}]}',
     "exit 65", r"error ^input\.json: sectors\[1\]\.id: duplicate id 'basic' \(first at sectors\[0\]\)$")
case("json-not-object", '[1, 2, 3]', "exit 65", r"error ^input\.json: \$: expected an object with one key per table$")
case("json-syntax", '{"sectors": [', "exit 65", r"error ^input\.json:1:14: not valid JSON: Unexpected end of file")
case("json-bad-value", '{"sectors":\n  [1,,2]}', "exit 65", r"error ^input\.json:2:6: not valid JSON: Invalid value")
case("json-infinite-number", '{"municipalities": [{"code": "091", "name_fi": "H", "region": "01", "type": "urban", "language": "fi", "population": 1e309}]}',
     "exit 65", r"error ^input\.json: not valid JSON: Number 1e309 is not representable")
case("json-deep", None, "generate deep-json", "exit 65",
     r"error ^input\.json:1:513: JSON nested deeper than 512 levels")
case("wide-row", None, "generate wide-row", "exit 65",
     r"error ^memberships\.csv:2:1025: more than 1024 fields in one record")
case("million-rows", None, "generate million-rows", "exit 0")
