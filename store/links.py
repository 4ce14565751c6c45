"""What links to a record: the lists a detail pane, `partnerbook show` and printouts show."""

from __future__ import annotations

from dataclasses import dataclass

from store.catalogue import Catalogue

TABLES = {
    "partner": "partners",
    "agreement": "agreements",
    "event": "events",
    "our_side": "our_side",
}
_TITLE = {"partner": "name", "agreement": "title", "event": "title", "our_side": "name"}


@dataclass(frozen=True)
class Ref:
    """A linked record as a list shows it: kind, id and title."""

    kind: str
    id: int
    title: str


def refs(cat: Catalogue, kind: str, ids: list[int]) -> list[Ref]:
    """The live records among `ids`, in the order given."""
    if not ids:
        return []
    rows = dict(
        cat.db.execute(
            f"SELECT id, {_TITLE[kind]} FROM {TABLES[kind]} "
            f"WHERE deleted_at IS NULL AND id IN ({', '.join('?' * len(ids))})",
            ids,
        ).fetchall()
    )
    return [Ref(kind, i, rows[i]) for i in ids if i in rows]


def _ids(cat: Catalogue, sql: str, params: list) -> list[int]:
    return [row[0] for row in cat.db.execute(sql, params)]


def agreements_of_partner(cat: Catalogue, partner_id: int) -> list[int]:
    return _ids(
        cat,
        "SELECT a.id FROM agreements a JOIN agreement_partners l ON l.agreement_id = a.id "
        "WHERE l.partner_id = ? AND a.deleted_at IS NULL "
        "ORDER BY coalesce(a.signed_on, a.valid_from) DESC, a.name_key",
        [partner_id],
    )


def events_of_partner(cat: Catalogue, partner_id: int, limit: int | None = None) -> list[int]:
    return _ids(
        cat,
        "SELECT e.id FROM events e JOIN event_partners l ON l.event_id = e.id "
        "WHERE l.partner_id = ? AND e.deleted_at IS NULL ORDER BY e.starts_on DESC, e.id DESC "
        "LIMIT ?",
        [partner_id, -1 if limit is None else limit],
    )


def events_of_agreement(cat: Catalogue, agreement_id: int) -> list[int]:
    return _ids(
        cat,
        "SELECT e.id FROM events e JOIN event_agreements l ON l.event_id = e.id "
        "WHERE l.agreement_id = ? AND e.deleted_at IS NULL ORDER BY e.starts_on DESC, e.id DESC",
        [agreement_id],
    )


def children_of_partner(cat: Catalogue, partner_id: int) -> list[int]:
    return _ids(
        cat,
        "SELECT id FROM partners WHERE parent_id = ? AND deleted_at IS NULL ORDER BY name_key",
        [partner_id],
    )


def linked_to(cat: Catalogue, kind: str, record_id: int) -> dict[str, int]:
    """How many live records link to this one, by kind: what a delete would leave dangling."""
    queries = {
        "partner": {
            "agreement": "SELECT count(*) FROM agreement_partners l JOIN agreements a "
            "ON a.id = l.agreement_id WHERE l.partner_id = ? AND a.deleted_at IS NULL",
            "event": "SELECT count(*) FROM event_partners l JOIN events e ON e.id = l.event_id "
            "WHERE l.partner_id = ? AND e.deleted_at IS NULL",
            "partner": "SELECT count(*) FROM partners WHERE parent_id = ? AND deleted_at IS NULL",
        },
        "agreement": {
            "event": "SELECT count(*) FROM event_agreements l JOIN events e "
            "ON e.id = l.event_id WHERE l.agreement_id = ? AND e.deleted_at IS NULL",
            "agreement": "SELECT count(*) FROM agreements WHERE renews_id = ? "
            "AND deleted_at IS NULL",
        },
        "our_side": {
            "agreement": "SELECT count(*) FROM agreements WHERE our_side_id = ? "
            "AND deleted_at IS NULL",
            "event": "SELECT count(*) FROM events WHERE our_side_id = ? AND deleted_at IS NULL",
        },
        "event": {},
    }[kind]
    counts = {k: cat.db.execute(sql, [record_id]).fetchone()[0] for k, sql in queries.items()}
    return {k: n for k, n in counts.items() if n}
