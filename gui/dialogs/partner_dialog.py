"""The partner form: identity, relation, contact details, fields, contacts, notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit

from gui.dialogs.record_dialog import ChildTable, Column, RecordDialog, choice_combo, text_edit
from gui.labels import codes, label
from gui.widgets.country_picker import CountryPicker
from gui.widgets.field_picker import FieldPicker
from gui.widgets.partial_date_edit import PartialDateEdit
from gui.widgets.record_picker import SingleRecordPicker
from store.partners import SPEC
from store.records import Contact


class PartnerDialog(RecordDialog):
    spec = SPEC

    def build(self) -> None:
        identity, form = self.group(self.tr("Identity"))
        self.name = self.add_field(form, "name", self.tr("&Name"), QLineEdit())
        self.add_field(form, "name_en", self.tr("Name in English"), QLineEdit())
        self.add_field(form, "name_native", self.tr("Name in its own language"), QLineEdit())
        kinds = [("", ""), *((c, label("partner_kind", c)) for c in codes("partner_kind"))]
        self.add_field(form, "kind", self.tr("Type"), choice_combo(kinds))
        self.add_field(form, "country", self.tr("Country"), CountryPicker())
        self.parent_picker = SingleRecordPicker(self.cat, "partner")
        self.add_field(form, "parent_id", self.tr("Part of"), self.parent_picker)

        relation, form = self.group(self.tr("Relation"))
        self.add_field(form, "relation_since", self.tr("Relation since"), PartialDateEdit())
        relations = [("", ""), *((c, label("relation_kind", c)) for c in codes("relation_kind"))]
        self.add_field(form, "relation_kind", self.tr("Relation"), choice_combo(relations))

        contact, form = self.group(self.tr("Contact details"))
        self.add_field(form, "website", self.tr("Website"), QLineEdit())
        self.add_field(form, "email", self.tr("E-mail"), QLineEdit())
        self.add_field(form, "phone", self.tr("Phone"), QLineEdit())
        self.add_field(form, "address", self.tr("Address"), text_edit(2))
        self.add_page(self.tr("General"), identity, relation, contact)

        contacts = ChildTable(
            Contact,
            [
                Column("name", self.tr("Name"), width=140),
                Column("title", self.tr("Title"), width=120),
                Column("department", self.tr("Department"), width=110),
                Column("email", self.tr("E-mail"), width=150),
                Column("phone", self.tr("Phone"), width=100),
                Column("in_post", self.tr("In post"), "bool", width=60),
                Column("notes", self.tr("Notes"), width=120),
            ],
            self.tr("Add contact"),
        )
        self.add_field(None, "contacts", self.tr("Contacts"), contacts)
        self.add_page(self.tr("Contacts"), contacts, scroll=False)

        fields, form = self.group(self.tr("Fields of cooperation"))
        self.add_field(form, "fields", fields.title(), FieldPicker(self.cat), span=True)
        notes, form = self.group(self.tr("Notes"))
        self.add_field(form, "notes", notes.title(), text_edit(8), span=True)
        self.add_page(self.tr("Fields and notes"), fields, notes)

    def load(self, record: Any) -> None:
        # A partner cannot belong to itself: never offered as its own parent.
        self.parent_picker.set_exclude([record.id] if record.id is not None else [])
        super().load(record)

    def window_title(self, record: Any) -> str:
        if record.id is None:
            return self.tr("New partner")
        return self.tr("Partner: {name}").format(name=record.name)
