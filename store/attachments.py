"""Files held by partners, agreements and events, stored inside the catalogue file.

One file is the whole catalogue, so one backup saves every scan with its record. The bytes sit in
`attachment_data` and are streamed in and out in chunks through SQLite's incremental blob I/O, so
a 50 MB scan is never held in memory whole. A name given by a user is cleaned by `safe_name` and
never decides where a file is written: only a path a person chose in a dialog, or a cleaned,
unique name inside a folder they chose.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import tempfile
import unicodedata
import uuid as uuidlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from store import repository
from store.catalogue import Catalogue, now, os_user
from store.kinds import SPECS

DEFAULT_LIMIT = 50 * 1024 * 1024
KINDS = ("partner", "agreement", "event")
_CHUNK = 1024 * 1024
_COLUMNS = (
    "id, uuid, record_kind, record_id, name, media_type, size, sha256, added_at, added_by, "
    "deleted_at"
)


class AttachmentError(Exception):
    """A file that cannot be attached, read or written back. `code` says why; the GUI words it."""

    TOO_LARGE = "too_large"  # over the per-file limit; nothing was written
    UNREADABLE = "unreadable"  # the source cannot be read, or changed while it was read
    NO_RECORD = "no_record"  # the record is gone or in the Trash
    NOT_FOUND = "not_found"
    DAMAGED = "damaged"  # the stored bytes no longer match their checksum

    def __init__(self, code: str, name: str = "", size: int = 0, limit: int = 0) -> None:
        super().__init__(f"{code}: {name}".strip())
        self.code = code
        self.name = name
        self.size = size
        self.limit = limit


@dataclass(frozen=True)
class Attachment:
    id: int
    uuid: str
    record_kind: str
    record_id: int
    name: str
    media_type: str
    size: int
    sha256: str
    added_at: str
    added_by: str
    deleted_at: str | None

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


# -- names ----------------------------------------------------------------------------------------
# Windows refuses these as file names whatever the extension ("CON.txt", "lpt1.pdf").
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "CONIN$",
    "CONOUT$",
    *(f"{port}{n}" for port in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³")),
}
# Bidirectional controls can make "gpj.exe" look like "exe.jpg"; they never belong in a file name.
_BIDI = dict.fromkeys(
    map(ord, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
_SEPARATORS = re.compile(r"[/\\]")
_FORBIDDEN = re.compile(r'[<>:"|?*]')  # not allowed by Windows (":" would name a data stream)
_MAX_BYTES = 200  # below every file system's 255, leaving room for " (2)" and temp prefixes
_MAX_SUFFIX = 16
_NUMBERED = re.compile(r" \(\d+\)$")
FALLBACK_NAME = "attachment"


def _split(name: str) -> tuple[str, str]:
    """("report", ".pdf"): the suffix only when it looks like one."""
    stem, dot, suffix = name.rpartition(".")
    if stem and dot and 0 < len(suffix) < _MAX_SUFFIX and " " not in suffix:
        return stem, dot + suffix
    return name, ""


def _fit(text: str, budget: int) -> str:
    """The longest start of `text` whose UTF-8 form fits in `budget` bytes."""
    encoded = text.encode("utf-8")[:budget]
    return encoded.decode("utf-8", errors="ignore")


def safe_name(name: str) -> str:
    """A file name that is safe to write on Windows, macOS and Linux, kept close to `name`.

    Folders and `..` are dropped (only the last part counts), control and bidirectional
    characters removed, characters Windows forbids replaced, reserved device names prefixed,
    trailing dots and spaces trimmed, and long names shortened keeping their extension.
    """
    text = unicodedata.normalize("NFC", name or "").translate(_BIDI)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cc")
    text = _SEPARATORS.split(text)[-1]
    text = _FORBIDDEN.sub("_", text).strip().rstrip(". ")
    stem, suffix = _split(text)
    if len(text.encode("utf-8")) > _MAX_BYTES:
        text = _fit(stem, _MAX_BYTES - len(suffix.encode("utf-8"))).rstrip(". ") + suffix
    if not text.strip("."):
        return FALLBACK_NAME
    if text.split(".")[0].rstrip(" ").upper() in _RESERVED:
        text = "_" + text
    return text


def unique_name(name: str, taken: Iterable[str]) -> str:
    """`name`, or "name (2).pdf", "name (3).pdf" … if taken (compared ignoring case, as Windows
    and macOS do). A taken "name (2).pdf" becomes "name (3).pdf", not "name (2) (2).pdf"."""
    used = {t.casefold() for t in taken}
    if name.casefold() not in used:
        return name
    stem, suffix = _split(name)
    stem = _NUMBERED.sub("", stem)
    n = 2
    while f"{stem} ({n}){suffix}".casefold() in used:
        n += 1
    return f"{stem} ({n}){suffix}"


# The standard table only (no system files), so a name gets the same type on every PC, plus
# the office formats it lacks.
_TYPES = mimetypes.MimeTypes(filenames=())
for _suffix, _type in {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".odp": "application/vnd.oasis.opendocument.presentation",
    ".msg": "application/vnd.ms-outlook",
}.items():
    _TYPES.add_type(_type, _suffix)


def media_type(name: str) -> str:
    return _TYPES.guess_type(name, strict=False)[0] or "application/octet-stream"


# -- reading --------------------------------------------------------------------------------------
def _from_row(row: tuple) -> Attachment:
    return Attachment(*row)


def for_record(cat: Catalogue, kind: str, record_id: int) -> list[Attachment]:
    """A record's files (not those in the Trash), oldest first. Reads no file bytes."""
    rows = cat.db.execute(
        f"SELECT {_COLUMNS} FROM attachments WHERE record_kind = ? AND record_id = ? "
        "AND deleted_at IS NULL ORDER BY added_at, id",
        [kind, record_id],
    )
    return [_from_row(row) for row in rows]


