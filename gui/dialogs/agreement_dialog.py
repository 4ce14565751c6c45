"""The agreement form: identity, parties, signing and validity, activities, content."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QSpinBox

from gui import i18n
from gui.dialogs.record_dialog import ChildTable, Column, RecordDialog, choice_combo, text_edit
from gui.labels import codes, label
from gui.widgets.field_picker import FieldPicker
from gui.widgets.partial_date_edit import PartialDateEdit
from gui.widgets.record_picker import RecordPicker, SingleRecordPicker
from store import lists
from store.agreements import SPEC
from store.records import Activity


class AgreementDialog(RecordDialog):
    spec = SPEC

    def build(self) -> None:
        identity, form = self.group(self.tr("Identity"))
        self.add_field(form, "title", self.tr("&Title"), QLineEdit())
        self.add_field(form, "title_en", self.tr("Title in English"), QLineEdit())
        kinds = [("", ""), *((c, label("agreement_kind", c)) for c in codes("agreement_kind"))]
        self.add_field(form, "kind", self.tr("Type"), choice_combo(kinds))
        stages = [("", ""), *((c, label("stage", c)) for c in codes("stage"))]
        self.add_field(form, "stage", self.tr("Stage"), choice_combo(stages))

        parties, form = self.group(self.tr("Parties"))
        self.add_field(
            form, "our_side_id", self.tr("Our side"), SingleRecordPicker(self.cat, "our_side")
        )
        self.add_field(form, "partner_ids", self.tr("Partners"), RecordPicker(self.cat, "partner"))
        self.add_field(form, "signatories_ours", self.tr("Signed for our side by"), QLineEdit())
        self.add_field(
            form, "signatories_partner", self.tr("Signed for the partners by"), QLineEdit()
        )

        validity, form = self.group(self.tr("Signing and validity"))
        self.add_field(form, "signed_on", self.tr("Signed on"), PartialDateEdit())
        self.add_field(form, "place", self.tr("Place of signing"), QLineEdit())
        self.add_field(form, "valid_from", self.tr("Valid from"), PartialDateEdit())
        self.add_field(form, "valid_to", self.tr("Valid to"), PartialDateEdit())
        self.renews_picker = SingleRecordPicker(self.cat, "agreement")
        self.add_field(form, "renews_id", self.tr("Renews"), self.renews_picker)
        articles = QSpinBox()
        articles.setRange(0, 9999)
        articles.setSpecialValueText("–")  # the minimum means "not known"
        articles.setMaximumWidth(100)
        self.add_field(form, "articles", self.tr("Number of articles"), articles)
        self.add_page(self.tr("General"), identity, parties, validity)

        lang = i18n.current()
        field_choices = (
            ("", ""),
            *((c, vi if lang == "vi" else en) for c, vi, en in lists.field_choices(self.cat)),
        )
        statuses = (("", ""), *((c, label("activity_status", c)) for c in codes("activity_status")))
        activities = ChildTable(
            Activity,
            [
                Column("title", self.tr("Activity"), width=270),
                Column("field_code", self.tr("Field"), "choice", 150, field_choices, blank=None),
                Column("period", self.tr("Period"), "date", width=110),
                Column("status", self.tr("Status"), "choice", width=100, choices=statuses),
                Column("result", self.tr("Result"), width=150),
            ],
            self.tr("Add activity"),
        )
        self.add_field(None, "activities", self.tr("Activities"), activities)
        self.add_page(self.tr("Activities"), activities, scroll=False)

        content, form = self.group(self.tr("Content"))
        self.add_field(form, "summary", self.tr("Summary"), text_edit(5), span=True)
        fields, form = self.group(self.tr("Fields of cooperation"))
        self.add_field(form, "fields", fields.title(), FieldPicker(self.cat), span=True)
        notes, form = self.group(self.tr("Notes"))
        self.add_field(form, "notes", notes.title(), text_edit(5), span=True)
        self.add_page(self.tr("Content and notes"), content, fields, notes)

    def load(self, record: Any) -> None:
        # Renewing itself is never offered; a later agreement is refused by validation.
        self.renews_picker.set_exclude([record.id] if record.id is not None else [])
        super().load(record)

    def window_title(self, record: Any) -> str:
        if record.id is None:
            return self.tr("New agreement")
        return self.tr("Agreement: {title}").format(title=record.title)
