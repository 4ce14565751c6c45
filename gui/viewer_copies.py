"""Temporary copies of attachments for the system's viewer, removed when the app quits.

A viewer needs a real file; the catalogue keeps the only real copy. Each copy is read-only, so
a viewer does not let someone edit a file that is about to vanish, and it sits in a folder of
its own so it carries the attachment's (cleaned) name.
"""

from __future__ import annotations

import atexit
import os
import shutil
import stat
import tempfile
from functools import cache
from pathlib import Path

from store import attachments
from store.attachments import Attachment
from store.catalogue import Catalogue


@cache
def folder() -> Path:
    path = Path(tempfile.mkdtemp(prefix="partnerbook-open-"))
    atexit.register(remove_copies)
    return path


def copy_for_viewer(cat: Catalogue, attachment: Attachment) -> Path:
    """A read-only copy of `attachment` in the temporary folder (the same one when opened again)."""
    own = folder() / attachment.uuid
    own.mkdir(exist_ok=True)
    existing = list(own.iterdir())  # attachments never change, so an earlier copy is current
    if existing:
        return existing[0]
    path = attachments.write_into(cat, attachment.id, own)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    return path


def remove_copies() -> None:
    """Delete the temporary folder; files a viewer still holds open (Windows) are left behind."""
    if not folder.cache_info().currsize:
        return

    def writable_then_retry(function, path, _exc_info) -> None:  # read-only files on Windows
        try:
            os.chmod(path, stat.S_IWUSR | stat.S_IRUSR | stat.S_IXUSR)
            function(path)
        except OSError:
            pass

    shutil.rmtree(folder(), onerror=writable_then_retry)
    folder.cache_clear()
