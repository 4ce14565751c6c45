"""What a printout says, in the language chosen for it: report data (store.reports) worded into
headings, labelled facts, tables, paragraphs and pictures.

One `Printout` feeds both outputs: the HTML template (PDF, preview, printer) and the Word file, so
they hold the same content. Every text and label here is worded with the print language's own
`Translation` (gui.i18n), never the UI's installed translators: building a printout changes no
global state and may run on any thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QImage

from gui.i18n import translation
from gui.labels import label
from store import countries
from store.dates import PartialDate
from store.records import Contact
from store.reports import (
    AgreementLine,
    AgreementSheet,
    CatalogueReport,
    DelegationReport,
    DirectoryReport,
    EventBrief,
    EventLine,
    ExpiringReport,
    Field,
    Named,
    PartnerProfile,
    event_countries,
)
from store.text import sort_key


# -- the printout model ---------------------------------------------------------------------------
@dataclass
class Cell:
    """A table cell; `tone` colours it (good, warn, bad, muted), `bold` for totals."""

    text: str
    tone: str = ""
    bold: bool = False


CellValue = str | Cell


@dataclass
class Facts:
    """Labelled values; `columns` pairs side by side (2 → label, value, label, value)."""

    rows: list[tuple[str, str]]
    columns: int = 1
    kind: str = "facts"


@dataclass
class Table:
    columns: list[str]
    rows: list[list[CellValue]]
    widths: list[int]  # percentages of the text width
    numeric: tuple[int, ...] = ()  # right-aligned columns
    total: list[CellValue] | None = None
    compact: bool = True  # leave out columns empty in every row
    kind: str = "table"


@dataclass
class Paragraph:
    text: str
    style: str = ""  # "" or "muted"
    kind: str = "paragraph"


@dataclass
class Picture:
    name: str  # the resource name the template refers to
    image: QImage
    width_mm: float
    height_mm: float
    alt: str
    kind: str = "picture"


Block = Facts | Table | Paragraph | Picture


@dataclass
class Section:
    heading: str
    blocks: list[Block]
    level: int = 2


@dataclass
class Printout:
    """One document ready to render: what the page furniture and the body say."""

    title: str  # the kind of document, in the page header ("Partner profile")
    heading: str  # the first heading of the body (the partner's name, the report's title)
    lang: str
    org_name: str
    printed_on: dt.date
    subtitle: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    landscape: bool = False
    template: str = "print_document.html.j2"

    def page_text(self, page: int, pages: int) -> str:
        words = translation(self.lang)
        return words.translate("Printing", "Page {page} of {pages}").format(page=page, pages=pages)

    def printed_text(self) -> str:
        words = translation(self.lang)
        return words.translate("Printing", "Printed {date}").format(date=day(self.printed_on))

    def pictures(self) -> list[Picture]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Picture)]

    def lines(self) -> int:
        """About how many lines the body holds: table and fact rows, paragraphs."""
        count = 0
        for section in self.sections:
            count += 1
            for block in section.blocks:
                count += len(block.rows) if isinstance(block, Table | Facts) else 1
        return count


def compact(printout: Printout) -> Printout:
    """Leave out the columns that are empty in every row (no phone numbers, no results …),
    giving their width to the others."""
    for section in printout.sections:
        for block in section.blocks:
            if not isinstance(block, Table) or not block.rows or not block.compact:
                continue
            keep = [
                i
                for i in range(len(block.columns))
                if i == 0
                or any(
                    (c.text if isinstance(c, Cell) else c).strip()
                    for c in (r[i] for r in block.rows)
                )
                or (
                    block.total
                    and (
                        block.total[i].text if isinstance(block.total[i], Cell) else block.total[i]
                    )
                )
            ]
            if len(keep) == len(block.columns):
                continue
            total = sum(block.widths[i] for i in keep)
            block.columns = [block.columns[i] for i in keep]
            block.rows = [[row[i] for i in keep] for row in block.rows]
            if block.total:
                block.total = [block.total[i] for i in keep]
            block.widths = [round(block.widths[i] * 100 / total) for i in keep]
            block.numeric = tuple(keep.index(i) for i in block.numeric if i in keep)
    return printout


# -- wording helpers ------------------------------------------------------------------------------
def day(value: dt.date) -> str:
    """Printed dates are dd/mm/yyyy in both languages."""
    return value.strftime("%d/%m/%Y")


def date(value: PartialDate | None) -> str:
    return value.format("vi") if value else ""


def period(start: PartialDate | None, end: PartialDate | None, lang: str) -> str:
    words = translation(lang)
    if start and end:
        return f"{date(start)} – {date(end)}"
    if start:
        return words.translate("Printing", "from {date}").format(date=date(start))
    if end:
        return words.translate("Printing", "until {date}").format(date=date(end))
    return ""


def pick(vi: str, en: str, lang: str) -> str:
    """The English name on an English print when there is one, else the Vietnamese."""
    return en if lang == "en" and en else vi


def named(item: Named | None, lang: str) -> str:
    return pick(item.name, item.name_en, lang) if item else ""


def names(items: list[Named], lang: str) -> str:
    return "\n".join(named(i, lang) for i in items)


def country(code: str | None, lang: str) -> str:
    return countries.name(code, lang) if code else ""


def field_labels(fields: list[Field], lang: str) -> str:
    return "; ".join(pick(f.label_vi, f.label_en, lang) for f in fields)


_TONES = {
    "in_force": "good",
    "expiring": "warn",
    "expired": "muted",
    "renewed": "muted",
    "terminated": "bad",
    "preparation": "",
}


def status_cell(code: str, lang: str) -> Cell:
    words = translation(lang)
    return Cell(label("status", code, words), _TONES.get(code, ""))


def place(city: str, country_code: str, lang: str) -> str:
    return ", ".join(x for x in (city, country(country_code, lang)) if x)


def _facts(rows: list[tuple[str, str]], columns: int = 1) -> Facts:
    return Facts([(k, v) for k, v in rows if v], columns)


def _empty(text: str) -> Paragraph:
    return Paragraph(text, "muted")


def _or_empty(
    present: object, block: Callable[[], Facts | Table | Paragraph | Picture], text: str
) -> list[Facts | Table | Paragraph | Picture]:
    """A section's content: `block()` when there is something to show, else `text` muted."""
    return [block()] if present else [_empty(text)]


