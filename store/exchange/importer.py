"""Importing rows of a spreadsheet: a plan first (a dry run), then one all-or-nothing transaction.

`plan()` reads every row into a record, resolves names, finds duplicates and rejects what cannot
be read, without writing anything. `apply()` takes a backup, then writes the accepted rows through
`repository.save_many` (what `save` does, a batch at a time) inside one
`Catalogue.transaction()`: a failure or a cancel from the progress callback rolls everything back.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from store import backups, repository
from store.catalogue import Catalogue
from store.dates import DateError
from store.exchange import columns as cols
from store.exchange import values
from store.exchange.files import Table
from store.kinds import SPECS
from store.progress import Cancelled, Progress
from store.records import (
    AGREEMENT_KINDS,
    EVENT_KINDS,
    PARTNER_KINDS,
    RELATION_KINDS,
    STAGES,
    Agreement,
    Contact,
    Event,
    OurSide,
    Partner,
)
from store.repository import NotFoundError
from store.text import fold, words
from store.validation import email

SKIP, FILL, CREATE = "skip", "fill", "create"
ON_DUPLICATE = (SKIP, FILL, CREATE)
ADD, UPDATE = "add", "update"
BATCH = 100  # rows written at a time when applying; progress is told after each batch
_CHOICES = {
    "partner_kind": PARTNER_KINDS,
    "relation_kind": RELATION_KINDS,
    "agreement_kind": AGREEMENT_KINDS,
    "event_kind": EVENT_KINDS,
    "stage": STAGES,
}
_TITLE = {"partner": "name", "agreement": "title", "event": "title", "contact": "name"}
# A column read by name → the attribute holding what it names.
_LINK_ATTR = {
    "parent": "parent_id",
    "partners": "partner_ids",
    "agreements": "agreement_ids",
    "our_side": "our_side_id",
}


class LayoutError(Exception):
    """The file as a whole cannot be imported. `code`: NO_TITLE_COLUMN, UNKNOWN_COLUMN, EMPTY."""

    NO_TITLE_COLUMN = "no_title_column"
    UNKNOWN_COLUMN = "unknown_column"
    EMPTY = "empty"

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}".strip(": "))
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Rejection:
    """A row left out, with its line in the file and why.

    `code`: required (no name/title), date (with `problem` unreadable, impossible or
    end_before_start), country, choice, field (unknown field of cooperation), number, yes_no,
    unknown_partner, ambiguous_partner, unknown_agreement, ambiguous_agreement, invalid (a rule
    of the record broken: `problem` is the validation code, e.g. email, url).
    """

    line: int
    code: str
    column: str = ""  # the header as written in the file
    value: str = ""
    problem: str = ""


@dataclass
class Row:
    """An accepted row: what will be written, and the names its links will be resolved from."""

    line: int
    action: str  # add, update or skip
    record: Any
    links: dict[str, list[str]] = field(default_factory=dict)  # column key → names
    existing_id: int | None = None
    partner: str = ""  # contacts: the partner's name
    creates: list[tuple[str, str]] = field(default_factory=list)  # ("partner" | "our_side", name)


@dataclass
class Layout:
    """How a sheet is read: its kind, the header row and which column holds what."""

    kind: str
    header_index: int
    headers: list[str]
    mapping: dict[int, str]  # column index → column key

    @property
    def header_line(self) -> int:
        return self.header_index + 1


@dataclass
class Plan:
    layout: Layout
    rows: list[Row] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    new_partners: list[str] = field(default_factory=list)
    new_our_side: list[str] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return self.layout.kind

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)


@dataclass(frozen=True)
class Options:
    kind: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)  # header → column key ("" ignores it)
    # Column index → key, replacing the guess entirely (the app's mapping table).
    columns: dict[int, str] | None = None
    on_duplicate: str = SKIP
    create_partners: bool = False
    vocabulary: values.Vocabulary = field(default_factory=values.Vocabulary)


# -- layout -----------------------------------------------------------------------------------------
def layout(table: Table, options: Options) -> Layout:
    """Find the header row, the kind (unless given) and the column of each field."""
    if not any(any(values.text(c) for c in row) for row in table.rows):
        raise LayoutError(LayoutError.EMPTY)
    index = cols.find_header_row(table.rows)
    headers = [values.text(c) for c in table.rows[index]]
    kind = options.kind or cols.guess_kind(list(headers))
    if options.columns is not None:
        mapping = {i: k for i, k in options.columns.items() if k}
    else:
        mapping = cols.guess_mapping(kind, list(headers))
    for header, key in options.mapping.items():
        positions = [
            i for i, h in enumerate(headers) if cols.folded_header(h) == cols.folded_header(header)
        ]
        if not positions:
            raise LayoutError(LayoutError.UNKNOWN_COLUMN, header)
        if key and key not in {c.key for c in cols.COLUMNS[kind]}:
            raise LayoutError(LayoutError.UNKNOWN_COLUMN, f"{header}={key}")
        for i in positions:
            for other, taken in list(mapping.items()):
                if taken == key:
                    del mapping[other]
            if key:
                mapping[i] = key
            else:
                mapping.pop(i, None)
    if _TITLE[kind] not in mapping.values() or (
        kind == "contact" and "partner" not in mapping.values()
    ):
        raise LayoutError(LayoutError.NO_TITLE_COLUMN, kind)
    return Layout(kind, index, headers, dict(sorted(mapping.items())))


# -- names ------------------------------------------------------------------------------------------
def name_key(name: str) -> str:
    """A name as matched: no case, accents or punctuation ("ile de france" = "Île-de-France")."""
    return " ".join(words(fold(name)))


class Names:
    """Records found by folded name (partners by any of their names, agreements by title)."""

    def __init__(self, cat: Catalogue, table: str, name_columns: tuple[str, ...]) -> None:
        self.ids: dict[str, set[int]] = {}
        for row in cat.db.execute(
            f"SELECT id, {', '.join(name_columns)} FROM {table} WHERE deleted_at IS NULL"
        ):
            for name in row[1:]:
                self.add(name, row[0])

    def add(self, name: str, record_id: int) -> None:
        if name_key(name):
            self.ids.setdefault(name_key(name), set()).add(record_id)

    def find(self, name: str) -> set[int]:
        return self.ids.get(name_key(name), set())


def _partner_names(cat: Catalogue) -> Names:
    return Names(cat, "partners", ("name", "name_en", "name_native"))


def _split_names(cell: object, names: Names, extra: set[str]) -> list[str]:
    """Names in a cell; commas inside a known name do not split it."""
    return values.split(cell, lambda name: bool(names.find(name)) or name_key(name) in extra)


# -- plan -------------------------------------------------------------------------------------------
@dataclass
class _Lookups:
    """What a plan resolves names against: the catalogue, and partners named by this file."""

    cat: Catalogue
    options: Options
    plan: Plan
    partners: Names
    agreements: Names
    fields: values.FieldNames
    in_file: set[str]  # partner rows of this very file (for "part of")
    columns: list[tuple[int, cols.Column, str]]  # (position, column, header) of each mapped cell


def plan(cat: Catalogue, table: Table, options: Options, progress: Progress | None = None) -> Plan:
    """Read every row into a record and decide what importing would do; writes nothing.

    `progress(done, total)` is told every 100 rows; when it returns False, Cancelled is raised.
    """
    result = Plan(layout(table, options))
    kind = result.kind
    in_file: set[str] = set()
    if kind == "partner" and "parent" in result.layout.mapping.values():
        name_column = next(i for i, k in result.layout.mapping.items() if k == "name")
        in_file = {
            name_key(values.text(r[name_column]))
            for r in table.rows[result.layout.header_index + 1 :]
            if name_column < len(r)
        }
    lookups = _Lookups(
        cat,
        options,
        result,
        _partner_names(cat),
        Names(cat, "agreements", ("title", "title_en")),
        values.FieldNames(cat),
        in_file,
        [
            (position, cols.column(kind, key), result.layout.headers[position])
            for position, key in result.layout.mapping.items()
        ],
    )
    existing = _duplicate_keys(cat, kind)
    planned: dict[tuple, Row] = {}
    created: dict[str, set[str]] = {"partner": set(), "our_side": set()}  # names, folded
    first = result.layout.header_index + 1
    for index in range(first, len(table.rows)):
        quiet = (index - first) % 100 or progress is None
        if not quiet and not progress(index - first, len(table.rows) - first):
            raise Cancelled
        cells = table.rows[index]
        if not any(values.text(c) for c in cells):
            continue  # blank lines are not rows
        row = Row(index + 1, ADD, _record_type(kind)())
        problem = _read_row(row, cells, lookups)
        if problem:
            result.rejected.append(problem)
            continue
        for what, name in row.creates:  # only for accepted rows
            if name_key(name) not in created[what]:
                created[what].add(name_key(name))
                (result.new_partners if what == "partner" else result.new_our_side).append(name)
        if kind == "contact":
            row.partner = row.links.pop("partner")[0]
        key = _key(kind, row)
        duplicate = planned.get(key)
        existing_id = existing.get(key)
        if options.on_duplicate == CREATE or (duplicate is None and existing_id is None):
            planned.setdefault(key, row)
        elif options.on_duplicate == SKIP:
            row.action = SKIP
            row.existing_id = existing_id
        elif duplicate is not None:  # fill a row planned earlier in this file
            _fill(duplicate.record, row.record, duplicate.links, row.links)
            row.action = SKIP
        else:
            _plan_fill(cat, kind, row, existing_id)
            planned[key] = row  # later rows for the same record fill this one
        result.rows.append(row)
    return result


def _read_row(row: Row, cells: list, lookups: _Lookups) -> Rejection | None:
    """Read a row's cells into `row`; the first problem found rejects it."""
    layout_ = lookups.plan.layout
    kind = layout_.kind
    for position, column, header in lookups.columns:
        cell = cells[position] if position < len(cells) else None
        try:
            _read(row, column, cell, lookups.options, lookups.fields)
        except DateError as error:
            return Rejection(row.line, "date", header, values.text(cell), error.code)
        except values.CellError as error:
            return Rejection(row.line, error.code, header, values.text(cell))
        problem = _read_links(row, column, cell, header, lookups)
        if problem:
            return problem
    title_key = _TITLE[kind]
    if not getattr(row.record, title_key).strip():
        return Rejection(row.line, "required", _header(layout_, title_key))
    if kind == "contact" and not row.links.get("partner"):
        return Rejection(row.line, "required", _header(layout_, "partner"))
    return _validate(lookups.cat, kind, row, layout_)


