"""Merging another catalogue: what is new, and each record changed on both sides shown side by
side (ours, theirs) with a choice per record. The side changed last is chosen to start with."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.labels import label
from store.exchange.merge import OURS, THEIRS, Conflict, MergePlan

COLUMNS = 4  # record, ours, theirs, keep


def _side(conflict: Conflict, side: dict) -> str:
    lines = [f"{key}: {_shown(side.get(key))}" for key in conflict.differences]
    lines.append(f"({side.get('updated_at', '')})")
    return "\n".join(lines)


def _shown(value: object) -> str:
    if isinstance(value, list):
        return "; ".join(
            _shown(v.get("name") or v.get("title") or v.get("action") if isinstance(v, dict) else v)
            for v in value
        )
    return "" if value is None else str(value)


class MergeDialog(QDialog):
    def __init__(self, plan: MergePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Merge another catalogue"))
        self.resize(900, 560)
        summary = QLabel(
            self.tr(
                "{new} new records will be added and {same} are unchanged. {conflicts} records "
                "were changed on both sides: choose the version to keep (the one changed last is "
                "proposed). What is replaced stays in the record's history."
            ).format(
                new=sum(map(len, plan.new.values())),
                same=plan.same,
                conflicts=len(plan.conflicts),
            )
        )
        summary.setWordWrap(True)
        self.table = QTableWidget(len(plan.conflicts), COLUMNS)
        self.table.setAccessibleName(self.tr("Records changed on both sides"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Ours"), self.tr("Theirs"), self.tr("Keep")]
        )
        self.choices: list[QComboBox] = []
        for row, conflict in enumerate(plan.conflicts):
            title = conflict.ours.get("name") or conflict.ours.get("title") or conflict.uuid
            self.table.setItem(
                row, 0, QTableWidgetItem(f"{label('record', conflict.kind)}: {title}")
            )
            self.table.setItem(row, 1, QTableWidgetItem(_side(conflict, conflict.ours)))
            self.table.setItem(row, 2, QTableWidgetItem(_side(conflict, conflict.theirs)))
            choice = QComboBox()
            choice.addItem(self.tr("Ours"), OURS)
            choice.addItem(self.tr("Theirs"), THEIRS)
            choice.setCurrentIndex(choice.findData(conflict.choice))
            self.table.setCellWidget(row, 3, choice)
            self.choices.append(choice)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def accept(self) -> None:
        for conflict, choice in zip(self.plan.conflicts, self.choices, strict=True):
            conflict.choice = choice.currentData()
        super().accept()