def contacts_table(contacts: list[Contact], lang: str) -> Table:
    words = translation(lang)
    return Table(
        [
            words.translate("Printing", "Name"),
            words.translate("Printing", "Title"),
            words.translate("Printing", "Department"),
            words.translate("Printing", "Phone"),
            words.translate("Printing", "E-mail"),
        ],
        [[c.name, c.title, c.department, c.phone, c.email] for c in contacts],
        [20, 30, 18, 14, 18],
    )


def agreements_table(lines: list[AgreementLine], lang: str, partners: bool = False) -> Table:
    words = translation(lang)
    columns = [
        words.translate("Printing", "Agreement"),
        words.translate("Printing", "Type"),
    ]
    widths = [41, 18]
    if partners:
        columns.append(words.translate("Printing", "Partners"))
        widths = [34, 14, 20]
    columns += [
        words.translate("Printing", "Signed"),
        words.translate("Printing", "Validity"),
        words.translate("Printing", "Status"),
    ]
    widths += [9, 17, 15] if not partners else [8, 13, 11]
    rows = []
    for a in lines:
        row: list[CellValue] = [
            pick(a.title, a.title_en, lang),
            label("agreement_kind", a.kind, words),
        ]
        if partners:
            row.append(names(a.partners, lang))
        row += [
            date(a.signed_on),
            period(a.valid_from, a.valid_to, lang),
            status_cell(a.status, lang),
        ]
        rows.append(row)
    return Table(columns, rows, widths)


