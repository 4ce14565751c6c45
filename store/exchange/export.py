"""Export: a kind's rows to XLSX or CSV with the headers import reads; the catalogue to JSON.

Spreadsheet cells that start with = + - @ tab or CR are neutralised with a leading apostrophe so
that Excel or LibreOffice shows them as text instead of running them; import removes it again.
"""

from __future__ import annotations

import base64
import csv
import json
import uuid as uuidlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from store import attachments, repository
from store.catalogue import Catalogue
from store.countries import name as country_name
from store.exchange import columns as cols
from store.exchange import values
from store.kinds import SPECS
from store.progress import Cancelled, Progress
from store.records import Contact, Partner

TABLE_FORMATS = (".xlsx", ".csv")


def all_ids(cat: Catalogue, kind: str) -> list[int]:
    """Every record of `kind` not in the Trash, in Vietnamese order; contacts by partner."""
    if kind == "contact":
        sql = """SELECT DISTINCT p.id FROM partners p JOIN contacts c ON c.partner_id = p.id
                 WHERE p.deleted_at IS NULL ORDER BY p.name_key, p.id"""
    else:
        table = SPECS[kind].table
        sql = f"SELECT id FROM {table} WHERE deleted_at IS NULL ORDER BY name_key, id"
    return [row[0] for row in cat.db.execute(sql)]


def table_rows(
    cat: Catalogue,
    kind: str,
    ids: Iterable[int] | None = None,
    lang: str = "vi",
    vocabulary: values.Vocabulary | None = None,
    progress: Progress | None = None,
) -> tuple[list[str], list[list[str | int | None]]]:
    """Headers in `lang` and one row per record (per contact for "contact": `ids` are partners).

    `progress(done, total)` is told every 100 records; when it returns False, Cancelled is raised.
    """
    vocabulary = vocabulary or values.Vocabulary()
    columns = cols.COLUMNS[kind]
    fields = values.FieldNames(cat)
    names = _Titles(cat)
    spec = SPECS["partner" if kind == "contact" else kind]
    rows: list[list[str | int | None]] = []
    wanted = all_ids(cat, kind) if ids is None else list(ids)
    for done, record_id in enumerate(wanted):
        if progress is not None and done % 100 == 0 and not progress(done, len(wanted)):
            raise Cancelled
        record = repository.load(cat, spec, record_id)
        items: list[tuple[Any, Partner | None]] = (
            [(c, record) for c in record.contacts] if kind == "contact" else [(record, None)]
        )
        for item, owner in items:
            rows.append(
                [_cell(cat, c, item, owner, lang, vocabulary, fields, names) for c in columns]
            )
    return [c.header(lang) for c in columns], rows


class _Titles:
    """Titles of linked records, fetched once per id."""

    def __init__(self, cat: Catalogue) -> None:
        self.cat = cat
        self.cache: dict[tuple[str, int], str] = {}

    def __call__(self, table: str, column: str, record_id: int | None) -> str:
        if record_id is None:
            return ""
        key = (table, record_id)
        if key not in self.cache:
            row = self.cat.db.execute(
                f"SELECT {column} FROM {table} WHERE id = ?", [record_id]
            ).fetchone()
            self.cache[key] = row[0] if row else ""
        return self.cache[key]


def _cell(
    cat: Catalogue,
    column: cols.Column,
    record: Any,
    owner: Partner | None,
    lang: str,
    vocabulary: values.Vocabulary,
    fields: values.FieldNames,
    titles: _Titles,
) -> str | int | None:
    key, kind = column.key, column.type
    if kind == cols.PARTNER:
        if isinstance(record, Contact):
            return owner.name if owner else ""
        return titles("partners", "name", record.parent_id)
    if kind == cols.PARTNERS:
        return "; ".join(titles("partners", "name", i) for i in record.partner_ids)
    if kind == cols.AGREEMENTS:
        return "; ".join(titles("agreements", "title", i) for i in record.agreement_ids)
    if kind == cols.OUR_SIDE:
        return titles("our_side", "name", record.our_side_id)
    value = getattr(record, key)
    if kind == cols.DATE:
        return value.format(lang) if value else ""
    if kind == cols.COUNTRY:
        return country_name(value, lang) if value else ""
    if kind == cols.CHOICE:
        return vocabulary.label(column.group, value, lang) if value else ""
    if kind == cols.FIELDS:
        return "; ".join(fields.label(code, lang) for code in value)
    if kind == cols.INT:
        return value
    if kind == cols.BOOL:
        return values.yes_no_text(value, lang)
    return value or ""


def _safe(value: str | int | None) -> str | int | None:
    return values.neutralise(value) if isinstance(value, str) else value


def write_xlsx(path: Path, headers: list[str], rows: list[list[Any]], sheet: str = "") -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet(sheet[:31] or "Partnerbook")
    ws.append(headers)
    for row in rows:
        ws.append([_safe(v) for v in row])
    book.save(path)


