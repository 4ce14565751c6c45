"""Benchmark (not a test): how long the window pauses when a broad filter is chosen on the large
catalogue, from choosing it to the table showing the records it keeps.

    python bench/filter_pause.py [--db FILE]     # the catalogue bench/run.py builds

The main window is opened offscreen on the events tab; each filter is chosen as the filter bar
sets it, and the event loop runs until the list is there. A 10 ms timer ticks on the GUI thread
meanwhile: its longest gap is how long the window could not repaint or answer a click.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from print_blocking import paused
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from run import _HOME, DEFAULT_DB

from gui import i18n
from gui.main_window import MainWindow
from gui.settings import Settings
from store.catalogue import Catalogue

FILTERS = [("country", "KR"), ("date_from", "1990"), ("in_force", True)]


def main() -> int:
    db = Path(sys.argv[sys.argv.index("--db") + 1]) if "--db" in sys.argv else DEFAULT_DB
    app = QApplication.instance() or QApplication([])
    i18n.install("vi")
    settings = Settings(QSettings(str(_HOME / "pause.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Catalogue.open(db), settings)
    window.show()
    app.processEvents()
    tab = window.list_tabs["event"]
    window.tabs.setCurrentWidget(tab)
    app.processEvents()
    bar = tab.filter_bar

    def choose(name: str, value: object) -> None:
        if name == "country":
            bar.country.setCurrentIndex(bar.country.findData(value))
        elif name == "in_force":
            bar.in_force.setChecked(bool(value))
        else:
            bar.date_from.setText(str(value))
            bar._debounce.timeout.emit()  # as when the typing pauses
        while tab.model.pending:
            app.processEvents()
            time.sleep(0.005)
        tab.table.viewport().repaint()

    for name, value in FILTERS:
        seconds, pause = paused(lambda name=name, value=value: choose(name, value))
        print(
            f"events, {name}={value}: {tab.model.rowCount():,} rows in {seconds:.2f} s, "
            f"longest GUI pause {pause * 1000:.0f} ms",
            flush=True,
        )
        bar.clear()
        app.processEvents()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