def _read_links(
    row: Row, column: cols.Column, cell: object, header: str, lookups: _Lookups
) -> Rejection | None:
    """Names of linked records, kept in `row.links` and checked to resolve when applied."""
    if column.type in (cols.PARTNER, cols.PARTNERS):
        if column.type == cols.PARTNER:
            names = [values.text(cell)] if values.text(cell) else []
        else:
            names = _split_names(cell, lookups.partners, lookups.in_file)
        for name in names:
            found = lookups.partners.find(name)
            if len(found) > 1:
                return Rejection(row.line, "ambiguous_partner", header, name)
            if not found and name_key(name) not in lookups.in_file:
                if not lookups.options.create_partners:
                    return Rejection(row.line, "unknown_partner", header, name)
                row.creates.append(("partner", name))
    elif column.type == cols.AGREEMENTS:
        names = _split_names(cell, lookups.agreements, set())
        for name in names:
            found = lookups.agreements.find(name)
            if len(found) != 1:
                code = "ambiguous_agreement" if found else "unknown_agreement"
                return Rejection(row.line, code, header, name)
    elif column.type == cols.OUR_SIDE:
        names = [values.text(cell)] if values.text(cell) else []
        row.creates += [("our_side", n) for n in names if not _our_side_id(lookups.cat, n)]
    else:
        return None
    if names:
        row.links[column.key] = names
    return None


