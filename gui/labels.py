"""Display labels of the codes the store keeps, and wording of the store's problem codes.

Every string is marked for Qt Linguist here and translated when shown, so a language switch
takes effect without restarting.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from gui.i18n import Translation, translate
from store import countries
from store.dates import PartialDate

_LABELS: dict[str, dict[str, str]] = {
    "record": {
        "partner": QT_TRANSLATE_NOOP("Labels", "Partner"),
        "agreement": QT_TRANSLATE_NOOP("Labels", "Agreement"),
        "event": QT_TRANSLATE_NOOP("Labels", "Event"),
        "our_side": QT_TRANSLATE_NOOP("Labels", "Our side"),
    },
    "records": {
        "partner": QT_TRANSLATE_NOOP("Labels", "Partners"),
        "agreement": QT_TRANSLATE_NOOP("Labels", "Agreements"),
        "event": QT_TRANSLATE_NOOP("Labels", "Events"),
        "our_side": QT_TRANSLATE_NOOP("Labels", "Our side"),
    },
    "partner_kind": {
        "locality": QT_TRANSLATE_NOOP("Labels", "Foreign locality"),
        "government": QT_TRANSLATE_NOOP("Labels", "National government body"),
        "international_org": QT_TRANSLATE_NOOP("Labels", "International organisation"),
        "development_agency": QT_TRANSLATE_NOOP("Labels", "Development agency"),
        "embassy": QT_TRANSLATE_NOOP("Labels", "Embassy or consulate"),
        "enterprise": QT_TRANSLATE_NOOP("Labels", "Enterprise"),
        "association": QT_TRANSLATE_NOOP("Labels", "Association"),
        "university": QT_TRANSLATE_NOOP("Labels", "University or institute"),
    },
    "relation_kind": {
        "twinning": QT_TRANSLATE_NOOP("Labels", "Twinning (sister city)"),
        "friendship": QT_TRANSLATE_NOOP("Labels", "Friendship and cooperation"),
        "cooperation": QT_TRANSLATE_NOOP("Labels", "Cooperation"),
        "none": QT_TRANSLATE_NOOP("Labels", "No formal relation"),
    },
    "agreement_kind": {
        "mou": QT_TRANSLATE_NOOP("Labels", "Memorandum of understanding"),
        "cooperation_agreement": QT_TRANSLATE_NOOP("Labels", "Cooperation agreement"),
        "action_programme": QT_TRANSLATE_NOOP("Labels", "Action programme"),
        "twinning_agreement": QT_TRANSLATE_NOOP("Labels", "Friendship or twinning agreement"),
        "letter_of_intent": QT_TRANSLATE_NOOP("Labels", "Letter of intent"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "stage": {
        "proposed": QT_TRANSLATE_NOOP("Labels", "Proposed"),
        "consultation": QT_TRANSLATE_NOOP("Labels", "Under consultation"),
        "approved": QT_TRANSLATE_NOOP("Labels", "Approved"),
        "signed": QT_TRANSLATE_NOOP("Labels", "Signed"),
        "terminated": QT_TRANSLATE_NOOP("Labels", "Terminated"),
    },
    "status": {
        "preparation": QT_TRANSLATE_NOOP("Labels", "In preparation"),
        "in_force": QT_TRANSLATE_NOOP("Labels", "In force"),
        "expiring": QT_TRANSLATE_NOOP("Labels", "Expiring"),
        "expired": QT_TRANSLATE_NOOP("Labels", "Expired"),
        "renewed": QT_TRANSLATE_NOOP("Labels", "Renewed"),
        "terminated": QT_TRANSLATE_NOOP("Labels", "Terminated"),
    },
    "activity_status": {
        "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
        "ongoing": QT_TRANSLATE_NOOP("Labels", "Ongoing"),
        "done": QT_TRANSLATE_NOOP("Labels", "Done"),
        "dropped": QT_TRANSLATE_NOOP("Labels", "Dropped"),
    },
    "event_kind": {
        "outbound": QT_TRANSLATE_NOOP("Labels", "Outbound delegation"),
        "inbound": QT_TRANSLATE_NOOP("Labels", "Inbound delegation"),
        "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting or courtesy call"),
        "signing": QT_TRANSLATE_NOOP("Labels", "Signing ceremony"),
        "conference": QT_TRANSLATE_NOOP("Labels", "Conference, forum or workshop"),
        "training": QT_TRANSLATE_NOOP("Labels", "Training course"),
        "study_tour": QT_TRANSLATE_NOOP("Labels", "Study tour"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    # Problems found by store.validation, worded for the field they sit beside.
    "problem": {
        "required": QT_TRANSLATE_NOOP("Labels", "This field is required."),
        "email": QT_TRANSLATE_NOOP("Labels", "Not a valid e-mail address."),
        "url": QT_TRANSLATE_NOOP("Labels", "Not a valid web address."),
        "country": QT_TRANSLATE_NOOP("Labels", "Unknown country."),
        "choice": QT_TRANSLATE_NOOP("Labels", "Not one of the allowed values."),
        "negative": QT_TRANSLATE_NOOP("Labels", "Must not be negative."),
        "renews_self": QT_TRANSLATE_NOOP("Labels", "An agreement cannot renew itself."),
        "renews_later": QT_TRANSLATE_NOOP(
            "Labels", "An agreement can only renew an earlier agreement."
        ),
        "parent_self": QT_TRANSLATE_NOOP("Labels", "A partner cannot belong to itself."),
        "unreadable": QT_TRANSLATE_NOOP(
            "Labels", "Cannot read this date. Type e.g. 2001, 6/2018, 13/4/2023 or 13–16/4/2023."
        ),
        "impossible": QT_TRANSLATE_NOOP("Labels", "This date does not exist."),
        "end_before_start": QT_TRANSLATE_NOOP("Labels", "The end is before the start."),
    },
}


def label(group: str, code: str | None, language: Translation | None = None) -> str:
    """The label of `code` in the UI language, or in `language` (a print's); an unknown code is
    shown as it is stored."""
    if not code:
        return ""
    text = _LABELS[group].get(code)
    if not text:
        return code
    return language.translate("Labels", text) if language else translate("Labels", text)


def codes(group: str) -> list[str]:
    return list(_LABELS[group])


def source_texts(group: str) -> dict[str, str]:
    """Code → untranslated (English) label, for translating into a language other than the UI's."""
    return dict(_LABELS[group])


def country(code: str | None, lang: str) -> str:
    return countries.name(code, lang) if code else ""


def date(value: PartialDate | None, lang: str) -> str:
    return value.format(lang) if value else ""


def size(n: int, decimals: int = 1) -> str:
    """A file size as the UI language writes it: "5.2 MB", "5,2 MB", "12 bytes"."""
    return QLocale().formattedDataSize(
        n, decimals, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )
