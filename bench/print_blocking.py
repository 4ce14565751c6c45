"""Benchmark (not a test): how long the window stops answering while a long report is saved.

    python bench/print_blocking.py [--db FILE] [--country DE]

Opens the main window on a large catalogue (made with `partnerbook synth --partners 20000
--agreements 40000 --events 100000` in a temporary folder unless --db names one), then saves the
partner directory of one country (by default the one with the most partners that still fits the
length limit) as a PDF in Vietnamese, the way File → Reports → Save as PDF does. A 10 ms timer runs
on the GUI thread meanwhile; the longest gap between two of its ticks is how long the window was
frozen (nothing repaints, no click is answered). Prints that and the whole time taken; then the
same for the print preview of that directory, up to its first page shown.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtPrintSupport import QPrintPreviewDialog  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog  # noqa: E402

from gui import i18n  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from gui.printing import Document, preview_document, render  # noqa: E402
from gui.printing.preview import save_as  # noqa: E402
from gui.settings import Settings  # noqa: E402
from store.catalogue import Catalogue  # noqa: E402

SYNTH = ["--partners", "20000", "--agreements", "40000", "--events", "100000"]


def largest_country(cat: Catalogue) -> str:
    """The country with the most partners whose directory is under the length limit."""
    rows = cat.db.execute(
        "SELECT country, count(*) FROM partners WHERE deleted_at IS NULL AND country != ''"
        " GROUP BY country ORDER BY 2 DESC"
    ).fetchall()
    return next(code for code, n in rows if n < render.MAX_LINES * 0.9)


def paused(run: Callable[[], object]) -> tuple[float, float]:
    """Seconds `run` took, and the longest gap between ticks of a 10 ms GUI timer meanwhile."""
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    start = time.perf_counter()
    run()
    end = time.perf_counter()
    timer.stop()
    return end - start, max(b - a for a, b in pairwise([start, *ticks, end]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--country")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="partnerbook-print-blocking-"))
    db = args.db
    if db is None:
        db = folder / "large.partnerbook"
        subprocess.run(
            [sys.executable, "-m", "gui.cli", "synth", *SYNTH, "--db", str(db)],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    app = QApplication.instance() or QApplication([])
    i18n.install("vi")
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    cat = Catalogue.open(db)
    window = MainWindow(cat, settings)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    country = args.country or largest_country(cat)
    target = folder / "directory.pdf"
    QFileDialog.getSaveFileName = lambda *a, **k: (str(target), "")  # type: ignore[method-assign]

    document = Document("report", report="directory", country=country)

    def shown(dialog: QPrintPreviewDialog) -> int:
        dialog.show()  # asks for the pages
        dialog.grab()  # the first page painted
        dialog.close()
        return 0

    QPrintPreviewDialog.exec = shown  # type: ignore[method-assign]
    for what, run in (
        ("saving", lambda: save_as(window, cat, document, "vi", "Org")),
        ("previewing", lambda: preview_document(window, cat, document, "vi", "Org")),
    ):
        seconds, pause = paused(run)
        print(f"{what} the directory of {country}: {seconds:.1f} s")
        print(f"longest GUI pause while {what} a long report: {pause * 1000:.0f} ms")
    pages = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    count = next((line.split()[-1] for line in pages.splitlines() if line.startswith("Pages")), "?")
    print(f"pages: {count}")
    window.watch.stop()
    cat.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