def _record_type(kind: str) -> type:
    return {"partner": Partner, "agreement": Agreement, "event": Event, "contact": Contact}[kind]


def _header(layout_: Layout, key: str) -> str:
    return next((layout_.headers[i] for i, k in layout_.mapping.items() if k == key), key)


def _read(
    row: Row, column: cols.Column, cell: object, options: Options, fields: values.FieldNames
) -> None:
    record = row.record
    kind = column.type
    if kind == cols.TEXT:
        setattr(record, column.key, values.unneutralise(values.text(cell)))
    elif kind == cols.DATE:
        setattr(record, column.key, values.date(cell))
    elif kind == cols.COUNTRY:
        setattr(record, column.key, values.country(cell))
    elif kind == cols.CHOICE:
        if values.text(cell):
            code = options.vocabulary.code(column.group, values.text(cell), _CHOICES[column.group])
            if code is None:
                raise values.CellError("choice")
            setattr(record, column.key, code)
    elif kind == cols.FIELDS:
        codes = []
        for name in values.split(cell, lambda name: fields.code(name) is not None):
            code = fields.code(name)
            if code is None:
                raise values.CellError("field")
            codes.append(code)
        record.fields = codes
    elif kind == cols.INT:
        setattr(record, column.key, values.number(cell))
    elif kind == cols.BOOL:
        flag = values.yes_no(cell)
        if flag is not None:
            setattr(record, column.key, flag)