def events_table(lines: list[EventLine], lang: str, partners: bool = False) -> Table:
    words = translation(lang)
    columns = [
        words.translate("Printing", "Dates"),
        words.translate("Printing", "Event"),
        words.translate("Printing", "Type"),
    ]
    widths = [16, 47, 20, 17]
    if partners:
        columns.append(words.translate("Printing", "Partners"))
        widths = [12, 37, 15, 13, 23]
    columns.insert(3, words.translate("Printing", "Place"))
    rows = []
    for e in lines:
        row: list[CellValue] = [
            date(e.dates),
            pick(e.title, e.title_en, lang),
            label("event_kind", e.kind, words),
            place(e.city, e.country, lang),
        ]
        if partners:
            row.append(names(e.partners, lang))
        rows.append(row)
    return Table(columns, rows, widths)


# -- documents ------------------------------------------------------------------------------------
def partner_profile(
    data: PartnerProfile, lang: str, org_name: str, timeline: QImage | None = None
) -> Printout:
    words = translation(lang)
    p = data.partner
    heading = pick(p.name, p.name_en, lang)
    others = [n for n in (p.name, p.name_en, p.name_native) if n and n != heading]
    relation = label("relation_kind", p.relation_kind, words)
    if p.relation_since:
        since = words.translate("Printing", "since {date}").format(date=date(p.relation_since))
        relation = f"{relation}, {since}" if relation else since
    anniversary = ""
    if data.anniversary:
        anniversary = words.translate("Printing", "{years} years in {year}").format(
            years=data.anniversary.years, year=data.anniversary.year
        )
    facts = _facts(
        [
            (words.translate("Printing", "Type"), label("partner_kind", p.kind, words)),
            (words.translate("Printing", "Country"), country(p.country, lang)),
            (words.translate("Printing", "Belongs to"), named(data.parent, lang)),
            (
                words.translate("Printing", "Member bodies"),
                "; ".join(named(m, lang) for m in data.members),
            ),
            (words.translate("Printing", "Relation"), relation),
            (words.translate("Printing", "Next anniversary"), anniversary),
            (words.translate("Printing", "Website"), p.website),
            (words.translate("Printing", "E-mail"), p.email),
            (words.translate("Printing", "Phone"), p.phone),
            (words.translate("Printing", "Address"), p.address),
        ],
        columns=2,
    )
    sections = [Section("", [facts])]
    if timeline is not None and data.timeline and (data.timeline.bars or data.timeline.marks):
        width_mm = 180.0
        height_mm = width_mm * timeline.height() / timeline.width()
        sections.append(
            Section(
                words.translate("Printing", "Relationship timeline"),
                [
                    Picture(
                        "timeline",
                        timeline,
                        width_mm,
                        height_mm,
                        words.translate("Printing", "Agreements over their validity and events"),
                    )
                ],
            )
        )
    sections.append(
        Section(
            words.translate("Printing", "Agreements"),
            _or_empty(
                data.agreements,
                lambda: agreements_table(data.agreements, lang),
                words.translate("Printing", "No agreement recorded."),
            ),
        )
    )
    recent = _or_empty(
        data.recent_events,
        lambda: events_table(data.recent_events, lang),
        words.translate("Printing", "No event recorded."),
    )
    if data.earlier_events:
        recent.append(
            _empty(
                words.translate("Printing", "{n} earlier events are not listed here.").format(
                    n=data.earlier_events
                )
            )
        )
    sections.append(Section(words.translate("Printing", "Recent events"), recent))
    if data.planned_events:
        sections.append(
            Section(
                words.translate("Printing", "Planned events"),
                [events_table(data.planned_events, lang)],
            )
        )
    if data.followups:
        followups: list[Block] = [
            Table(
                [
                    words.translate("Printing", "Follow-up"),
                    words.translate("Printing", "Owner"),
                    words.translate("Printing", "Due"),
                    words.translate("Printing", "Decided at"),
                ],
                [[f.action, f.owner, date(f.due), named(f.event, lang)] for f in data.followups],
                [38, 22, 10, 30],
            )
        ]
    else:
        followups = [_empty(words.translate("Printing", "No open follow-up."))]
    sections.append(Section(words.translate("Printing", "Open follow-ups"), followups))
    if data.fields:
        sections.append(
            Section(
                words.translate("Printing", "Fields of cooperation"),
                [Paragraph(field_labels(data.fields, lang))],
            )
        )
    sections.append(
        Section(
            words.translate("Printing", "Contacts in post"),
            _or_empty(
                data.contacts,
                lambda: contacts_table(data.contacts, lang),
                words.translate("Printing", "No contact in post recorded."),
            ),
        )
    )
    if p.notes:
        sections.append(Section(words.translate("Printing", "Notes"), [Paragraph(p.notes)]))
    return Printout(
        title=words.translate("Printing", "Partner profile"),
        heading=heading,
        subtitle=[" · ".join(others)] if others else [],
        sections=sections,
        lang=lang,
        org_name=org_name,
        printed_on=data.today,
    )


