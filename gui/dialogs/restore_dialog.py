"""Restore from backup: the copies with their dates and record counts; the current file is
backed up before it is replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from store import backups, stats
from store.catalogue import Catalogue, CatalogueError

_ROLE = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    def __init__(self, folder: Path, stem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 400)
        self.listing = QTreeWidget()
        self.listing.setRootIsDecorated(False)
        self.listing.setHeaderLabels(
            [
                self.tr("Made"),
                self.tr("Why"),
                self.tr("Partners"),
                self.tr("Agreements"),
                self.tr("Events"),
            ]
        )
        self.listing.setAccessibleName(self.tr("Backups"))
        reasons = {
            "daily": self.tr("on opening"),
            "manual": self.tr("by hand"),
            "restore": self.tr("before a restore"),
            "migration": self.tr("before an upgrade"),
            "import": self.tr("before an import"),
        }
        for backup in backups.backups(folder, stem):
            try:
                copy = Catalogue.open(backup.path, read_only=True)
                counts = stats.stats(copy).by_kind
                copy.close()
                numbers = [str(counts[k]) for k in ("partner", "agreement", "event")]
            except CatalogueError:
                numbers = [self.tr("unreadable"), "", ""]
            item = QTreeWidgetItem(
                [
                    backup.made.strftime("%d/%m/%Y %H:%M"),
                    reasons.get(backup.reason, backup.reason),
                    *numbers,
                ]
            )
            item.setData(0, _ROLE, str(backup.path))
            self.listing.addTopLevelItem(item)
        for column in range(5):
            self.listing.resizeColumnToContents(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("&Restore this copy"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(self.listing.topLevelItemCount() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.listing)
        layout.addWidget(buttons)
        if self.listing.topLevelItemCount():
            self.listing.setCurrentItem(self.listing.topLevelItem(0))

    def chosen(self) -> Path | None:
        item = self.listing.currentItem()
        return Path(item.data(0, _ROLE)) if item else None
