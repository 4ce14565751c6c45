"""The list tabs' queries: ids in SQL order under a filter, then the rows of a page of ids.

Nothing here walks every row in Python: filtering and sorting are SQL, and a view asks for the
rows it shows.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from store import countries, sort_keys
from store.catalogue import Catalogue
from store.records import AGREEMENT_KINDS, EVENT_KINDS, PARTNER_KINDS, STATUSES
from store.search import ids_matching
from store.status import (
    DEFAULT_WINDOW_MONTHS,
    status_conditions,
    status_order_sql,
    status_sql,
)
from store.text import sort_key

COLUMNS: dict[str, tuple[str, ...]] = {
    "partner": ("name", "country", "kind", "relation_since", "agreements_in_force", "last_event"),
    "agreement": ("title", "partners", "kind", "signed_on", "valid_to", "status"),
    "event": ("dates", "title", "kind", "place", "partners"),
}
_KIND_ORDER = {"partner": PARTNER_KINDS, "agreement": AGREEMENT_KINDS, "event": EVENT_KINDS}


@dataclass
class Filter:
    text: str = ""
    country: str = ""
    kind: str = ""
    status: str = ""
    field: str = ""
    date_from: str = ""  # ISO partial dates; the range keeps records that overlap it
    date_to: str = ""
    in_force_only: bool = False

    def is_empty(self) -> bool:
        return self == Filter()


@dataclass(frozen=True)
class Context:
    """What list values depend on besides the data: today, the expiry window, the language."""

    lang: str = "vi"
    today: dt.date | None = None
    window_months: int = DEFAULT_WINDOW_MONTHS

    def status(self, alias: str) -> str:
        return status_sql(alias, self.today, self.window_months)


def _ensure_country_keys(cat: Catalogue) -> None:
    """A per-connection table of country sort keys in both languages, for ORDER BY country."""
    if cat.db.execute("SELECT 1 FROM temp.sqlite_master WHERE name = 'country_keys'").fetchone():
        return
    cat.db.execute("CREATE TEMP TABLE country_keys (code TEXT PRIMARY KEY, vi TEXT, en TEXT)")
    en = countries.names("en")
    vi = countries.names("vi")
    cat.db.conn.executemany(
        "INSERT INTO temp.country_keys VALUES (?, ?, ?)",
        [(code, sort_key(vi.get(code, code)), sort_key(name)) for code, name in en.items()],
    )


def _status_is(cat: Catalogue, ctx: Context, alias: str, codes: tuple[str, ...]) -> str:
    """Agreement row `alias` has one of the status `codes`: from the kept status and indexed
    date ranges (migration 0005), else (a read-only file not migrated) computed row by row."""
    if sort_keys.counted_on(cat.db) is None:
        return f"{ctx.status(alias)} IN ({', '.join(repr(code) for code in codes)})"
    conditions = status_conditions(alias, ctx.today, ctx.window_months)
    return "(" + " OR ".join(f"({conditions[code]})" for code in codes) + ")"


IN_FORCE = ("in_force", "expiring")


def _order_expression(kind: str, column: str, ctx: Context) -> str:
    lang = "vi" if ctx.lang == "vi" else "en"
    kinds = " ".join(f"WHEN '{code}' THEN {i}" for i, code in enumerate(_KIND_ORDER[kind]))
    kind_order = f"(CASE t.kind {kinds} ELSE 99 END)"
    country = f"(SELECT k.{lang} FROM temp.country_keys k WHERE k.code = t.country)"
    expressions = {
        "partner": {
            "name": "t.name_key",
            "country": country,
            "kind": kind_order,
            "relation_since": "t.relation_since",
            "agreements_in_force": sort_keys.in_force_count_sql("t", ctx.today),
            "last_event": "t.last_event_on",  # kept by store/sort_keys.py
        },
        "agreement": {
            "title": "t.name_key",
            "partners": "t.partners_key",
            "kind": kind_order,
            "signed_on": "t.signed_on",
            "valid_to": "t.valid_to",
            "status": status_order_sql(ctx.status("t")),
        },
        "event": {
            "dates": "t.starts_on",
            "title": "t.name_key",
            "kind": kind_order,
            "place": country,  # then the city (list_ids)
            "partners": "t.partners_key",
        },
    }
    return expressions[kind][column]


def _where(cat: Catalogue, kind: str, flt: Filter, ctx: Context) -> tuple[list[str], list[Any]]:
    """The filter as SQL conditions on `t`. Conditions on linked records are written as sets
    found through their indexes (`t.id IN (…)`), not tested record by record."""
    clauses, params = ["t.deleted_at IS NULL"], []
    matching = ids_matching(kind, flt.text)
    if flt.text.strip() and matching is None:
        clauses.append("0")  # only punctuation typed: nothing can match
    elif matching:
        clauses.append(f"t.id IN ({matching[0]})")
        params += matching[1]
    if flt.kind:
        clauses.append("t.kind = ?")
        params.append(flt.kind)
    if flt.country:
        partner_country = (
            "SELECT l.{own} FROM partners p JOIN {link} l ON l.partner_id = p.id "
            "WHERE p.country = ?"
        )
        if kind == "partner":
            clauses.append("t.country = ?")
            params.append(flt.country)
        elif kind == "agreement":
            link = partner_country.format(link="agreement_partners", own="agreement_id")
            clauses.append(f"t.id IN ({link})")
            params.append(flt.country)
        else:  # held there, or with a partner of that country
            link = partner_country.format(link="event_partners", own="event_id")
            clauses.append(
                "t.id IN (SELECT id FROM events WHERE country = ? AND deleted_at IS NULL "
                f"UNION {link})"
            )
            params += [flt.country, flt.country]
    if flt.field:
        if kind == "partner":
            clauses.append("t.id IN (SELECT partner_id FROM partner_fields WHERE field_code = ?)")
        elif kind == "agreement":
            clauses.append(
                "t.id IN (SELECT agreement_id FROM agreement_fields WHERE field_code = ?)"
            )
        else:
            clauses.append(
                "t.id IN (SELECT l.event_id FROM event_agreements l JOIN agreement_fields f "
                "ON f.agreement_id = l.agreement_id WHERE f.field_code = ?)"
            )
        params.append(flt.field)
    if flt.status and kind == "agreement":
        known = flt.status in STATUSES
        clauses.append(_status_is(cat, ctx, "t", (flt.status,)) if known else "0")
    if flt.in_force_only:
        if kind == "agreement":
            clauses.append(_status_is(cat, ctx, "t", IN_FORCE))
        elif kind == "partner" and _indexed(cat, "agreements_in_force", ctx):
            clauses.append("t.in_force_count > 0")
        else:
            link, own = ("agreement_partners", "partner_id")
            if kind == "event":
                link, own = ("event_agreements", "event_id")
            clauses.append(
                f"t.id IN (SELECT l.{own} FROM agreements a JOIN {link} l ON l.agreement_id = "
                f"a.id WHERE a.deleted_at IS NULL AND {_status_is(cat, ctx, 'a', IN_FORCE)})"
            )
    # Dates compare as ISO text: a partial end padded with "~" stands for its last day. The end
    # is written as migration 0006 indexes it.
    start, end = {
        "partner": ("t.relation_since", "t.relation_since"),
        "agreement": (
            "coalesce(t.valid_from, t.signed_on)",
            "coalesce(t.valid_to, t.valid_from, t.signed_on, '9999')",
        ),
        "event": ("t.starts_on", "t.ends_on"),
    }[kind]
    if flt.date_to:
        clauses.append(f"{start} <= ?")
        params.append(flt.date_to + "~")
    if flt.date_from:
        clauses.append(f"{end} || '~' >= ?")
        params.append(flt.date_from)
    return clauses, params


TABLES = {"partner": "partners", "agreement": "agreements", "event": "events"}


def list_ids(
    cat: Catalogue,
    kind: str,
    flt: Filter | None = None,
    order: str | None = None,
    descending: bool = False,
    ctx: Context | None = None,
) -> list[int]:
    """Ids of the live records of `kind` that pass `flt`, sorted in SQL by column `order`."""
    flt, ctx = flt or Filter(), ctx or Context()
    column = order or COLUMNS[kind][0]
    if column == "country" or column == "place":
        _ensure_country_keys(cat)
    clauses, params = _where(cat, kind, flt, ctx)
    direction = "DESC" if descending else "ASC"
    nulls = "NULLS LAST"  # an empty date or country sorts after the others either way
    # Ties: the city (for a place), then the name, in the same direction.
    ties = ["t.city", "t.name_key", "t.id"] if column == "place" else ["t.name_key", "t.id"]
    sql = (
        f"SELECT t.id FROM {TABLES[kind]} t WHERE {' AND '.join(clauses)} "
        f"ORDER BY {_order_expression(kind, column, ctx)} {direction} {nulls}, "
        + ", ".join(f"{tie} {direction}" for tie in ties)
    )
    return [row[0] for row in cat.db.execute(sql, params)]


# Orders that indexes serve (migrations 0003–0005), as consecutive runs each read from an index
# in order: a page is then read straight from the index, so a list of a million rows sorts,
# scrolls and jumps to its end at once. Values computed from linked records or from today are
# kept in columns (store/sort_keys.py). Other orders read their whole ordered list of ids once.
_PLAIN: dict[str, dict[str, str]] = {
    "partner": {
        "name": "name_key",
        "relation_since": "relation_since",
        "last_event": "last_event_on",
        "agreements_in_force": "in_force_count",  # counted for the day `sort_keys.counted_on`
    },
    "agreement": {
        "title": "name_key",
        "signed_on": "signed_on",
        "valid_to": "valid_to",
        "partners": "partners_key",
    },
    "event": {"dates": "starts_on", "title": "name_key", "partners": "partners_key"},
}
PAGED: dict[str, tuple[str, ...]] = {
    "partner": (*_PLAIN["partner"], "kind", "country"),
    "agreement": (*_PLAIN["agreement"], "kind", "status"),
    "event": (*_PLAIN["event"], "kind", "place"),
}
_NAME = ("t.name_key", "t.id")
MANY_HITS = 5000  # matches past which a page is found by walking the order's index
FEW_RUNS = 16  # orders of more runs (countries) count a filter's matches run by run


@dataclass(frozen=True)
class _Run:
    """Records that sort together, read in `keys` order (all in the list's direction)."""

    condition: str
    params: tuple[Any, ...]
    keys: tuple[str, ...]
    # Counted as all records less the other runs: its own condition needs no index range.
    derived: bool = False
    # The condition as no index can answer it, for pages of a run of `MANY_HITS` records or
    # more (SQLite then walks the order's index instead of sorting the whole run for each
    # page) and for counting under a filter (see `_count_in_one_pass`).
    opaque: str = ""
    # For the run of codes not known: the field and the known codes, sorted; it is counted as
    # the records with no value or a value between two known codes (ranges of the index).
    gaps: tuple[str, tuple[str, ...]] | None = None


def _runs(kind: str, column: str, descending: bool, ctx: Context) -> list[_Run]:
    """The order of `column` as runs, in the order they are listed; empty values last."""
    if column in _PLAIN[kind]:
        value = f"t.{_PLAIN[kind][column]}"
        keys = _NAME if value == "t.name_key" else (value, *_NAME)
        # Counting the records with a value would walk the wide sort index: derived instead.
        return [
            _Run(f"{value} IS NOT NULL", (), keys, derived=True),
            _Run(f"{value} IS NULL", (), _NAME),
        ]
    if column == "status":
        # One run per status, in their order; in force (no one range of an index holds it) is
        # counted as the rest.
        conditions = status_conditions("t", ctx.today, ctx.window_months)
        opaque = status_conditions("+t", ctx.today, ctx.window_months)  # "+t.column"
        runs = [
            _Run(conditions[code], (), _NAME, code == "in_force", opaque[code]) for code in STATUSES
        ]
        return runs[::-1] if descending else runs
    # One run per code, in the codes' order (kinds: as listed; countries: by name in the UI
    # language, an event's place then by city); codes not known come last, as in list_ids.
    keys = ("t.city", *_NAME) if column == "place" else _NAME
    if column == "kind":
        codes = list(_KIND_ORDER[kind])
        field, unknown_last = "t.kind", False
    else:
        codes = list(countries.names("vi" if ctx.lang == "vi" else "en"))
        field, unknown_last = "t.country", True
    runs = [_Run(f"{field} = ?", (code,), keys) for code in codes]
    others = _Run(
        f"coalesce({field}, '') NOT IN ({', '.join('?' * len(codes))})",
        tuple(codes),
        keys,
        gaps=(field, tuple(sorted(codes))),
    )
    if not descending:
        return [*runs, others]
    # Descending: a kind not known sorts as the highest (list_ids' CASE … ELSE 99); a country
    # not known has no name and stays last (NULLS LAST).
    return [*runs[::-1], others] if unknown_last else [others, *runs[::-1]]


class Listing:
    """The records a list shows, in order: how many, the ids of a slice, where a record is."""

    def count(self) -> int:
        raise NotImplementedError

    def ids(self, start: int, stop: int) -> list[int]:
        raise NotImplementedError

    def position(self, record_id: int) -> int | None:
        raise NotImplementedError

    def all_ids(self) -> list[int]:
        return self.ids(0, self.count())


class _ReadOnce(Listing):
    """The whole ordered list of ids, read at once (8 bytes an id: a million take 8 MB)."""

    def __init__(self, ids: Iterable[int]) -> None:
        self._ids = array("q", ids)

    def count(self) -> int:
        return len(self._ids)

    def ids(self, start: int, stop: int) -> list[int]:
        return self._ids[start:stop].tolist()

    def position(self, record_id: int) -> int | None:
        try:
            return self._ids.index(record_id)  # a scan in C: milliseconds for a million
        except ValueError:
            return None


class _Paged(Listing):
    """Pages read from indexes in SQL (LIMIT/OFFSET), one run after another (see `_runs`)."""

    def __init__(
        self,
        cat: Catalogue,
        kind: str,
        flt: Filter,
        column: str,
        descending: bool,
        ctx: Context,
        total: int | None = None,
    ) -> None:
        self.cat = cat
        hits = self._matches_once(kind, flt, ctx)
        self.filtered = hits is not None
        self.base = f"FROM {TABLES[kind]} t WHERE t.deleted_at IS NULL"
        if hits:
            self.base += f" AND t.id IN (SELECT id FROM {hits})"
        # Pages are read through the order's index; with many matches SQLite would rather sort
        # them all for each page, so the match test is made opaque to it ("+t.id"), which keeps
        # it walking the index in order (1.6 ms instead of 30 for 27,000 matches in a million).
        # With fewer matches, SQLite is made to start from them (CROSS JOIN keeps the order of
        # the join), not from the index of another filter, checking each entry against them.
        self.page_base = self.pass_base = self.base  # pass: see `_pass_over_matches`
        many = hits and cat.db.execute(f"SELECT count(*) FROM {hits}").fetchone()[0] >= MANY_HITS
        self.walks = bool(many)
        if many:
            in_hits = f"t.id IN (SELECT id FROM {hits})"
            self.page_base = self.base.replace(in_hits, f"+{in_hits}")
        elif hits:
            table = f"FROM {TABLES[kind]} t WHERE "
            self.page_base = self.pass_base = self.base.replace(
                table, f"FROM {hits} h CROSS JOIN {TABLES[kind]} t WHERE t.id = h.id AND "
            )
        self.descending = descending
        self.runs = _runs(kind, column, descending, ctx)
        self.spans: list[tuple[Any, Any]] = [(None, None)] * len(self.runs)
        # Counted when a page or a position needs them (see `_size`), unless one pass over a
        # filter's matches counts them all at once.
        self.sizes: list[int | None] = [None] * len(self.runs)
        searched_only = replace(flt, text="").is_empty()
        if (
            hits
            and len(self.runs) <= FEW_RUNS
            and (not searched_only or any(run.opaque for run in self.runs))
        ):
            # Under a filter, ranges of the runs' indexes would be checked row by row against
            # it, once per run: one pass over the matches counts every run. (A run per country
            # would make that pass test hundreds of conditions per match: those are counted
            # each through its index instead. A search's matches are spread over every order,
            # so as you type they are counted straight from the search's table.)
            counted, self.spans = self._pass_over_matches()
            self.sizes, self.total = list(counted), sum(counted)
            return
        if hits:  # live records only: the matches are the rows
            total = cat.db.execute(f"SELECT count(*) FROM {hits}").fetchone()[0]
        elif total is None:
            total = self._count("1")
        self.total = total  # the first and the last page need only the runs at their end

    def _matches_once(self, kind: str, flt: Filter, ctx: Context) -> str | None:
        """The ids of the live records passing `flt`, found once into a temporary table: the
        counts, pages and positions then look them up instead of testing every record again.
        None when nothing is filtered."""
        if replace(flt, text=flt.text.strip()).is_empty():
            return None
        matching = ids_matching(kind, flt.text)
        if replace(flt, text="").is_empty() and matching is not None:
            # Only text typed: the search index holds live records only (a record moved to the
            # Trash leaves it), so the matches need no look-up in the table.
            select, params = matching
        else:
            clauses, params = _where(self.cat, kind, flt, ctx)
            select = f"SELECT t.id FROM {TABLES[kind]} t WHERE {' AND '.join(clauses)}"
        table = f"temp.list_hits_{kind}"
        self.cat.db.execute(f"DROP TABLE IF EXISTS {table}")
        self.cat.db.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY)")
        self.cat.db.execute(f"INSERT OR IGNORE INTO {table} {select}", params)
        return table

    def _pass_over_matches(self) -> tuple[list[int], list[tuple[Any, Any]]]:
        """Per run, how many matches it holds and the span of its first key among them: a
        page walking the order's index starts where the matches start (a period filter keeps
        one stretch of a date order, which the walk would otherwise reach from the far end)."""
        which = " ".join(
            f"WHEN {run.opaque or run.condition} THEN {i}" for i, run in enumerate(self.runs)
        )
        first = " ".join(
            f"WHEN {run.opaque or run.condition} THEN {run.keys[0]}" for run in self.runs
        )
        params = [p for run in self.runs for p in run.params]
        # A run's first key is never empty (a value's run holds the records that have one;
        # names and cities are NOT NULL), so the span leaves no match out.
        sql = (
            f"SELECT CASE {which} END, count(*), min(CASE {first} END), max(CASE {first} END) "
            f"{self.pass_base} GROUP BY 1"
        )
        sizes, spans = [0] * len(self.runs), [(None, None)] * len(self.runs)
        for i, n, low, high in self.cat.db.execute(sql, params * 3):
            sizes[i], spans[i] = n, (low, high)
        return sizes, spans

    def _size(self, number: int) -> int:
        size = self.sizes[number]
        if size is None:
            run = self.runs[number]
            # Under a filter the gaps would each look the matches up again: the rest instead.
            if run.derived or (run.gaps and self.filtered):  # the rest of the records
                others = range(len(self.runs))
                size = self.total - sum(self._size(i) for i in others if i != number)
            elif run.gaps:
                field, codes = run.gaps
                size = self._count(f"{field} IS NULL")
                for low, high in pairwise([None, *codes, None]):
                    bounds = [(f"{field} > ?", low), (f"{field} < ?", high)]
                    kept = [(sql, value) for sql, value in bounds if value is not None]
                    size += self._count(" AND ".join(sql for sql, _ in kept), [v for _, v in kept])
            else:
                size = self._count(run.condition, list(run.params))
            self.sizes[number] = size
        return size

    def _count(self, condition: str, extra: list[Any] | None = None) -> int:
        sql = f"SELECT count(*) {self.base} AND {condition}"
        return self.cat.db.execute(sql, extra or []).fetchone()[0]

    def _read(self, number: int, start: int, stop: int) -> list[int]:
        """Ids `start:stop` of run `number`; its far half is read backwards, to stay short."""
        run, size = self.runs[number], self._size(number)
        backwards = start > size - stop
        direction = "DESC" if self.descending != backwards else "ASC"
        order = ", ".join(f"{key} {direction}" for key in run.keys)
        offset = size - stop if backwards else start
        condition = run.opaque if run.opaque and size >= MANY_HITS else run.condition
        params = [*run.params]
        low, high = self.spans[number]
        if self.walks and low is not None:
            condition += f" AND {run.keys[0]} BETWEEN ? AND ?"
            params += [low, high]
        rows = self.cat.db.execute(
            f"SELECT t.id {self.page_base} AND {condition} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, stop - start, offset],
        ).fetchall()
        ids = [row[0] for row in rows]
        return ids[::-1] if backwards else ids

    def count(self) -> int:
        return self.total

    def ids(self, start: int, stop: int) -> list[int]:
        """Runs are walked from the nearer end of the list, counting only those on the way."""
        numbers = range(len(self.runs))
        from_end = start > self.total - stop
        pieces: list[list[int]] = []
        offset = self.total if from_end else 0
        for number in reversed(numbers) if from_end else numbers:
            size = self._size(number)
            first = offset - size if from_end else offset
            low, high = max(start - first, 0), min(stop - first, size)
            if low < high:
                pieces.append(self._read(number, low, high))
            offset = first if from_end else first + size
            if (offset <= start) if from_end else (offset >= stop):
                break
        return [i for piece in (pieces[::-1] if from_end else pieces) for i in piece]

    def position(self, record_id: int) -> int | None:
        ahead = 0
        for number, run in enumerate(self.runs):
            found = self.cat.db.execute(
                f"SELECT {', '.join(run.keys)} {self.base} AND {run.condition} AND t.id = ?",
                [*run.params, record_id],
            ).fetchone()
            if found is None:
                ahead += self._size(number)
                continue
            before = ">" if self.descending else "<"
            condition = (
                f"{run.condition} AND ({', '.join(run.keys)}) {before} "
                f"({', '.join('?' * len(run.keys))})"
            )
            return ahead + self._count(condition, [*run.params, *found])
        return None


