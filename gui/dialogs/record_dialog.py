"""The one pattern every record form follows: load, values, validate, save.

A kind's dialog only lays out its fields (`build`) with `add_field`; this base reads and writes
them, checks them with the kind's store rules on every change (messages beside each field, Save
disabled while anything is wrong), asks before closing with unsaved changes, and on a conflicting
save shows what changed elsewhere and lets the user choose.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, replace
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.labels import country as country_label
from gui.labels import label
from gui.messages import catalogue_error, tell
from gui.widgets.country_picker import CountryPicker
from gui.widgets.field_picker import FieldPicker
from gui.widgets.partial_date_edit import ERROR_COLOR, PartialDateEdit, style_hint
from gui.widgets.record_picker import RecordPicker, SingleRecordPicker
from store import links, repository
from store.catalogue import Catalogue, CatalogueError
from store.dates import DateError, PartialDate
from store.records import Record, Stamp
from store.repository import ConflictError, InvalidRecordError, Spec
from store.validation import Problem

_STAMP_FIELDS = {f.name for f in fields(Stamp)}


def problem_text(code: str) -> str:
    return label("problem", code)


def _error_label() -> QLabel:
    error = QLabel()
    error.setTextFormat(Qt.TextFormat.PlainText)
    error.setWordWrap(True)
    style_hint(error, True)
    error.hide()
    return error


def _show_error(error: QLabel, texts: list[str]) -> None:
    text = "\n".join(dict.fromkeys(texts))
    error.setText(text)
    error.setAccessibleName(text)
    error.setVisible(bool(text))


def choice_combo(choices: Iterable[tuple[str, str]]) -> QComboBox:
    """A combo of (code, label) choices; the code is the item data."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    for code, text in choices:
        combo.addItem(text, code)
    return combo


def set_combo_code(combo: QComboBox, code: str | None) -> None:
    code = code or ""
    index = combo.findData(code)
    if index < 0:  # a stored code this version does not know stays as it is
        combo.addItem(code, code)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


# -- small tables inside a form (contacts, activities, follow-ups) -------------------------------
@dataclass(frozen=True)
class Column:
    """One column of a ChildTable: `kind` is text, date, bool or choice."""

    attr: str
    header: str
    kind: str = "text"
    width: int = 140
    choices: tuple[tuple[str, str], ...] = ()
    blank: Any = ""  # the value of the empty choice (None for an optional link)


