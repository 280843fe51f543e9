#!/usr/bin/env python3
"""Writes tm35fin.csv: points in EUREF-FIN (ETRS89) degrees and their ETRS-TM35FIN (EPSG:3067)
easting and northing in metres, computed by PROJ through pyproj (an implementation independent of
Verkosto's TransverseMercator), for the projection test.

The points: the municipal centres of Helsinki, Utsjoki (the northernmost), Maarianhamina (far west
of the central meridian), Joensuu and Oulu, taken from ../shared/data/municipalities.csv, and the
worked example of JHS 197 appendix 3 (60.3851068722 N, 19.84813676944 E), whose published result
is E 106256.35961, N 6715706.37708.

    pip install pyproj   # PROJ 9 / pyproj 3.x
    python3 make_tm35fin.py
"""
import csv, os
from pyproj import Transformer

here = os.path.dirname(os.path.abspath(__file__))
points = [
    ("Helsinki", 60.1712, 24.9326),
    ("Utsjoki", 69.9079, 27.0261),
    ("Maarianhamina", 60.1142, 19.9378),
    ("Joensuu", 62.6042, 29.7593),
    ("Oulu", 65.0103, 25.4735),
    ("JHS 197 example", 60.3851068722, 19.84813676944),
]
to_tm35fin = Transformer.from_crs("EPSG:4258", "EPSG:3067", always_xy=True)
with open(os.path.join(here, "tm35fin.csv"), "w", newline="") as f:
    out = csv.writer(f, lineterminator="\n")
    out.writerow(["name", "latitude", "longitude", "easting", "northing"])
    for name, latitude, longitude in points:
        easting, northing = to_tm35fin.transform(longitude, latitude)
        out.writerow([name, latitude, longitude, f"{easting:.4f}", f"{northing:.4f}"])
