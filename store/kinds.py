"""Every record kind's Spec by name: the one table the CLI, GUI and importers look kinds up in."""

from __future__ import annotations

from store import agreements, events, our_side, partners
from store.repository import Spec

SPECS: dict[str, Spec] = {
    spec.kind: spec for spec in (partners.SPEC, agreements.SPEC, events.SPEC, our_side.SPEC)
}
