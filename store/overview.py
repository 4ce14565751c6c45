"""What the Overview tab shows: what is coming, what needs attention, what changed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from store import lists
from store.catalogue import Catalogue
from store.dates import PartialDate
from store.links import Ref
from store.status import add_months, status_sql

ANNIVERSARY_STEP = 5


@dataclass
class Item:
    """One line of the overview: the record it opens and what to say about it."""

    ref: Ref
    when: PartialDate | None = None
    detail: str = ""  # a code or number the GUI words (status, years, owner)


@dataclass
class Overview:
    upcoming_events: list[Item] = field(default_factory=list)
    expiring: list[Item] = field(default_factory=list)
    recently_expired: list[Item] = field(default_factory=list)
    anniversaries: list[Item] = field(default_factory=list)
    followups: list[Item] = field(default_factory=list)
    dormant: list[Item] = field(default_factory=list)
    by_country: list[tuple[str, int]] = field(default_factory=list)
    by_kind: list[tuple[str, int]] = field(default_factory=list)
    recent_changes: list[Item] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)  # live records by kind


def overview(
    cat: Catalogue,
    today: dt.date | None = None,
    window_months: int = 6,
    dormant_months: int = 24,
    limit: int = 12,
) -> Overview:
    today = today or dt.date.today()
    iso = today.isoformat()
    status = status_sql("a", today, window_months)
    q = cat.db.execute
    result = Overview()
    # Events still to come or under way. Only those that started within the last year are
    # looked at, so that the index on starts_on serves a catalogue of a million events.
    result.upcoming_events = [
        Item(Ref("event", i, t), PartialDate(s, None if e in (None, s) else e))
        for i, t, s, e in q(
            "SELECT id, title, starts_on, ends_on FROM events WHERE starts_on >= ? "
            "AND deleted_at IS NULL AND coalesce(ends_on, starts_on) || '~' >= ? "
            "ORDER BY starts_on LIMIT ?",
            [str(today.year - 1), iso, limit],
        )
    ]
    result.expiring = [
        Item(Ref("agreement", i, t), PartialDate.from_iso(v))
        for i, t, v in q(
            # The valid_to range (a superset: partial dates) lets the index find the candidates.
            f"SELECT id, title, valid_to FROM agreements a WHERE deleted_at IS NULL "
            f"AND valid_to >= ? AND valid_to < ? AND {status} = 'expiring' "
            "ORDER BY valid_to LIMIT ?",
            [str(today.year), add_months(today, window_months).isoformat(), limit],
        )
    ]
    since = add_months(today, -window_months).isoformat()
    result.recently_expired = [
        Item(Ref("agreement", i, t), PartialDate.from_iso(v))
        for i, t, v in q(
            f"SELECT id, title, valid_to FROM agreements a WHERE deleted_at IS NULL "
            f"AND valid_to >= ? AND valid_to < ? AND {status} = 'expired' "
            "AND valid_to || '~' >= ? ORDER BY valid_to DESC LIMIT ?",
            [since[:4], iso, since, limit],
        )
    ]
    result.anniversaries = [
        Item(Ref("partner", i, t), PartialDate.from_iso(r), str(today.year - int(r[:4])))
        for i, t, r in q(
            "SELECT id, name, relation_since FROM partners WHERE deleted_at IS NULL "
            "AND relation_since IS NOT NULL AND ? - CAST(substr(relation_since, 1, 4) AS INTEGER) > 0 "
            "AND (? - CAST(substr(relation_since, 1, 4) AS INTEGER)) % ? = 0 "
            "ORDER BY substr(relation_since, 1, 4) LIMIT ?",
            [today.year, today.year, ANNIVERSARY_STEP, limit],
        )
    ]
    horizon = (today + dt.timedelta(days=30)).isoformat()
    result.followups = [
        Item(Ref("event", e, a), PartialDate.from_iso(d), "overdue" if d + "~" < iso else "due")
        for e, a, d in q(
            "SELECT f.event_id, f.action, f.due FROM followups f JOIN events e ON e.id = f.event_id "
            "WHERE e.deleted_at IS NULL AND f.done = 0 AND f.due IS NOT NULL AND f.due <= ? "
            "ORDER BY f.due LIMIT ?",
            [horizon, limit],
        )
    ]
    cutoff = add_months(today, -dormant_months).isoformat()
    result.dormant = [
        Item(Ref("partner", i, t), PartialDate.from_iso(last))
        for i, t, last in q(
            # last_event_on is kept by store/sort_keys.py, and indexed: no walk over events.
            "SELECT id, name, last_event_on FROM partners WHERE deleted_at IS NULL "
            "AND relation_kind NOT IN ('', 'none') "
            "AND (last_event_on IS NULL OR last_event_on < ?) "
            "ORDER BY last_event_on, id LIMIT ?",
            [cutoff, limit],
        )
    ]
    result.by_country = q(
        "SELECT country, count(*) AS n FROM partners WHERE deleted_at IS NULL AND country != '' "
        "GROUP BY country ORDER BY n DESC, country LIMIT 10"
    ).fetchall()
    result.by_kind = q(
        "SELECT kind, count(*) AS n FROM partners WHERE deleted_at IS NULL AND kind != '' "
        "GROUP BY kind ORDER BY n DESC, kind"
    ).fetchall()
    titles = (
        "CASE h.kind "
        + " ".join(
            f"WHEN '{k}' THEN (SELECT {c} FROM {t} WHERE id = h.record_id AND deleted_at IS NULL)"
            for k, t, c in (
                ("partner", "partners", "name"),
                ("agreement", "agreements", "title"),
                ("event", "events", "title"),
            )
        )
        + " END"
    )
    result.recent_changes = [
        Item(Ref(k, i, t), None, action)
        for k, i, t, action in q(
            f"SELECT h.kind, h.record_id, {titles} AS title, h.action FROM history h "
            "WHERE h.kind != 'our_side' AND title IS NOT NULL ORDER BY h.id DESC LIMIT ?",
            [limit],
        )
    ]
    # Counting a million events takes 70 ms: here, off the GUI thread, for the status bar.
    result.totals = {kind: lists.total(cat, kind) for kind in ("partner", "agreement", "event")}
    return result
