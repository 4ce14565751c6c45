"""Sort keys kept in columns, so that lists sort by them straight from an index.

An event's or an agreement's first partner (by name) and a partner's last event are values of
linked records: computed per row they take seconds on a million events. They are stored in
`partners_key` and `last_event_on` (migration 0004) and brought up to date in the transaction of
every write that can change them (`after_write`, called by the repository once for all the
records a write touched).

Two orders depend on today's date (migration 0005). An agreement's status is its kept
`fixed_status` (terminated, renewed, in preparation: no day changes them) or else decided by its
dates, which indexes answer (`status.status_conditions`). A partner's agreements in force are
counted in `in_force_count` for the day stored in `meta` (`counted_on`): writes keep the count for
that day, and `keep_counts_current` moves it to today by recounting only the partners of
agreements that started or ended in between.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlite_utils import Database

from store.batches import id_chunks
from store.status import fixed_status_sql, in_force_sql

if TYPE_CHECKING:
    from store.catalogue import Catalogue

_FIRST_PARTNER = (
    "(SELECT min(p.name_key) FROM {link} l JOIN partners p ON p.id = l.partner_id "
    "WHERE l.{own} = {table}.id AND p.deleted_at IS NULL)"
)
_LAST_EVENT = (
    "(SELECT max(e.starts_on) FROM event_partners l JOIN events e ON e.id = l.event_id "
    "WHERE l.partner_id = partners.id AND e.deleted_at IS NULL)"
)
COUNTED_ON = "in_force_counted_on"  # the day `partners.in_force_count` holds the counts of


def in_force_count_sql(partner: str, day: dt.date | None) -> str:
    """How many live agreements partner row `partner` is party to are in force on `day`."""
    return (
        "(SELECT count(*) FROM agreement_partners l JOIN agreements a ON a.id = l.agreement_id "
        f"WHERE l.partner_id = {partner}.id AND a.deleted_at IS NULL AND {in_force_sql('a', day)})"
    )


def _value(db: Database, table: str, column: str) -> str:
    if column == "in_force_count":
        return in_force_count_sql("partners", counted_on(db))
    return {
        ("events", "partners_key"): _FIRST_PARTNER.format(
            link="event_partners", own="event_id", table="events"
        ),
        ("agreements", "partners_key"): _FIRST_PARTNER.format(
            link="agreement_partners", own="agreement_id", table="agreements"
        ),
        ("agreements", "fixed_status"): fixed_status_sql("agreements"),
        ("partners", "last_event_on"): _LAST_EVENT,
    }[table, column]


_KEPT = {
    "events": ("partners_key",),
    "agreements": ("partners_key", "fixed_status"),
    "partners": ("last_event_on", "in_force_count"),
}


def _refresh(db: Database, table: str, ids: Iterable[int] | None, *columns: str) -> None:
    """Compute `columns` (default: every kept one of `table`) of rows `ids` (None: all)."""
    sets = ", ".join(f"{c} = {_value(db, table, c)}" for c in columns or _KEPT[table])
    if ids is None:
        db.execute(f"UPDATE {table} SET {sets}")
        return
    for chunk, marks in id_chunks(ids):
        db.execute(f"UPDATE {table} SET {sets} WHERE id IN ({marks})", chunk)


def refresh_all(db: Database, only: Iterable[str] = ()) -> None:
    """Every key from scratch, or those named in `only`: the migrations that add them (each
    finds the columns of its own schema) and bulk-written catalogues."""
    for table, kept in _KEPT.items():
        present = db[table].columns_dict
        columns = [c for c in kept if c in present and (not only or c in only)]
        if columns:
            _refresh(db, table, None, *columns)


def counted_on(db: Database) -> dt.date | None:
    """The day the kept counts of agreements in force are for; None in a catalogue from before
    migration 0005 (opened read-only, so not migrated), which has none of these keys."""
    if not db["meta"].exists():
        return None
    row = db.execute("SELECT value FROM meta WHERE name = ?", [COUNTED_ON]).fetchone()
    return dt.date.fromisoformat(row[0]) if row else None


def count_for(db: Database, day: dt.date) -> None:
    """Inside a write: move the kept counts of agreements in force to `day`. Only agreements
    whose period starts or ends between the stored day and `day` can count differently."""
    stored = counted_on(db)
    if stored == day:
        return
    db.execute("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)", [COUNTED_ON, str(day)])
    if stored is None:
        _refresh(db, "partners", None, "in_force_count")
        return
    low, high = sorted((stored.isoformat(), day.isoformat()))
    # Started or ended in between, written as status.status_conditions writes it: each half
    # is a range of an index of migration 0005.
    select = (
        "SELECT l.partner_id FROM agreements a JOIN agreement_partners l ON l.agreement_id = a.id "
        "WHERE a.deleted_at IS NULL AND a.fixed_status IS NULL AND "
    )
    started = "a.valid_from > ? AND a.valid_from <= ?"
    ended = "a.valid_to || '~' >= ? AND a.valid_to || '~' < ?"
    partners = db.execute(
        f"{select}{started} UNION {select}{ended}", [low, high, low, high]
    ).fetchall()
    _refresh(db, "partners", [row[0] for row in partners], "in_force_count")


def keep_counts_current(cat: Catalogue, today: dt.date | None = None) -> None:
    """Bring the kept counts of agreements in force to `today` (default: the real one), in a
    write of their own: on opening a catalogue, and when the day changes while it is open.
    A catalogue that cannot be written now keeps its counts: its lists count afresh instead
    (`lists.listing`), so nothing shown is wrong."""
    from store.catalogue import CatalogueError  # catalogue.py calls this on opening

    day = today or dt.date.today()
    if cat.read_only or counted_on(cat.db) in (None, day):
        return
    try:
        with cat.transaction() as db:
            count_for(db, day)
    except CatalogueError:
        pass


@dataclass(frozen=True)
class Linked:
    """What a record linked to before a write, whose kept keys may change with it."""

    partners: frozenset[int] = frozenset()  # an event's or agreement's partners
    renewed: frozenset[int] = frozenset()  # the agreement an agreement renews


def _ids(db: Database, sql: str, record_ids: Iterable[int]) -> frozenset[int]:
    """The first column of `sql`, which selects by an `IN ({ids})` list, for every id."""
    found: set[int] = set()
    for chunk, marks in id_chunks(record_ids):
        found.update(
            row[0] for row in db.execute(sql.format(ids=marks), chunk) if row[0] is not None
        )
    return frozenset(found)


def linked(db: Database, kind: str, record_ids: Iterable[int]) -> Linked:
    """The records that records `record_ids` of `kind` link to now (call before a write that may
    change them)."""
    if kind == "event":
        return Linked(
            _ids(db, "SELECT partner_id FROM event_partners WHERE event_id IN ({ids})", record_ids)
        )
    if kind == "agreement":
        return Linked(
            _ids(
                db,
                "SELECT partner_id FROM agreement_partners WHERE agreement_id IN ({ids})",
                record_ids,
            ),
            _ids(db, "SELECT renews_id FROM agreements WHERE id IN ({ids})", record_ids),
        )
    return Linked()


def after_write(db: Database, kind: str, record_ids: Iterable[int], before: Linked) -> None:
    """Bring the keys that records `record_ids` of `kind` feed up to date, inside the write's
    transaction: once for all of them, as set-based updates.

    `before`: what the records linked to before the write (`linked`); empty when the write left
    their links alone (moving to the Trash and back).
    """
    record_ids = set(record_ids)
    if not record_ids:
        return
    now = linked(db, kind, record_ids)
    if kind == "event":
        _refresh(db, "events", record_ids)
        _refresh(db, "partners", before.partners | now.partners, "last_event_on")
    elif kind == "agreement":
        # Their stage and dates count for their partners; a signed renewal makes the agreement
        # it renews "renewed", which then no longer counts for that one's partners.
        agreements = record_ids | before.renewed | now.renewed
        _refresh(db, "agreements", agreements)
        partners = before.partners | linked(db, "agreement", agreements).partners
        _refresh(db, "partners", partners, "in_force_count")
    elif kind == "partner":
        # Its name orders the events and agreements it is linked to (in the Trash or not).
        events = "SELECT event_id FROM event_partners WHERE partner_id IN ({ids})"
        agreements = "SELECT agreement_id FROM agreement_partners WHERE partner_id IN ({ids})"
        _refresh(db, "events", _ids(db, events, record_ids))
        _refresh(db, "agreements", _ids(db, agreements, record_ids), "partners_key")
        _refresh(db, "partners", record_ids, "last_event_on")
