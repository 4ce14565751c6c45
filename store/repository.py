"""Reading and writing records of every kind through one path.

Each kind (partners.py, agreements.py, events.py, our_side.py) describes itself with a `Spec`;
this module loads, saves (with a version check, history and search text in the same
transaction), deletes to the Trash and restores, the same way for all of them.
"""

from __future__ import annotations

import functools
import json
import uuid as uuidlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from store import search, sort_keys
from store.batches import id_chunks
from store.catalogue import Catalogue, now, os_user
from store.dates import PartialDate
from store.records import Record, Stamp
from store.text import clean, sort_key
from store.validation import Problem

# json.dumps(…, ensure_ascii=False, default=str) with one encoder, not a new one per call.
_JSON = json.JSONEncoder(ensure_ascii=False, default=str)
_STAMP = ("uuid", "version", "created_at", "created_by", "updated_at", "updated_by")


@dataclass(frozen=True)
class Link:
    """A many-to-many list held by a record: `attr` lists values of `other` in `table`."""

    attr: str
    table: str
    own: str
    other: str


@dataclass(frozen=True)
class Children:
    """Small records edited inside their parent's form (contacts, activities, follow-ups)."""

    attr: str
    table: str
    parent_column: str
    record: type[Stamp]


@dataclass(frozen=True, eq=False)  # one per kind: compared and hashed by identity (cheaply)
class Spec:
    kind: str
    table: str
    record: type[Stamp]
    title: str
    links: tuple[Link, ...] = ()
    children: tuple[Children, ...] = ()
    # A PartialDate attribute stored as two columns (start, end) so ranges filter in SQL.
    ranges: tuple[tuple[str, str, str], ...] = ()
    search_text: Callable[[Any], Iterable[str]] = lambda record: ()
    validate: Callable[[Catalogue, Any], list[Problem]] = lambda cat, record: []


class ConflictError(Exception):
    """The record was changed elsewhere since it was loaded. `current` is what is stored now."""

    def __init__(self, current: Record | None) -> None:
        super().__init__("record changed elsewhere")
        self.current = current


class NotFoundError(LookupError):
    pass


class InvalidRecordError(ValueError):
    """A record that breaks a rule; `problems` name each field and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(map(str, problems)))
        self.problems = problems


# -- rows <-> records -----------------------------------------------------------------------------
@functools.cache
def _content_fields(
    record_type: type[Stamp], spec: Spec | None = None
) -> tuple[tuple[str, str, tuple[str, str] | None], ...]:
    """(name, how it is read back, its two columns when it is a range) of each stored field of
    a record type (cached: asked for every record saved and loaded)."""
    skip = {"id", *_STAMP}
    if spec:
        skip |= {link.attr for link in spec.links} | {c.attr for c in spec.children}
    ranges = {attr: (start, end) for attr, start, end in (spec.ranges if spec else ())}
    found = []
    for f in fields(record_type):
        if f.name not in skip:
            read = "date" if "PartialDate" in str(f.type) else "bool" if f.type == "bool" else ""
            found.append((f.name, read, ranges.get(f.name)))
    return tuple(found)


def _to_row(record: Stamp, spec: Spec | None = None) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name, _, columns in _content_fields(type(record), spec):
        value = getattr(record, name)
        if columns:
            start, end = columns
            row[start] = value.start if value else None
            row[end] = (value.end or value.start) if value else None
        elif isinstance(value, str):
            row[name] = clean(value)
        elif isinstance(value, PartialDate):
            row[name] = value.iso
        elif isinstance(value, bool):
            row[name] = int(value)
        else:
            row[name] = value
    return row


def _from_row(record_type: type[Stamp], row: dict[str, Any], spec: Spec | None = None) -> Any:
    values: dict[str, Any] = {"id": row["id"], **{k: row[k] for k in _STAMP}}
    for name, read, columns in _content_fields(record_type, spec):
        if columns:
            start, end = row[columns[0]], row[columns[1]]
            values[name] = (
                PartialDate(start, None if end in (None, start) else end) if start else None
            )
        elif read == "date":
            values[name] = PartialDate.from_iso(row[name])
        elif read == "bool":
            values[name] = bool(row[name])
        else:
            values[name] = row[name]
    return record_type(**values)


# -- reading --------------------------------------------------------------------------------------
def _rows(cat: Catalogue, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    """Rows as dicts, straight from the connection (sqlite-utils' query() parses every SQL
    text again, which a 10,000-row import pays 30,000 times)."""
    cursor = cat.db.conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def load(cat: Catalogue, spec: Spec, record_id: int, *, include_deleted: bool = False) -> Any:
    found = load_many(cat, spec, [record_id], include_deleted=include_deleted)
    if not found:
        raise NotFoundError(f"{spec.kind} {record_id}")
    return found[0]


def load_many(
    cat: Catalogue, spec: Spec, record_ids: Sequence[int], *, include_deleted: bool = False
) -> list[Any]:
    """The records of `record_ids` that exist (and are not in the Trash, unless asked), in the
    order asked, with their links and children: a few queries for every 500 of them."""
    records: dict[int, Any] = {}
    for chunk, marks in id_chunks(record_ids):
        for row in _rows(cat, f"SELECT * FROM {spec.table} WHERE id IN ({marks})", chunk):
            if include_deleted or not row["deleted_at"]:
                records[row["id"]] = _from_row(spec.record, row, spec)
        for link in spec.links:
            for own, value in cat.db.conn.execute(
                f"SELECT {link.own}, {link.other} FROM {link.table} WHERE {link.own} IN ({marks}) "
                f"ORDER BY {link.own}, rowid",
                chunk,
            ):
                if own in records:
                    getattr(records[own], link.attr).append(value)
        _read_children(cat, spec, records, chunk, marks)
    return [records[i] for i in record_ids if i in records]


def _read_children(
    cat: Catalogue, spec: Spec, records: dict[int, Any], chunk: list[int], marks: str
) -> None:
    """Children of the records of `chunk` (ids with their placeholders), into `records`."""
    for child in spec.children:
        sql = (
            f"SELECT * FROM {child.table} WHERE {child.parent_column} IN ({marks}) "
            f"ORDER BY {child.parent_column}, position, id"
        )
        for row in _rows(cat, sql, chunk):
            if row[child.parent_column] in records:
                parent = records[row[child.parent_column]]
                getattr(parent, child.attr).append(_from_row(child.record, row))


def exists(cat: Catalogue, spec: Spec, record_id: int) -> bool:
    row = cat.db.execute(
        f"SELECT 1 FROM {spec.table} WHERE id = ? AND deleted_at IS NULL", [record_id]
    ).fetchone()
    return row is not None


# -- writing --------------------------------------------------------------------------------------
def _snapshot(record: Stamp, spec: Spec) -> dict[str, Any]:
    """Everything history compares: the row, the links, the children's rows."""
    snap = _to_row(record, spec)
    for link in spec.links:
        snap[link.attr] = list(getattr(record, link.attr))
    for child in spec.children:
        snap[child.attr] = [_to_row(c) for c in getattr(record, child.attr)]
    return snap