def _indexed(cat: Catalogue, column: str, ctx: Context) -> bool:
    """Whether indexes serve the order of `column` (one of `PAGED`) today.

    The two orders that depend on today need the keys of migration 0005 (a catalogue opened
    read-only is not migrated), and the partners' counts of agreements in force kept for today
    (`sort_keys.keep_counts_current` moves them to a new day; a read-only file cannot).
    """
    if column == "agreements_in_force":
        return sort_keys.counted_on(cat.db) == (ctx.today or dt.date.today())
    if column == "status":
        return sort_keys.counted_on(cat.db) is not None
    return True


def listing(
    cat: Catalogue,
    kind: str,
    flt: Filter | None = None,
    order: str | None = None,
    descending: bool = False,
    ctx: Context | None = None,
    total: int | None = None,
) -> Listing:
    """What a list tab shows under `flt`, sorted by column `order`.

    `total`: the number of live records of `kind` (`total()`), when the caller knows it already
    and `flt` is empty: counting a million rows again is saved."""
    flt, ctx = flt or Filter(), ctx or Context()
    column = order or COLUMNS[kind][0]
    if column in PAGED[kind] and _indexed(cat, column, ctx):
        return _Paged(cat, kind, flt, column, descending, ctx, total if flt.is_empty() else None)
    return read_once(cat, kind, flt, column, descending, ctx)