def _validate(cat: Catalogue, kind: str, row: Row, layout_: Layout) -> Rejection | None:
    # Contacts are checked inside their partner's form; here only what a contact row holds.
    found = (
        email("email", row.record.email)
        if kind == "contact"
        else SPECS[kind].validate(cat, row.record)
    )
    for problem in found:
        key = problem.field.split(".")[0]
        header = _header(layout_, key)
        return Rejection(row.line, "invalid", header, _shown(row.record, key), problem.code)
    return None


def _shown(record: Any, key: str) -> str:
    value = getattr(record, key, "")
    return "" if value is None else str(value)


def _key(kind: str, row: Row) -> tuple:
    """What makes two rows the same record: folded name and country for partners …"""
    r = row.record
    if kind == "partner":
        return (name_key(r.name), r.country)
    if kind == "agreement":
        return (name_key(r.title), r.signed_on.iso if r.signed_on else "")
    if kind == "event":
        return (name_key(r.title), r.dates.iso if r.dates else "")
    return (name_key(row.partner), name_key(r.name))


def _duplicate_keys(cat: Catalogue, kind: str) -> dict[tuple, int]:
    keys: dict[tuple, int] = {}
    if kind == "partner":
        sql = "SELECT id, name, country FROM partners WHERE deleted_at IS NULL"
    elif kind == "agreement":
        sql = "SELECT id, title, coalesce(signed_on, '') FROM agreements WHERE deleted_at IS NULL"
    elif kind == "event":
        sql = """SELECT id, title, CASE WHEN starts_on IS NULL THEN ''
                 WHEN ends_on IS NULL OR ends_on = starts_on THEN starts_on
                 ELSE starts_on || '/' || ends_on END FROM events WHERE deleted_at IS NULL"""
    else:
        sql = """SELECT c.id, p.name, c.name FROM contacts c JOIN partners p ON p.id = c.partner_id
                 WHERE p.deleted_at IS NULL"""
        for record_id, partner, name in cat.db.execute(sql):
            keys.setdefault((name_key(partner), name_key(name)), record_id)
        return keys
    for record_id, name, second in cat.db.execute(sql):
        keys.setdefault((name_key(name), second or ""), record_id)
    return keys


def _empty(value: Any) -> bool:
    return value in (None, "", []) or value is False


def _fill(target: Any, source: Any, target_links: dict, source_links: dict) -> bool:
    """Copy into `target` the values it lacks; True when anything was filled."""
    filled = False
    for name in vars(source):
        if name in ("id", "uuid", "version") or name.endswith(("_at", "_by")):
            continue
        if _empty(getattr(target, name)) and not _empty(getattr(source, name)):
            setattr(target, name, getattr(source, name))
            filled = True
    for key, names in source_links.items():
        if not target_links.get(key):
            target_links[key] = names
            filled = True
    return filled


def _plan_fill(cat: Catalogue, kind: str, row: Row, existing_id: int | None) -> None:
    assert existing_id is not None
    if kind == "contact":
        partner_id = cat.db.execute(
            "SELECT partner_id FROM contacts WHERE id = ?", [existing_id]
        ).fetchone()[0]
        stored = repository.load(cat, SPECS["partner"], partner_id)
        current = next(c for c in stored.contacts if c.id == existing_id)
        target = replace(current)
        links: dict[str, list[str]] = {}
    else:
        target = repository.load(cat, SPECS[kind], existing_id)
        links = {key: [] for key in row.links if getattr(target, _LINK_ATTR[key]) in (None, [])}
    filled = _fill(target, row.record, links, row.links)
    row.record, row.links, row.existing_id = (
        target,
        {k: v for k, v in links.items() if v},
        existing_id,
    )
    row.action = UPDATE if filled else SKIP


