"""Counts over a catalogue: by kind, by agreement status, by country."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from store.catalogue import Catalogue
from store.links import TABLES
from store.records import STATUSES
from store.status import DEFAULT_WINDOW_MONTHS, status_sql


@dataclass
class Stats:
    by_kind: dict[str, int]
    agreements_by_status: dict[str, int]
    partners_by_country: dict[str, int]
    in_trash: int


def count(cat: Catalogue, table: str) -> int:
    return cat.db.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]


def stats(
    cat: Catalogue, today: dt.date | None = None, window_months: int = DEFAULT_WINDOW_MONTHS
) -> Stats:
    by_kind = {kind: count(cat, table) for kind, table in TABLES.items()}
    statuses = Counter(
        dict(
            cat.db.execute(
                f"SELECT {status_sql('a', today, window_months)} AS s, count(*) FROM agreements a "
                "WHERE a.deleted_at IS NULL GROUP BY s"
            ).fetchall()
        )
    )
    countries = dict(
        cat.db.execute(
            "SELECT country, count(*) AS n FROM partners WHERE deleted_at IS NULL "
            "GROUP BY country ORDER BY n DESC, country"
        ).fetchall()
    )
    trash = sum(
        cat.db.execute(f"SELECT count(*) FROM {t} WHERE deleted_at IS NOT NULL").fetchone()[0]
        for t in TABLES.values()
    )
    return Stats(by_kind, {s: statuses.get(s, 0) for s in STATUSES}, countries, trash)