class ChildTable(QWidget):
    """Rows of small records edited in place; each cell is a real editor, so typing works
    without opening an editor first and Tab walks the cells row by row."""

    changed = Signal()

    def __init__(
        self,
        record_type: type[Stamp],
        columns: list[Column],
        add_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.record_type = record_type
        self.columns = columns
        self.rows: list[tuple[Stamp | None, list[QWidget]]] = []
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([c.header for c in columns])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setTabKeyNavigation(False)  # Tab goes from cell editor to cell editor
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for i, column in enumerate(columns):
            self.table.setColumnWidth(i, column.width)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(QComboBox().sizeHint().height(), 26) + 2)
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.remove_button.clicked.connect(self.remove_current)
        self.error = _error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- API ---------------------------------------------------------------------------------------
    def values(self) -> list[Any]:
        items = []
        for original, widgets in self.rows:
            values = {c.attr: self._get(c, w) for c, w in zip(self.columns, widgets, strict=True)}
            items.append(replace(original, **values) if original else self.record_type(**values))
        return items

    def set_values(self, items: Iterable[Stamp]) -> None:
        self.table.setRowCount(0)
        self.rows = []
        for item in items:
            self._append(item)
        self._after_rows_changed()

    def state(self) -> list[tuple[Any, ...]]:
        """What the user sees, to tell whether anything changed."""
        return [
            (
                original.id if original else None,
                *(self._raw(c, w) for c, w in zip(self.columns, ws, strict=True)),
            )
            for original, ws in self.rows
        ]

    def problems(self) -> list[Problem]:
        """Dates that cannot be read, as "row.attr" problems."""
        found = []
        for row, (_, widgets) in enumerate(self.rows):
            for column, widget in zip(self.columns, widgets, strict=True):
                if isinstance(widget, PartialDateEdit) and widget.problem():
                    found.append(Problem(f"{row}.{column.attr}", widget.problem() or ""))
        return found

    def show_problems(self, problems: list[Problem]) -> None:
        """Problems whose field is "row.attr", worded under the table, their cells marked."""
        order = {c.attr: i for i, c in enumerate(self.columns)}
        headers = {c.attr: c.header for c in self.columns}
        placed = sorted(
            (
                (int(row), attr, problem.code)
                for problem in problems
                for row, _, attr in [problem.field.partition(".")]
                if row.isdigit()
            ),
            key=lambda found: (found[0], order.get(found[1], len(order))),
        )
        marked = {(row, attr) for row, attr, _ in placed}
        texts = [
            self.tr("Row {row}, {column}: {problem}").format(
                row=row + 1, column=headers.get(attr, attr), problem=problem_text(code)
            )
            for row, attr, code in placed
        ]
        for row, (_, widgets) in enumerate(self.rows):
            for column, widget in zip(self.columns, widgets, strict=True):
                editor = widget.edit if isinstance(widget, PartialDateEdit) else widget
                if isinstance(editor, QLineEdit):
                    bad = (row, column.attr) in marked
                    editor.setStyleSheet(
                        f"QLineEdit {{ border: 1px solid {ERROR_COLOR}; }}" if bad else ""
                    )
        _show_error(self.error, texts)

    def add_row(self) -> None:
        self._append(None)
        self._after_rows_changed()
        self.rows[-1][1][0].setFocus()
        self.changed.emit()

    def remove_current(self) -> None:
        """Remove the row last edited (the table's current row), else the last row."""
        row = self.table.currentRow() if self.table.currentRow() >= 0 else len(self.rows) - 1
        if row < 0 or row >= len(self.rows):
            return
        self.table.removeRow(row)
        del self.rows[row]
        self._after_rows_changed()
        if self.rows:
            self.rows[min(row, len(self.rows) - 1)][1][0].setFocus()
        else:
            self.add_button.setFocus()
        self.changed.emit()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.table.setAccessibleName(name)

    # -- cells -------------------------------------------------------------------------------------
    def _editor(self, column: Column) -> QWidget:
        if column.kind == "date":
            date = PartialDateEdit(compact=True)
            date.edit.setFrame(False)
            date.changed.connect(self.changed)
            return date
        if column.kind == "bool":
            box = QCheckBox()
            box.toggled.connect(lambda _on: self.changed.emit())
            cell = QWidget()
            inner = QHBoxLayout(cell)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(box, 0, Qt.AlignmentFlag.AlignCenter)
            cell.setFocusProxy(box)
            return cell
        if column.kind == "choice":
            combo = choice_combo(column.choices)
            combo.setMinimumContentsLength(6)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            return combo
        edit = QLineEdit()
        edit.setFrame(False)
        edit.textChanged.connect(lambda _t: self.changed.emit())
        return edit

    @staticmethod
    def _get(column: Column, widget: QWidget) -> Any:
        if isinstance(widget, PartialDateEdit):
            try:
                return widget.value()
            except DateError:
                return None
        if column.kind == "bool":
            return widget.focusProxy().isChecked()  # type: ignore[union-attr]
        if isinstance(widget, QComboBox):
            return widget.currentData() or column.blank
        return widget.text()  # type: ignore[attr-defined]

    @staticmethod
    def _raw(column: Column, widget: QWidget) -> Any:
        if isinstance(widget, PartialDateEdit):
            return widget.text()
        return ChildTable._get(column, widget)

    def _append(self, item: Stamp | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        source = item or self.record_type()
        widgets = []
        for i, column in enumerate(self.columns):
            widget = self._editor(column)
            value = getattr(source, column.attr)
            if isinstance(widget, PartialDateEdit):
                widget.set_value(value)
            elif column.kind == "bool":
                widget.focusProxy().setChecked(bool(value))  # type: ignore[union-attr]
            elif isinstance(widget, QComboBox):
                set_combo_code(widget, value)
            else:
                widget.setText(value or "")  # type: ignore[attr-defined]
            editor = widget.edit if isinstance(widget, PartialDateEdit) else widget
            if isinstance(editor, QLineEdit):
                # Narrow cells: show the start of the text, and all of it on hover.
                editor.setCursorPosition(0)
                if not isinstance(widget, PartialDateEdit):
                    editor.setToolTip(editor.text())
                    editor.textChanged.connect(editor.setToolTip)
            (widget.focusProxy() or widget).installEventFilter(self)
            self.table.setCellWidget(row, i, widget)
            widgets.append(widget)
        self.rows.append((item, widgets))

    def _after_rows_changed(self) -> None:
        for row, (_, widgets) in enumerate(self.rows):
            for column, widget in zip(self.columns, widgets, strict=True):
                widget.setAccessibleName(
                    self.tr("{column}, row {row}").format(column=column.header, row=row + 1)
                )
        # Cells created after the dialog's buttons would otherwise come last in the Tab order.
        chain: list[QWidget] = [self.table]
        chain += [(w.focusProxy() or w) for _, widgets in self.rows for w in widgets]
        chain += [self.add_button, self.remove_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.rows))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Keep the table's current row on the cell being edited, so it scrolls into view and
        # "Remove row" removes that row.
        if event.type() == QEvent.Type.FocusIn:
            for row, (_, widgets) in enumerate(self.rows):
                for col, widget in enumerate(widgets):
                    if watched is widget or watched is widget.focusProxy():
                        self.table.setCurrentCell(row, col)
        return super().eventFilter(watched, event)


