"""Measures taken on the main window as the user sees it (part of bench/run.py).

Search as you type, sorting, jumping to the last row, opening and saving a form, each from the
user's action to the table or form painted, on the large catalogue.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from gui import i18n
from gui.dialogs.editing import DIALOGS
from gui.main_window import MainWindow
from gui.settings import Settings
from store import lists, repository
from store.catalogue import Catalogue
from store.kinds import SPECS
from store.search import ids_matching

TERMS = ["lyon", "busan", "hợp tác", "kyōto", "đào tạo"]
GoalLine = Callable[..., bool]


def _painted(app: QApplication, widget) -> None:  # type: ignore[no-untyped-def]
    widget.repaint()  # synchronous: the visible rows are fetched and drawn before it returns
    app.processEvents()


def _ms(run: Callable[[], None], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def measure_window(db: Path, goal_line: GoalLine) -> list[bool]:
    app = QApplication.instance() or QApplication([])
    i18n.install("vi")
    settings = Settings(QSettings(str(db.with_suffix(".bench.ini")), QSettings.Format.IniFormat))
    cat = Catalogue.open(db)
    window = MainWindow(cat, settings)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    tab = window.list_tabs["event"]
    window.tabs.setCurrentWidget(tab)
    _painted(app, tab.table.viewport())
    results = []

    # Search as you type: from the query (what the typing pause fires) to the first page painted,
    # against one SQL statement that returns that first page.
    ctx = settings.list_context()

    def typed(term: str) -> Callable[[], None]:
        def run() -> None:
            tab.filter_bar.search.setText(term)
            tab.apply_filter()
            _painted(app, tab.table.viewport())

        return run

    def raw(term: str) -> Callable[[], None]:
        sub, params = ids_matching("event", term)
        sql = (
            "SELECT t.id, t.title, t.kind, t.starts_on, t.city, t.country FROM events t "
            f"WHERE t.deleted_at IS NULL AND t.id IN ({sub}) ORDER BY t.starts_on LIMIT 200"
        )
        return lambda: cat.db.execute(sql, params).fetchall()

    gui_ms = statistics.median(_ms(typed(t), 3) for t in TERMS)
    raw_ms = statistics.median(_ms(raw(t), 3) for t in TERMS)
    results.append(goal_line("search as you type, events / raw SQL", gui_ms / raw_ms, "", 2))
    results.append(goal_line("search as you type, events", gui_ms, "ms", 50, "{:.0f}"))
    tab.filter_bar.search.setText("")
    tab.apply_filter()

    # Sorting by another column, and jumping to the last row, on a million events.
    title = tab.model.columns.index("title")

    def sort() -> None:
        tab.table.sortByColumn(title, tab.table.horizontalHeader().sortIndicatorOrder())
        _painted(app, tab.table.viewport())

    results.append(goal_line("sort 1,000,000 events by title", _ms(sort, 3), "ms", 100, "{:.0f}"))

    def last_row() -> None:
        tab.table.scrollToBottom()
        tab.table.selectRow(tab.model.rowCount() - 1)
        _painted(app, tab.table.viewport())

    results.append(goal_line("jump to the last row", _ms(last_row, 3), "ms", 100, "{:.0f}"))

    # Opening a form on a record with its links, and saving a change.
    event_id = lists.list_ids(cat, "event", lists.Filter(text="lyon"), None, False, ctx)[0]
    opened = []

    def open_form() -> None:
        record = repository.load(cat, SPECS["event"], event_id)
        dialog = DIALOGS["event"](cat, record, window)
        dialog.show()
        app.processEvents()
        opened.append(dialog)

    results.append(goal_line("open an event form", _ms(open_form), "ms", 100, "{:.0f}"))
    dialog = opened[-1]
    notes = dialog.bindings["notes"].widget

    def save() -> None:
        notes.setPlainText(notes.toPlainText() + ".")
        dialog.save()
        app.processEvents()

    results.append(goal_line("save an event form", _ms(save), "ms", 100, "{:.0f}"))
    for form in opened:
        form.is_dirty = lambda: False  # type: ignore[method-assign]
        form.close()
    window.close()
    cat.close()
    return results
