"""Reading and writing records of every kind through one path.

Each kind (partners.py, agreements.py, events.py, our_side.py) describes itself with a `Spec`;
this module loads, saves (with a version check, history and search text in the same
transaction), deletes to the Trash and restores, the same way for all of them.
"""

from __future__ import annotations

import functools
import json
import uuid as uuidlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from typing import Any

from store import search, sort_keys
from store.catalogue import Catalogue, now, os_user
from store.dates import PartialDate
from store.records import Record, Stamp
from store.text import clean, sort_key
from store.validation import Problem

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


@dataclass(frozen=True)
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
def _content_fields(record_type: type[Stamp], spec: Spec | None = None) -> tuple[str, ...]:
    """The stored fields of a record type (cached: asked on every save and load)."""
    skip = {"id", *_STAMP}
    if spec:
        skip |= {link.attr for link in spec.links} | {c.attr for c in spec.children}
    return tuple(f.name for f in fields(record_type) if f.name not in skip)


def _to_row(record: Stamp, spec: Spec | None = None) -> dict[str, Any]:
    ranges = {attr: (start, end) for attr, start, end in (spec.ranges if spec else ())}
    row: dict[str, Any] = {}
    for name in _content_fields(type(record), spec):
        value = getattr(record, name)
        if name in ranges:
            start, end = ranges[name]
            row[start] = value.start if value else None
            row[end] = (value.end or value.start) if value else None
        elif isinstance(value, PartialDate):
            row[name] = value.iso
        elif isinstance(value, str):
            row[name] = clean(value)
        elif isinstance(value, bool):
            row[name] = int(value)
        else:
            row[name] = value
    return row


def _from_row(record_type: type[Stamp], row: dict[str, Any], spec: Spec | None = None) -> Any:
    ranges = {attr: (start, end) for attr, start, end in (spec.ranges if spec else ())}
    values: dict[str, Any] = {"id": row["id"], **{k: row[k] for k in _STAMP}}
    types = {f.name: f.type for f in fields(record_type)}
    for name in _content_fields(record_type, spec):
        if name in ranges:
            start, end = (row[c] for c in ranges[name])
            values[name] = (
                PartialDate(start, None if end in (None, start) else end) if start else None
            )
        elif "PartialDate" in str(types[name]):
            values[name] = PartialDate.from_iso(row[name])
        elif types[name] == "bool":
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
    rows = _rows(cat, f"SELECT * FROM {spec.table} WHERE id = ?", [record_id])
    if not rows or (rows[0]["deleted_at"] and not include_deleted):
        raise NotFoundError(f"{spec.kind} {record_id}")
    record = _from_row(spec.record, rows[0], spec)
    for link in spec.links:
        values = [
            r[0]
            for r in cat.db.execute(
                f"SELECT {link.other} FROM {link.table} WHERE {link.own} = ? ORDER BY rowid",
                [record_id],
            )
        ]
        setattr(record, link.attr, values)
    for child in spec.children:
        child_rows = _rows(
            cat,
            f"SELECT * FROM {child.table} WHERE {child.parent_column} = ? ORDER BY position, id",
            [record_id],
        )
        setattr(record, child.attr, [_from_row(child.record, r) for r in child_rows])
    return record


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
    with cat.transaction() as db:
        problems = spec.validate(cat, record)
        if problems:
            raise InvalidRecordError(problems)
        new = record.id is None
        # What it linked to, before its row (an agreement's renews_id) or links change.
        before = sort_keys.Linked() if new else sort_keys.linked(db, spec.kind, record.id)
        row = _to_row(record, spec)
        row["name_key"] = sort_key(getattr(record, spec.title))
        if new:
            row.update(uuid=record.uuid or str(uuidlib.uuid4()), version=1)
            if record.created_at:  # imported records keep their origin
                row.update(created_at=record.created_at, created_by=record.created_by)
                row.update(updated_at=record.updated_at, updated_by=record.updated_by)
            else:
                _stamp(row, new=True)
            record_id = _insert(cat, spec.table, row)
            old_snapshot: dict[str, Any] = {}
        else:
            record_id = record.id
            try:
                old = load(cat, spec, record_id)
            except NotFoundError:
                raise ConflictError(None) from None
            if old.version != record.version:
                raise ConflictError(old)
            old_snapshot = _snapshot(old, spec)
            row["version"] = old.version + 1
            _stamp(row, new=False)
            cursor = db.execute(
                f"UPDATE {spec.table} SET {', '.join(f'{k} = ?' for k in row)} "
                "WHERE id = ? AND version = ?",
                [*row.values(), record_id, old.version],
            )
            if cursor.rowcount != 1:
                raise ConflictError(old)
        _write_links(cat, spec, record_id, record)
        _write_children(cat, spec, record_id, record, new)
        if not (new and spec.kind == "partner"):  # nothing links to a new partner yet
            sort_keys.after_write(db, spec.kind, record_id, before)
        stored = load(cat, spec, record_id)
        new_snapshot = _snapshot(stored, spec)
        changes = {
            key: [old_snapshot.get(key), value]
            for key, value in new_snapshot.items()
            if old_snapshot.get(key) != value
        }
        if changes or new:
            write_history(cat, spec.kind, record_id, "create" if new else "edit", changes)
        search.index(cat, spec.kind, record_id, spec.search_text(stored))
        cat.changed(spec.kind, record_id, edited_only=not new)
        return stored


def _insert(cat: Catalogue, table: str, row: dict[str, Any]) -> int:
    """Plain INSERT: sqlite-utils' insert() inspects the table on every call, which makes
    a 10,000-row import spend half its time there."""
    names = ", ".join(row)
    cursor = cat.db.execute(
        f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(row))})", list(row.values())
    )
    return cursor.lastrowid or 0


def _write_links(cat: Catalogue, spec: Spec, record_id: int, record: Any) -> None:
    for link in spec.links:
        cat.db.execute(f"DELETE FROM {link.table} WHERE {link.own} = ?", [record_id])
        seen: list[Any] = []
        for value in getattr(record, link.attr):
            if value not in seen:
                seen.append(value)
        cat.db.conn.executemany(
            f"INSERT INTO {link.table} ({link.own}, {link.other}) VALUES (?, ?)",
            [(record_id, v) for v in seen],
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
    _insert(
        cat,
        "history",
        {
            "at": now(),
            "user": os_user(),
            "kind": kind,
            "record_id": record_id,
            "action": action,
            "changes": json.dumps(changes, ensure_ascii=False, default=str),
        },
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
        sort_keys.after_write(db, spec.kind, record_id, sort_keys.Linked())
        cat.changed(spec.kind, record_id)


def restore(cat: Catalogue, spec: Spec, record_id: int) -> Any:
    with cat.transaction() as db:
        db.execute(
            f"UPDATE {spec.table} SET deleted_at = NULL, version = version + 1 WHERE id = ?",
            [record_id],
        )
        record = load(cat, spec, record_id)
        sort_keys.after_write(db, spec.kind, record_id, sort_keys.Linked())
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
        before = sort_keys.linked(db, spec.kind, record_id)
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
            sort_keys.after_write(db, spec.kind, record_id, before)
        write_history(cat, spec.kind, record_id, "purge", {})
        cat.changed(spec.kind, record_id)
