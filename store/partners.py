"""Partners: foreign localities, agencies, organisations, embassies … and their contacts."""

from __future__ import annotations

from collections.abc import Iterable

from store.catalogue import Catalogue
from store.countries import name as country_name
from store.records import PARTNER_KINDS, RELATION_KINDS, Contact, Partner
from store.repository import Children, Link, Spec
from store.validation import Problem, choice, country, email, required, url


def _search_text(p: Partner) -> Iterable[str]:
    yield from (p.name, p.name_en, p.name_native, p.address, p.notes, p.email, p.website)
    if p.country:
        yield from (country_name(p.country, "vi"), country_name(p.country, "en"))
    for c in p.contacts:
        yield from (c.name, c.title, c.department, c.email, c.notes)


def validate(cat: Catalogue, p: Partner) -> list[Problem]:
    problems = required("name", p.name)
    problems += choice("kind", p.kind, PARTNER_KINDS)
    problems += choice("relation_kind", p.relation_kind, RELATION_KINDS)
    problems += country("country", p.country)
    problems += email("email", p.email)
    problems += url("website", p.website)
    if p.parent_id is not None and p.id is not None:
        ancestor: int | None = p.parent_id
        seen: set[int] = set()
        while ancestor is not None and ancestor not in seen:
            if ancestor == p.id:
                problems.append(Problem("parent_id", "parent_self"))
                break
            seen.add(ancestor)
            row = cat.db.execute(
                "SELECT parent_id FROM partners WHERE id = ?", [ancestor]
            ).fetchone()
            ancestor = row[0] if row else None
    for i, c in enumerate(p.contacts):
        problems += required(f"contacts.{i}.name", c.name)
        problems += email(f"contacts.{i}.email", c.email)
    return problems


SPEC = Spec(
    kind="partner",
    table="partners",
    record=Partner,
    title="name",
    links=(Link("fields", "partner_fields", "partner_id", "field_code"),),
    children=(Children("contacts", "contacts", "partner_id", Contact),),
    search_text=_search_text,
    validate=validate,
)
