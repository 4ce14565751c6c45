"""The Vietnamese bodies of our side: list, add, edit, delete to the Trash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from store import lists, repository
from store.catalogue import Catalogue
from store.our_side import SPEC

_ROLE = Qt.ItemDataRole.UserRole


class OurSideList(QDialog):
    def __init__(self, cat: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cat = cat
        self.setWindowTitle(self.tr("Our side bodies"))
        self.resize(560, 380)
        self.listing = QListWidget()
        self.listing.setAccessibleName(self.tr("Our side bodies"))
        self.listing.itemActivated.connect(lambda _item: self.edit())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for text, slot in (
            (self.tr("&New…"), self.new),
            (self.tr("&Edit…"), self.edit),
            (self.tr("&Delete"), self.delete),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setEnabled(not cat.read_only)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.listing)
        layout.addWidget(buttons)
        self.fill()

    def fill(self) -> None:
        self.listing.clear()
        for record_id, name in lists.our_side_bodies(self.cat):
            item = QListWidgetItem(name)
            item.setData(_ROLE, record_id)
            self.listing.addItem(item)

    def new(self) -> None:
        from gui.dialogs.editing import edit_record

        if edit_record(self, self.cat, "our_side"):
            self.fill()

    def edit(self) -> None:
        from gui.dialogs.editing import edit_record

        item = self.listing.currentItem()
        if item and edit_record(
            self, self.cat, "our_side", repository.load(self.cat, SPEC, item.data(_ROLE))
        ):
            self.fill()

    def delete(self) -> None:
        item = self.listing.currentItem()
        if item:
            repository.delete(self.cat, SPEC, item.data(_ROLE))
            self.fill()
