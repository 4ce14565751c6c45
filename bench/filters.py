"""Benchmark (not a test): every filter of the list tabs on the large catalogue, from SQL to the
count and the first and last page of ids, as a list tab asks for them.

    python bench/filters.py [--db FILE]     # the catalogue bench/run.py builds

Prints, per list, filter and order, the rows kept and the milliseconds. A filter's matches are
found once (`store.lists`); what it costs grows with how many records it keeps.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from run import DEFAULT_DB
from sorts import timed

from store import lists
from store.catalogue import Catalogue
from store.lists import Filter

FILTERS = {
    "partner": [
        Filter(country="FR"),
        Filter(kind="government"),
        Filter(field="housing"),
        Filter(in_force_only=True),
        Filter(date_from="2000", date_to="2005"),
        Filter(text="nagoya", in_force_only=True),
    ],
    "agreement": [
        Filter(country="JP"),
        Filter(status="expiring"),
        Filter(status="expired"),
        Filter(in_force_only=True),
        Filter(field="housing"),
        Filter(date_from="2019", date_to="2019"),
    ],
    "event": [
        Filter(kind="outbound"),
        Filter(country="KR"),
        Filter(field="health"),
        Filter(in_force_only=True),
        Filter(date_from="2020-03", date_to="2020-03"),
        Filter(date_from="2019", date_to="2019"),
        Filter(date_from="1990", date_to="2030"),
        Filter(text="hà", country="KR"),
    ],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    args = parser.parse_args()
    cat = Catalogue.open(args.db, read_only=True)
    for kind, filters in FILTERS.items():
        for flt in filters:
            shown = ", ".join(f"{k}={v}" for k, v in vars(flt).items() if v)
            for column in lists.COLUMNS[kind][:2]:
                listing, ms = timed(cat, kind, flt, column)
                rows = listing.count()
                print(f"{kind:9} {shown:32} {column:10} {rows:8} rows {ms:6.0f} ms", flush=True)
    cat.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
