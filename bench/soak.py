"""Crash-safety soak: kill a writing process at random moments, then check nothing confirmed is lost.

    python bench/soak.py --rounds 200

A writer saves partners one by one and prints each one's UUID only after its save returned (the
moment a user would see "saved"). The soak kills it with SIGKILL at a random moment, reopens the
catalogue, runs an integrity check, and looks up every UUID printed so far. Exit 1 on any loss.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WRITER = """
import sys
from store.catalogue import Catalogue
from store import repository
from store.partners import SPEC
from store.records import Partner, Contact
cat = Catalogue.open(sys.argv[1])
n = 0
while True:
    n += 1
    saved = repository.save(cat, SPEC, Partner(name=f"Đối tác {n}", notes="x" * 2000,
                                                 contacts=[Contact(name=f"Người {n}")]))
    print(saved.uuid, flush=True)
"""


def soak(rounds: int, seed: int = 1) -> tuple[int, int, list[str]]:
    """(confirmed saves, confirmed saves missing afterwards, integrity problems)."""
    from store.catalogue import Catalogue

    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="partnerbook-soak-"))
    path = folder / "soak.partnerbook"
    Catalogue.create(path).close()
    confirmed: list[str] = []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(rounds):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True, env=env
        )
        time.sleep(rng.uniform(0.25, 0.6))  # start-up is ~0.2 s: most kills land mid-write
        writer.send_signal(signal.SIGKILL)
        out, _ = writer.communicate()
        confirmed += [line for line in out.splitlines() if line.strip()]
    cat = Catalogue.open(path)
    problems = cat.integrity_problems()
    stored = {row[0] for row in cat.db.execute("SELECT uuid FROM partners")}
    cat.close()
    missing = [u for u in confirmed if u not in stored]
    return len(confirmed), len(missing), problems


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    started = time.perf_counter()
    saves, missing, problems = soak(args.rounds)
    print(f"kills: {args.rounds}")
    print(f"confirmed saves: {saves}")
    print(f"confirmed saves missing: {missing} (goal 0)")
    print(f"integrity problems: {len(problems)} (goal 0)")
    print(f"seconds: {time.perf_counter() - started:.1f}")
    return 1 if missing or problems else 0


if __name__ == "__main__":
    sys.exit(main())
