"""Agreements (MoUs, cooperation agreements, action programmes …) and their activities."""

from __future__ import annotations

from collections.abc import Iterable

from store import repository
from store.catalogue import Catalogue
from store.dates import PartialDate
from store.records import ACTIVITY_STATUSES, AGREEMENT_KINDS, STAGES, Activity, Agreement
from store.repository import Children, Link, Spec
from store.validation import Problem, choice, required


def _search_text(a: Agreement) -> Iterable[str]:
    yield from (a.title, a.title_en, a.place, a.signatories_ours, a.signatories_partner)
    yield from (a.summary, a.notes)
    for activity in a.activities:
        yield from (activity.title, activity.result)


def _start(a: Agreement) -> PartialDate | None:
    return a.valid_from or a.signed_on


def validate(cat: Catalogue, a: Agreement) -> list[Problem]:
    problems = required("title", a.title)
    problems += choice("kind", a.kind, AGREEMENT_KINDS)
    problems += choice("stage", a.stage, STAGES)
    if a.valid_from and a.valid_to and a.valid_to.last_day < a.valid_from.first_day:
        problems.append(Problem("valid_to", "end_before_start"))
    if a.articles is not None and a.articles < 0:
        problems.append(Problem("articles", "negative"))
    if a.renews_id is not None:
        if a.renews_id == a.id:
            problems.append(Problem("renews_id", "renews_self"))
        else:
            earlier = repository.load(cat, SPEC, a.renews_id, include_deleted=True)
            mine, theirs = _start(a), _start(earlier)
            if (mine and theirs and theirs.first_day > mine.last_day) or (
                a.id is not None and _renews_chain_reaches(cat, a.renews_id, a.id)
            ):
                problems.append(Problem("renews_id", "renews_later"))
    for i, activity in enumerate(a.activities):
        problems += required(f"activities.{i}.title", activity.title)
        problems += choice(f"activities.{i}.status", activity.status, ACTIVITY_STATUSES)
    return problems


def _renews_chain_reaches(cat: Catalogue, start: int, target: int) -> bool:
    row = cat.db.execute(
        """WITH RECURSIVE chain(id) AS (
               SELECT ? UNION SELECT a.renews_id FROM agreements a JOIN chain ON a.id = chain.id
               WHERE a.renews_id IS NOT NULL)
           SELECT 1 FROM chain WHERE id = ?""",
        [start, target],
    ).fetchone()
    return row is not None


def renewed_by(cat: Catalogue, agreement_id: int) -> list[int]:
    rows = cat.db.execute(
        "SELECT id FROM agreements WHERE renews_id = ? AND deleted_at IS NULL ORDER BY signed_on",
        [agreement_id],
    )
    return [r[0] for r in rows]


SPEC = Spec(
    kind="agreement",
    table="agreements",
    record=Agreement,
    title="title",
    links=(
        Link("partner_ids", "agreement_partners", "agreement_id", "partner_id"),
        Link("fields", "agreement_fields", "agreement_id", "field_code"),
    ),
    children=(Children("activities", "activities", "agreement_id", Activity),),
    search_text=_search_text,
    validate=validate,
)
