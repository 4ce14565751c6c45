"""The Reports dialog: choose a report and its filters (period, country, months, type, field) and
the language of the print, then preview it or save it as PDF or Word."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.labels import codes, country, label
from gui.printing import preview
from gui.printing.render import Document
from store import reports
from store.catalogue import Catalogue
from store.dates import DateError, PartialDate
from store.stats import stats
from store.status import DEFAULT_WINDOW_MONTHS

# Which filters each report takes.
FILTERS = {
    "expiring": {"months", "country", "kind", "field"},
    "delegations": {"from", "to", "country"},
    "directory": {"country", "kind", "field"},
    "catalogue": set(),
}


class ReportDialog(QDialog):
    def __init__(
        self,
        cat: Catalogue,
        org_name: str = "",
        lang: str = "vi",
        parent: QWidget | None = None,
        months: int = DEFAULT_WINDOW_MONTHS,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.cat, self.org_name, self.today = cat, org_name, today or dt.date.today()
        self.setWindowTitle(self.tr("Reports"))

        self.report = QComboBox()
        for code, text in (
            ("expiring", self.tr("Agreements expiring")),
            ("delegations", self.tr("Delegation log (outbound and inbound)")),
            ("directory", self.tr("Partner directory by country")),
            ("catalogue", self.tr("Whole catalogue")),
        ):
            self.report.addItem(text, code)
        self.date_from = QLineEdit(f"01/01/{self.today.year}")
        self.date_to = QLineEdit(f"31/12/{self.today.year}")
        for edit in (self.date_from, self.date_to):
            edit.setPlaceholderText(self.tr("e.g. 2024, 6/2024 or 13/4/2024"))
        self.months = QSpinBox()
        self.months.setRange(1, 120)
        self.months.setValue(months)
        self.months.setSuffix(self.tr(" months"))
        self.country = QComboBox()
        self.country.addItem(self.tr("All countries"), "")
        for code in stats(cat).partners_by_country:
            if code:
                self.country.addItem(country(code, lang), code)
        self.kind = QComboBox()
        self.field = QComboBox()
        self.field.addItem(self.tr("All fields"), "")
        for item in reports.fields(cat):
            self.field.addItem(item.label_vi if lang == "vi" else item.label_en, item.code)
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "vi" else 1)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b71c1c")
        self.problem.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Report"), self.report)
        self.rows = {
            "from": (QLabel(self.tr("From")), self.date_from),
            "to": (QLabel(self.tr("To")), self.date_to),
            "months": (QLabel(self.tr("Within")), self.months),
            "country": (QLabel(self.tr("Country")), self.country),
            "kind": (QLabel(self.tr("Type")), self.kind),
            "field": (QLabel(self.tr("Field")), self.field),
        }
        for caption, widget in self.rows.values():
            caption.setBuddy(widget)
            form.addRow(caption, widget)
            widget.setAccessibleName(caption.text())
        form.addRow(self.tr("Language of the print"), self.language)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = QPushButton(self.tr("Print preview…"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.docx_button = QPushButton(self.tr("Save as Word…"))
        for button in (self.preview_button, self.pdf_button, self.docx_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.show_preview)
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.docx_button.clicked.connect(lambda: self.save("docx"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.report.currentIndexChanged.connect(self._report_changed)
        for edit in (self.date_from, self.date_to):
            edit.textChanged.connect(self._check)
        self._report_changed()

    # -- state ------------------------------------------------------------------------------------
    def report_code(self) -> str:
        return self.report.currentData()

    def _report_changed(self) -> None:
        code = self.report_code()
        wanted = FILTERS[code]
        for name, (caption, widget) in self.rows.items():
            caption.setVisible(name in wanted)
            widget.setVisible(name in wanted)
        group = "agreement_kind" if code == "expiring" else "partner_kind"
        self.kind.clear()
        self.kind.addItem(self.tr("All types"), "")
        if "kind" in wanted:
            for kind in codes(group):
                self.kind.addItem(label(group, kind), kind)
        self._check()

    def _date(self, edit: QLineEdit) -> PartialDate | None:
        return PartialDate.parse(edit.text())

    def problems(self) -> list[str]:
        if "from" not in FILTERS[self.report_code()]:
            return []
        found = []
        try:
            start = self._date(self.date_from)
            end = self._date(self.date_to)
        except DateError as error:
            return [label("problem", error.code)]
        if start and end and end.last_day < start.first_day:
            found.append(label("problem", "end_before_start"))
        return found

    def _check(self) -> None:
        problems = self.problems()
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        for button in (self.preview_button, self.pdf_button, self.docx_button):
            button.setEnabled(not problems)

    def document(self) -> Document | None:
        """What the filters describe, or None while a filter is wrong."""
        if self.problems():
            return None
        code = self.report_code()
        wanted = FILTERS[code]
        start = self._date(self.date_from) if "from" in wanted else None
        end = self._date(self.date_to) if "to" in wanted else None
        return Document(
            "report",
            report=code,
            months=self.months.value(),
            date_from=start.first_day if start else None,
            date_to=end.last_day if end else None,
            country=(self.country.currentData() or None) if "country" in wanted else None,
            record_kind=(self.kind.currentData() or None) if "kind" in wanted else None,
            field_code=(self.field.currentData() or None) if "field" in wanted else None,
        )

    def print_language(self) -> str:
        return self.language.currentData()

    # -- actions ----------------------------------------------------------------------------------
    def show_preview(self) -> None:
        document = self.document()
        if document is not None:
            preview.preview_document(
                self, self.cat, document, self.print_language(), self.org_name, self.today
            )

    def save(self, file_format: str) -> None:
        document = self.document()
        if document is not None:
            preview.save_as(
                self,
                self.cat,
                document,
                self.print_language(),
                self.org_name,
                file_format,
                today=self.today,
            )


def open_report_dialog(
    parent: QWidget | None,
    cat: Catalogue,
    org_name: str = "",
    lang: str = "vi",
    months: int = DEFAULT_WINDOW_MONTHS,
) -> None:
    """The Reports menu's dialog, modal."""
    dialog = ReportDialog(cat, org_name, lang, parent, months)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()
