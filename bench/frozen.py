"""Benchmark (not a test): start-up of the PyInstaller bundle against start-up from source; its size.

    scripts/bundle && .venv/bin/python bench/frozen.py [--runs 5]

Each launch opens the window offscreen on the sample catalogue and quits as soon as it is first
painted (PARTNERBOOK_QUIT_AFTER_MS=0); a launch is timed from start to exit of the process. After
one warm-up of each (which also creates the sample catalogue), launches of the two alternate and
the medians are compared. The size is the disk use of dist/Partnerbook as `du -sh` counts it
(MiB, which du calls M). Results are recorded in docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "Partnerbook"
APP = BUNDLE / ("Partnerbook.exe" if sys.platform == "win32" else "Partnerbook")


def launch(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True, timeout=60)
    return time.perf_counter() - start


def disk_use_mib(folder: Path) -> float:
    # st_blocks is in 512-byte units whatever the file system's block size; links count once.
    return sum(p.lstat().st_blocks * 512 for p in folder.rglob("*")) / 2**20


def startup(runs: int) -> tuple[float, float]:
    """Median seconds to the first paint and exit: from source, and of the bundle."""
    home = Path(tempfile.mkdtemp(prefix="partnerbook-bench-"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PARTNERBOOK_QUIT_AFTER_MS": "0",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "LANG": "C.UTF-8",
    }
    commands = {
        "source": [sys.executable, "-m", "gui", "--sample"],
        "frozen": [str(APP), "--sample"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():
        launch(command, env)  # warm-up
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(launch(command, env))
    source, frozen = (statistics.median(times[name]) for name in commands)
    return source, frozen


def measure(goal_line, runs: int = 5) -> list[bool]:  # type: ignore[no-untyped-def]
    """The lines bench/run.py prints (nothing when the bundle was not built)."""
    if not APP.exists():
        print(f"frozen start-up: not measured ({APP} is missing: build it with scripts/bundle)")
        return []
    source, frozen = startup(runs)
    return [
        goal_line("frozen start-up / start-up from source", frozen / source, "", 1.2),
        goal_line("bundle size", disk_use_mib(BUNDLE), "MB", 120, "{:.0f}"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not APP.exists():
        sys.exit(f"{APP} is missing: build it with scripts/bundle")
    source, frozen = startup(args.runs)
    print(f"start-up from source: {source:.3f} s (median of {args.runs})")
    print(f"start-up of the bundle: {frozen:.3f} s (median of {args.runs})")
    print(f"frozen start-up: {frozen / source:.2f} ratio (goal ≤ 1.2)")
    print(f"bundle size: {disk_use_mib(BUNDLE):.0f} MB (goal ≤ 120)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