def _our_side_id(cat: Catalogue, name: str) -> int | None:
    for record_id, stored, stored_en in cat.db.execute(
        "SELECT id, name, name_en FROM our_side WHERE deleted_at IS NULL"
    ):
        if name_key(name) in (name_key(stored), name_key(stored_en)):
            return record_id
    return None


# -- apply ------------------------------------------------------------------------------------------


@dataclass
class Result:
    added: int = 0
    updated: int = 0
    skipped: int = 0
    backup: Path | None = None


def apply(
    cat: Catalogue,
    plan_: Plan,
    progress: Progress | None = None,
    backup_folder: Path | None = None,
    backup: bool = True,
) -> Result:
    """Write the plan's accepted rows in one transaction, after a backup.

    Rows are written BATCH at a time through `repository.save_many` (what `save` does for each,
    with fewer statements); `progress(done, total)` is told after each batch, and returning False
    cancels: nothing is written (Cancelled is raised). Any error also leaves the catalogue as it was.
    """
    result = Result()
    if backup:
        result.backup = backups.make(cat, backup_folder, reason="import")
    kind = plan_.kind
    total = len(plan_.rows)
    with cat.transaction():
        partners = _partner_names(cat)
        created = [Partner(name=name) for name in plan_.new_partners]
        for name, stored in zip(
            plan_.new_partners, repository.save_many(cat, SPECS["partner"], created), strict=True
        ):
            partners.add(name, stored.id)
        our_side = [OurSide(name=name) for name in plan_.new_our_side]
        repository.save_many(cat, SPECS["our_side"], our_side)
        agreements = Names(cat, "agreements", ("title", "title_en"))
        parents: list[tuple[int, str]] = []
        with_parents = kind == "partner" and any("parent" in row.links for row in plan_.rows)
        for start in range(0, total, BATCH):
            batch = plan_.rows[start : start + BATCH]
            written = [row for row in batch if row.action != SKIP]
            if kind == "contact":  # rows of one partner follow each other
                stored_ids = [_write_contact(cat, row, partners) for row in written]
            else:
                records = [_linked(cat, row, partners, agreements) for row in written]
                stored_ids = [r.id for r in repository.save_many(cat, SPECS[kind], records)]
            for row, stored_id in zip(written, stored_ids, strict=True):
                if with_parents:  # parents are found by name among these partners too
                    partners.add(row.record.name, stored_id)
                    if "parent" in row.links:
                        parents.append((stored_id, row.links["parent"][0]))
            result.added += sum(1 for row in written if row.action == ADD)
            result.updated += sum(1 for row in written if row.action == UPDATE)
            result.skipped += len(batch) - len(written)
            if progress is not None and progress(start + len(batch), total) is False:
                raise Cancelled
        # Parents may come later in the file than the partners part of them.
        children = repository.load_many(cat, SPECS["partner"], [i for i, _ in parents])
        for record, (_, parent) in zip(children, parents, strict=True):
            record.parent_id = _one(partners.find(parent))
        repository.save_many(cat, SPECS["partner"], children)
    return result


def _one(ids: set[int]) -> int:
    if len(ids) != 1:
        raise NotFoundError  # a name that resolved when planning: the catalogue changed since
    return next(iter(ids))


def _write_contact(cat: Catalogue, row: Row, partners: Names) -> int:
    """Add or update a contact in its partner (saved whole, as its form saves it)."""
    record = row.record
    partner = repository.load(cat, SPECS["partner"], _one(partners.find(row.partner)))
    if row.action == ADD:
        partner.contacts.append(record)
    else:
        partner.contacts = [record if c.id == record.id else c for c in partner.contacts]
    return repository.save(cat, SPECS["partner"], partner).id


def _linked(cat: Catalogue, row: Row, partners: Names, agreements: Names) -> Any:
    """The row's record with its links by name resolved (a parent waits for every row)."""
    record = row.record
    for key, names in row.links.items():
        if key == "partners":
            record.partner_ids = [_one(partners.find(n)) for n in names]
        elif key == "agreements":
            record.agreement_ids = [_one(agreements.find(n)) for n in names]
        elif key == "our_side":
            record.our_side_id = _our_side_id(cat, names[0])
    return record