def agreement_sheet(data: AgreementSheet, lang: str, org_name: str) -> Printout:
    words = translation(lang)
    a = data.agreement
    heading = pick(a.title, a.title_en, lang)
    other = a.title if heading != a.title else a.title_en
    partners = "\n".join(
        ", ".join(x for x in (pick(p.name, p.name_en, lang), country(p.country, lang)) if x)
        for p in data.partners
    )
    signed = ", ".join(x for x in (date(a.signed_on), a.place) if x)
    stage = label("stage", a.stage, words) if data.status == "preparation" else ""

    def agreement_ref(line: AgreementLine | None) -> str:
        if line is None:
            return ""
        validity = period(line.valid_from, line.valid_to, lang)
        extra = ", ".join(x for x in (validity, label("status", line.status, words)) if x)
        return pick(line.title, line.title_en, lang) + (f" ({extra})" if extra else "")

    facts = _facts(
        [
            (words.translate("Printing", "Type"), label("agreement_kind", a.kind, words)),
            (words.translate("Printing", "Status"), label("status", data.status, words)),
            (words.translate("Printing", "Stage"), stage),
            (words.translate("Printing", "Our side"), named(data.our_side, lang)),
            (words.translate("Printing", "Partners"), partners),
            (words.translate("Printing", "Signed"), signed),
            (words.translate("Printing", "Signatories (our side)"), a.signatories_ours),
            (
                words.translate("Printing", "Signatories (partner)"),
                a.signatories_partner,
            ),
            (words.translate("Printing", "Validity"), period(a.valid_from, a.valid_to, lang)),
            (
                words.translate("Printing", "Articles"),
                "" if a.articles is None else str(a.articles),
            ),
            (words.translate("Printing", "Renews"), agreement_ref(data.renews)),
            (
                words.translate("Printing", "Renewed by"),
                "\n".join(agreement_ref(r) for r in data.renewed_by),
            ),
            (
                words.translate("Printing", "Fields of cooperation"),
                field_labels(data.fields, lang),
            ),
        ]
    )
    sections = [Section("", [facts])]
    if a.summary:
        sections.append(Section(words.translate("Printing", "Summary"), [Paragraph(a.summary)]))
    if data.activities:
        sections.append(
            Section(
                words.translate("Printing", "Activities"),
                [
                    Table(
                        [
                            "#",
                            words.translate("Printing", "Activity"),
                            words.translate("Printing", "Field"),
                            words.translate("Printing", "Period"),
                            words.translate("Printing", "Status"),
                            words.translate("Printing", "Result"),
                        ],
                        [
                            [
                                str(i),
                                act.title,
                                pick(
                                    data.activity_fields[act.field_code].label_vi,
                                    data.activity_fields[act.field_code].label_en,
                                    lang,
                                )
                                if act.field_code in data.activity_fields
                                else "",
                                date(act.period),
                                label("activity_status", act.status, words),
                                act.result,
                            ]
                            for i, act in enumerate(data.activities, 1)
                        ],
                        [4, 46, 15, 8, 10, 17],
                        numeric=(0,),
                    )
                ],
            )
        )
    sections.append(
        Section(
            words.translate("Printing", "Related events"),
            _or_empty(
                data.events,
                lambda: events_table(data.events, lang),
                words.translate("Printing", "No event recorded."),
            ),
        )
    )
    if a.notes:
        sections.append(Section(words.translate("Printing", "Notes"), [Paragraph(a.notes)]))
    return Printout(
        title=words.translate("Printing", "Agreement sheet"),
        heading=heading,
        subtitle=[other] if other and other != heading else [],
        sections=sections,
        lang=lang,
        org_name=org_name,
        printed_on=data.today,
    )