def _stamp(values: dict[str, Any], *, new: bool) -> dict[str, Any]:
    at, user = now(), os_user()
    values.update(updated_at=at, updated_by=user)
    if new:
        values.update(created_at=at, created_by=user)
    return values


def save(cat: Catalogue, spec: Spec, record: Any) -> Any:
    """Write a record, its links and children in one transaction, and return it as stored.

    An existing record is written only if its stored version is still `record.version`;
    otherwise ConflictError carries what is stored now.
    """
    return save_many(cat, spec, [record])[0]


def save_many(cat: Catalogue, spec: Spec, records: Sequence[Any]) -> list[Any]:
    """Write records of one kind as `save` writes each, in one transaction; return them as stored.

    Each record is validated (against the rows written before it) and its row written in order;
    then the links, children, sort keys, history rows and search text of all of them are written
    with a few statements. The first invalid or stale record raises (InvalidRecordError,
    ConflictError) and the transaction writes nothing.
    """
    with cat.transaction() as db:
        edited_ids = [r.id for r in records if r.id is not None]
        olds = {old.id: old for old in load_many(cat, spec, edited_ids)}
        # What they linked to, before their rows (an agreement's renews_id) or links change.
        before = sort_keys.linked(db, spec.kind, edited_ids)
        rows = [_write_row(cat, spec, record, olds.get(record.id)) for record in records]
        ids = [row["id"] for row in rows]
        _write_links(cat, spec, ids, records, edited_ids)
        for record_id, record in zip(ids, records, strict=True):
            _write_children(cat, spec, record_id, record, new=record.id is None)
        # Nothing links to a new partner yet: its keys and the ones it feeds are already right.
        touched = edited_ids if spec.kind == "partner" else ids
        sort_keys.after_write(db, spec.kind, touched, before)
        stored = _as_stored(cat, spec, records, rows)
        history = []
        for record, now_stored in zip(records, stored, strict=True):
            new_snapshot = _snapshot(now_stored, spec)
            if record.id is None:  # every value it was given
                changes = {
                    key: [None, value] for key, value in new_snapshot.items() if value is not None
                }
                history.append((now_stored.id, "create", changes))
                continue
            old_snapshot = _snapshot(olds[record.id], spec)
            changes = {
                key: [old_snapshot.get(key), value]
                for key, value in new_snapshot.items()
                if old_snapshot.get(key) != value
            }
            if changes:
                history.append((now_stored.id, "edit", changes))
        write_histories(cat, spec.kind, history)
        search.index_many(cat, spec.kind, [(r.id, spec.search_text(r)) for r in stored])
        added = [i for i, r in zip(ids, records, strict=True) if r.id is None]
        if added:
            cat.changed(spec.kind, *added)
        if edited_ids:
            cat.changed(spec.kind, *edited_ids, edited_only=True)
        return stored