def write_csv(path: Path, headers: list[str], rows: list[list[Any]]) -> None:
    # UTF-8 with a BOM: Excel opens it with the right letters; import reads it with or without.
    with Path(path).open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        writer.writerows([["" if v is None else _safe(v) for v in row] for row in rows])


# -- JSON -------------------------------------------------------------------------------------------
JSON_FORMAT = "partnerbook"
JSON_VERSION = 1
# Kinds in the order they can be read back: whatever a record links to comes before it.
JSON_KINDS = ("our_side", "partner", "agreement", "event")
# Attribute holding local ids → (its key in JSON, holding UUIDs; the kind it links to).
LINKED = {
    "parent_id": ("parent", "partner"),
    "our_side_id": ("our_side", "our_side"),
    "renews_id": ("renews", "agreement"),
    "partner_ids": ("partners", "partner"),
    "agreement_ids": ("agreements", "agreement"),
}
CHILDREN = ("contacts", "activities", "followups")


def catalogue_json(cat: Catalogue) -> dict[str, Any]:
    """Every record (not in the Trash) with its UUID, stamps and children; links by UUID; the
    records' attachments without their bytes."""
    uuids = {
        kind: dict(cat.db.execute(f"SELECT id, uuid FROM {SPECS[kind].table}").fetchall())
        for kind in JSON_KINDS
    }
    data: dict[str, Any] = {"format": JSON_FORMAT, "version": JSON_VERSION}
    data["fields"] = [
        {"code": code, "label_vi": vi, "label_en": en}
        for code, vi, en in cat.db.execute(
            "SELECT code, label_vi, label_en FROM fields ORDER BY position, code"
        )
    ]
    for kind in JSON_KINDS:
        spec = SPECS[kind]
        records = [
            record_json(repository.load(cat, spec, record_id), uuids)
            for (record_id,) in cat.db.execute(
                f"SELECT id FROM {spec.table} WHERE deleted_at IS NULL"
            )
        ]
        data[spec.table] = sorted(records, key=lambda r: r["uuid"])
    data["attachments"] = attachments_json(cat, uuids)
    return data


def attachments_json(cat: Catalogue, uuids: dict[str, dict[int, str]]) -> list[dict[str, Any]]:
    """The files of the exported records (those in the Trash with their `deleted_at`), by record
    UUID then UUID. Without their bytes: `write_json` streams those in as base64 `data`."""
    found = []
    for item in attachments.every_file(cat):
        record = uuids[item.record_kind].get(item.record_id)
        if record is None:
            continue  # a record in the Trash is not exported, nor are its files
        meta = {k: v for k, v in vars(item).items() if k not in ("id", "record_id")}
        found.append({**meta, "record": record})
    return sorted(found, key=lambda a: (a["record"], a["uuid"]))


def record_json(record: Any, uuids: dict[str, dict[int, str]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in vars(record).items():
        if name == "id":
            continue
        if name in LINKED:
            key, kind = LINKED[name]
            table = uuids[kind]
            out[key] = [table[v] for v in value] if isinstance(value, list) else table.get(value)
        elif name in CHILDREN:
            out[name] = [record_json(child, uuids) for child in value]
        elif hasattr(value, "iso"):
            out[name] = value.iso
        else:
            out[name] = value
    return out


def write_json(path: Path, cat: Catalogue, progress: Progress | None = None) -> None:
    """`catalogue_json` as indented JSON with sorted keys, each file's bytes streamed in as base64.

    Only one chunk of one file is in memory at a time. `progress(done, total)` counts files.
    """
    data = catalogue_json(cat)
    ids = dict(cat.db.execute("SELECT uuid, id FROM attachments").fetchall())
    # Each file's "data" holds a mark first, replaced by its bytes as the text is written; the
    # random part keeps any text of a record from passing for a mark.
    nonce = uuidlib.uuid4().hex
    marks: dict[str, int] = {}
    for item in data["attachments"]:
        mark = f"\0{nonce}:{item['uuid']}"
        item["data"] = mark
        marks[json.dumps(mark, ensure_ascii=False)] = ids[item["uuid"]]
    total = len(marks)
    encoder = json.JSONEncoder(ensure_ascii=False, indent=2, sort_keys=True)
    with Path(path).open("w", encoding="utf-8") as out:
        done = 0
        for piece in encoder.iterencode(data):
            if piece not in marks:
                out.write(piece)
                continue
            if progress is not None and not progress(done, total):
                raise Cancelled
            out.write('"')
            _write_base64(out, cat, marks[piece])
            out.write('"')
            done += 1
        out.write("\n")


def _write_base64(out: TextIO, cat: Catalogue, attachment_id: int) -> None:
    rest = b""
    for chunk in attachments.chunks(cat, attachments.get(cat, attachment_id, include_deleted=True)):
        chunk = rest + chunk
        cut = len(chunk) - len(chunk) % 3  # whole groups of 3 bytes encode without padding
        out.write(base64.b64encode(chunk[:cut]).decode("ascii"))
        rest = chunk[cut:]
    out.write(base64.b64encode(rest).decode("ascii"))