def event_brief(data: EventBrief, lang: str, org_name: str) -> Printout:
    words = translation(lang)
    e = data.event
    heading = pick(e.title, e.title_en, lang)
    other = e.title if heading != e.title else e.title_en
    facts = _facts(
        [
            (words.translate("Printing", "Type"), label("event_kind", e.kind, words)),
            (words.translate("Printing", "Dates"), date(e.dates)),
            (words.translate("Printing", "Place"), place(e.city, e.country, lang)),
            (words.translate("Printing", "Our side"), named(data.our_side, lang)),
            (words.translate("Printing", "Led by"), e.leader),
            (words.translate("Printing", "Delegation"), e.delegation),
        ]
    )
    sections = [Section("", [facts])]
    if e.summary:
        sections.append(Section(words.translate("Printing", "Summary"), [Paragraph(e.summary)]))
    if e.outcomes:
        sections.append(Section(words.translate("Printing", "Outcomes"), [Paragraph(e.outcomes)]))
    if data.partners:
        sections.append(Section(words.translate("Printing", "Partners"), []))
    for brief in data.partners:
        p = brief.partner
        heading_p = pick(p.name, p.name_en, lang)
        others = [n for n in (p.name, p.name_en, p.name_native) if n and n != heading_p]
        relation = label("relation_kind", p.relation_kind, words)
        if p.relation_since:
            since = words.translate("Printing", "since {date}").format(date=date(p.relation_since))
            relation = f"{relation}, {since}" if relation else since
            if brief.anniversary:
                relation += "; " + words.translate("Printing", "{years} years in {year}").format(
                    years=brief.anniversary.years, year=brief.anniversary.year
                )
        in_force = "\n".join(
            f"{pick(a.title, a.title_en, lang)} ({label('status', a.status, words)}"
            + (f", {period(a.valid_from, a.valid_to, lang)}" if a.valid_from or a.valid_to else "")
            + ")"
            for a in brief.agreements
        )
        last = ""
        if brief.last_event:
            last = ", ".join(
                x
                for x in (
                    date(brief.last_event.dates),
                    pick(brief.last_event.title, brief.last_event.title_en, lang),
                )
                if x
            )
        blocks: list[Block] = [
            _facts(
                [
                    (words.translate("Printing", "Other names"), " · ".join(others)),
                    (
                        words.translate("Printing", "Type"),
                        ", ".join(
                            x
                            for x in (
                                label("partner_kind", p.kind, words),
                                country(p.country, lang),
                            )
                            if x
                        ),
                    ),
                    (words.translate("Printing", "Belongs to"), named(p.parent, lang)),
                    (words.translate("Printing", "Relation"), relation),
                    (words.translate("Printing", "Agreements in force"), in_force),
                    (words.translate("Printing", "Previous event"), last),
                ]
            )
        ]
        if brief.contacts:
            blocks.append(contacts_table(brief.contacts, lang))
        sections.append(Section(heading_p, blocks, level=3))
    if data.agreements:
        sections.append(
            Section(
                words.translate("Printing", "Agreements concerned"),
                [agreements_table(data.agreements, lang)],
            )
        )
    if e.followups:
        sections.append(
            Section(
                words.translate("Printing", "Follow-ups"),
                [
                    Table(
                        [
                            words.translate("Printing", "Follow-up"),
                            words.translate("Printing", "Owner"),
                            words.translate("Printing", "Due"),
                            words.translate("Printing", "Status"),
                        ],
                        [
                            [
                                f.action,
                                f.owner,
                                date(f.due),
                                Cell(words.translate("Printing", "done"), "good")
                                if f.done
                                else Cell(words.translate("Printing", "open"), "warn"),
                            ]
                            for f in e.followups
                        ],
                        [52, 28, 10, 10],
                    )
                ],
            )
        )
    if e.notes:
        sections.append(Section(words.translate("Printing", "Notes"), [Paragraph(e.notes)]))
    return Printout(
        title=words.translate("Printing", "Event brief"),
        heading=heading,
        subtitle=[other] if other and other != heading else [],
        sections=sections,
        lang=lang,
        org_name=org_name,
        printed_on=data.today,
    )