def _write_row(cat: Catalogue, spec: Spec, record: Any, old: Any | None) -> dict[str, Any]:
    """Validate a record and write its own row (`old`: as stored before); return the row as
    stored, id and stamps included."""
    problems = spec.validate(cat, record)
    if problems:
        raise InvalidRecordError(problems)
    row = _to_row(record, spec)
    row["name_key"] = sort_key(getattr(record, spec.title))
    if record.id is None:
        row.update(uuid=record.uuid or str(uuidlib.uuid4()), version=1)
        if record.created_at:  # imported records keep their origin
            row.update(created_at=record.created_at, created_by=record.created_by)
            row.update(updated_at=record.updated_at, updated_by=record.updated_by)
        else:
            _stamp(row, new=True)
        return {"id": _insert(cat, spec.table, row), **row}
    if old is None:  # deleted for good, or in the Trash
        raise ConflictError(None)
    if old.version != record.version:
        raise ConflictError(old)
    row["version"] = old.version + 1
    _stamp(row, new=False)
    cursor = cat.db.conn.execute(
        f"UPDATE {spec.table} SET {', '.join(f'{k} = ?' for k in row)} "
        "WHERE id = ? AND version = ?",
        [*row.values(), record.id, old.version],
    )
    if cursor.rowcount != 1:  # the same record twice in one save_many
        raise ConflictError(load(cat, spec, record.id))
    kept = {"uuid": old.uuid, "created_at": old.created_at, "created_by": old.created_by}
    return {"id": record.id, **kept, **row}


def _as_stored(
    cat: Catalogue, spec: Spec, records: Sequence[Any], rows: list[dict[str, Any]]
) -> list[Any]:
    """The records as `load` would read them back, built from the rows just written (every
    stored field is in them, as text, numbers or NULL, which SQLite returns as given) and the
    links as written; only children are read, for the ids and stamps their inserts gave."""
    stored = {row["id"]: _from_row(spec.record, row, spec) for row in rows}
    for record, row in zip(records, rows, strict=True):
        for link in spec.links:
            setattr(stored[row["id"]], link.attr, list(dict.fromkeys(getattr(record, link.attr))))
    if spec.children:
        for chunk, marks in id_chunks(stored):
            _read_children(cat, spec, stored, chunk, marks)
    return [stored[row["id"]] for row in rows]


def _insert(cat: Catalogue, table: str, row: dict[str, Any]) -> int:
    """Plain INSERT: sqlite-utils' insert() inspects the table on every call, which makes
    a 10,000-row import spend half its time there."""
    names = ", ".join(row)
    cursor = cat.db.conn.execute(
        f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(row))})", list(row.values())
    )
    return cursor.lastrowid or 0


def _write_links(
    cat: Catalogue, spec: Spec, ids: list[int], records: Sequence[Any], edited_ids: list[int]
) -> None:
    """Every link of the records, replacing what the edited ones had (a value listed twice is
    kept once, at its first place)."""
    for link in spec.links:
        cat.db.conn.executemany(
            f"DELETE FROM {link.table} WHERE {link.own} = ?", [(i,) for i in edited_ids]
        )
        cat.db.conn.executemany(
            f"INSERT INTO {link.table} ({link.own}, {link.other}) VALUES (?, ?)",
            [
                (record_id, value)
                for record_id, record in zip(ids, records, strict=True)
                for value in dict.fromkeys(getattr(record, link.attr))
            ],
        )


def _write_children(
    cat: Catalogue, spec: Spec, record_id: int, record: Any, new: bool = False
) -> None:
    for child in spec.children:
        items = getattr(record, child.attr)
        sql = f"SELECT * FROM {child.table} WHERE {child.parent_column} = ?"
        stored = {} if new else {row["id"]: row for row in _rows(cat, sql, [record_id])}
        keep = {item.id for item in items if item.id in stored}
        for gone in set(stored) - keep:
            cat.db.execute(f"DELETE FROM {child.table} WHERE id = ?", [gone])
        for position, item in enumerate(items):
            row = _to_row(item) | {"position": position}
            if item.id not in keep:
                row.update(uuid=item.uuid or str(uuidlib.uuid4()), version=1)
                row[child.parent_column] = record_id
                _insert(cat, child.table, _stamp(row, new=True))
                continue
            old = stored[item.id]
            if _to_row(_from_row(child.record, old)) | {"position": old["position"]} != row:
                row["version"] = old["version"] + 1
                cat.db[child.table].update(item.id, _stamp(row, new=False))


