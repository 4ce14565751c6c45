"""The one way the main window (and any list) opens a record form."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from gui.dialogs.agreement_dialog import AgreementDialog
from gui.dialogs.event_dialog import EventDialog
from gui.dialogs.our_side_dialog import OurSideDialog
from gui.dialogs.partner_dialog import PartnerDialog
from gui.dialogs.record_dialog import RecordDialog
from store.catalogue import Catalogue
from store.records import Record

DIALOGS: dict[str, type[RecordDialog]] = {
    "partner": PartnerDialog,
    "agreement": AgreementDialog,
    "event": EventDialog,
    "our_side": OurSideDialog,
}


def edit_record(
    parent: QWidget | None, cat: Catalogue, kind: str, record: Record | None = None
) -> Record | None:
    """Open the form of `kind` on `record` (None: a new one; an unsaved duplicate is new too).

    Returns the record as saved, or None when the user closed the form without saving.
    """
    dialog = DIALOGS[kind](cat, record, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved_record
        return None
    finally:
        dialog.deleteLater()
