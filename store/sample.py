"""The sample catalogue: resources/sample/catalogue.toml, built from the five seed articles."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from store import repository
from store.agreements import SPEC as AGREEMENTS
from store.catalogue import Catalogue
from store.dates import PartialDate
from store.events import SPEC as EVENTS
from store.our_side import SPEC as OUR_SIDE
from store.partners import SPEC as PARTNERS
from store.paths import resource
from store.records import Activity, Agreement, Contact, Event, FollowUp, OurSide, Partner

SAMPLE = resource("sample", "catalogue.toml")
_DATES = {"relation_since", "signed_on", "valid_from", "valid_to", "period", "due", "dates"}
_RENAMED = {
    "parent": "parent_id",
    "our_side": "our_side_id",
    "renews": "renews_id",
    "partners": "partner_ids",
    "agreements": "agreement_ids",
    "field": "field_code",
}


def _values(entry: dict[str, Any], keys: dict[str, int], nested: tuple[str, ...] = ()) -> dict:
    values: dict[str, Any] = {}
    for name, value in entry.items():
        if name == "key" or name in nested:
            continue
        if name in _DATES:
            value = PartialDate.from_iso(value)
        elif name in ("parent", "our_side", "renews"):
            value = keys[value]
        elif name in ("partners", "agreements"):
            value = [keys[k] for k in value]
        values[_RENAMED.get(name, name)] = value
    return values


def load_into(cat: Catalogue, path: Path = SAMPLE) -> None:
    """Add every record of the sample file to `cat`, in one transaction."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    keys: dict[str, int] = {}
    with cat.transaction():
        for entry in data.get("our_side", []):
            keys[entry["key"]] = repository.save(cat, OUR_SIDE, OurSide(**_values(entry, keys))).id
        # Parents first: a partner may name a parent that appears later in the file.
        pending = list(data.get("partner", []))
        while pending:
            ready = [p for p in pending if p.get("parent") in (None, *keys)]
            if not ready:
                raise ValueError(f"unknown parent in {[p['key'] for p in pending]}")
            for entry in ready:
                partner = Partner(**_values(entry, keys, ("contact",)))
                partner.contacts = [Contact(**c) for c in entry.get("contact", [])]
                keys[entry["key"]] = repository.save(cat, PARTNERS, partner).id
                pending.remove(entry)
        for entry in data.get("agreement", []):
            agreement = Agreement(**_values(entry, keys, ("activity",)))
            agreement.activities = [Activity(**_values(a, keys)) for a in entry.get("activity", [])]
            keys[entry["key"]] = repository.save(cat, AGREEMENTS, agreement).id
        for entry in data.get("event", []):
            event = Event(**_values(entry, keys, ("followup",)))
            event.followups = [FollowUp(**_values(f, keys)) for f in entry.get("followup", [])]
            keys[entry["key"]] = repository.save(cat, EVENTS, event).id


def create(path: Path | str) -> Catalogue:
    """A new catalogue file holding the sample; refuses to overwrite an existing file."""
    cat = Catalogue.create(path)
    try:
        load_into(cat)
    except BaseException:
        cat.close()
        Path(path).unlink(missing_ok=True)
        raise
    return cat
