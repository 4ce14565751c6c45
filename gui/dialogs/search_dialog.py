"""Search everything (Ctrl+K): every kind at once, results grouped by kind, Enter opens."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from gui.labels import label
from store import links, search
from store.catalogue import Catalogue

KINDS = ("partner", "agreement", "event")
_ROLE = Qt.ItemDataRole.UserRole


class SearchDialog(QDialog):
    def __init__(self, cat: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cat = cat
        self.chosen: tuple[str, int] | None = None
        self.setWindowTitle(self.tr("Search everything"))
        self.resize(640, 480)
        self.query = QLineEdit(clearButtonEnabled=True)
        self.query.setPlaceholderText(self.tr("Type a name, a place, a person… accents optional"))
        self.query.setAccessibleName(self.tr("Search text"))
        self.results = QTreeWidget()
        self.results.setHeaderHidden(True)
        self.results.setAccessibleName(self.tr("Results"))
        self.results.itemActivated.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self.run)
        self.query.textChanged.connect(self._debounce.start)
        self.query.installEventFilter(self)

    def run(self) -> None:
        self.results.clear()
        hits = search.search(self.cat, self.query.text(), KINDS, limit=300)
        for kind in KINDS:
            refs = links.refs(self.cat, kind, [i for k, i in hits if k == kind])
            if not refs:
                continue
            group = QTreeWidgetItem([f"{label('records', kind)} ({len(refs)})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.results.addTopLevelItem(group)
            for ref in refs:
                item = QTreeWidgetItem([ref.title])
                item.setData(0, _ROLE, (kind, ref.id))
                item.setToolTip(0, ref.title)
                group.addChild(item)
            group.setExpanded(True)
        first = self._first_result()
        if first is not None:
            self.results.setCurrentItem(first)

    def _first_result(self) -> QTreeWidgetItem | None:
        top = self.results.topLevelItem(0)
        return top.child(0) if top is not None and top.childCount() else None

    def eventFilter(self, watched, event) -> bool:
        # Arrow keys move through the results while typing; Enter opens the current one.
        if (
            watched is self.query
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.results.setFocus()
                self.results.keyPressEvent(event)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._debounce.stop()
                if not self.results.topLevelItemCount():
                    self.run()
                item = self.results.currentItem()
                if item is not None:
                    self._choose(item)
                return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        # A search still waiting to run must not touch a catalogue that may be closed by now.
        self._debounce.stop()
        super().accept()

    def reject(self) -> None:
        self._debounce.stop()
        super().reject()

    def _choose(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, _ROLE)
        if target:
            self.chosen = target
            self.accept()