# -- the conflict choice ---------------------------------------------------------------------------
def _local_time(iso: str) -> str:
    """A stored UTC time as the user's clock and language show it."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class ConflictDialog(QDialog):
    """What changed elsewhere, field by field, and the choice: keep mine or take theirs."""

    KEEP_MINE, TAKE_THEIRS, CANCEL = "keep_mine", "take_theirs", "cancel"

    def __init__(
        self,
        title: str,
        who: str,
        when: str,
        rows: list[tuple[str, str, str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choice = self.CANCEL
        self.setWindowTitle(self.tr("Changed elsewhere"))
        self.resize(760, 420)
        intro = QLabel(
            self.tr(
                "“{title}” was changed by {user} at {time}, after you opened it. Nothing has "
                "been saved yet. Compare and choose which version to keep."
            ).format(title=title, user=who or "?", time=_local_time(when) or "?")
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(rows), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Yours"), self.tr("Stored now"), self.tr("Changed by")]
        )
        self.table.setAccessibleName(self.tr("Differences"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # Long notes stay a few lines high; the tooltip holds all of it.
        line = self.table.fontMetrics().lineSpacing()
        self.table.verticalHeader().setMaximumSectionSize(line * 5 + 8)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox()
        self.keep_button = buttons.addButton(
            self.tr("Keep mine"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep_button.setToolTip(self.tr("Save your version over the one stored now."))
        self.theirs_button = buttons.addButton(
            self.tr("Take theirs"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.theirs_button.setToolTip(
            self.tr("Show the version stored now in the form; your changes are dropped.")
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(self.tr("Back to the form without saving."))
        self.keep_button.clicked.connect(lambda: self._choose(self.KEEP_MINE))
        self.theirs_button.clicked.connect(lambda: self._choose(self.TAKE_THEIRS))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.keep_button.setDefault(False)
        cancel.setDefault(True)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


# -- the form --------------------------------------------------------------------------------------
@dataclass
class Binding:
    """One record attribute and the widget that edits it."""

    name: str
    text: str
    widget: QWidget
    error: QLabel | None
    get: Callable[[], Any]
    set: Callable[[Any], None]
    state: Callable[[], Any]
    display: Callable[[Any], str] = field(default=str)


class RecordDialog(QDialog):
    """Base of the partner, agreement, event and our-side forms."""

    spec: Spec  # set by each kind's dialog
    default_size = (900, 660)  # fits 1366×768 with a taskbar

    def __init__(
        self, cat: Catalogue, record: Record | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.cat = cat
        self.bindings: dict[str, Binding] = {}
        self.saved_record: Record | None = None
        self._record: Any = self.spec.record()
        self._clean_state: list[Any] = []
        self._loading = True  # no checks until the first load()
        self.setSizeGripEnabled(True)

        self.tabs = QTabWidget()
        self.tabs.setTabBarAutoHide(True)  # a kind with one page shows no tab bar
        # The note naming pages with problems depends on the page shown.
        self.tabs.currentChanged.connect(lambda _page: self._changed())
        self.build()

        self.general_error = _error_label()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self._save_clicked)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        # Only once inside the dialog does it become the dialog's default (Enter saves).
        self.save_button.setDefault(True)
        self.resize(*self.default_size)
        self.load(record if record is not None else self.spec.record())

    # -- what a kind provides ------------------------------------------------------------------------
    def build(self) -> None:
        """Lay out the pages with `add_page`, `group` and `add_field`."""
        raise NotImplementedError

    def window_title(self, record: Any) -> str:
        raise NotImplementedError

    # -- layout helpers ----------------------------------------------------------------------------
    def add_page(self, title: str, *parts: QWidget, scroll: bool = True) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        for part in parts:
            layout.addWidget(part)
        self._align_captions(parts)
        if scroll:
            layout.addStretch()
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            # Tab goes straight to the fields; the area scrolls to the one focused.
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            area.setWidget(page)
            self.tabs.addTab(area, title)
            return area
        self.tabs.addTab(page, title)
        return page

    @staticmethod
    def _align_captions(parts: Iterable[QWidget]) -> None:
        # One caption column per page, even across group boxes, so the fields line up.
        captions: list[QWidget] = []
        for part in parts:
            form = part.layout()
            if isinstance(form, QFormLayout):
                for row in range(form.rowCount()):
                    item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                    if item is not None and item.widget() is not None:
                        captions.append(item.widget())
        width = max((c.sizeHint().width() for c in captions), default=0)
        for caption in captions:
            caption.setMinimumWidth(width)

    def group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return box, form

    def add_field(
        self,
        form: QFormLayout | None,
        name: str,
        text: str,
        widget: QWidget,
        *,
        span: bool = False,
    ) -> QWidget:
        """Bind record attribute `name` to `widget`, and lay it out in `form` with its label (or
        across the whole row: `span`) and the line that words its problems (a date widget words
        them in its own hint)."""
        error = None
        cell: QWidget = widget
        if not isinstance(widget, PartialDateEdit | ChildTable):
            error = _error_label()
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
        if form is not None and span:
            form.addRow(cell)
        elif form is not None:
            caption = QLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, cell)
        widget.setAccessibleName(text.replace("&", ""))
        self.bindings[name] = self._bind(name, text.replace("&", ""), widget, error)
        return cell

    def _bind(self, name: str, text: str, widget: QWidget, error: QLabel | None) -> Binding:
        """How to read, write, compare and show the value of each kind of editor."""
        lang = i18n.current()

        def bind(
            signal: Any,
            get: Callable[[], Any],
            set_: Callable[[Any], None],
            state: Callable[[], Any] | None = None,
            display: Callable[[Any], str] = str,
        ) -> Binding:
            signal.connect(self._changed)
            return Binding(name, text, widget, error, get, set_, state or get, display)

        if isinstance(widget, PartialDateEdit):

            def get_date() -> PartialDate | None:
                try:
                    return widget.value()
                except DateError:  # reported by validate() from the widget's problem()
                    return None

            return bind(
                widget.changed, get_date, widget.set_value, widget.text,
                lambda v: v.format(lang) if v else "",
            )  # fmt: skip
        if isinstance(widget, CountryPicker):
            return bind(
                widget.changed, widget.code, widget.set_code, widget.currentText,
                lambda v: country_label(v, lang),
            )  # fmt: skip
        if isinstance(widget, SingleRecordPicker):
            return bind(
                widget.changed, widget.id, widget.set_id,
                display=lambda v: self._titles(widget.kind, [] if v is None else [v]),
            )  # fmt: skip
        if isinstance(widget, RecordPicker):
            return bind(
                widget.changed, widget.ids, widget.set_ids,
                display=lambda v: self._titles(widget.kind, v),
            )  # fmt: skip
        if isinstance(widget, FieldPicker):
            return bind(
                widget.changed, widget.codes, widget.set_codes,
                display=lambda v: "; ".join(
                    widget.boxes[c].text() if c in widget.boxes else c for c in v
                ),
            )  # fmt: skip
        if isinstance(widget, ChildTable):
            first = widget.columns[0].attr
            return bind(
                widget.changed, widget.values, widget.set_values, widget.state,
                lambda v: "; ".join(getattr(item, first) for item in v),
            )  # fmt: skip
        if isinstance(widget, QComboBox):
            return bind(
                widget.currentIndexChanged, lambda: widget.currentData() or "",
                lambda v: set_combo_code(widget, v),
                display=lambda v: widget.itemText(widget.findData(v)) if v else "",
            )  # fmt: skip
        if isinstance(widget, QSpinBox):
            # The minimum shows as a dash: "not known" rather than zero.
            return bind(
                widget.valueChanged,
                lambda: None if widget.value() == widget.minimum() else widget.value(),
                lambda v: widget.setValue(widget.minimum() if v is None else v),
                display=lambda v: "" if v is None else str(v),
            )
        if isinstance(widget, QPlainTextEdit):
            return bind(widget.textChanged, widget.toPlainText, widget.setPlainText)
        if isinstance(widget, QLineEdit):
            return bind(widget.textChanged, widget.text, widget.setText)
        raise TypeError(f"no binding for {type(widget).__name__}")

    def _titles(self, kind: str, ids: list[int]) -> str:
        return "; ".join(ref.title for ref in links.refs(self.cat, kind, ids))

    # -- the pattern ---------------------------------------------------------------------------------
    def load(self, record: Any) -> None:
        """Show `record` (new, duplicated or stored) in the form; it becomes the unchanged state."""
        self._record = record
        self._loading = True
        try:
            for binding in self.bindings.values():
                binding.set(getattr(record, binding.name))
        finally:
            self._loading = False
        self._clean_state = self.state()
        self.setWindowTitle(self.window_title(record))
        self._changed()

    def values(self) -> Any:
        """The record as the form shows it (dates that cannot be read count as empty)."""
        return replace(self._record, **{n: b.get() for n, b in self.bindings.items()})

    def validate(self) -> list[Problem]:
        """Unreadable dates, then the kind's own rules (store), in form order."""
        problems = [
            Problem(name, b.widget.problem() or "")
            for name, b in self.bindings.items()
            if isinstance(b.widget, PartialDateEdit) and b.widget.problem()
        ]
        for name, b in self.bindings.items():
            if isinstance(b.widget, ChildTable):
                problems += [Problem(f"{name}.{p.field}", p.code) for p in b.widget.problems()]
        return problems + self.spec.validate(self.cat, self.values())

    def save(self) -> Record | None:
        """Write the record; None when it was not saved (invalid, conflict not resolved)."""
        problems = self.validate()
        self.show_problems(problems)
        if problems:
            return None
        record = self.values()
        while True:
            try:
                saved = repository.save(self.cat, self.spec, record)
            except ConflictError as error:
                record = self._resolve_conflict(record, error.current)
                if record is None:
                    return None
                continue
            except InvalidRecordError as error:
                self.show_problems(error.problems)
                return None
            except CatalogueError as error:
                tell(self, self.windowTitle(), catalogue_error(error))
                return None
            self.saved_record = saved
            self.load(saved)
            return saved

    # -- state -------------------------------------------------------------------------------------
    def state(self) -> list[Any]:
        return [b.state() for b in self.bindings.values()]

    def is_dirty(self) -> bool:
        return self.state() != self._clean_state

    def _changed(self) -> None:
        if self._loading:
            return
        self.show_problems(self.validate())

    def show_problems(self, problems: list[Problem]) -> None:
        """Word each problem beside its field; mark the pages holding one; Save only when none."""
        by_field: dict[str, list[str]] = {}
        nested: dict[str, list[Problem]] = {}
        unplaced: list[str] = []
        tables = {n for n, b in self.bindings.items() if isinstance(b.widget, ChildTable)}
        for problem in problems:
            head, _, rest = problem.field.partition(".")
            if head in tables and rest:
                nested.setdefault(head, []).append(Problem(rest, problem.code))
            elif problem.field in self.bindings:
                by_field.setdefault(problem.field, []).append(problem_text(problem.code))
            else:
                unplaced.append(problem_text(problem.code))
        bad_pages: set[int] = set()
        for name, binding in self.bindings.items():
            widget, texts = binding.widget, by_field.get(name, [])
            bad = bool(texts)
            if isinstance(widget, ChildTable):
                widget.show_problems(nested.get(name, []))
                bad = bad or name in nested
            elif isinstance(widget, PartialDateEdit):
                # Its own reading problem shows first; a rule across fields shows otherwise.
                widget.set_problem_text("\n".join(texts) or None)
                bad = bad or widget.problem() is not None
            elif binding.error is not None:
                _show_error(binding.error, texts)
            if bad and (page := self._page_of(widget)) >= 0:
                bad_pages.add(page)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for page in range(self.tabs.count()):
            self.tabs.setTabIcon(page, icon if page in bad_pages else QIcon())
        general = list(unplaced)
        if (
            problems
            and self.tabs.count() > 1
            and any(p != self.tabs.currentIndex() for p in bad_pages)
        ):
            names = ", ".join(self.tabs.tabText(p) for p in sorted(bad_pages))
            general.append(
                self.tr("Fix the marked fields before saving ({pages}).").format(pages=names)
            )
        _show_error(self.general_error, general)
        self.save_button.setEnabled(not problems and not self.cat.read_only)

    def _page_of(self, widget: QWidget) -> int:
        for page in range(self.tabs.count()):
            if self.tabs.widget(page).isAncestorOf(widget):
                return page
        return -1

    # -- conflicts ---------------------------------------------------------------------------------
    def differences(self, mine: Any, stored: Any) -> list[tuple[str, str, str, str]]:
        """(field, yours, stored now, changed by) for each field that differs."""
        base = self._record
        rows = []
        for name, binding in self.bindings.items():
            yours, theirs, before = (getattr(r, name) for r in (mine, stored, base))
            if isinstance(binding.widget, ChildTable):
                yours, theirs, before = (
                    [_content(item) for item in items] for items in (yours, theirs, before)
                )
            if yours == theirs:
                continue
            if before == yours:
                who = self.tr("elsewhere")
            elif before == theirs:
                who = self.tr("you")
            else:
                who = self.tr("both")
            rows.append(
                (
                    binding.text,
                    binding.display(getattr(mine, name)),
                    binding.display(getattr(stored, name)),
                    who,
                )
            )
        return rows

    def _resolve_conflict(self, mine: Any, stored: Any | None) -> Any | None:
        """The record to try saving again, or None (form reloaded, or back to editing)."""
        title = getattr(stored or self._record, self.spec.title) or getattr(mine, self.spec.title)
        if stored is None:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Changed elsewhere"),
                self.tr(
                    "“{title}” was moved to the Trash elsewhere after you opened it. Save your "
                    "version as a new record?"
                ).format(title=title),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                self,
            )
            box.setTextFormat(Qt.TextFormat.PlainText)
            if box.exec() == QMessageBox.StandardButton.Save:
                return repository.duplicate(mine)
            return None
        dialog = ConflictDialog(
            title, stored.updated_by, stored.updated_at, self.differences(mine, stored), self
        )
        dialog.exec()
        if dialog.choice == ConflictDialog.KEEP_MINE:
            # Over the version stored now, whose changes the user has just seen.
            return replace(mine, version=stored.version)
        if dialog.choice == ConflictDialog.TAKE_THEIRS:
            self.load(stored)
        return None

    # -- closing -----------------------------------------------------------------------------------
    def _save_clicked(self) -> None:
        if self.save() is not None:
            self.accept()

    def reject(self) -> None:
        if self.is_dirty():
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.windowTitle(),
                self.tr("Save your changes before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                self,
            )
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setDefaultButton(QMessageBox.StandardButton.Save)
            # Saving is offered only when the form could be saved.
            box.button(QMessageBox.StandardButton.Save).setEnabled(self.save_button.isEnabled())
            answer = box.exec()
            if answer == QMessageBox.StandardButton.Save:
                self._save_clicked()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()


def _content(item: Stamp) -> dict[str, Any]:
    return {k: v for k, v in vars(item).items() if k not in _STAMP_FIELDS}


def text_edit(lines: int = 4) -> QPlainTextEdit:
    """A multi-line box about `lines` high; Tab leaves it (no tab characters in notes)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit
