"""The one table model behind every list tab: a count, then pages of ids and rows on demand.

Sorting and filtering run in SQL (store.lists.listing); the model keeps the count and a cache of
the pages the view has painted, so a catalogue of any size opens and scrolls at once.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from gui import i18n
from gui.labels import country, label
from store import lists
from store.catalogue import Catalogue
from store.dates import PartialDate

PAGE = 200
MAX_PAGES = 50  # pages (and their rows) kept in memory
# Records of a kind past which a filter the user sets (or an order under it) is listed on a
# thread: the records a broad filter keeps in a million take a second or more to find.
LARGE = 50_000
Index = QModelIndex | QPersistentModelIndex


def _date(iso: str | None, lang: str) -> str:
    return PartialDate.from_iso(iso).format(lang) if iso else ""


def _range(start: str | None, end: str | None, lang: str) -> str:
    if not start:
        return ""
    return PartialDate(start, None if end in (None, start) else end).format(lang)


class RecordTableModel(QAbstractTableModel):
    listing_started = Signal()  # listed on a thread: the view keeps its rows until it is done
    _listed = Signal(int, object)  # from the thread: (request number, Listing or None)

    def __init__(self, cat: Catalogue, kind: str, context: lists.Context) -> None:
        super().__init__()
        self.cat = cat
        self.kind = kind
        self.context = context
        self.columns = lists.COLUMNS[kind]
        self.filter = lists.Filter()
        self.order = self.columns[0]
        self.descending = False
        self._listing: lists.Listing | None = None
        self._count = 0
        self._pages: dict[int, list[int]] = {}  # page number → ids, as the view asks for them
        self._rows: dict[int, dict[str, Any]] = {}
        # While no view shows the list, queries wait until one does (or a caller needs the ids):
        # on a large catalogue, re-sorting hidden lists on every change would cost seconds.
        self.live = False
        self._stale = True
        self.known_total: int | None = None  # live records of the kind, when the tab knows it
        self._request = 0  # the latest listing asked for; a thread's older answer is dropped
        self.pending = False  # a listing is being computed on a thread
        self._listed.connect(self._take_listing)

    # -- what is listed --------------------------------------------------------------------------
    def request(self) -> None:
        """The user changed the filter or the order: list again, on a thread when the list is
        large and filtered beyond a search (whose matches the search index finds at once)."""
        large = (self.known_total or 0) >= LARGE
        if not (self.live and large and not replace(self.filter, text="").is_empty()):
            self.reload()
            return
        self._request += 1
        number, reader = self._request, self.cat.twin()
        wanted = (self.kind, self.filter, self.order, self.descending, self.context)

        def work() -> None:
            try:
                listing = lists.read_once(reader, *wanted)
            except sqlite3.Error:
                listing = None  # listed on the GUI thread instead
            finally:
                reader.close()
            with contextlib.suppress(RuntimeError):  # the tab was closed meanwhile
                self._listed.emit(number, listing)

        self.pending = True
        threading.Thread(target=work, name="listing", daemon=True).start()
        self.listing_started.emit()

    def _take_listing(self, number: int, listing: lists.Listing | None) -> None:
        if number != self._request:
            return  # asked again since, or listed on the GUI thread meanwhile
        if listing is None:
            self.reload()
            return
        self.pending = False
        self.beginResetModel()
        self._listing = listing
        self._count = listing.count()
        self._pages.clear()
        self._rows.clear()
        self.endResetModel()

    def reload(self) -> None:
        """Query the ids again (filter or order changed, or records were added or removed)."""
        self._request += 1  # an answer still coming from a thread is out of date
        self.pending = False
        if not self.live:
            self._stale = True
            return
        self._stale = False
        self.beginResetModel()
        self._listing = lists.listing(
            self.cat,
            self.kind,
            self.filter,
            self.order,
            self.descending,
            self.context,
            total=self.known_total if self.filter.is_empty() else None,
        )
        self._count = self._listing.count()
        self._pages.clear()
        self._rows.clear()
        self.endResetModel()

    def set_live(self, live: bool) -> None:
        """A view shows the list (or stopped showing it); catch up on what was deferred."""
        self.live = live
        if live and self._stale:
            self.reload()

    def ensure_fresh(self) -> None:
        """The ids are needed now (to select a record), shown or not."""
        if self._stale or self.pending:
            live, self.live = self.live, True
            self.reload()
            self.live = live

    def ids(self) -> list[int]:
        """The records listed, in the order shown (what "export this list" writes)."""
        self.ensure_fresh()
        return self._listing.all_ids() if self._listing else []

    def refresh_rows(self, ids: set[int]) -> None:
        """Repaint changed records in place, without re-querying the list."""
        for record_id in ids & self._rows.keys():
            del self._rows[record_id]
        for number, page in self._pages.items():
            for offset, record_id in enumerate(page):
                if record_id in ids:
                    row = number * PAGE + offset
                    self.dataChanged.emit(
                        self.index(row, 0), self.index(row, len(self.columns) - 1)
                    )

    def _page(self, number: int) -> list[int]:
        """The ids of one page, and their rows, read together when the view first needs them."""
        if number not in self._pages:
            if len(self._pages) >= MAX_PAGES:  # scrolled through a huge list: start afresh
                self._pages.clear()
                self._rows.clear()
            assert self._listing is not None
            self._pages[number] = self._listing.ids(number * PAGE, (number + 1) * PAGE)
        page = self._pages[number]
        missing = [i for i in page if i not in self._rows]
        if missing:
            self._rows.update(lists.rows(self.cat, self.kind, missing, self.context))
        return page

    def id_at(self, row: int) -> int | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE)
        return page[row % PAGE] if row % PAGE < len(page) else None

    def row_of(self, record_id: int) -> int | None:
        self.ensure_fresh()
        for number, page in self._pages.items():
            if record_id in page:
                return number * PAGE + page.index(record_id)
        return self._listing.position(record_id) if self._listing else None

    def shown(self) -> int:
        self.ensure_fresh()
        return self._count

    # -- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return column_title(self.columns[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.order = self.columns[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.request()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        return self._display(row, self.columns[index.column()])

    def _row(self, position: int) -> dict[str, Any] | None:
        record_id = self.id_at(position)
        return None if record_id is None else self._rows.get(record_id)

    def _display(self, row: dict[str, Any], column: str) -> str:
        lang = i18n.current()
        match column:
            case "name":
                return row["name"]
            case "title":
                return row["title"]
            case "country":
                return country(row["country"], lang)
            case "kind":
                group = {
                    "partner": "partner_kind",
                    "agreement": "agreement_kind",
                    "event": "event_kind",
                }
                return label(group[self.kind], row["kind"])
            case "relation_since" | "signed_on" | "valid_to" | "last_event":
                return _date(row[column], lang)
            case "agreements_in_force":
                return str(row[column] or "")
            case "status":
                return label("status", row["status"])
            case "dates":
                return _range(row["starts_on"], row["ends_on"], lang)
            case "place":
                return ", ".join(x for x in (row["city"], country(row["country"], lang)) if x)
            case "partners":
                return row["partners"] or ""
        return ""


def column_title(column: str) -> str:
    titles = {
        "name": i18n.translate("Columns", "Name"),
        "title": i18n.translate("Columns", "Title"),
        "country": i18n.translate("Columns", "Country"),
        "kind": i18n.translate("Columns", "Type"),
        "relation_since": i18n.translate("Columns", "Relation since"),
        "agreements_in_force": i18n.translate("Columns", "Agreements in force"),
        "last_event": i18n.translate("Columns", "Last event"),
        "partners": i18n.translate("Columns", "Partners"),
        "signed_on": i18n.translate("Columns", "Signed"),
        "valid_to": i18n.translate("Columns", "Valid to"),
        "status": i18n.translate("Columns", "Status"),
        "dates": i18n.translate("Columns", "Dates"),
        "place": i18n.translate("Columns", "Place"),
    }
    return titles[column]
