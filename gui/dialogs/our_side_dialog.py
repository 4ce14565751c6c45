"""The form of one of our side's bodies (People's Committee, a department …)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit

from gui.dialogs.record_dialog import RecordDialog, text_edit
from store.our_side import SPEC


class OurSideDialog(RecordDialog):
    spec = SPEC
    default_size = (640, 380)

    def build(self) -> None:
        body, form = self.group(self.tr("Our side"))
        self.add_field(form, "name", self.tr("&Name"), QLineEdit())
        self.add_field(form, "name_en", self.tr("Name in English"), QLineEdit())
        self.add_field(form, "notes", self.tr("Notes"), text_edit(8))
        self.add_page(self.tr("Our side"), body)

    def window_title(self, record: Any) -> str:
        if record.id is None:
            return self.tr("New our-side body")
        return self.tr("Our side: {name}").format(name=record.name)
