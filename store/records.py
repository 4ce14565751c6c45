"""The records of a catalogue as plain dataclasses, and the codes their choice fields take.

Codes are stored; their labels in Vietnamese and English belong to the GUI's translations.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from store.dates import PartialDate

PARTNER_KINDS = (
    "locality",
    "government",
    "international_org",
    "development_agency",
    "embassy",
    "enterprise",
    "association",
    "university",
)
RELATION_KINDS = ("twinning", "friendship", "cooperation", "none")
AGREEMENT_KINDS = (
    "mou",
    "cooperation_agreement",
    "action_programme",
    "twinning_agreement",
    "letter_of_intent",
    "other",
)
STAGES = ("proposed", "consultation", "approved", "signed", "terminated")
# Derived, never typed; in their natural order.
STATUSES = ("preparation", "in_force", "expiring", "expired", "renewed", "terminated")
ACTIVITY_STATUSES = ("planned", "ongoing", "done", "dropped")
EVENT_KINDS = (
    "outbound",
    "inbound",
    "meeting",
    "signing",
    "conference",
    "training",
    "study_tour",
    "other",
)
KINDS = ("partner", "agreement", "event", "our_side")


@dataclass
class Stamp:
    """What every stored record carries besides its content."""

    id: int | None = None
    uuid: str = ""
    version: int = 0
    created_at: str = ""
    created_by: str = ""
    updated_at: str = ""
    updated_by: str = ""


@dataclass
class Contact(Stamp):
    name: str = ""
    title: str = ""
    department: str = ""
    email: str = ""
    phone: str = ""
    in_post: bool = True
    notes: str = ""


@dataclass
class Partner(Stamp):
    name: str = ""
    name_en: str = ""
    name_native: str = ""
    kind: str = ""
    country: str = ""
    parent_id: int | None = None
    relation_since: PartialDate | None = None
    relation_kind: str = ""
    website: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    notes: str = ""
    fields: list[str] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)


@dataclass
class OurSide(Stamp):
    name: str = ""
    name_en: str = ""
    notes: str = ""


@dataclass
class Activity(Stamp):
    title: str = ""
    field_code: str | None = None
    period: PartialDate | None = None
    status: str = ""
    result: str = ""


@dataclass
class Agreement(Stamp):
    title: str = ""
    title_en: str = ""
    kind: str = ""
    our_side_id: int | None = None
    signed_on: PartialDate | None = None
    place: str = ""
    signatories_ours: str = ""
    signatories_partner: str = ""
    valid_from: PartialDate | None = None
    valid_to: PartialDate | None = None
    renews_id: int | None = None
    summary: str = ""
    articles: int | None = None
    stage: str = "signed"
    notes: str = ""
    partner_ids: list[int] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)


@dataclass
class FollowUp(Stamp):
    action: str = ""
    owner: str = ""
    due: PartialDate | None = None
    done: bool = False


@dataclass
class Event(Stamp):
    title: str = ""
    title_en: str = ""
    kind: str = ""
    dates: PartialDate | None = None
    city: str = ""
    country: str = ""
    our_side_id: int | None = None
    leader: str = ""
    delegation: str = ""
    summary: str = ""
    outcomes: str = ""
    notes: str = ""
    partner_ids: list[int] = field(default_factory=list)
    agreement_ids: list[int] = field(default_factory=list)
    followups: list[FollowUp] = field(default_factory=list)


Record = Partner | Agreement | Event | OurSide