def read_once(
    cat: Catalogue,
    kind: str,
    flt: Filter | None = None,
    order: str | None = None,
    descending: bool = False,
    ctx: Context | None = None,
) -> Listing:
    """The listing as one ordered list of ids read at once (`list_ids`): what a thread of the
    window computes when a filter keeps too many records to be found on the GUI thread."""
    return _ReadOnce(list_ids(cat, kind, flt, order, descending, ctx))


def total(cat: Catalogue, kind: str) -> int:
    return cat.db.execute(
        f"SELECT count(*) FROM {TABLES[kind]} WHERE deleted_at IS NULL"
    ).fetchone()[0]


def rows(
    cat: Catalogue, kind: str, ids: Sequence[int], ctx: Context | None = None
) -> dict[int, dict[str, Any]]:
    """The raw values of the list columns for `ids` (codes, ISO dates, counts, names)."""
    if not ids:
        return {}
    ctx = ctx or Context()
    marks = ", ".join("?" * len(ids))
    partner_names = (
        "(SELECT group_concat(name, '; ') FROM (SELECT p.name FROM {link} l JOIN partners p "
        "ON p.id = l.partner_id WHERE l.{own} = t.id AND p.deleted_at IS NULL ORDER BY l.rowid))"
    )
    select = {
        "partner": (
            "t.id, t.name, t.name_en, t.country, t.kind, t.relation_since, "
            f"{_order_expression('partner', 'agreements_in_force', ctx)} AS agreements_in_force, "
            f"{_order_expression('partner', 'last_event', ctx)} AS last_event"
        ),
        "agreement": (
            "t.id, t.title, t.kind, t.signed_on, t.valid_to, "
            f"{partner_names.format(link='agreement_partners', own='agreement_id')} AS partners, "
            f"{ctx.status('t')} AS status"
        ),
        "event": (
            "t.id, t.title, t.kind, t.starts_on, t.ends_on, t.city, t.country, "
            f"{partner_names.format(link='event_partners', own='event_id')} AS partners"
        ),
    }[kind]
    result = cat.db.execute(
        f"SELECT {select} FROM {TABLES[kind]} t WHERE t.id IN ({marks})", list(ids)
    )
    names = [d[0] for d in result.description]
    return {row[0]: dict(zip(names, row, strict=True)) for row in result.fetchall()}