def every_file(cat: Catalogue) -> list[Attachment]:
    """Every file, those in the Trash included. Reads no file bytes."""
    return [_from_row(row) for row in cat.db.execute(f"SELECT {_COLUMNS} FROM attachments")]


def get(cat: Catalogue, attachment_id: int, *, include_deleted: bool = False) -> Attachment:
    row = cat.db.execute(
        f"SELECT {_COLUMNS} FROM attachments WHERE id = ?", [attachment_id]
    ).fetchone()
    if row is None or (row[-1] and not include_deleted):
        raise AttachmentError(AttachmentError.NOT_FOUND, str(attachment_id))
    return _from_row(row)


def chunks(cat: Catalogue, attachment: Attachment) -> Iterable[bytes]:
    """The stored bytes in chunks, checked against their checksum at the end."""
    digest = hashlib.sha256()
    with cat.db.conn.blobopen("attachment_data", "data", attachment.id, readonly=True) as blob:
        while chunk := blob.read(_CHUNK):
            digest.update(chunk)
            yield chunk
    if digest.hexdigest() != attachment.sha256:
        raise AttachmentError(AttachmentError.DAMAGED, attachment.name)


def read_bytes(cat: Catalogue, attachment_id: int) -> bytes:
    """A file's bytes in memory (for thumbnails and small files; `write_to` streams)."""
    return b"".join(chunks(cat, get(cat, attachment_id, include_deleted=True)))


def _stream(cat: Catalogue, attachment: Attachment, out: BinaryIO) -> None:
    for chunk in chunks(cat, attachment):
        out.write(chunk)
    out.flush()
    os.fsync(out.fileno())


