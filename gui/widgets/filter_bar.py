"""The filter bar above a list: search as you type, choice filters, a period, clear-all."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from gui import i18n
from gui.labels import codes, label
from store import countries
from store.dates import DateError, PartialDate
from store.lists import Filter

_KIND_GROUP = {"partner": "partner_kind", "agreement": "agreement_kind", "event": "event_kind"}


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.changed)

        self.search = QLineEdit(clearButtonEnabled=True)
        self.search.setMinimumWidth(180)
        self.search.textChanged.connect(self._debounce.start)
        self.country = QComboBox()
        self.kind_box = QComboBox()
        self.status = QComboBox()
        self.field = QComboBox()
        for box in (self.country, self.kind_box, self.status, self.field):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(10)
            box.currentIndexChanged.connect(self.changed)
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for edit in (self.date_from, self.date_to):
            edit.setMaximumWidth(90)
            edit.textChanged.connect(self._debounce.start)
        self.in_force = QCheckBox()
        self.in_force.toggled.connect(self.changed)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 2)
        for widget in (self.country, self.kind_box, self.status, self.field):
            layout.addWidget(widget, 1)
        self.period_label = QLabel()
        layout.addWidget(self.period_label)
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.date_to)
        layout.addWidget(self.in_force)
        layout.addWidget(self.clear_button)
        layout.addStretch()
        layout.addWidget(self.count)
        self.status.setVisible(kind == "agreement")
        self.field_options: list[tuple[str, str, str]] = []
        self.country_codes: list[str] = []
        self.retranslate()

    def set_choices(self, country_codes: list[str], fields: list[tuple[str, str, str]]) -> None:
        """The countries present in the catalogue and its fields of cooperation (code, vi, en)."""
        self.country_codes, self.field_options = country_codes, fields
        self.retranslate()

    def retranslate(self) -> None:
        lang = i18n.current()
        self.search.setPlaceholderText(self.tr("Search… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.period_label.setText(self.tr("Period"))
        self.date_from.setPlaceholderText(self.tr("from"))
        self.date_to.setPlaceholderText(self.tr("to"))
        self.date_from.setToolTip(self.tr("A year, month or day, e.g. 2018, 6/2018, 13/4/2023"))
        self.date_to.setToolTip(self.date_from.toolTip())
        self.date_from.setAccessibleName(self.tr("Period from"))
        self.date_to.setAccessibleName(self.tr("Period to"))
        self.in_force.setText(
            self.tr("In force only")
            if self.kind == "agreement"
            else self.tr("With an agreement in force")
        )
        self.clear_button.setText(self.tr("Clear filters"))
        self._countries_filled = False
        if self.isVisible():
            self._fill_countries()
        group = _KIND_GROUP[self.kind]
        self._fill(
            self.kind_box, self.tr("All types"), [(c, label(group, c)) for c in codes(group)]
        )
        self._fill(
            self.status, self.tr("All statuses"), [(c, label("status", c)) for c in codes("status")]
        )
        self._fill(
            self.field,
            self.tr("All fields"),
            [(code, vi if lang == "vi" else en) for code, vi, en in self.field_options],
        )
        for box, name in (
            (self.country, self.tr("Country")),
            (self.kind_box, self.tr("Type")),
            (self.status, self.tr("Status")),
            (self.field, self.tr("Field of cooperation")),
        ):
            box.setAccessibleName(name)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._countries_filled:
            self._fill_countries()
        super().showEvent(event)

    def _fill_countries(self) -> None:
        """Country names come from CLDR, whose first read costs 30 ms: not before first shown."""
        present = set(self.country_codes)
        names = countries.names(i18n.current())
        self._fill(
            self.country,
            self.tr("All countries"),
            [(code, name) for code, name in names.items() if code in present],
        )
        self._countries_filled = True

    @staticmethod
    def _fill(box: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, "")
        for code, text in items:
            box.addItem(text, code)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)

    def _date(self, edit: QLineEdit) -> PartialDate | None:
        try:
            value = PartialDate.parse(edit.text())
        except DateError:
            edit.setStyleSheet("border: 1px solid #c0392b")
            return None
        edit.setStyleSheet("")
        return value

    def value(self) -> Filter:
        start, end = self._date(self.date_from), self._date(self.date_to)
        return Filter(
            text=self.search.text(),
            country=self.country.currentData() or "",
            kind=self.kind_box.currentData() or "",
            status=(self.status.currentData() or "") if self.kind == "agreement" else "",
            field=self.field.currentData() or "",
            date_from=start.first_day.isoformat() if start else "",
            date_to=end.last_day.isoformat() if end else "",
            in_force_only=self.in_force.isChecked(),
        )

    def clear(self) -> None:
        for widget in (self.search, self.date_from, self.date_to):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        for box in (self.country, self.kind_box, self.status, self.field):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.in_force.blockSignals(True)
        self.in_force.setChecked(False)
        self.in_force.blockSignals(False)
        self.changed.emit()

    def show_count(self, shown: int, total: int) -> None:
        number = QLocale().toString  # 365.469 in Vietnamese, 365,469 in English
        self.count.setText(
            self.tr("shown {shown} of {total}").format(shown=number(shown), total=number(total))
        )
