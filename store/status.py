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


def status_sql(
    alias: str = "a", today: dt.date | None = None, window_months: int = DEFAULT_WINDOW_MONTHS
) -> str:
    """A SQL expression giving the status code of agreement row `alias`.

    Partial dates compare as text: "2025" is before "2025-01-01", so a valid-to date is padded
    with "~" (after every digit and "-") to stand for the last day it covers.
    """
    today = today or dt.date.today()
    horizon = add_months(today, window_months)
    a = alias
    return f"""(CASE
        WHEN {a}.stage = 'terminated' THEN 'terminated'
        WHEN EXISTS (SELECT 1 FROM agreements r WHERE r.renews_id = {a}.id
                     AND r.deleted_at IS NULL AND r.stage = 'signed') THEN 'renewed'
        WHEN {a}.stage != 'signed' THEN 'preparation'
        WHEN {a}.valid_from IS NOT NULL AND {a}.valid_from > '{today.isoformat()}'
            THEN 'preparation'
        WHEN {a}.valid_to IS NOT NULL AND {a}.valid_to || '~' < '{today.isoformat()}'
            THEN 'expired'
        WHEN {a}.valid_to IS NOT NULL AND {a}.valid_to || '~' < '{horizon.isoformat()}'
            THEN 'expiring'
        ELSE 'in_force' END)"""


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
