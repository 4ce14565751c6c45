"""Attaching and saving back a file at the default limit (50 MB): time and peak memory.

    python bench/attachments.py            # --megabytes 50

Each step runs in a fresh process so its peak resident memory is its own: the interpreter with
the store imported, then adding the file to a new catalogue, then writing it back to a file.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

STEP = """
import resource, sys, time
from pathlib import Path
from store import attachments
from store.catalogue import Catalogue
from store.partners import SPEC
from store.records import Partner
from store import repository
step, folder = sys.argv[1], Path(sys.argv[2])
started = time.perf_counter()
if step == "add":
    cat = Catalogue.create(folder / "bench.partnerbook")
    partner = repository.save(cat, SPEC, Partner(name="Bench")).id
    attachments.add(cat, "partner", partner, folder / "source.bin")
elif step == "save":
    cat = Catalogue.open(folder / "bench.partnerbook")
    attachments.write_to(cat, 1, folder / "copy.bin")
seconds = time.perf_counter() - started
print(f"{seconds:.3f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
"""


def run(step: str, folder: Path) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-c", STEP, step, str(folder)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return float(out[0]), float(out[1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = folder / "source.bin"
        source.write_bytes(os.urandom(args.megabytes * 1024 * 1024))
        _, baseline = run("none", folder)
        print(f"{args.megabytes} MB file; peak memory of the bare process {baseline:.0f} MB")
        for step in ("add", "save"):
            seconds, peak = run(step, folder)
            print(f"{step}: {seconds:.2f} s, peak memory {peak:.0f} MB (+{peak - baseline:.0f} MB)")
        assert (folder / "copy.bin").read_bytes() == source.read_bytes()
        print("round trip byte-for-byte: ok")


if __name__ == "__main__":
    main()
