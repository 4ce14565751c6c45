"""A record as labelled lines of plain text, for `partnerbook show` and plain-text views."""

from __future__ import annotations

from gui.i18n import translate
from gui.labels import country, date, label
from store import links, repository
from store.agreements import renewed_by
from store.catalogue import Catalogue
from store.kinds import SPECS
from store.records import Agreement, Event, Partner
from store.status import status_of

Value = str | list[links.Ref]


def _refs(cat: Catalogue, kind: str, ids: list[int | None]) -> list[links.Ref]:
    return links.refs(cat, kind, [i for i in ids if i is not None])


def as_text(value: Value) -> str:
    """A value as one line of plain text; linked records as "title [kind:id]"."""
    if isinstance(value, str):
        return value
    return "; ".join(f"{r.title} [{r.kind}:{r.id}]" for r in value)


def _events(cat: Catalogue, ids: list[int], most: int | None) -> list[tuple[str, Value]]:
    """The linked events, newest first; past `most`, a count of the ones left out."""
    lines: list[tuple[str, Value]] = [
        (translate("RecordText", "Events"), _refs(cat, "event", ids[:most]))
    ]
    if most is not None and len(ids) > most:
        more = translate("RecordText", "… and {n} earlier events").format(n=len(ids) - most)
        lines.append(("", more))
    return lines


def describe(
    cat: Catalogue, kind: str, record_id: int, lang: str, most: int | None = None
) -> list[tuple[str, Value]]:
    """The record's fields and links as (label, value) pairs, empty ones left out.

    `most` caps the events listed (a partner may have thousands; the detail pane shows the
    latest); None lists them all."""
    record = repository.load(cat, SPECS[kind], record_id)
    lines: list[tuple[str, Value]] = [
        (translate("RecordText", "Kind"), label("record", kind)),
        ("ID", str(record_id)),
    ]
    lines.append(("UUID", record.uuid))
    if isinstance(record, Partner):
        lines += [
            (translate("RecordText", "Name"), record.name),
            (translate("RecordText", "English name"), record.name_en),
            (translate("RecordText", "Native name"), record.name_native),
            (translate("RecordText", "Type"), label("partner_kind", record.kind)),
            (translate("RecordText", "Country"), country(record.country, lang)),
            (
                translate("RecordText", "Belongs to"),
                _refs(cat, "partner", [record.parent_id]),
            ),
            (translate("RecordText", "Relation since"), date(record.relation_since, lang)),
            (translate("RecordText", "Relation"), label("relation_kind", record.relation_kind)),
            (translate("RecordText", "Website"), record.website),
            (translate("RecordText", "E-mail"), record.email),
            (translate("RecordText", "Phone"), record.phone),
            (translate("RecordText", "Address"), record.address),
            (translate("RecordText", "Fields"), _fields(cat, record.fields, lang)),
            (translate("RecordText", "Notes"), record.notes),
        ]
        for contact in record.contacts:
            state = (
                translate("RecordText", "in post")
                if contact.in_post
                else translate("RecordText", "no longer in post")
            )
            details = ", ".join(
                x
                for x in (contact.title, contact.department, contact.email, contact.phone, state)
                if x
            )
            lines.append((translate("RecordText", "Contact"), f"{contact.name} ({details})"))
        lines.append(
            (
                translate("RecordText", "Agreements"),
                _refs(cat, "agreement", links.agreements_of_partner(cat, record_id)),
            )
        )
        lines += _events(cat, links.events_of_partner(cat, record_id), most)
    elif isinstance(record, Agreement):
        lines += [
            (translate("RecordText", "Title"), record.title),
            (translate("RecordText", "English title"), record.title_en),
            (translate("RecordText", "Type"), label("agreement_kind", record.kind)),
            (translate("RecordText", "Status"), label("status", status_of(cat, record_id))),
            (translate("RecordText", "Stage"), label("stage", record.stage)),
            (
                translate("RecordText", "Our side"),
                _refs(cat, "our_side", [record.our_side_id]),
            ),
            (translate("RecordText", "Partners"), _refs(cat, "partner", record.partner_ids)),
            (translate("RecordText", "Signed"), date(record.signed_on, lang)),
            (translate("RecordText", "Place of signing"), record.place),
            (translate("RecordText", "Signatories (our side)"), record.signatories_ours),
            (translate("RecordText", "Signatories (partner)"), record.signatories_partner),
            (translate("RecordText", "Valid from"), date(record.valid_from, lang)),
            (translate("RecordText", "Valid to"), date(record.valid_to, lang)),
            (
                translate("RecordText", "Renews"),
                _refs(cat, "agreement", [record.renews_id]),
            ),
            (
                translate("RecordText", "Renewed by"),
                _refs(cat, "agreement", renewed_by(cat, record_id)),
            ),
            (translate("RecordText", "Fields"), _fields(cat, record.fields, lang)),
            (
                translate("RecordText", "Articles"),
                "" if record.articles is None else str(record.articles),
            ),
            (translate("RecordText", "Summary"), record.summary),
            (translate("RecordText", "Notes"), record.notes),
        ]
        for activity in record.activities:
            extra = ", ".join(
                x
                for x in (date(activity.period, lang), label("activity_status", activity.status))
                if x
            )
            lines.append(
                (
                    translate("RecordText", "Activity"),
                    f"{activity.title}" + (f" ({extra})" if extra else ""),
                )
            )
        lines += _events(cat, links.events_of_agreement(cat, record_id), most)
    elif isinstance(record, Event):
        place = ", ".join(x for x in (record.city, country(record.country, lang)) if x)
        lines += [
            (translate("RecordText", "Title"), record.title),
            (translate("RecordText", "English title"), record.title_en),
            (translate("RecordText", "Type"), label("event_kind", record.kind)),
            (translate("RecordText", "Dates"), date(record.dates, lang)),
            (translate("RecordText", "Place"), place),
            (
                translate("RecordText", "Our side"),
                _refs(cat, "our_side", [record.our_side_id]),
            ),
            (translate("RecordText", "Led by"), record.leader),
            (translate("RecordText", "Delegation"), record.delegation),
            (translate("RecordText", "Partners"), _refs(cat, "partner", record.partner_ids)),
            (translate("RecordText", "Agreements"), _refs(cat, "agreement", record.agreement_ids)),
            (translate("RecordText", "Summary"), record.summary),
            (translate("RecordText", "Outcomes"), record.outcomes),
            (translate("RecordText", "Notes"), record.notes),
        ]
        for f in record.followups:
            state = translate("RecordText", "done") if f.done else translate("RecordText", "open")
            extra = ", ".join(x for x in (f.owner, date(f.due, lang), state) if x)
            lines.append((translate("RecordText", "Follow-up"), f"{f.action} ({extra})"))
    return [(k, v) for k, v in lines if v]


def _fields(cat: Catalogue, codes: list[str], lang: str) -> str:
    if not codes:
        return ""
    column = "label_vi" if lang == "vi" else "label_en"
    names = dict(cat.db.execute(f"SELECT code, {column} FROM fields").fetchall())
    return "; ".join(names.get(code, code) for code in codes)