def countries_in_use(cat: Catalogue) -> list[str]:
    """Country codes of live partners and events, for the country filter."""
    found: set[str] = set()
    for table in ("partners", "events"):
        # Each step jumps to the next country in the index: a few hundred look-ups, not a scan
        # of a million rows.
        sql = (
            "WITH RECURSIVE c(code) AS ("
            f"SELECT min(country) FROM {table} WHERE deleted_at IS NULL AND country > '' "
            f"UNION ALL SELECT (SELECT min(country) FROM {table} "
            "WHERE deleted_at IS NULL AND country > c.code) FROM c WHERE c.code IS NOT NULL) "
            "SELECT code FROM c WHERE code IS NOT NULL"
        )
        found.update(row[0] for row in cat.db.execute(sql))
    return sorted(found)


def field_choices(cat: Catalogue) -> list[tuple[str, str, str]]:
    """Fields of cooperation as (code, Vietnamese label, English label), in list order."""
    return cat.db.execute(
        "SELECT code, label_vi, label_en FROM fields ORDER BY position"
    ).fetchall()


def our_side_bodies(cat: Catalogue) -> list[tuple[int, str]]:
    """(id, name) of every live our-side body, in Vietnamese order."""
    return cat.db.execute(
        "SELECT id, name FROM our_side WHERE deleted_at IS NULL ORDER BY name_key"
    ).fetchall()
