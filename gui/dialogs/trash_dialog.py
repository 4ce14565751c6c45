"""The Trash: deleted records and removed attachments, kept until the Trash is emptied,
restorable one by one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.labels import label
from store import attachments, repository
from store.catalogue import Catalogue
from store.kinds import SPECS

_ROLE = Qt.ItemDataRole.UserRole


class TrashDialog(QDialog):
    def __init__(self, cat: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cat = cat
        self.setWindowTitle(self.tr("Trash"))
        self.resize(720, 420)
        self.listing = QTreeWidget()
        self.listing.setHeaderLabels([self.tr("Record"), self.tr("Type"), self.tr("Deleted")])
        self.listing.setRootIsDecorated(False)
        self.listing.setAccessibleName(self.tr("Deleted records"))
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.empty_button = QPushButton(self.tr("&Empty the Trash…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.listing)
        layout.addWidget(buttons)
        self.fill()

    def fill(self) -> None:
        self.listing.clear()
        rows = [
            (title, label("record", kind), deleted_at, (kind, record_id))
            for kind, record_id, title, deleted_at in repository.trash(self.cat, SPECS.values())
        ]
        rows += [
            (
                self.tr("{name} (attached to {record})").format(name=a.name, record=record),
                self.tr("Attachment"),
                a.deleted_at,
                ("attachment", a.id),
            )
            for a, record in attachments.trash(self.cat)
        ]
        for title, kind_label, deleted_at, key in sorted(rows, key=lambda r: r[2], reverse=True):
            item = QTreeWidgetItem([title, kind_label, deleted_at.replace("T", " ")[:16]])
            item.setData(0, _ROLE, key)
            item.setToolTip(0, title)
            self.listing.addTopLevelItem(item)
        self.listing.resizeColumnToContents(1)
        self.listing.setColumnWidth(0, 420)
        has_items = self.listing.topLevelItemCount() > 0
        self.restore_button.setEnabled(has_items and not self.cat.read_only)
        self.empty_button.setEnabled(has_items and not self.cat.read_only)
        if has_items:
            self.listing.setCurrentItem(self.listing.topLevelItem(0))

    def restore_selected(self) -> None:
        item = self.listing.currentItem()
        if item is None:
            return
        kind, item_id = item.data(0, _ROLE)
        if kind == "attachment":
            attachments.restore(self.cat, item_id)
        else:
            repository.restore(self.cat, SPECS[kind], item_id)
        self.fill()

    def empty(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Empty the Trash"),
            self.tr("Delete everything in the Trash for good? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        for kind, record_id, _, _ in repository.trash(self.cat, SPECS.values()):
            repository.purge(self.cat, SPECS[kind], record_id)  # with the record's files
        for attachment, _ in attachments.trash(self.cat):
            attachments.purge(self.cat, attachment.id)
        self.fill()