def write_to(cat: Catalogue, attachment_id: int, path: Path | str) -> Path:
    """Save a copy at `path`, a place the user chose. An existing file there is replaced only
    once the copy is complete and checked."""
    path = Path(path)
    attachment = get(cat, attachment_id, include_deleted=True)
    fd, part = tempfile.mkstemp(prefix=".partnerbook-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            _stream(cat, attachment, out)
        os.replace(part, path)
    except BaseException:
        Path(part).unlink(missing_ok=True)
        raise
    return path


def write_into(cat: Catalogue, attachment_id: int, folder: Path | str) -> Path:
    """Save a copy inside `folder` under the file's cleaned name, made unique among the files
    already there; never replaces a file."""
    folder = Path(folder)
    attachment = get(cat, attachment_id, include_deleted=True)
    taken = {p.name for p in folder.iterdir()}
    while True:
        path = folder / unique_name(safe_name(attachment.name), taken)
        try:
            out = path.open("xb")
        except FileExistsError:  # appeared since the folder was listed
            taken.add(path.name)
            continue
        try:
            with out:
                _stream(cat, attachment, out)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return path


def export_all(cat: Catalogue, kind: str, record_id: int, folder: Path | str) -> list[Path]:
    """Save every file of a record into `folder`; returns the paths written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return [write_into(cat, a.id, folder) for a in for_record(cat, kind, record_id)]


def trash(cat: Catalogue) -> list[tuple[Attachment, str]]:
    """Files moved to the Trash, newest first, each with the title of its record."""
    found = []
    for row in cat.db.execute(
        f"SELECT {_COLUMNS} FROM attachments WHERE deleted_at IS NOT NULL "
        "ORDER BY deleted_at DESC, id DESC"
    ):
        attachment = _from_row(row)
        spec = SPECS[attachment.record_kind]
        title = cat.db.execute(
            f"SELECT {spec.title} FROM {spec.table} WHERE id = ?", [attachment.record_id]
        ).fetchone()
        found.append((attachment, title[0] if title else ""))
    return found


# -- writing --------------------------------------------------------------------------------------
def add(
    cat: Catalogue,
    kind: str,
    record_id: int,
    source: Path | str | bytes,
    name: str | None = None,
    *,
    limit: int = DEFAULT_LIMIT,
) -> Attachment:
    """Attach a file (a path, or bytes with a `name`) to a record, in one transaction.

    A file over `limit` bytes is refused before anything is written.
    """
    if isinstance(source, bytes):
        shown = safe_name(name or "")
        size = len(source)
        if size > limit:
            raise AttachmentError(AttachmentError.TOO_LARGE, shown, size, limit)
        return _insert(cat, kind, record_id, shown, size, [source])
    path = Path(source)
    shown = safe_name(name or path.name)
    try:
        with path.open("rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > limit:
                raise AttachmentError(AttachmentError.TOO_LARGE, shown, size, limit)
            return _insert(cat, kind, record_id, shown, size, iter(lambda: fh.read(_CHUNK), b""))
    except OSError as error:
        raise AttachmentError(AttachmentError.UNREADABLE, shown) from error


def add_copy(
    cat: Catalogue, kind: str, record_id: int, original: Attachment, data: bytes
) -> Attachment:
    """Attach a file from another catalogue (its JSON export), keeping its UUID, stamps and Trash
    state. Its name is cleaned again; bytes that do not match its checksum are refused (DAMAGED)
    and nothing is written."""
    return _insert(cat, kind, record_id, safe_name(original.name), len(data), [data], original)


def _insert(
    cat: Catalogue,
    kind: str,
    record_id: int,
    name: str,
    size: int,
    parts: Iterable[bytes],
    original: Attachment | None = None,
) -> Attachment:
    # Every write, the blob's included, is inside transaction(): a full or read-only disk
    # becomes a CatalogueError and rolls the whole attachment back.
    with cat.transaction() as db:
        if kind not in KINDS or not repository.exists(cat, SPECS[kind], record_id):
            raise AttachmentError(AttachmentError.NO_RECORD, name)
        taken = [
            row[0]
            for row in db.execute(
                "SELECT name FROM attachments WHERE record_kind = ? AND record_id = ?",
                [kind, record_id],
            )
        ]
        name = unique_name(name, taken)
        stamps = (
            [original.uuid, original.added_at, original.added_by, original.deleted_at]
            if original
            else [str(uuidlib.uuid4()), now(), os_user(), None]
        )
        attachment_id = db.execute(
            "INSERT INTO attachments (uuid, added_at, added_by, deleted_at, record_kind, "
            "record_id, name, media_type, size, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '')",
            [*stamps, kind, record_id, name, media_type(name), size],
        ).lastrowid
        db.execute(
            "INSERT INTO attachment_data (attachment_id, data) VALUES (?, zeroblob(?))",
            [attachment_id, size],
        )
        digest = hashlib.sha256()
        written = 0
        with db.conn.blobopen("attachment_data", "data", attachment_id) as blob:
            for chunk in parts:
                if written + len(chunk) > size:  # the file grew while it was read
                    raise AttachmentError(AttachmentError.UNREADABLE, name)
                blob.write(chunk)
                digest.update(chunk)
                written += len(chunk)
        if written != size:
            raise AttachmentError(AttachmentError.UNREADABLE, name)
        if original is not None and digest.hexdigest() != original.sha256:
            raise AttachmentError(AttachmentError.DAMAGED, name)
        db.execute(
            "UPDATE attachments SET sha256 = ? WHERE id = ?", [digest.hexdigest(), attachment_id]
        )
        repository.write_history(
            cat, kind, record_id, "attachment_add", {"attachment": [None, name]}
        )
        cat.changed(kind, record_id, edited_only=True)
        return get(cat, attachment_id, include_deleted=True)


def _set_deleted(cat: Catalogue, attachment_id: int, deleted: bool) -> Attachment:
    with cat.transaction() as db:
        attachment = get(cat, attachment_id, include_deleted=True)
        if (attachment.deleted_at is not None) == deleted:
            return attachment
        db.execute(
            "UPDATE attachments SET deleted_at = ? WHERE id = ?",
            [now() if deleted else None, attachment_id],
        )
        name = attachment.name
        repository.write_history(
            cat,
            attachment.record_kind,
            attachment.record_id,
            "attachment_remove" if deleted else "attachment_restore",
            {"attachment": [name, None] if deleted else [None, name]},
        )
        cat.changed(attachment.record_kind, attachment.record_id, edited_only=True)
        return get(cat, attachment_id, include_deleted=True)


def remove(cat: Catalogue, attachment_id: int) -> Attachment:
    """Move a file to the Trash: hidden from its record, kept until the Trash is emptied."""
    return _set_deleted(cat, attachment_id, True)


def restore(cat: Catalogue, attachment_id: int) -> Attachment:
    return _set_deleted(cat, attachment_id, False)


def purge(cat: Catalogue, attachment_id: int) -> None:
    """Delete a file in the Trash for good (emptying the Trash)."""
    with cat.transaction() as db:
        attachment = get(cat, attachment_id, include_deleted=True)
        if attachment.deleted_at is None:
            return
        db.execute("DELETE FROM attachments WHERE id = ?", [attachment_id])
        repository.write_history(
            cat,
            attachment.record_kind,
            attachment.record_id,
            "attachment_purge",
            {"attachment": [attachment.name, None]},
        )
        cat.changed(attachment.record_kind, attachment.record_id, edited_only=True)
