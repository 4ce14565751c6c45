"""Our side: the Vietnamese bodies that act (People's Committee, People's Council, departments)."""

from __future__ import annotations

from collections.abc import Iterable

from store.catalogue import Catalogue
from store.records import OurSide
from store.repository import Spec
from store.validation import Problem, required


def _search_text(o: OurSide) -> Iterable[str]:
    return (o.name, o.name_en, o.notes)


def validate(cat: Catalogue, o: OurSide) -> list[Problem]:
    return required("name", o.name)


SPEC = Spec(
    kind="our_side",
    table="our_side",
    record=OurSide,
    title="name",
    search_text=_search_text,
    validate=validate,
)
