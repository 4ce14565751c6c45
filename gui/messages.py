"""Wording, in the UI language, of the errors the store reports by code."""

from __future__ import annotations

from gui import labels
from gui.i18n import translate
from store.attachments import AttachmentError
from store.catalogue import CatalogueError


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
    }
    return texts[error.code].format(path=path)


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