def write_history(cat: Catalogue, kind: str, record_id: int, action: str, changes: dict) -> None:
    write_histories(cat, kind, [(record_id, action, changes)])


def write_histories(cat: Catalogue, kind: str, entries: Iterable[tuple[int, str, dict]]) -> None:
    """History rows of records of `kind`: (record id, action, changes) each."""
    at, user = now(), os_user()
    cat.db.conn.executemany(
        "INSERT INTO history (at, user, kind, record_id, action, changes) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                at,
                user,
                kind,
                record_id,
                action,
                _JSON.encode(changes),
            )
            for record_id, action, changes in entries
        ],
    )


def delete(cat: Catalogue, spec: Spec, record_id: int) -> None:
    """Move a record to the Trash: hidden everywhere, kept with its links until emptied."""
    with cat.transaction() as db:
        if not exists(cat, spec, record_id):
            raise NotFoundError(f"{spec.kind} {record_id}")
        db.execute(
            f"UPDATE {spec.table} SET deleted_at = ?, version = version + 1 WHERE id = ?",
            [now(), record_id],
        )
        write_history(cat, spec.kind, record_id, "delete", {})
        search.unindex(cat, spec.kind, record_id)
        sort_keys.after_write(db, spec.kind, [record_id], sort_keys.Linked())
        cat.changed(spec.kind, record_id)


def restore(cat: Catalogue, spec: Spec, record_id: int) -> Any:
    with cat.transaction() as db:
        db.execute(
            f"UPDATE {spec.table} SET deleted_at = NULL, version = version + 1 WHERE id = ?",
            [record_id],
        )
        record = load(cat, spec, record_id)
        sort_keys.after_write(db, spec.kind, [record_id], sort_keys.Linked())
        write_history(cat, spec.kind, record_id, "restore", {})
        search.index(cat, spec.kind, record_id, spec.search_text(record))
        cat.changed(spec.kind, record_id)
        return record


def duplicate(record: Any) -> Any:
    """A new, unsaved copy: same content, new identity, children copied as new."""
    copy = replace(record, id=None, uuid="", version=0, created_at="", updated_at="")
    for name in ("contacts", "activities", "followups"):
        if hasattr(copy, name):
            setattr(
                copy, name, [replace(c, id=None, uuid="", version=0) for c in getattr(copy, name)]
            )
    return copy


def trash(cat: Catalogue, specs: Iterable[Spec]) -> list[tuple[str, int, str, str]]:
    """(kind, id, title, deleted at) of every record in the Trash, most recent first."""
    found = []
    for spec in specs:
        found += [
            (spec.kind, i, t, d)
            for i, t, d in cat.db.execute(
                f"SELECT id, {spec.title}, deleted_at FROM {spec.table} WHERE deleted_at IS NOT NULL"
            )
        ]
    return sorted(found, key=lambda row: row[3], reverse=True)


def purge(cat: Catalogue, spec: Spec, record_id: int) -> None:
    """Remove a record in the Trash for good, with its attachments; links to it are cleared."""
    with cat.transaction() as db:
        clear = {
            "partner": ["UPDATE partners SET parent_id = NULL WHERE parent_id = ?"],
            "agreement": ["UPDATE agreements SET renews_id = NULL WHERE renews_id = ?"],
            "our_side": [
                "UPDATE agreements SET our_side_id = NULL WHERE our_side_id = ?",
                "UPDATE events SET our_side_id = NULL WHERE our_side_id = ?",
            ],
        }.get(spec.kind, [])
        for sql in clear:
            db.execute(sql, [record_id])
        before = sort_keys.linked(db, spec.kind, [record_id])
        purged = db.execute(
            f"DELETE FROM {spec.table} WHERE id = ? AND deleted_at IS NOT NULL", [record_id]
        ).rowcount
        if purged:
            # A record's files go with it (their bytes follow by ON DELETE CASCADE).
            db.execute(
                "DELETE FROM attachments WHERE record_kind = ? AND record_id = ?",
                [spec.kind, record_id],
            )
        if purged:
            sort_keys.after_write(db, spec.kind, [record_id], before)
        write_history(cat, spec.kind, record_id, "purge", {})
        cat.changed(spec.kind, record_id)
