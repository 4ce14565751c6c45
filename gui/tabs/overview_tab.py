"""The Overview tab: what is coming, what needs attention, counts, recent changes."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import threading

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.labels import country, label
from store.catalogue import Catalogue
from store.overview import Item, Overview, overview

_ROLE = Qt.ItemDataRole.UserRole


class BarChart(QWidget):
    """Horizontal bars with their labels and counts: simple, readable, printable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, int]] = []
        self.setMinimumHeight(120)

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        self.bars = bars
        self.setMinimumHeight(22 * max(1, len(bars)) + 8)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.bars:
            return
        painter = QPainter(self)
        metrics = painter.fontMetrics()
        label_width = min(
            self.width() // 2, max(metrics.horizontalAdvance(t) for t, _ in self.bars) + 8
        )
        most = max(n for _, n in self.bars) or 1
        room = self.width() - label_width - 40
        for row, (text, n) in enumerate(self.bars):
            y = 4 + row * 22
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, y, label_width - 6, 20),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, label_width - 6),
            )
            width = max(2, room * n / most)
            painter.fillRect(QRectF(label_width, y + 3, width, 14), QColor("#3b78b5"))
            painter.drawText(
                QRectF(label_width + width + 4, y, 36, 20), Qt.AlignmentFlag.AlignVCenter, str(n)
            )
        painter.end()


class OverviewTab(QWidget):
    """Its figures are computed off the GUI thread, on a reader connection: on a catalogue of a
    million events they take seconds, and the window must keep painting meanwhile."""

    open_record = Signal(str, int)
    updated = Signal()  # the sections show the figures of the latest refresh
    _computed = Signal(object)  # from the worker thread: an Overview, or None when it failed

    def __init__(
        self, cat: Catalogue, settings_values: dict, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.cat = cat
        self.settings_values = settings_values
        self.today: dt.date | None = None  # tests pin the date
        self.sections: dict[str, tuple[QGroupBox, QListWidget]] = {}
        grid = QGridLayout(self)
        names = [
            "upcoming_events",
            "expiring",
            "recently_expired",
            "anniversaries",
            "followups",
            "dormant",
            "recent_changes",
        ]
        for i, name in enumerate(names):
            box = QGroupBox()
            listing = QListWidget()
            listing.itemActivated.connect(self._open)
            listing.itemClicked.connect(self._open)
            QVBoxLayout(box).addWidget(listing)
            self.sections[name] = (box, listing)
            grid.addWidget(box, i // 3, i % 3)
        self.country_box, self.country_chart = QGroupBox(), BarChart()
        self.kind_box, self.kind_chart = QGroupBox(), BarChart()
        QVBoxLayout(self.country_box).addWidget(self.country_chart)
        QVBoxLayout(self.kind_box).addWidget(self.kind_chart)
        grid.addWidget(self.country_box, 2, 1)
        grid.addWidget(self.kind_box, 2, 2)
        self._running = self._again = False
        self.totals: dict[str, int] = {}  # live records by kind, as of the latest refresh
        self._computed.connect(self._show)
        self._set_titles()  # the figures follow with the first refresh()

    def _titles(self) -> dict[str, str]:
        return {
            "upcoming_events": self.tr("Upcoming events"),
            "expiring": self.tr("Agreements expiring soon"),
            "recently_expired": self.tr("Agreements recently expired"),
            "anniversaries": self.tr("Anniversaries of relations this year"),
            "followups": self.tr("Follow-up actions due or overdue"),
            "dormant": self.tr("Dormant partners (no recent event)"),
            "recent_changes": self.tr("Recent changes"),
        }

    def _set_titles(self) -> None:
        for name, title in self._titles().items():
            box, listing = self.sections[name]
            box.setTitle(title)
            listing.setAccessibleName(title)
        self.country_box.setTitle(self.tr("Partners by country"))
        self.kind_box.setTitle(self.tr("Partners by type"))

    def refresh(self) -> None:
        """Compute again; one computation at a time, the last request always served."""
        if self._running:
            self._again = True
            return
        self._running, self._again = True, False
        reader = self.cat.twin()
        when = (
            self.today,
            self.settings_values.get("expiry_months", 6),
            self.settings_values.get("dormant_months", 24),
        )

        def work() -> None:
            try:
                data = overview(reader, *when)
            except sqlite3.Error:
                data = None  # the file went away or was replaced: the next refresh tells
            finally:
                reader.close()
            # The tab may have been closed meanwhile (another catalogue opened).
            with contextlib.suppress(RuntimeError):
                self._computed.emit(data)

        threading.Thread(target=work, name="overview", daemon=True).start()

    def _show(self, data: Overview | None) -> None:
        self._running = False
        if self._again:
            self.refresh()
        if data is None:
            return
        self.totals = data.totals
        lang = i18n.current()
        self._set_titles()
        for name in self._titles():
            listing = self.sections[name][1]
            listing.clear()
            items: list[Item] = getattr(data, name)
            for item in items:
                entry = QListWidgetItem(self._text(name, item, lang))
                entry.setData(_ROLE, (item.ref.kind, item.ref.id))
                entry.setToolTip(item.ref.title)
                listing.addItem(entry)
            if not items:
                placeholder = QListWidgetItem(self.tr("Nothing at the moment"))
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                listing.addItem(placeholder)
        self.country_chart.set_bars([(country(c, lang), n) for c, n in data.by_country])
        self.kind_chart.set_bars([(label("partner_kind", k), n) for k, n in data.by_kind])
        self.updated.emit()

    def _text(self, section: str, item: Item, lang: str) -> str:
        when = item.when.format(lang) if item.when else ""
        title = item.ref.title
        if section == "anniversaries":
            return self.tr("{years} years: {name} (since {since})").format(
                years=item.detail, name=title, since=when
            )
        if section == "followups":
            state = self.tr("overdue") if item.detail == "overdue" else self.tr("due")
            return f"{when} · {state} · {title}"
        if section == "dormant":
            return f"{title} · " + (
                self.tr("last event {date}").format(date=when) if when else self.tr("no event")
            )
        if section == "recent_changes":
            actions = {
                "create": self.tr("created"),
                "edit": self.tr("edited"),
                "delete": self.tr("deleted"),
                "restore": self.tr("restored"),
                "attachment_add": self.tr("file attached"),
                "attachment_remove": self.tr("file moved to the Trash"),
                "attachment_restore": self.tr("file restored"),
                "attachment_purge": self.tr("file deleted for good"),
            }
            return (
                f"{label('record', item.ref.kind)} {actions.get(item.detail, item.detail)}: {title}"
            )
        return f"{when} · {title}" if when else title

    def _open(self, entry: QListWidgetItem) -> None:
        target = entry.data(_ROLE)
        if target:
            self.open_record.emit(*target)
