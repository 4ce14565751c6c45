"""A country combo box that finds "Hàn Quốc" from "han", "korea" or "KR"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from gui import i18n
from store import countries
from store.text import fold, words

_CODE = Qt.ItemDataRole.UserRole


class CountryPicker(QComboBox):
    """Editable: the list shows names in the UI language; typing searches both languages."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.lineEdit().setPlaceholderText(self.tr("Type a country in Vietnamese or English"))
        # The combo's own completer only matches from the start and with accents: replaced by
        # one that matches any word, folded, in both languages.
        self.setCompleter(None)
        self._matches = QStandardItemModel(self)
        self._completer = QCompleter(self._matches, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setWidget(self.lineEdit())
        self._completer.activated[QModelIndex].connect(self._chosen)
        self.lineEdit().textEdited.connect(self._search)
        self.lineEdit().editingFinished.connect(self._resolve)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._names: dict[str, list[str]] = {}  # folded names in both languages, and the code
        self._keys: dict[str, list[str]] = {}  # their words
        self.fill()

    def fill(self) -> None:
        """(Re)fill the names in the UI language, keeping the chosen country."""
        code = self.code()
        lang = i18n.current()
        other = "en" if lang == "vi" else "vi"
        self.blockSignals(True)
        self.clear()
        self.addItem("", "")
        for iso, name in countries.names(lang).items():
            self.addItem(name, iso)
            self._names[iso] = [
                " ".join(words(fold(name))),
                " ".join(words(fold(countries.name(iso, other)))),
                iso.casefold(),
            ]
            self._keys[iso] = [word for n in self._names[iso] for word in n.split()]
        self.blockSignals(False)
        self.set_code(code)

    # -- API ---------------------------------------------------------------------------------------
    def code(self) -> str:
        """The chosen ISO code; text that names no country is returned as typed, so the
        form's validation reports it instead of silently dropping it."""
        text = self.currentText().strip()
        if not text:
            return ""
        index = self.currentIndex()
        if index > 0 and self.itemText(index) == text:
            return self.itemData(index)
        return countries.find(text) or text

    def set_code(self, code: str) -> None:
        index = self.findData(code) if code else 0
        if index < 0:  # an unknown code stays visible rather than being lost
            self.setCurrentIndex(0)
            self.setEditText(code)
        else:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))

    # -- inside -------------------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        typed = words(fold(text))
        self._matches.clear()
        if not typed:
            self._completer.popup().hide()
            self.changed.emit()
            return
        phrase = " ".join(typed)
        found = []
        for index in range(1, self.count()):
            code = self.itemData(index)
            names, keys = self._names[code], self._keys[code]
            if all(any(k.startswith(t) for k in keys) for t in typed):
                # Names starting with the typed words first: "han quoc" → Hàn Quốc before
                # "Đặc khu hành chính … Trung Quốc".
                rank = 0 if any(n.startswith(phrase) for n in names) else 1
                found.append((rank, index))
        for _rank, index in sorted(found):
            item = QStandardItem(self.itemText(index))
            item.setData(self.itemData(index), _CODE)
            self._matches.appendRow(item)
        if self._matches.rowCount():
            self._completer.complete()
        else:
            self._completer.popup().hide()
        self.changed.emit()

    def _chosen(self, index: QModelIndex) -> None:
        self.set_code(index.data(_CODE))
        self.changed.emit()

    def _resolve(self) -> None:
        # A name typed in full in either language (or a code) becomes that country's entry.
        text = self.currentText().strip()
        found = countries.find(text) if text else ""
        if found is not None and text != self.itemText(self.findData(found)):
            self.set_code(found)
            self.changed.emit()