# -- reports --------------------------------------------------------------------------------------
def _filters(country_code: str | None, lang: str, *more: str) -> str:
    words = translation(lang)
    parts = [m for m in more if m]
    if country_code:
        parts.append(
            words.translate("Printing", "Country: {country}").format(
                country=country(country_code, lang)
            )
        )
    return " · ".join(parts)


def expiring_report(
    data: ExpiringReport, lang: str, org_name: str, extra_filters: str = ""
) -> Printout:

    words = translation(lang)

    def table(lines: list[AgreementLine]) -> Table:
        return Table(
            [
                words.translate("Printing", "Valid to"),
                words.translate("Printing", "Agreement"),
                words.translate("Printing", "Partners"),
                words.translate("Printing", "Country"),
                words.translate("Printing", "Our side"),
            ],
            [
                [
                    Cell(date(a.valid_to), "warn" if a.status == "expiring" else "muted"),
                    pick(a.title, a.title_en, lang),
                    names(a.partners, lang),
                    "\n".join(country(c, lang) for c in a.countries),
                    named(a.our_side, lang),
                ]
                for a in lines
            ],
            [11, 40, 21, 10, 18],
        )

    sections = [
        Section(
            words.translate("Printing", "Expiring within {months} months").format(
                months=data.months
            ),
            _or_empty(
                data.expiring,
                lambda: table(data.expiring),
                words.translate("Printing", "No agreement expires in this period."),
            ),
        ),
        Section(
            words.translate("Printing", "Ended in the last {months} months, not renewed").format(
                months=data.months
            ),
            _or_empty(
                data.recently_expired,
                lambda: table(data.recently_expired),
                words.translate("Printing", "None."),
            ),
        ),
    ]
    subtitle = _filters(
        data.country,
        lang,
        words.translate("Printing", "As of {date}").format(date=day(data.today)),
        extra_filters,
    )
    return Printout(
        title=words.translate("Printing", "Report"),
        heading=words.translate("Printing", "Agreements expiring"),
        subtitle=[subtitle],
        sections=sections,
        lang=lang,
        org_name=org_name,
        printed_on=data.today,
    )


