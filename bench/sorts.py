"""Benchmark (not a test): every list order on the large catalogue, from SQL to the first and last
page of ids, as a list tab asks for them.

    python bench/sorts.py [--db FILE]     # the catalogue bench/run.py builds

Prints, per kind and column, how the order is read (`_Paged`: pages from indexes; `_ReadOnce`:
the whole ordered list of ids, for partners by agreements in force when the catalogue's counts
are not for today: a read-only file opened on a later day) and the milliseconds.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from run import DEFAULT_DB

from store import lists
from store.catalogue import Catalogue


def timed(
    cat: Catalogue, kind: str, flt: lists.Filter | None, column: str
) -> tuple[lists.Listing, float]:
    """A list as a tab reads it (the listing, its count, the first and the last page), in ms."""
    start = time.perf_counter()
    listing = lists.listing(cat, kind, flt, column, False)
    count = listing.count()
    listing.ids(0, 200)
    listing.ids(max(count - 200, 0), count)
    return listing, (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    args = parser.parse_args()
    cat = Catalogue.open(args.db, read_only=True)
    for kind, columns in lists.COLUMNS.items():
        for column in columns:
            listing, ms = timed(cat, kind, None, column)
            print(f"{kind:9} {column:20} {type(listing).__name__:9} {ms:7.0f} ms", flush=True)
    cat.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
