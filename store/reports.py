"""What every printed document says, as plain data: a partner profile, an agreement sheet, an
event brief and the reports over the catalogue.

Language-independent: codes (kinds, statuses, countries), PartialDate values and names in every
language the record holds. The GUI's printing layer picks the language and words the labels.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from store import repository
from store.agreements import SPEC as AGREEMENTS
from store.agreements import renewed_by
from store.catalogue import Catalogue
from store.dates import PartialDate
from store.events import SPEC as EVENTS
from store.links import agreements_of_partner, children_of_partner, events_of_agreement
from store.partners import SPEC as PARTNERS
from store.records import Activity, Agreement, Contact, Event, FollowUp, Partner
from store.status import DEFAULT_WINDOW_MONTHS, add_months, status_sql

ANNIVERSARY_STEP = 5
RECENT_EVENTS = 8
HOME_COUNTRY = "VN"
REPORTS = ("expiring", "delegations", "directory", "catalogue")
DIRECTIONS = ("outbound", "inbound", "other")


# -- the pieces documents are made of ------------------------------------------------------------
@dataclass(frozen=True)
class Named:
    """A linked record as a document names it, in Vietnamese and (when known) English."""

    kind: str
    id: int
    name: str
    name_en: str = ""


@dataclass(frozen=True)
class Field:
    """A field of cooperation with its labels from the catalogue."""

    code: str
    label_vi: str
    label_en: str


@dataclass
class PartnerLine:
    id: int
    name: str
    name_en: str = ""
    name_native: str = ""
    kind: str = ""
    country: str = ""
    relation_kind: str = ""
    relation_since: PartialDate | None = None
    parent: Named | None = None


@dataclass
class AgreementLine:
    id: int
    title: str
    title_en: str = ""
    kind: str = ""
    stage: str = ""
    status: str = ""
    signed_on: PartialDate | None = None
    place: str = ""
    valid_from: PartialDate | None = None
    valid_to: PartialDate | None = None
    our_side: Named | None = None
    partners: list[Named] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)


@dataclass
class EventLine:
    id: int
    title: str
    title_en: str = ""
    kind: str = ""
    dates: PartialDate | None = None
    city: str = ""
    country: str = ""
    leader: str = ""
    our_side: Named | None = None
    partners: list[Named] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)  # the partners' countries


@dataclass
class FollowUpLine:
    action: str
    owner: str
    due: PartialDate | None
    done: bool
    event: Named


@dataclass(frozen=True)
class Anniversary:
    """The next round anniversary (a multiple of five years) of a relation."""

    year: int
    years: int


@dataclass(frozen=True)
class TimelineBar:
    """An agreement over its validity; `end` None means open-ended."""

    id: int
    title: str
    title_en: str
    start: dt.date
    end: dt.date | None
    status: str


@dataclass(frozen=True)
class TimelineMark:
    id: int
    day: dt.date
    kind: str
    title: str
    title_en: str


@dataclass
class Timeline:
    start: dt.date
    end: dt.date
    today: dt.date
    relation_since: dt.date | None = None
    bars: list[TimelineBar] = field(default_factory=list)
    marks: list[TimelineMark] = field(default_factory=list)


# -- documents ------------------------------------------------------------------------------------
@dataclass
class PartnerProfile:
    partner: Partner
    today: dt.date
    parent: Named | None = None
    members: list[Named] = field(default_factory=list)
    anniversary: Anniversary | None = None
    agreements: list[AgreementLine] = field(default_factory=list)
    recent_events: list[EventLine] = field(default_factory=list)
    earlier_events: int = 0  # past events not listed
    planned_events: list[EventLine] = field(default_factory=list)
    followups: list[FollowUpLine] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)  # in post only
    timeline: Timeline | None = None


@dataclass
class AgreementSheet:
    agreement: Agreement
    today: dt.date
    status: str
    our_side: Named | None = None
    partners: list[PartnerLine] = field(default_factory=list)
    renews: AgreementLine | None = None
    renewed_by: list[AgreementLine] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    activity_fields: dict[str, Field] = field(default_factory=dict)
    events: list[EventLine] = field(default_factory=list)


@dataclass
class PartnerBrief:
    """A partner as an event brief introduces it: who, since when, what is in force, whom to see."""

    partner: PartnerLine
    anniversary: Anniversary | None = None
    agreements: list[AgreementLine] = field(default_factory=list)  # in force or in preparation
    contacts: list[Contact] = field(default_factory=list)  # in post only
    last_event: EventLine | None = None  # the one before this event


@dataclass
class EventBrief:
    event: Event
    today: dt.date
    our_side: Named | None = None
    partners: list[PartnerBrief] = field(default_factory=list)
    agreements: list[AgreementLine] = field(default_factory=list)
    followups: list[FollowUp] = field(default_factory=list)


@dataclass
class ExpiringReport:
    today: dt.date
    months: int
    country: str | None
    expiring: list[AgreementLine] = field(default_factory=list)
    recently_expired: list[AgreementLine] = field(default_factory=list)  # and not renewed


@dataclass
class CountryCount:
    country: str  # "" when unknown
    outbound: int = 0
    inbound: int = 0
    other: int = 0


@dataclass
class PartnerCount:
    partner: Named
    country: str
    outbound: int = 0
    inbound: int = 0
    other: int = 0


@dataclass
class DelegationReport:
    """Events of a period as the delegation log offices put in their periodic reports."""

    date_from: dt.date
    date_to: dt.date
    country: str | None
    outbound: list[EventLine] = field(default_factory=list)
    inbound: list[EventLine] = field(default_factory=list)
    other: list[EventLine] = field(default_factory=list)
    by_country: list[CountryCount] = field(default_factory=list)
    by_partner: list[PartnerCount] = field(default_factory=list)


@dataclass
class DirectoryEntry:
    partner: PartnerLine
    website: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    contacts: list[Contact] = field(default_factory=list)  # in post only
    agreements_in_force: int = 0
    last_event: PartialDate | None = None


@dataclass
class CountryGroup:
    country: str  # "" for partners without a country (international organisations)
    entries: list[DirectoryEntry] = field(default_factory=list)


@dataclass
class DirectoryReport:
    country: str | None
    groups: list[CountryGroup] = field(default_factory=list)


@dataclass
class CatalogueReport:
    today: dt.date
    partners: list[PartnerLine] = field(default_factory=list)
    agreements: list[AgreementLine] = field(default_factory=list)
    events: list[EventLine] = field(default_factory=list)
    agreements_by_status: dict[str, int] = field(default_factory=dict)


# -- helpers --------------------------------------------------------------------------------------
def next_anniversary(since: PartialDate | None, today: dt.date) -> Anniversary | None:
    """The next multiple of five years, this year included: since 1996 → 30 years in 2026."""
    if since is None:
        return None
    elapsed = today.year - since.year
    years = max(ANNIVERSARY_STEP, -(-elapsed // ANNIVERSARY_STEP) * ANNIVERSARY_STEP)
    return Anniversary(since.year + years, years)


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _fields(cat: Catalogue, codes: list[str]) -> list[Field]:
    if not codes:
        return []
    rows = {
        code: Field(code, vi, en)
        for code, vi, en in cat.db.execute(
            f"SELECT code, label_vi, label_en FROM fields WHERE code IN ({_marks(len(codes))})",
            codes,
        )
    }
    return [rows.get(code, Field(code, code, code)) for code in codes]


def _named(cat: Catalogue, kind: str, ids: list[int]) -> dict[int, Named]:
    """Live records among `ids` by id, with both names."""
    if not ids:
        return {}
    table, name, name_en = {
        "partner": ("partners", "name", "name_en"),
        "agreement": ("agreements", "title", "title_en"),
        "event": ("events", "title", "title_en"),
        "our_side": ("our_side", "name", "name_en"),
    }[kind]
    unique = list(dict.fromkeys(ids))
    found: dict[int, Named] = {}
    for chunk in range(0, len(unique), 500):
        part = unique[chunk : chunk + 500]
        for i, n, en in cat.db.execute(
            f"SELECT id, {name}, {name_en} FROM {table} "
            f"WHERE deleted_at IS NULL AND id IN ({_marks(len(part))})",
            part,
        ):
            found[i] = Named(kind, i, n, en)
    return found


def _links(cat: Catalogue, table: str, own: str, other: str, ids: list[int]) -> dict[int, list]:
    found: dict[int, list] = {i: [] for i in ids}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        for a, b in cat.db.execute(
            f"SELECT {own}, {other} FROM {table} WHERE {own} IN ({_marks(len(part))}) "
            "ORDER BY rowid",
            part,
        ):
            found[a].append(b)
    return found


def _partner_countries(cat: Catalogue, partner_ids: list[int]) -> dict[int, str]:
    if not partner_ids:
        return {}
    unique = list(dict.fromkeys(partner_ids))
    return dict(
        cat.db.execute(
            f"SELECT id, country FROM partners WHERE id IN ({_marks(len(unique))})", unique
        ).fetchall()
    )


def _live_rows(cat: Catalogue, select: str, alias: str, ids: list[int]) -> dict[int, dict]:
    """Rows of `select` (a table aliased `alias`) for the live records among `ids`, by id,
    asked 500 ids at a time (SQLite's limit on parameters)."""
    rows: dict[int, dict] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        sql = f"{select} WHERE {alias}.deleted_at IS NULL AND {alias}.id IN ({_marks(len(part))})"
        rows.update((row["id"], row) for row in cat.db.query(sql, part))
    return rows


def _lined(
    cat: Catalogue, select: str, alias: str, kind: str, ids: list[int]
) -> Iterator[tuple[int, dict, list[Named], list[str], Named | None]]:
    """The live agreements or events among `ids`, in the order given, each with its row, its
    partners, their countries (each once) and its our-side body: read in a few queries."""
    rows = _live_rows(cat, select, alias, ids)
    live = [i for i in ids if i in rows]
    partner_ids = _links(cat, f"{kind}_partners", f"{kind}_id", "partner_id", live)
    partners = _named(cat, "partner", [p for ps in partner_ids.values() for p in ps])
    countries = _partner_countries(cat, list(partners))
    our = _named(cat, "our_side", [r["our_side_id"] for r in rows.values() if r["our_side_id"]])
    for i in live:
        row = rows[i]
        named = [partners[p] for p in partner_ids[i] if p in partners]
        held = list(dict.fromkeys(countries[p.id] for p in named if countries[p.id]))
        yield i, row, named, held, our.get(row["our_side_id"])


def agreement_lines(cat: Catalogue, ids: list[int], today: dt.date) -> list[AgreementLine]:
    """The agreements among `ids` (live ones, in the order given) as a document lists them."""
    if not ids:
        return []
    select = f"SELECT a.*, {status_sql('a', today)} AS status FROM agreements a"
    lines = []
    for i, row, named, countries, our in _lined(cat, select, "a", "agreement", ids):
        lines.append(
            AgreementLine(
                id=i,
                title=row["title"],
                title_en=row["title_en"],
                kind=row["kind"],
                stage=row["stage"],
                status=row["status"],
                signed_on=PartialDate.from_iso(row["signed_on"]),
                place=row["place"],
                valid_from=PartialDate.from_iso(row["valid_from"]),
                valid_to=PartialDate.from_iso(row["valid_to"]),
                our_side=our,
                partners=named,
                countries=countries,
            )
        )
    return lines


def event_lines(cat: Catalogue, ids: list[int]) -> list[EventLine]:
    """The events among `ids` (live ones, in the order given) as a document lists them."""
    if not ids:
        return []
    lines = []
    for i, row, named, countries, our in _lined(cat, "SELECT * FROM events e", "e", "event", ids):
        start, end = row["starts_on"], row["ends_on"]
        lines.append(
            EventLine(
                id=i,
                title=row["title"],
                title_en=row["title_en"],
                kind=row["kind"],
                dates=PartialDate(start, None if end in (None, start) else end) if start else None,
                city=row["city"],
                country=row["country"],
                leader=row["leader"],
                our_side=our,
                partners=named,
                countries=countries,
            )
        )
    return lines


def _partner_line(partner: Partner, parent: Named | None = None) -> PartnerLine:
    return PartnerLine(
        id=partner.id or 0,
        name=partner.name,
        name_en=partner.name_en,
        name_native=partner.name_native,
        kind=partner.kind,
        country=partner.country,
        relation_kind=partner.relation_kind,
        relation_since=partner.relation_since,
        parent=parent,
    )


def _partner_lines(
    cat: Catalogue, where: str = "", params: list | None = None
) -> list[PartnerLine]:
    rows = list(
        cat.db.query(
            f"SELECT * FROM partners p WHERE p.deleted_at IS NULL {where} ORDER BY p.name_key, p.id",
            params or [],
        )
    )
    parents = _named(cat, "partner", [r["parent_id"] for r in rows if r["parent_id"]])
    return [
        PartnerLine(
            id=r["id"],
            name=r["name"],
            name_en=r["name_en"],
            name_native=r["name_native"],
            kind=r["kind"],
            country=r["country"],
            relation_kind=r["relation_kind"],
            relation_since=PartialDate.from_iso(r["relation_since"]),
            parent=parents.get(r["parent_id"]),
        )
        for r in rows
    ]


def _is_planned(line: EventLine, today: dt.date) -> bool:
    return line.dates is not None and line.dates.last_day >= today


def _timeline(
    partner: Partner, agreements: list[AgreementLine], events: list[EventLine], today: dt.date
) -> Timeline:
    bars = []
    for a in agreements:
        start = a.valid_from or a.signed_on
        if start is None:
            continue
        bars.append(
            TimelineBar(
                a.id,
                a.title,
                a.title_en,
                start.first_day,
                a.valid_to.last_day if a.valid_to else None,
                a.status,
            )
        )
    marks = [
        TimelineMark(e.id, e.dates.first_day, e.kind, e.title, e.title_en)
        for e in events
        if e.dates is not None
    ]
    since = partner.relation_since.first_day if partner.relation_since else None
    starts = [b.start for b in bars] + [m.day for m in marks] + ([since] if since else [])
    ends = [b.end for b in bars if b.end] + [m.day for m in marks] + [today]
    first = min(starts, default=dt.date(today.year - 4, 1, 1))
    last = max(ends)
    return Timeline(
        start=dt.date(min(first.year, today.year - 4), 1, 1),
        end=dt.date(last.year, 12, 31),
        today=today,
        relation_since=since,
        bars=sorted(bars, key=lambda b: (b.start, b.id)),
        marks=sorted(marks, key=lambda m: (m.day, m.id)),
    )


def _followups(cat: Catalogue, event_ids: list[int], open_only: bool = True) -> list[FollowUpLine]:
    if not event_ids:
        return []
    events = _named(cat, "event", event_ids)
    found = []
    for chunk in range(0, len(event_ids), 500):
        part = event_ids[chunk : chunk + 500]
        found += [
            FollowUpLine(action, owner, PartialDate.from_iso(due), bool(done), events[event_id])
            for event_id, action, owner, due, done in cat.db.execute(
                "SELECT event_id, action, owner, due, done FROM followups "
                f"WHERE event_id IN ({_marks(len(part))})" + (" AND done = 0" if open_only else ""),
                part,
            )
            if event_id in events
        ]
    # Those with a due date first, soonest first.
    return sorted(found, key=lambda f: (f.due is None, f.due.first_day if f.due else dt.date.min))


# -- documents ------------------------------------------------------------------------------------
def partner_profile(
    cat: Catalogue,
    partner_id: int,
    today: dt.date | None = None,
    recent_events: int | None = RECENT_EVENTS,
) -> PartnerProfile:
    """Everything a one-page partner profile shows. `recent_events` None lists every past event."""
    today = today or dt.date.today()
    partner: Partner = repository.load(cat, PARTNERS, partner_id)
    parent = _named(cat, "partner", [partner.parent_id] if partner.parent_id else [])
    members = _named(cat, "partner", children_of_partner(cat, partner_id))
    agreements = agreement_lines(cat, agreements_of_partner(cat, partner_id), today)
    event_ids = [
        row[0]
        for row in cat.db.execute(
            "SELECT e.id FROM events e JOIN event_partners l ON l.event_id = e.id "
            "WHERE l.partner_id = ? AND e.deleted_at IS NULL ORDER BY e.starts_on DESC, e.id DESC",
            [partner_id],
        )
    ]
    events = event_lines(cat, event_ids)
    planned = [e for e in events if _is_planned(e, today)]
    planned.reverse()  # soonest first
    past = [e for e in events if not _is_planned(e, today)]
    shown = past if recent_events is None else past[:recent_events]
    return PartnerProfile(
        partner=partner,
        today=today,
        parent=parent.get(partner.parent_id) if partner.parent_id else None,
        members=list(members.values()),
        anniversary=next_anniversary(partner.relation_since, today),
        agreements=agreements,
        recent_events=shown,
        earlier_events=len(past) - len(shown),
        planned_events=planned,
        followups=_followups(cat, event_ids),
        fields=_fields(cat, partner.fields),
        contacts=[c for c in partner.contacts if c.in_post],
        timeline=_timeline(partner, agreements, events, today),
    )


def agreement_sheet(
    cat: Catalogue, agreement_id: int, today: dt.date | None = None
) -> AgreementSheet:
    today = today or dt.date.today()
    agreement: Agreement = repository.load(cat, AGREEMENTS, agreement_id)
    (line,) = agreement_lines(cat, [agreement_id], today)
    live = {p.id for p in line.partners}
    partners = [
        _partner_line(repository.load(cat, PARTNERS, partner_id))
        for partner_id in agreement.partner_ids
        if partner_id in live
    ]
    renews = agreement_lines(cat, [agreement.renews_id], today) if agreement.renews_id else []
    activity_codes = [a.field_code for a in agreement.activities if a.field_code]
    return AgreementSheet(
        agreement=agreement,
        today=today,
        status=line.status,
        our_side=line.our_side,
        partners=partners,
        renews=renews[0] if renews else None,
        renewed_by=agreement_lines(cat, renewed_by(cat, agreement_id), today),
        fields=_fields(cat, agreement.fields),
        activities=agreement.activities,
        activity_fields={f.code: f for f in _fields(cat, list(dict.fromkeys(activity_codes)))},
        events=event_lines(cat, events_of_agreement(cat, agreement_id)),
    )


def event_brief(cat: Catalogue, event_id: int, today: dt.date | None = None) -> EventBrief:
    today = today or dt.date.today()
    event: Event = repository.load(cat, EVENTS, event_id)
    our = _named(cat, "our_side", [event.our_side_id] if event.our_side_id else [])
    start = event.dates.first_day.isoformat() if event.dates else "9999"
    briefs = []
    for partner_id in event.partner_ids:
        try:
            partner: Partner = repository.load(cat, PARTNERS, partner_id)
        except repository.NotFoundError:
            continue
        parent = _named(cat, "partner", [partner.parent_id] if partner.parent_id else [])
        agreements = [
            a
            for a in agreement_lines(cat, agreements_of_partner(cat, partner_id), today)
            if a.status in ("in_force", "expiring", "preparation")
        ]
        before = [
            row[0]
            for row in cat.db.execute(
                "SELECT e.id FROM events e JOIN event_partners l ON l.event_id = e.id "
                "WHERE l.partner_id = ? AND e.deleted_at IS NULL AND e.id != ? "
                "AND e.starts_on < ? ORDER BY e.starts_on DESC, e.id DESC LIMIT 1",
                [partner_id, event_id, start],
            )
        ]
        last = event_lines(cat, before)
        briefs.append(
            PartnerBrief(
                partner=_partner_line(partner, parent.get(partner.parent_id or 0)),
                anniversary=next_anniversary(partner.relation_since, today),
                agreements=agreements,
                contacts=[c for c in partner.contacts if c.in_post],
                last_event=last[0] if last else None,
            )
        )
    return EventBrief(
        event=event,
        today=today,
        our_side=our.get(event.our_side_id or 0),
        partners=briefs,
        agreements=agreement_lines(cat, event.agreement_ids, today),
        followups=event.followups,
    )


# -- reports --------------------------------------------------------------------------------------
def _agreement_filter(
    country: str | None, kind: str | None, field_code: str | None
) -> tuple[str, list]:
    where, params = "", []
    if country:
        where += (
            " AND EXISTS (SELECT 1 FROM agreement_partners l JOIN partners p "
            "ON p.id = l.partner_id WHERE l.agreement_id = a.id AND p.country = ?)"
        )
        params.append(country)
    if kind:
        where += " AND a.kind = ?"
        params.append(kind)
    if field_code:
        where += (
            " AND EXISTS (SELECT 1 FROM agreement_fields f WHERE f.agreement_id = a.id "
            "AND f.field_code = ?)"
        )
        params.append(field_code)
    return where, params


def expiring(
    cat: Catalogue,
    months: int = DEFAULT_WINDOW_MONTHS,
    country: str | None = None,
    kind: str | None = None,
    field_code: str | None = None,
    today: dt.date | None = None,
) -> ExpiringReport:
    """Agreements whose validity ends within `months`, and those that ended in the last `months`
    without being renewed."""
    today = today or dt.date.today()
    status = status_sql("a", today, months)
    where, params = _agreement_filter(country, kind, field_code)
    soon = [
        r[0]
        for r in cat.db.execute(
            f"SELECT a.id FROM agreements a WHERE a.deleted_at IS NULL AND {status} = 'expiring' "
            f"{where} ORDER BY a.valid_to, a.name_key",
            params,
        )
    ]
    since = add_months(today, -months).isoformat()
    gone = [
        r[0]
        for r in cat.db.execute(
            f"SELECT a.id FROM agreements a WHERE a.deleted_at IS NULL AND {status} = 'expired' "
            f"AND a.valid_to || '~' >= ? {where} ORDER BY a.valid_to DESC, a.name_key",
            [since, *params],
        )
    ]
    report = ExpiringReport(today=today, months=months, country=country)
    report.expiring = agreement_lines(cat, soon, today)
    report.recently_expired = agreement_lines(cat, gone, today)
    # The status was computed with the default window: these are expiring by this report's.
    for line in report.expiring:
        line.status = "expiring"
    return report


def direction(event: EventLine) -> str:
    """outbound (đoàn ra), inbound (đoàn vào) or other: by the kind the staff chose."""
    return event.kind if event.kind in ("outbound", "inbound") else "other"


def event_countries(event: EventLine) -> list[str]:
    """The countries an event counts for: where an outbound delegation went, where an inbound one
    came from, else where it took place (abroad) or the partners' countries."""
    abroad = [event.country] if event.country and event.country != HOME_COUNTRY else []
    partners = [c for c in event.countries if c != HOME_COUNTRY]
    if event.kind == "inbound":
        return partners or abroad
    return abroad or partners


def delegations(
    cat: Catalogue,
    date_from: dt.date,
    date_to: dt.date,
    country: str | None = None,
) -> DelegationReport:
    """Events overlapping the period, outbound and inbound delegations counted by country and by
    partner; other events (meetings, conferences, signings …) listed and counted apart."""
    ids = [
        r[0]
        for r in cat.db.execute(
            "SELECT id FROM events WHERE deleted_at IS NULL AND starts_on IS NOT NULL "
            "AND starts_on <= ? AND coalesce(ends_on, starts_on) || '~' >= ? "
            "ORDER BY starts_on, id",
            [date_to.isoformat(), date_from.isoformat()],
        )
    ]
    report = DelegationReport(date_from=date_from, date_to=date_to, country=country)
    by_country: dict[str, CountryCount] = {}
    by_partner: dict[int, PartnerCount] = {}
    for line in event_lines(cat, ids):
        where = event_countries(line)
        if country and country not in where:
            continue
        way = direction(line)
        getattr(report, way).append(line)
        for code in where or [""]:
            count = by_country.setdefault(code, CountryCount(code))
            setattr(count, way, getattr(count, way) + 1)
        partner_countries = _partner_countries(cat, [p.id for p in line.partners])
        for p in line.partners:
            count = by_partner.setdefault(p.id, PartnerCount(p, partner_countries.get(p.id, "")))
            setattr(count, way, getattr(count, way) + 1)
    report.by_country = sorted(
        by_country.values(),
        key=lambda c: (-(c.outbound + c.inbound), -c.other, c.country == "", c.country),
    )
    report.by_partner = sorted(
        by_partner.values(),
        key=lambda c: (-(c.outbound + c.inbound), -c.other, c.partner.name),
    )
    return report


def directory(
    cat: Catalogue,
    country: str | None = None,
    kind: str | None = None,
    field_code: str | None = None,
    today: dt.date | None = None,
) -> DirectoryReport:
    """Partners grouped by country (partners without a country last), with how to reach them."""
    today = today or dt.date.today()
    where, params = "", []
    if country:
        where += " AND p.country = ?"
        params.append(country)
    if kind:
        where += " AND p.kind = ?"
        params.append(kind)
    if field_code:
        where += (
            " AND EXISTS (SELECT 1 FROM partner_fields f WHERE f.partner_id = p.id "
            "AND f.field_code = ?)"
        )
        params.append(field_code)
    lines = _partner_lines(cat, where, params)
    ids = [line.id for line in lines]
    details = {
        r["id"]: r
        for chunk in range(0, len(ids), 500)
        for r in cat.db.query(
            "SELECT id, website, email, phone, address FROM partners "
            f"WHERE id IN ({_marks(len(ids[chunk : chunk + 500]))})",
            ids[chunk : chunk + 500],
        )
    }
    contacts: dict[int, list[Contact]] = {i: [] for i in ids}
    for r in cat.db.query(
        "SELECT * FROM contacts WHERE in_post = 1 ORDER BY partner_id, position, id"
    ):
        if r["partner_id"] in contacts:
            contacts[r["partner_id"]].append(
                Contact(
                    id=r["id"],
                    name=r["name"],
                    title=r["title"],
                    department=r["department"],
                    email=r["email"],
                    phone=r["phone"],
                    in_post=True,
                    notes=r["notes"],
                )
            )
    in_force = dict(
        cat.db.execute(
            f"SELECT l.partner_id, count(*) FROM agreement_partners l JOIN agreements a "
            f"ON a.id = l.agreement_id WHERE a.deleted_at IS NULL "
            f"AND {status_sql('a', today)} IN ('in_force', 'expiring') GROUP BY l.partner_id"
        ).fetchall()
    )
    last_event = dict(
        cat.db.execute(
            "SELECT l.partner_id, max(e.starts_on) FROM event_partners l JOIN events e "
            "ON e.id = l.event_id WHERE e.deleted_at IS NULL GROUP BY l.partner_id"
        ).fetchall()
    )
    groups: dict[str, CountryGroup] = {}
    for line in lines:
        row = details[line.id]
        groups.setdefault(line.country, CountryGroup(line.country)).entries.append(
            DirectoryEntry(
                partner=line,
                website=row["website"],
                email=row["email"],
                phone=row["phone"],
                address=row["address"],
                contacts=contacts[line.id],
                agreements_in_force=in_force.get(line.id, 0),
                last_event=PartialDate.from_iso(last_event.get(line.id)),
            )
        )
    return DirectoryReport(
        country=country,
        groups=sorted(groups.values(), key=lambda g: (g.country == "", g.country)),
    )


def catalogue(cat: Catalogue, today: dt.date | None = None) -> CatalogueReport:
    """Every live partner, agreement and event."""
    today = today or dt.date.today()
    agreement_ids = [
        r[0]
        for r in cat.db.execute(
            "SELECT id FROM agreements WHERE deleted_at IS NULL "
            "ORDER BY coalesce(valid_from, signed_on) DESC, name_key"
        )
    ]
    event_ids = [
        r[0]
        for r in cat.db.execute(
            "SELECT id FROM events WHERE deleted_at IS NULL ORDER BY starts_on DESC, id DESC"
        )
    ]
    agreements = agreement_lines(cat, agreement_ids, today)
    return CatalogueReport(
        today=today,
        partners=_partner_lines(cat),
        agreements=agreements,
        events=event_lines(cat, event_ids),
        agreements_by_status=dict(Counter(a.status for a in agreements)),
    )


def fields(cat: Catalogue) -> list[Field]:
    """Every field of cooperation, in the catalogue's order (for report filters)."""
    return [
        Field(code, vi, en)
        for code, vi, en in cat.db.execute(
            "SELECT code, label_vi, label_en FROM fields ORDER BY position, code"
        )
    ]
