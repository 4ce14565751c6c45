"""Sort keys kept in columns, so that lists sort by them straight from an index.

An event's or an agreement's first partner (by name) and a partner's last event are values of
linked records: computed per row they take seconds on a million events. They are stored in
`partners_key` and `last_event_on` (migration 0004) and brought up to date in the transaction of
every write that can change them (`after_write`, called by the repository once for all the
records a write touched).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from store.batches import id_chunks

_FIRST_PARTNER = (
    "(SELECT min(p.name_key) FROM {link} l JOIN partners p ON p.id = l.partner_id "
    "WHERE l.{own} = {table}.id AND p.deleted_at IS NULL)"
)
_LAST_EVENT = (
    "(SELECT max(e.starts_on) FROM event_partners l JOIN events e ON e.id = l.event_id "
    "WHERE l.partner_id = partners.id AND e.deleted_at IS NULL)"
)
_SETS = {
    "events": (
        "partners_key",
        _FIRST_PARTNER.format(link="event_partners", own="event_id", table="events"),
    ),
    "agreements": (
        "partners_key",
        _FIRST_PARTNER.format(link="agreement_partners", own="agreement_id", table="agreements"),
    ),
    "partners": ("last_event_on", _LAST_EVENT),
}


def _refresh(db: Database, table: str, ids: Iterable[int] | None) -> None:
    column, value = _SETS[table]
    if ids is None:
        db.execute(f"UPDATE {table} SET {column} = {value}")
        return
    for chunk, marks in id_chunks(ids):
        db.execute(f"UPDATE {table} SET {column} = {value} WHERE id IN ({marks})", chunk)


def refresh_all(db: Database) -> None:
    """Every key from scratch (the migration that adds them; bulk-written catalogues)."""
    for table in _SETS:
        _refresh(db, table, None)


def _ids(db: Database, sql: str, record_ids: Iterable[int]) -> set[int]:
    """The first column of `sql`, which selects by an `IN ({ids})` list, for every id."""
    found: set[int] = set()
    for chunk, marks in id_chunks(record_ids):
        found.update(row[0] for row in db.execute(sql.format(ids=marks), chunk))
    return found


def partners_of(db: Database, kind: str, record_ids: Iterable[int]) -> set[int]:
    """The partners events link to (whose last event may change with them)."""
    if kind != "event":
        return set()
    return _ids(db, "SELECT partner_id FROM event_partners WHERE event_id IN ({ids})", record_ids)


def after_write(
    db: Database, kind: str, record_ids: Iterable[int], partners_before: set[int]
) -> None:
    """Bring the keys that records `record_ids` of `kind` feed up to date, inside the write's
    transaction: once for all of them, as set-based updates.

    `partners_before`: the partners the events linked to before the write (`partners_of`).
    """
    record_ids = set(record_ids)
    if not record_ids:
        return
    if kind == "event":
        _refresh(db, "events", record_ids)
        _refresh(db, "partners", partners_before | partners_of(db, kind, record_ids))
    elif kind == "agreement":
        _refresh(db, "agreements", record_ids)
    elif kind == "partner":
        # Its name orders the events and agreements it is linked to (in the Trash or not).
        events = "SELECT event_id FROM event_partners WHERE partner_id IN ({ids})"
        agreements = "SELECT agreement_id FROM agreement_partners WHERE partner_id IN ({ids})"
        _refresh(db, "events", _ids(db, events, record_ids))
        _refresh(db, "agreements", _ids(db, agreements, record_ids))
        _refresh(db, "partners", record_ids)
