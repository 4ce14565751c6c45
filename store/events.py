"""Events: delegation visits, signings, conferences, trainings … and their follow-up actions."""

from __future__ import annotations

from collections.abc import Iterable

from store.catalogue import Catalogue
from store.countries import name as country_name
from store.records import EVENT_KINDS, Event, FollowUp
from store.repository import Children, Link, Spec
from store.validation import Problem, choice, country, required


def _search_text(e: Event) -> Iterable[str]:
    yield from (e.title, e.title_en, e.city, e.leader, e.delegation, e.summary, e.outcomes)
    yield e.notes
    if e.country:
        yield from (country_name(e.country, "vi"), country_name(e.country, "en"))
    for f in e.followups:
        yield from (f.action, f.owner)


def validate(cat: Catalogue, e: Event) -> list[Problem]:
    problems = required("title", e.title)
    problems += choice("kind", e.kind, EVENT_KINDS)
    problems += country("country", e.country)
    for i, f in enumerate(e.followups):
        problems += required(f"followups.{i}.action", f.action)
    return problems


SPEC = Spec(
    kind="event",
    table="events",
    record=Event,
    title="title",
    links=(
        Link("partner_ids", "event_partners", "event_id", "partner_id"),
        Link("agreement_ids", "event_agreements", "event_id", "agreement_id"),
    ),
    children=(Children("followups", "followups", "event_id", FollowUp),),
    ranges=(("dates", "starts_on", "ends_on"),),
    search_text=_search_text,
    validate=validate,
)
