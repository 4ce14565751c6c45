"""Fields of cooperation as a grid of check boxes (one Tab stop each, Space ticks)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from gui import i18n
from store import lists
from store.catalogue import Catalogue


class FieldPicker(QWidget):
    changed = Signal()

    def __init__(self, cat: Catalogue, parent: QWidget | None = None, *, columns: int = 2) -> None:
        super().__init__(parent)
        self.columns = columns
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(18)
        self.boxes: dict[str, QCheckBox] = {}
        self._loaded: list[str] = []
        lang = i18n.current()
        for code, vi, en in lists.field_choices(cat):
            self._add_box(code, vi if lang == "vi" else en)

    def codes(self) -> list[str]:
        """Ticked codes: those loaded in their stored order (so an unchanged record reads back
        unchanged), then newly ticked ones in the catalogue's list order."""
        ticked = [code for code, box in self.boxes.items() if box.isChecked()]
        return [c for c in self._loaded if c in ticked] + [
            c for c in ticked if c not in self._loaded
        ]

    def set_codes(self, codes: Iterable[str]) -> None:
        self._loaded = list(dict.fromkeys(codes))
        wanted = set(self._loaded)
        for code in wanted - set(self.boxes):  # a code no longer listed is kept, shown as is
            self._add_box(code, code)
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in wanted)
            box.blockSignals(False)
        self.changed.emit()

    def _add_box(self, code: str, text: str) -> None:
        box = QCheckBox(text)
        box.setAccessibleName(text)
        box.toggled.connect(lambda _on: self.changed.emit())
        position = len(self.boxes)
        # Row by row, the same order as Tab moves through them.
        self.grid.addWidget(box, position // self.columns, position % self.columns)
        self.boxes[code] = box
