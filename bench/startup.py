"""Benchmark (not a test): where start-up time goes, each in fresh processes (median of --runs).

    python bench/startup.py [--db FILE] [--runs 7]     # the catalogue bench/run.py builds

Prints seconds from starting the process to the first painted main window, and the ratio to a
bare PySide6 window, for: the bare window; the floor (the same window with our fonts,
translations, menu and toolbar icons and four empty tabs, none of our code behind it); importing
sqlite-utils alone; the app on an empty catalogue; the app on the large catalogue.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from run import _HOME, DEFAULT_DB, median_of, probe

from store.catalogue import Catalogue


def python_seconds(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    empty = _HOME / "empty.partnerbook"
    Catalogue.create(empty).close()
    probe("app", empty)  # the first start of the day makes the daily backups: not measured
    probe("app", args.db)
    bare = median_of(args.runs, lambda: probe("bare")[0])
    sqlite_utils = median_of(args.runs, lambda: python_seconds("import sqlite_utils")) - (
        median_of(args.runs, lambda: python_seconds("pass"))
    )
    rows = [
        ("bare PySide6 window", bare),
        (
            "floor: our fonts, translations, icons, tabs",
            median_of(args.runs, lambda: probe("floor")[0]),
        ),
        ("importing sqlite-utils (alone)", sqlite_utils),
        ("Partnerbook, empty catalogue", median_of(args.runs, lambda: probe("app", empty)[0])),
        ("Partnerbook, large catalogue", median_of(args.runs, lambda: probe("app", args.db)[0])),
    ]
    for name, seconds in rows:
        print(f"{name:45} {seconds:6.3f} s  {seconds / bare:5.2f} × bare", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