def delegation_report(data: DelegationReport, lang: str, org_name: str, today: dt.date) -> Printout:
    words = translation(lang)
    no_country = words.translate("Printing", "(no country)")

    def log(lines: list[EventLine], with_kind: bool = False) -> Table:
        if with_kind:
            columns = [
                words.translate("Printing", "Dates"),
                words.translate("Printing", "Event"),
                words.translate("Printing", "Type"),
            ]
            widths = [11, 31, 14, 16, 10, 18]
        else:
            columns = [
                words.translate("Printing", "Dates"),
                words.translate("Printing", "Delegation"),
            ]
            widths = [11, 35, 20, 12, 22]
        columns += [
            words.translate("Printing", "Led by"),
            words.translate("Printing", "Country"),
            words.translate("Printing", "Partners"),
        ]
        rows = []
        for e in lines:
            row: list[CellValue] = [date(e.dates), pick(e.title, e.title_en, lang)]
            if with_kind:
                row.append(label("event_kind", e.kind, words))
            row += [
                e.leader,
                "\n".join(country(c, lang) for c in event_countries(e)),
                names(e.partners, lang),
            ]
            rows.append(row)
        return Table(columns, rows, widths)

    counts = Table(
        [
            words.translate("Printing", "Country"),
            words.translate("Printing", "Outbound"),
            words.translate("Printing", "Inbound"),
            words.translate("Printing", "Other events"),
        ],
        [
            [country(c.country, lang) or no_country, str(c.outbound), str(c.inbound), str(c.other)]
            for c in data.by_country
        ],
        [46, 18, 18, 18],
        numeric=(1, 2, 3),
        total=[
            Cell(words.translate("Printing", "Total"), bold=True),
            Cell(str(len(data.outbound)), bold=True),
            Cell(str(len(data.inbound)), bold=True),
            Cell(str(len(data.other)), bold=True),
        ],
    )
    partners = Table(
        [
            words.translate("Printing", "Partner"),
            words.translate("Printing", "Country"),
            words.translate("Printing", "Outbound"),
            words.translate("Printing", "Inbound"),
            words.translate("Printing", "Other events"),
        ],
        [
            [
                named(c.partner, lang),
                country(c.country, lang),
                str(c.outbound),
                str(c.inbound),
                str(c.other),
            ]
            for c in data.by_partner
        ],
        [46, 18, 12, 12, 12],
        numeric=(2, 3, 4),
    )
    none = words.translate("Printing", "None in this period.")
    sections = [
        Section(
            words.translate("Printing", "Summary"),
            [
                _facts(
                    [
                        (
                            words.translate("Printing", "Outbound delegations"),
                            str(len(data.outbound)),
                        ),
                        (
                            words.translate("Printing", "Inbound delegations"),
                            str(len(data.inbound)),
                        ),
                        (
                            words.translate("Printing", "Other events"),
                            str(len(data.other)),
                        ),
                    ],
                    columns=3,
                )
            ],
        ),
        Section(
            words.translate("Printing", "By country"),
            _or_empty(data.by_country, lambda: counts, none),
        ),
        Section(
            words.translate("Printing", "By partner"),
            _or_empty(data.by_partner, lambda: partners, none),
        ),
        Section(
            words.translate("Printing", "Outbound delegations"),
            _or_empty(data.outbound, lambda: log(data.outbound), none),
        ),
        Section(
            words.translate("Printing", "Inbound delegations"),
            _or_empty(data.inbound, lambda: log(data.inbound), none),
        ),
        Section(
            words.translate("Printing", "Other events"),
            _or_empty(data.other, lambda: log(data.other, with_kind=True), none),
        ),
    ]
    subtitle = _filters(
        data.country,
        lang,
        words.translate("Printing", "Period: {start} – {end}").format(
            start=day(data.date_from), end=day(data.date_to)
        ),
    )
    return Printout(
        title=words.translate("Printing", "Report"),
        heading=words.translate("Printing", "Delegation log"),
        subtitle=[subtitle],
        sections=sections,
        lang=lang,
        org_name=org_name,
        printed_on=today,
        landscape=True,
    )


