"""A date field that takes what staff type (2001, 6/2018, 13–16/4/2023) and shows how it reads."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from gui import i18n
from gui.labels import label
from store.dates import DateError, PartialDate

# Readable on light and dark palettes; shared by every label that words a problem.
ERROR_COLOR = "#c62828"


def style_hint(hint: QLabel, problem: bool) -> None:
    """Problems in red, readings in the palette's quiet placeholder colour."""
    if problem:
        # The placeholder role is half-transparent: back to plain text colour, then red.
        hint.setForegroundRole(QPalette.ColorRole.WindowText)
        hint.setStyleSheet(f"color: {ERROR_COLOR};")
    else:
        hint.setStyleSheet("")
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)


class PartialDateEdit(QWidget):
    """A line edit with a hint beside it: "→ 13 Apr 2023" or why the text cannot be a date.

    `compact` (for table cells) hides the hint and shows it as the tooltip instead.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.compact = compact
        self.edit = QLineEdit()
        self.examples = self.tr("e.g. 2001, 6/2018, 13/4/2023, 13–16/4/2023")
        if not compact:
            self.edit.setPlaceholderText(self.tr("e.g. 13/4/2023"))
            # Dates are short: the hint beside the box costs no height and never moves the form.
            self.edit.setFixedWidth(max(190, self.edit.fontMetrics().horizontalAdvance("0") * 24))
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        font = self.hint.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.hint.setFont(font)
        self.hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.hint.setVisible(not compact)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint, 1)
        self.setFocusProxy(self.edit)
        self._extra: str | None = None
        self.edit.textChanged.connect(self._text_changed)
        self._update_hint()

    # -- API ---------------------------------------------------------------------------------------
    def value(self) -> PartialDate | None:
        """The date as read; None when empty. Raises DateError when it cannot be read."""
        return PartialDate.parse(self.edit.text())

    def set_value(self, value: PartialDate | None) -> None:
        # Shown as the UI language writes it; PartialDate.parse reads both forms back.
        self.edit.setText(value.format(i18n.current()) if value else "")

    def problem(self) -> str | None:
        """The DateError code of the text, or None when it reads (or is empty)."""
        try:
            self.value()
        except DateError as error:
            return error.code
        return None

    def text(self) -> str:
        return self.edit.text()

    def set_problem_text(self, text: str | None) -> None:
        """A problem found by the form (e.g. an end before another field's start)."""
        self._extra = text
        self._update_hint()

    def hint_text(self) -> str:
        return self.hint.text()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    # -- inside -------------------------------------------------------------------------------------
    def _text_changed(self) -> None:
        self._update_hint()
        self.changed.emit()

    def _update_hint(self) -> None:
        code = self.problem()
        if code:
            text, bad = label("problem", code), True
        elif self._extra:
            text, bad = self._extra, True
        else:
            value = self.value()
            text = self.tr("→ {date}").format(date=value.format(i18n.current())) if value else ""
            bad = False
        self.hint.setText(text)
        style_hint(self.hint, bad)
        self.hint.setAccessibleName(text)
        self.edit.setToolTip(text or self.examples)
