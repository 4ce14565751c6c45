"""The event form: what, when and where, who, linked records, follow-ups, content."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit

from gui.dialogs.record_dialog import ChildTable, Column, RecordDialog, choice_combo, text_edit
from gui.labels import codes, label
from gui.widgets.country_picker import CountryPicker
from gui.widgets.partial_date_edit import PartialDateEdit
from gui.widgets.record_picker import RecordPicker, SingleRecordPicker
from store.events import SPEC
from store.records import FollowUp


class EventDialog(RecordDialog):
    spec = SPEC

    def build(self) -> None:
        what, form = self.group(self.tr("Event"))
        self.add_field(form, "title", self.tr("&Title"), QLineEdit())
        self.add_field(form, "title_en", self.tr("Title in English"), QLineEdit())
        kinds = [("", ""), *((c, label("event_kind", c)) for c in codes("event_kind"))]
        self.add_field(form, "kind", self.tr("Type"), choice_combo(kinds))
        self.add_field(form, "dates", self.tr("Dates"), PartialDateEdit())
        self.add_field(form, "city", self.tr("City"), QLineEdit())
        self.add_field(form, "country", self.tr("Country"), CountryPicker())

        who, form = self.group(self.tr("Participants"))
        self.add_field(
            form, "our_side_id", self.tr("Our side"), SingleRecordPicker(self.cat, "our_side")
        )
        self.add_field(form, "leader", self.tr("Led by"), QLineEdit())
        self.add_field(form, "delegation", self.tr("Delegation"), text_edit(2))
        self.add_field(form, "partner_ids", self.tr("Partners"), RecordPicker(self.cat, "partner"))
        self.add_field(
            form, "agreement_ids", self.tr("Agreements"), RecordPicker(self.cat, "agreement")
        )
        self.add_page(self.tr("General"), what, who)

        followups = ChildTable(
            FollowUp,
            [
                Column("action", self.tr("Action"), width=320),
                Column("owner", self.tr("Responsible"), width=180),
                Column("due", self.tr("Due"), "date", width=120),
                Column("done", self.tr("Done"), "bool", width=60),
            ],
            self.tr("Add follow-up"),
        )
        self.add_field(None, "followups", self.tr("Follow-ups"), followups)
        self.add_page(self.tr("Follow-ups"), followups, scroll=False)

        content, form = self.group(self.tr("Content"))
        self.add_field(form, "summary", self.tr("Summary"), text_edit(6))
        self.add_field(form, "outcomes", self.tr("Outcomes"), text_edit(5))
        notes, form = self.group(self.tr("Notes"))
        self.add_field(form, "notes", notes.title(), text_edit(6), span=True)
        self.add_page(self.tr("Content and notes"), content, notes)

    def window_title(self, record: Any) -> str:
        if record.id is None:
            return self.tr("New event")
        return self.tr("Event: {title}").format(title=record.title)
