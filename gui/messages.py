"""Wording, in the UI language, of the errors the store reports by code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from gui import labels
from gui.i18n import translate
from store.attachments import AttachmentError
from store.catalogue import CatalogueError
from store.paths import NETWORK


def catalogue_error(error: CatalogueError) -> str:
    path = str(error.path)
    texts = {
        CatalogueError.MISSING: translate(
            "Messages", "There is no catalogue at {path}. Create one with “partnerbook demo”."
        ),
        CatalogueError.EXISTS: translate("Messages", "{path} already exists."),
        CatalogueError.NOT_CATALOGUE: translate(
            "Messages", "{path} is not a Partnerbook catalogue. It was left unchanged."
        ),
        CatalogueError.NEWER: translate(
            "Messages",
            "{path} was written by a newer Partnerbook. Install the newer version to open it; "
            "the file was left unchanged.",
        ),
        CatalogueError.DAMAGED: translate(
            "Messages",
            "{path} is damaged and was left unchanged. Open a backup or another file.",
        ),
        CatalogueError.LOCKED: translate(
            "Messages",
            "{path} is locked by another program. Close it there and try again; nothing was lost.",
        ),
        CatalogueError.READ_ONLY: translate(
            "Messages", "{path} is open read-only; changes cannot be saved."
        ),
        CatalogueError.NOT_WRITABLE: translate(
            "Messages",
            "{path} cannot be written: the file or its folder is read-only. Nothing was saved; "
            "your edit is still here to save again once the file can be written.",
        ),
        CatalogueError.DISK_FULL: translate(
            "Messages",
            "The disk holding {path} is full. Nothing was saved; free some space and save again.",
        ),
        CatalogueError.DISK_ERROR: translate(
            "Messages",
            "The disk refused to write {path}. Nothing was saved; check the disk or the network "
            "connection and save again.",
        ),
        CatalogueError.GONE: translate(
            "Messages",
            "{path} was moved or deleted while it was open. Nothing was saved; put the file back "
            "and save again, or open it where it is now.",
        ),
    }
    return texts[error.code].format(path=path)


def sharing_warning(risk: str) -> str:
    if risk == NETWORK:
        return translate(
            "Messages",
            "This catalogue is on a network drive. File locking there is not reliable: if two "
            "people edit it at the same time, changes can be lost or the file damaged. Keep the "
            "catalogue on this computer's disk and put backups on the network drive instead.",
        )
    return translate(
        "Messages",
        "This catalogue is in a cloud-synchronised folder. The sync program can copy the file "
        "in the middle of a save or keep conflicting copies, and changes can be lost. Keep the "
        "catalogue outside that folder and put backups there instead.",
    )


def error_text(error: Exception) -> str:
    """What went wrong, in the user's language where we know the cause."""
    if isinstance(error, CatalogueError):
        return catalogue_error(error)
    if isinstance(error, OSError) and error.strerror:
        return f"{error.filename}: {error.strerror}" if error.filename else error.strerror
    return str(error)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes-or-cancel question shown exactly as written; Cancel is the default answer."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        "",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def tell(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> None:
    """A message box whose text is shown exactly as written (paths and names are never markup)."""
    box = QMessageBox(icon, title, "", QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.exec()


def attachment_error(error: AttachmentError) -> str:
    texts = {
        AttachmentError.TOO_LARGE: translate(
            "Messages", "“{name}” is {size}; a file can be at most {limit}. It was not attached."
        ),
        AttachmentError.UNREADABLE: translate(
            "Messages",
            "“{name}” could not be read (a folder, a file open in another program, or one that "
            "changed while it was read). It was not attached.",
        ),
        AttachmentError.NO_RECORD: translate(
            "Messages", "The record is no longer there, so “{name}” was not attached."
        ),
        AttachmentError.NOT_FOUND: translate(
            "Messages", "That file is no longer in the catalogue."
        ),
        AttachmentError.DAMAGED: translate(
            "Messages",
            "The copy of “{name}” kept in the catalogue is damaged, so it was not written. "
            "Restore a backup of the catalogue to get it back.",
        ),
    }
    return texts[error.code].format(
        name=error.name, size=labels.size(error.size), limit=labels.size(error.limit, 0)
    )