def directory_report(
    data: DirectoryReport, lang: str, org_name: str, today: dt.date, extra_filters: str = ""
) -> Printout:
    words = translation(lang)
    groups = sorted(
        data.groups,
        key=lambda g: (g.country == "", sort_key(country(g.country, lang))),
    )
    sections = []
    for group in groups:
        rows = []
        for entry in group.entries:
            p = entry.partner
            first = pick(p.name, p.name_en, lang)
            others = [n for n in (p.name, p.name_en, p.name_native) if n and n != first]
            relation = label("relation_kind", p.relation_kind, words)
            if p.relation_since:
                since = words.translate("Printing", "since {date}").format(
                    date=date(p.relation_since)
                )
                relation = f"{relation}, {since}" if relation else since
            contacts = "\n".join(
                ", ".join(x for x in (c.name, c.title, c.phone, c.email) if x)
                for c in entry.contacts
            )
            reach = "\n".join(x for x in (entry.website, entry.email, entry.phone) if x)
            rows.append(
                [
                    "\n".join([first, *others]),
                    label("partner_kind", p.kind, words),
                    relation,
                    str(entry.agreements_in_force) if entry.agreements_in_force else "",
                    date(entry.last_event),
                    contacts,
                    reach,
                ]
            )
        heading = country(group.country, lang) or words.translate(
            "Printing", "No country (international)"
        )
        sections.append(
            Section(
                f"{heading} ({len(group.entries)})",
                [
                    Table(
                        [
                            words.translate("Printing", "Partner"),
                            words.translate("Printing", "Type"),
                            words.translate("Printing", "Relation"),
                            words.translate("Printing", "In force"),
                            words.translate("Printing", "Last event"),
                            words.translate("Printing", "Contacts in post"),
                            words.translate("Printing", "Website, e-mail, phone"),
                        ],
                        rows,
                        [24, 12, 12, 7, 10, 18, 17],
                        numeric=(3,),
                        compact=False,  # the same columns in every country
                    )
                ],
            )
        )
    if not sections:
        sections.append(Section("", [_empty(words.translate("Printing", "No partner matches."))]))
    return Printout(
        title=words.translate("Printing", "Report"),
        heading=words.translate("Printing", "Partner directory"),
        subtitle=[
            _filters(
                data.country,
                lang,
                words.translate("Printing", "{n} partners").format(
                    n=sum(len(g.entries) for g in data.groups)
                ),
                extra_filters,
            )
        ],
        sections=sections,
        lang=lang,
        org_name=org_name,
        printed_on=today,
        landscape=True,
    )


def catalogue_report(data: CatalogueReport, lang: str, org_name: str) -> Printout:
    words = translation(lang)
    partners = Table(
        [
            words.translate("Printing", "Partner"),
            words.translate("Printing", "Other names"),
            words.translate("Printing", "Type"),
            words.translate("Printing", "Country"),
            words.translate("Printing", "Belongs to"),
            words.translate("Printing", "Relation"),
        ],
        [
            [
                pick(p.name, p.name_en, lang),
                "\n".join(
                    n
                    for n in (p.name, p.name_en, p.name_native)
                    if n != pick(p.name, p.name_en, lang) and n
                ),
                label("partner_kind", p.kind, words),
                country(p.country, lang),
                named(p.parent, lang),
                ", ".join(
                    x
                    for x in (
                        label("relation_kind", p.relation_kind, words),
                        words.translate("Printing", "since {date}").format(
                            date=date(p.relation_since)
                        )
                        if p.relation_since
                        else "",
                    )
                    if x
                ),
            ]
            for p in data.partners
        ],
        [26, 26, 13, 8, 14, 13],
    )
    status_counts = "; ".join(
        f"{label('status', s, words)}: {n}" for s, n in data.agreements_by_status.items() if n
    )
    sections = [
        Section(
            words.translate("Printing", "Summary"),
            [
                _facts(
                    [
                        (
                            words.translate("Printing", "Partners"),
                            str(len(data.partners)),
                        ),
                        (
                            words.translate("Printing", "Agreements"),
                            str(len(data.agreements)),
                        ),
                        (words.translate("Printing", "Events"), str(len(data.events))),
                        (
                            words.translate("Printing", "Agreements by status"),
                            status_counts,
                        ),
                    ],
                    columns=2,
                )
            ],
        ),
        Section(words.translate("Printing", "Partners"), [partners]),
        Section(
            words.translate("Printing", "Agreements"),
            [agreements_table(data.agreements, lang, partners=True)],
        ),
        Section(
            words.translate("Printing", "Events"),
            [events_table(data.events, lang, partners=True)],
        ),
    ]
    return Printout(
        title=words.translate("Printing", "Report"),
        heading=words.translate("Printing", "Whole catalogue"),
        subtitle=[words.translate("Printing", "As of {date}").format(date=day(data.today))],
        sections=sections,
        lang=lang,
        org_name=org_name,
        printed_on=data.today,
        landscape=True,
    )
