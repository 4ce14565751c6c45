"""One list tab (partners, agreements or events): filter bar, table, detail pane, attachments."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSettings, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.detail_pane import DetailPane
from gui.models.record_table_model import RecordTableModel
from gui.widgets.attachments_widget import AttachmentsWidget
from gui.widgets.filter_bar import FilterBar
from store import lists
from store.catalogue import Catalogue


class ListTab(QWidget):
    open_record = Signal(str, int)  # a linked record clicked in the detail pane
    activated = Signal(int)  # Enter or double click on a row: edit it
    selection_changed = Signal()

    def __init__(
        self, cat: Catalogue, kind: str, context: lists.Context, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.cat = cat
        self.kind = kind
        self.model = RecordTableModel(cat, kind, context)
        self.filter_bar = FilterBar(kind)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        # Fixed row heights: sizing rows to their contents freezes on large catalogues.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        wide = {"name": 280, "title": 340, "partners": 220, "dates": 150}
        for i, column in enumerate(self.model.columns):
            header.resizeSection(i, wide.get(column, 110))
        self.table.doubleClicked.connect(lambda index: self._activate(index.row()))
        self.table.activated.connect(lambda index: self._activate(index.row()))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.detail = DetailPane()
        self.detail.open_record.connect(self.open_record)
        self.attachments = AttachmentsWidget(cat)
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.addWidget(self.detail)
        self.side.addWidget(self.attachments)
        self.side.setStretchFactor(0, 2)
        self.side.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        self.total: int | None = None  # counted when first shown: a million rows take 70 ms
        self._reselect: int | None = None  # selected before the filter changed
        self.filter_bar.changed.connect(self.apply_filter)
        self.model.modelReset.connect(self._after_reset)
        self.model.listing_started.connect(self._listing_started)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

    def showEvent(self, event: QShowEvent) -> None:
        selected = self.current_id()
        if self.total is None:
            self._recount()
        self.model.set_live(True)  # catches up on changes made while hidden
        if selected is not None and self.current_id() != selected and not self.select(selected):
            self.detail.show_nothing()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.model.set_live(False)
        super().hideEvent(event)

    # -- state -----------------------------------------------------------------------------------
    def retranslate(self, countries: list[str], fields: list[tuple[str, str, str]]) -> None:
        """Texts in the current language; the filter's choices are given by the window, which
        queries them once for every tab."""
        self.filter_bar.set_choices(countries, fields)
        self.table.setAccessibleName(self.tr("List of records"))
        self.attachments.retranslate()
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self.model.reload()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"tabs/{self.kind}/header", self.table.horizontalHeader().saveState())
        settings.setValue(f"tabs/{self.kind}/splitter", self.splitter.saveState())
        settings.setValue(f"tabs/{self.kind}/side", self.side.saveState())

    def restore_state(self, settings: QSettings) -> None:
        header = settings.value(f"tabs/{self.kind}/header")
        if isinstance(header, QByteArray) and self.table.horizontalHeader().restoreState(header):
            h = self.table.horizontalHeader()
            self.model.sort(h.sortIndicatorSection(), h.sortIndicatorOrder())
        splitter = settings.value(f"tabs/{self.kind}/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        side = settings.value(f"tabs/{self.kind}/side")
        if isinstance(side, QByteArray):
            self.side.restoreState(side)

    # -- records ---------------------------------------------------------------------------------
    def apply_filter(self) -> None:
        self._reselect = self.current_id()  # once listed (perhaps on a thread), if still there
        self.model.filter = self.filter_bar.value()
        self.model.request()

    def _recount(self) -> None:
        """The number of live records ("shown N of M"); the list reuses it when unfiltered."""
        self.total = lists.total(self.cat, self.kind)
        self.model.known_total = self.total

    def _forget_count(self) -> None:
        """Records were added or removed while the tab is hidden: count again when shown."""
        self.total = self.model.known_total = None

    def refresh(self, ids: set[int], structural: bool, recount: bool = True) -> None:
        """Records changed elsewhere: re-query when the list itself may differ, else repaint.

        `recount`: records were added or removed, so the total ("shown N of M") changed too."""
        if not self.model.live:  # hidden: counted and re-queried when shown (see showEvent)
            if recount:
                self._forget_count()
            self.model.reload() if structural else self.model.refresh_rows(ids)
            return
        if recount:
            self._recount()
        selected = self.current_id()
        row = self.table.selectionModel().currentIndex().row()
        if structural:
            self.model.reload()
            if selected is not None and not self.select(selected, row):
                selected = None  # it left the list (deleted, or filtered out)
                self._show_nothing()
        else:
            self.model.refresh_rows(ids)
        if selected is not None and (structural or selected in ids):
            self._show(selected)

    def current_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select(self, record_id: int, row: int | None = None) -> bool:
        """Select `record_id`; `row` is where it was, checked first (an edit seldom moves it,
        and finding a record's place in a million rows means counting those before it)."""
        if row is None or self.model.id_at(row) != record_id:
            row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _listing_started(self) -> None:
        self.filter_bar.count.setText(self.tr("Filtering…"))

    def _after_reset(self) -> None:
        if self.total is None:  # listed while hidden (a record selected from elsewhere)
            self._recount()
        if self._reselect is not None:
            selected, self._reselect = self._reselect, None
            self.select(selected)
        self.filter_bar.show_count(self.model.shown(), self.total)
        if self.current_id() is None:
            self._show_nothing()

    def _row_changed(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            self._show_nothing()
        else:
            self._show(record_id)
        self.selection_changed.emit()

    def _show(self, record_id: int) -> None:
        self.detail.show_record(self.cat, self.kind, record_id)
        self.attachments.show_record(self.kind, record_id)

    def _show_nothing(self) -> None:
        self.detail.show_nothing()
        self.attachments.show_nothing()

    def _activate(self, row: int) -> None:
        record_id = self.model.id_at(row)
        if record_id is not None:
            self.activated.emit(record_id)
