"""The scale benchmark: a catalogue of a million events, measured against baselines in one run.

    python bench/run.py [--db FILE] [--partners 100000 --agreements 200000 --events 1000000]

Builds the large catalogue with the synthetic generator (or reuses FILE when it exists), then
prints one line per measure, `NAME: VALUE UNIT (goal GOAL)`, and `goals met: K of N`. Ratios are
measured against their baseline in the same run, so they hold on a slower or busier machine.
Settings, backups and the user's data folder are redirected to a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="partnerbook-bench-home-"))
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
DEFAULT_DB = Path(tempfile.gettempdir()) / "partnerbook-bench" / "large.db"

# The child process that starts a window and reports when it first painted. `bare` is the
# baseline: PySide6 alone showing an empty main window; `floor` (bench/startup.py) a window with
# our fonts, translations, icons and tabs but none of our code behind it.
_PROBE = r"""
import os, sys, time
sys.path.insert(0, {root!r})
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

def rss_kb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            QApplication.instance().removeEventFilter(self)
            print("painted", time.perf_counter(), rss_kb(), flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False

app = QApplication([sys.argv[0]])
watcher = FirstPaint()
app.installEventFilter(watcher)
if sys.argv[1] == "bare":
    window = QMainWindow()
    window.show()
    app.exec()
elif sys.argv[1] == "floor":  # what any window of ours costs: fonts, translations, icons, tabs
    from PySide6.QtGui import QAction, QIcon
    from PySide6.QtWidgets import QLabel, QTabWidget, QToolBar
    from gui import i18n
    from gui.fonts import ui_font
    from store.paths import resource

    app.setFont(ui_font())
    i18n.install("vi")
    window = QMainWindow()
    window.resize(1280, 720)
    menu, toolbar = window.menuBar().addMenu("&Tệp"), QToolBar()
    window.addToolBar(toolbar)
    for path in sorted(resource("icons").glob("*.svg")):
        action = QAction(QIcon(str(path)), path.stem, window)
        menu.addAction(action)
        toolbar.addAction(action)
    tabs = QTabWidget()
    for name in ("overview", "partner", "agreement", "event"):
        tabs.addTab(QLabel(name), QIcon(str(resource("icons", name + ".svg"))), name)
    window.setCentralWidget(tabs)
    window.statusBar().addPermanentWidget(QLabel("…"))
    window.show()
    app.exec()
else:
    from gui import app as partnerbook
    partnerbook.run(["--db", sys.argv[2], "--lang", "vi"])
"""


def goal_line(name: str, value: float, unit: str, goal: float, fmt: str = "{:.2f}") -> bool:
    met = value <= goal
    unit = f" {unit}" if unit else ""
    print(f"{name}: {fmt.format(value)}{unit} (goal ≤ {fmt.format(goal)}{unit})", flush=True)
    return met


def probe(kind: str, db: Path | None = None) -> tuple[float, int]:
    """Seconds from starting the process to the first painted main window, and RSS in kB."""
    args = [sys.executable, "-c", _PROBE.format(root=str(ROOT)), kind]
    if db is not None:
        args.append(str(db))
    start = time.perf_counter()
    out = subprocess.run(args, capture_output=True, text=True, check=True, timeout=300).stdout
    elapsed = time.perf_counter() - start
    line = next(line for line in out.splitlines() if line.startswith("painted"))
    return elapsed, int(line.split()[2])


def median_of(n: int, run: Callable[[], float]) -> float:
    return statistics.median(run() for _ in range(n))


def ensure_large(path: Path, partners: int, agreements: int, events: int) -> None:
    from store import synth
    from store.catalogue import Catalogue

    if path.exists():  # made by an older Partnerbook: migrate it now, not while measuring
        Catalogue.open(path, backup_folder=_HOME / "backups").close()
        return

    path.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    synth.build(path, partners, agreements, events).close()
    print(f"built {path} in {time.perf_counter() - start:.0f} s", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--partners", type=int, default=100_000)
    parser.add_argument("--agreements", type=int, default=200_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    ensure_large(args.db, args.partners, args.agreements, args.events)
    from store.catalogue import Catalogue  # after the paths above are set

    empty = _HOME / "empty.partnerbook"
    Catalogue.create(empty).close()
    results: list[bool] = []

    # 1 and 4: start-up and memory, each in fresh processes. The first start of the day makes
    # the daily backup; it is made here once, before measuring.
    probe("app", args.db)
    bare = median_of(args.runs, lambda: probe("bare")[0])
    app = median_of(args.runs, lambda: probe("app", args.db)[0])
    results.append(
        goal_line("start-up to first paint, large catalogue / bare PySide6", app / bare, "", 1.5)
    )
    probe("app", empty)
    rss_large = statistics.median(probe("app", args.db)[1] for _ in range(3))
    rss_empty = statistics.median(probe("app", empty)[1] for _ in range(3))
    results.append(
        goal_line(
            "memory, large catalogue minus empty",
            (rss_large - rss_empty) / 1024,
            "MB",
            60,
            "{:.0f}",
        )
    )

    # 2, 3 and 5 in this process, on the main window as the user sees it.
    from in_window import measure_window

    results += measure_window(args.db, goal_line)

    # 6: the long profile against the one-page profile.
    from print_profile import profile_ratio

    results.append(
        goal_line("partner profile PDF, 1,000 events / one-page profile", profile_ratio(), "", 3)
    )

    # 7: importing, against openpyxl reading the same file; then the bundle, when built.
    import frozen
    import import_speed

    results += import_speed.measure(goal_line)
    results += frozen.measure(goal_line)

    print(f"goals met: {sum(results)} of {len(results)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
