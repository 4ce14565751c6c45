"""Pickers for linked records: type a few letters (no accents needed), choose from the hits.

`RecordPicker` keeps several (an agreement's partners) in a removable list; `SingleRecordPicker`
keeps one (the agreement it renews, our-side body) in the search box itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from store import links, lists, search
from store.catalogue import Catalogue
from store.text import fold, words

_ID = Qt.ItemDataRole.UserRole
_LIMIT = 30


class _Finder(QObject):
    """The search-as-you-type popup under a line edit, shared by both pickers."""

    chosen = Signal(int)

    def __init__(
        self, cat: Catalogue, kind: str, edit: QLineEdit, settled: Callable[[], bool]
    ) -> None:
        super().__init__(edit)
        self.cat, self.kind, self.edit = cat, kind, edit
        self.settled = settled  # whether the box shows no half-typed search
        self.exclude: set[int] = set()
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        # Hits come from the search index, already filtered and ranked: show them all.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.completer.setWidget(edit)
        self.completer.activated[QModelIndex].connect(self._activated)
        edit.textEdited.connect(self.find)
        edit.installEventFilter(self)

    def hits(self, text: str) -> list[links.Ref]:
        if text.strip():
            ids = [i for _, i in search.search(self.cat, text, (self.kind,), _LIMIT + 20)]
        elif self.kind == "our_side":  # a handful of bodies: browsing them all is useful
            ids = [i for i, _ in lists.our_side_bodies(self.cat)]
        else:
            ids = []
        refs = links.refs(self.cat, self.kind, [i for i in ids if i not in self.exclude][:_LIMIT])
        # Titles that start with what was typed first ("tinh gyeonggi" → Tỉnh Gyeonggi), the
        # search's own ranking otherwise (sorted() is stable).
        typed = " ".join(words(fold(text)))
        return sorted(refs, key=lambda ref: not " ".join(words(fold(ref.title))).startswith(typed))

    def find(self, text: str) -> None:
        self.model.clear()
        for ref in self.hits(text):
            item = QStandardItem(ref.title)
            item.setData(ref.id, _ID)
            item.setToolTip(ref.title)
            self.model.appendRow(item)
        if self.model.rowCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or self.completer.popup().isVisible()
        ):
            return False
        # Down in the box opens the hits (or every our-side body) without typing.
        if event.key() == Qt.Key.Key_Down:
            self.find(self.edit.text())
            return True
        # Enter on a search that found nothing must not press the form's Save button.
        return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.settled()

    def _activated(self, index: QModelIndex) -> None:
        record_id = index.data(_ID)
        if record_id is not None:
            self.chosen.emit(int(record_id))


def _titles(cat: Catalogue, kind: str, ids: list[int]) -> dict[int, str]:
    return {ref.id: ref.title for ref in links.refs(cat, kind, ids)}


class RecordPicker(QWidget):
    """Several linked records: a search box above the chosen ones (Del removes one)."""

    changed = Signal()

    def __init__(self, cat: Catalogue, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cat, self.kind = cat, kind
        self._fixed_exclude: set[int] = set()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type to search and add…"))
        self.search.setClearButtonEnabled(True)
        self.finder = _Finder(cat, kind, self.search, lambda: not self.search.text())
        self.finder.chosen.connect(self._add)
        self.chosen = QListWidget()
        self.chosen.setAlternatingRowColors(True)
        self.chosen.installEventFilter(self)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.chosen.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        row.addWidget(self.chosen, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.setFocusProxy(self.search)
        self._update_buttons()

    # -- API ---------------------------------------------------------------------------------------
    def ids(self) -> list[int]:
        return [self.chosen.item(i).data(_ID) for i in range(self.chosen.count())]

    def set_ids(self, ids: Iterable[int]) -> None:
        ids = list(dict.fromkeys(ids))
        titles = _titles(self.cat, self.kind, ids)
        self.chosen.clear()
        for record_id in ids:
            self._append(record_id, titles.get(record_id))
        self._sync_exclude()
        self.changed.emit()

    def add_id(self, record_id: int) -> None:
        self._add(record_id)

    def set_exclude(self, ids: Iterable[int]) -> None:
        """Records never offered (the record being edited)."""
        self._fixed_exclude = set(ids)
        self._sync_exclude()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.search.setAccessibleName(self.tr("{field}: search").format(field=name))
        self.chosen.setAccessibleName(self.tr("{field}: chosen").format(field=name))
        self.remove_button.setAccessibleName(self.tr("{field}: remove").format(field=name))

    def remove_selected(self) -> None:
        row = self.chosen.currentRow()
        if row < 0:
            return
        self.chosen.takeItem(row)
        self._sync_exclude()
        self.changed.emit()

    # -- inside -------------------------------------------------------------------------------------
    def _append(self, record_id: int, title: str | None) -> None:
        # A link to a record in the Trash is kept (restoring it brings the link back).
        text = title if title is not None else self.tr("(in the Trash) #{id}").format(id=record_id)
        item = QListWidgetItem(text)
        item.setData(_ID, record_id)
        item.setToolTip(text)
        self.chosen.addItem(item)

    def _add(self, record_id: int) -> None:
        if record_id not in self.ids():
            self._append(record_id, _titles(self.cat, self.kind, [record_id]).get(record_id))
            self._sync_exclude()
            self.changed.emit()
        self.search.clear()

    def _sync_exclude(self) -> None:
        self.finder.exclude = set(self._fixed_exclude) | set(self.ids())
        self._update_buttons()

    def _update_buttons(self) -> None:
        # As tall as its rows (one to five): the form stays compact and scrolls little.
        rows = min(max(self.chosen.count(), 1), 5)
        row_height = self.chosen.sizeHintForRow(0) if self.chosen.count() else 0
        row_height = max(row_height, self.chosen.fontMetrics().height() + 4)
        height = rows * row_height + 2 * self.chosen.frameWidth() + 2
        self.chosen.setFixedHeight(max(height, self.remove_button.sizeHint().height()))
        self.remove_button.setEnabled(self.chosen.count() > 0)
        if self.chosen.count() and self.chosen.currentRow() < 0:
            self.chosen.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.chosen
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)


class SingleRecordPicker(QWidget):
    """One linked record, shown by its title in the search box; clearing the box unlinks it."""

    changed = Signal()

    def __init__(self, cat: Catalogue, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cat, self.kind = cat, kind
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type to search…"))
        self.search.setClearButtonEnabled(True)
        self.finder = _Finder(cat, kind, self.search, lambda: self.search.text() == self._title)
        self.finder.chosen.connect(self.set_id)
        self.search.editingFinished.connect(self._finish)
        self.search.textChanged.connect(self._cleared)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        self.setFocusProxy(self.search)
        self._id: int | None = None
        self._title = ""

    # -- API ---------------------------------------------------------------------------------------
    def id(self) -> int | None:
        return self._id

    def set_id(self, record_id: int | None) -> None:
        changed = record_id != self._id
        self._id = record_id
        if record_id is None:
            self._title = ""
        else:
            title = _titles(self.cat, self.kind, [record_id]).get(record_id)
            self._title = (
                title if title is not None else self.tr("(in the Trash) #{id}").format(id=record_id)
            )
        self.search.setText(self._title)
        self.search.setToolTip(self._title)
        self.search.setCursorPosition(0)
        if changed:
            self.changed.emit()

    def ids(self) -> list[int]:
        return [] if self._id is None else [self._id]

    def set_ids(self, ids: Iterable[int]) -> None:
        ids = list(ids)
        self.set_id(ids[0] if ids else None)

    def set_exclude(self, ids: Iterable[int]) -> None:
        self.finder.exclude = set(ids)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.search.setAccessibleName(name)

    # -- inside -------------------------------------------------------------------------------------
    def _cleared(self, text: str) -> None:
        # The clear button (or deleting every letter) unlinks at once.
        if not text and self._id is not None:
            self.set_id(None)

    def _finish(self) -> None:
        # Half-typed text that was not chosen from the hits goes back to the chosen title.
        if self.search.text() != self._title and not self.finder.completer.popup().isVisible():
            self.search.setText(self._title)
