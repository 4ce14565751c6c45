"""An agreement's status, derived from its stage, validity and renewals; never typed.

The rule is written once, as SQL, so lists can filter and sort by status at any size; a single
agreement's status is read through the same expression.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import TYPE_CHECKING

from store.records import STATUSES

if TYPE_CHECKING:
    from store.catalogue import Catalogue

DEFAULT_WINDOW_MONTHS = 6


def add_months(day: dt.date, months: int) -> dt.date:
    years, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, month + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def fixed_status_sql(alias: str = "a") -> str:
    """The status of agreement row `alias` that no day changes (terminated, renewed, in
    preparation), or NULL when its dates decide it. Kept in `agreements.fixed_status` by
    store/sort_keys.py, so that lists read the status order from indexes."""
    a = alias
    return f"""(CASE
        WHEN {a}.stage = 'terminated' THEN 'terminated'
        WHEN EXISTS (SELECT 1 FROM agreements r WHERE r.renews_id = {a}.id
                     AND r.deleted_at IS NULL AND r.stage = 'signed') THEN 'renewed'
        WHEN {a}.stage != 'signed' THEN 'preparation' END)"""


def _dates(alias: str, today: dt.date | None, window_months: int) -> tuple[str, str, str]:
    """Today, the end of the expiry window, and the SQL of the last day `alias` is valid.

    Partial dates compare as text: "2025" is before "2025-01-01", so a valid-to date is padded
    with "~" (after every digit and "-") to stand for the last day it covers.
    """
    today = today or dt.date.today()
    horizon = add_months(today, window_months)
    return f"'{today.isoformat()}'", f"'{horizon.isoformat()}'", f"{alias}.valid_to || '~'"


def status_sql(
    alias: str = "a", today: dt.date | None = None, window_months: int = DEFAULT_WINDOW_MONTHS
) -> str:
    """A SQL expression giving the status code of agreement row `alias` (computed afresh)."""
    a = alias
    day, horizon, end = _dates(alias, today, window_months)
    return f"""coalesce({fixed_status_sql(a)}, CASE
        WHEN {a}.valid_from > {day} THEN 'preparation'
        WHEN {end} < {day} THEN 'expired'
        WHEN {end} < {horizon} THEN 'expiring'
        ELSE 'in_force' END)"""


def status_conditions(
    alias: str, today: dt.date | None = None, window_months: int = DEFAULT_WINDOW_MONTHS
) -> dict[str, str]:
    """Per status code, a condition true exactly for the agreements `status_sql` gives it,
    written on the kept `fixed_status` and date ranges that indexes answer (migration 0005
    indexes `valid_to || '~'` as written here). With `alias` "+t" no index answers them."""
    a = alias
    day, horizon, end = _dates(alias, today, window_months)
    dated = f"{a}.fixed_status IS NULL"
    started = f"{dated} AND ({a}.valid_from IS NULL OR {a}.valid_from <= {day})"
    return {
        "preparation": f"({a}.fixed_status = 'preparation' OR ({dated} AND {a}.valid_from > {day}))",
        "in_force": (
            f"{started} AND ({a}.valid_to IS NULL OR ({end} >= {day} AND {end} >= {horizon}))"
        ),
        "expiring": f"{started} AND {end} >= {day} AND {end} < {horizon}",
        "expired": f"{started} AND {end} < {day}",
        "renewed": f"{a}.fixed_status = 'renewed'",
        "terminated": f"{a}.fixed_status = 'terminated'",
    }


def in_force_sql(alias: str = "a", today: dt.date | None = None) -> str:
    """True when agreement row `alias` is in force on `today` (expiring or not: the window
    does not matter)."""
    return f"{status_sql(alias, today)} IN ('in_force', 'expiring')"


def status_order_sql(expression: str) -> str:
    """Sorts statuses in their natural order rather than alphabetically."""
    cases = " ".join(f"WHEN '{code}' THEN {i}" for i, code in enumerate(STATUSES))
    return f"(CASE {expression} {cases} END)"


def status_of(
    cat: Catalogue,
    agreement_id: int,
    today: dt.date | None = None,
    window_months: int = DEFAULT_WINDOW_MONTHS,
) -> str:
    row = cat.db.execute(
        f"SELECT {status_sql('a', today, window_months)} FROM agreements a WHERE a.id = ?",
        [agreement_id],
    ).fetchone()
    return row[0]
