"""The one search path: folded text in an FTS5 index, a user's text turned into a safe query."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from store.links import TABLES
from store.text import exact, fold, words

if TYPE_CHECKING:
    from store.catalogue import Catalogue

# rowid = record id * 8 + kind number: one index over every kind, rows found without a scan.
KIND_NUMBERS = {"partner": 1, "agreement": 2, "event": 3, "our_side": 4}
KIND_BY_NUMBER = {n: k for k, n in KIND_NUMBERS.items()}


def _rowid(kind: str, record_id: int) -> int:
    return record_id * 8 + KIND_NUMBERS[kind]


def index(cat: Catalogue, kind: str, record_id: int, texts: Iterable[str | None]) -> None:
    index_many(cat, kind, [(record_id, texts)])


def index_many(
    cat: Catalogue, kind: str, records: Iterable[tuple[int, Iterable[str | None]]]
) -> None:
    """Index (or index again) records of `kind`: (id, their search texts) each."""
    rows = []
    for record_id, texts in records:
        body = "\n".join(t for t in texts if t)
        rows.append((_rowid(kind, record_id), fold(body), exact(body)))
    cat.db.conn.executemany("DELETE FROM search_index WHERE rowid = ?", [(r[0],) for r in rows])
    cat.db.conn.executemany(
        "INSERT INTO search_index (rowid, folded, exact) VALUES (?, ?, ?)", rows
    )


def unindex(cat: Catalogue, kind: str, record_id: int) -> None:
    cat.db.execute("DELETE FROM search_index WHERE rowid = ?", [_rowid(kind, record_id)])


def _query(column: str, tokens: list[str]) -> str:
    # Every token is quoted, so quotes, hyphens, AND, * and parentheses typed by the user are
    # only text; each token matches as a word prefix.
    quoted = " ".join('"' + token.replace('"', '""') + '"*' for token in tokens)
    return f"{column} : ({quoted})"


def match_query(text: str) -> str | None:
    """The FTS5 expression for what the user typed, or None when it holds no word."""
    tokens = words(fold(text))
    return _query("folded", tokens) if tokens else None


def _tiers(text: str, tokens: list[str]) -> list[str]:
    """What makes a hit better, most important first: typed with its accents ("đường" before
    "dương"), then holding the words as one phrase rather than scattered."""
    tiers = ['folded : "' + " ".join(tokens).replace('"', '""') + '"*']
    typed = words(exact(text))
    if typed != tokens:
        tiers.insert(0, _query("exact", typed))
    return tiers


def ids_matching(kind: str, text: str) -> tuple[str, list[str]] | None:
    """A subquery selecting the ids of `kind` whose text matches, with its parameters."""
    query = match_query(text)
    if query is None:
        return None
    number = KIND_NUMBERS[kind]
    return (
        f"SELECT rowid / 8 FROM search_index WHERE search_index MATCH ? AND rowid % 8 = {number}",
        [query],
    )


def search(
    cat: Catalogue,
    text: str,
    kinds: Iterable[str] = ("partner", "agreement", "event"),
    limit: int = 200,
) -> list[tuple[str, int]]:
    """(kind, id) of the records matching `text`, best hits first, then by kind and title.

    The hits are read rank by rank (every tier met, then all but the last, …), each with the
    limit still open: a word found in a million events costs `limit` rows, not a million ranks.
    """
    tokens = words(fold(text))
    if not tokens:
        return []
    tiers = _tiers(text, tokens)
    wanted = ", ".join(str(KIND_NUMBERS[k]) for k in kinds)
    hits: list[tuple[str, int, int]] = []
    for rank in range(2 ** len(tiers)):
        query = _query("folded", tokens)
        for i, tier in enumerate(tiers):
            missed = rank >> (len(tiers) - 1 - i) & 1
            query = f"({query}) {'NOT' if missed else 'AND'} ({tier})"
        rows = cat.db.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? "
            f"AND rowid % 8 IN ({wanted}) LIMIT ?",
            [query, limit - len(hits)],
        )
        hits += [(KIND_BY_NUMBER[rowid % 8], rowid // 8, rank) for (rowid,) in rows]
        if len(hits) >= limit:
            break
    keys = _title_keys(cat, hits)
    hits.sort(key=lambda h: (h[2], KIND_NUMBERS[h[0]], keys.get((h[0], h[1]), "")))
    return [(kind, record_id) for kind, record_id, _ in hits]


_TABLES = {
    "partner": "partners",
    "agreement": "agreements",
    "event": "events",
    "our_side": "our_side",
}


def _title_keys(cat: Catalogue, hits: list[tuple[str, int, int]]) -> dict[tuple[str, int], str]:
    keys: dict[tuple[str, int], str] = {}
    for kind, table in TABLES.items():
        ids = [record_id for k, record_id, _ in hits if k == kind]
        if ids:
            rows = cat.db.execute(
                f"SELECT id, name_key FROM {table} WHERE id IN ({', '.join('?' * len(ids))})",
                ids,
            )
            keys.update({(kind, rid): key for rid, key in rows})
    return keys
