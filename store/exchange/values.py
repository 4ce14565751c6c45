"""Cell values ↔ record values: reading what staff type in a spreadsheet, writing it back.

Labels of choice codes (partner kinds, stages …) belong to the GUI's translations
(gui/labels.py and its .ts files); the store does not duplicate them. The caller passes a
`Vocabulary` built from those labels in every language (gui/exchange_words.py); without one,
the stored codes themselves are written and read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from store import countries
from store.catalogue import Catalogue
from store.dates import PartialDate
from store.text import clean, fold

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_YES = {"co", "yes", "y", "x", "true", "1", "dang", "con", "dung", "v"}
_NO = {"khong", "no", "n", "false", "0", "nghi", "het", "sai"}


@dataclass(frozen=True)
class Vocabulary:
    """group → code → language → label, e.g. labels["stage"]["signed"]["vi"] == "Đã ký"."""

    labels: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)

    def label(self, group: str, code: str, lang: str) -> str:
        return self.labels.get(group, {}).get(code, {}).get(lang) or code

    def code(self, group: str, text: str, codes: tuple[str, ...]) -> str | None:
        """The code a cell names: by any language's label or by the code, folded."""
        wanted = fold(text).strip()
        for code in codes:
            names = [
                code,
                code.replace("_", " "),
                *self.labels.get(group, {}).get(code, {}).values(),
            ]
            if wanted in (fold(n) for n in names):
                return code
        return None


@lru_cache(maxsize=4096)  # the same labels come back on every row
def _folded(text: str) -> str:
    return fold(text).strip()


class CellError(ValueError):
    """A cell that cannot be read; `code` is the rejection reason (see importer.Rejection)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def text(cell: object) -> str:
    """Any cell as stored text: numbers without a spurious ".0" (phone numbers), NFC, trimmed."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat(" ")
    return clean(str(cell))


def split(cell: object, known: Callable[[str], bool] = lambda name: False) -> list[str]:
    """Several values in one cell, separated by ";" or ",".

    With no ";", commas inside a known name ("Giáo dục, đào tạo") do not split it: the longest
    run of comma-separated parts that `known` accepts is taken as one value.
    """
    value = text(cell)
    if not value:
        return []
    if ";" in value:
        return [p.strip() for p in value.split(";") if p.strip()]
    parts = [p.strip() for p in value.split(",")]
    found: list[str] = []
    start = 0
    while start < len(parts):
        end = next(
            (e for e in range(len(parts), start + 1, -1) if known(", ".join(parts[start:e]))),
            start + 1,
        )
        found.append(", ".join(parts[start:end]))
        start = end
    return [p for p in found if p]


def date(cell: object) -> PartialDate | None:
    return PartialDate.from_cell(cell.strip() if isinstance(cell, str) else cell)


def country(cell: object) -> str:
    value = text(cell)
    if not value:
        return ""
    code = countries.find(value)
    if not code:
        raise CellError("country")
    return code


def number(cell: object) -> int | None:
    if cell is None or text(cell) == "":
        return None
    try:
        value = float(text(cell).replace(",", "."))
    except ValueError:
        raise CellError("number") from None
    if not value.is_integer():
        raise CellError("number")
    return int(value)


def yes_no(cell: object) -> bool | None:
    if isinstance(cell, bool):
        return cell
    value = fold(text(cell))
    if not value:
        return None
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise CellError("yes_no")


class FieldNames:
    """Fields of cooperation by code, Vietnamese or English label (from the catalogue's table)."""

    def __init__(self, cat: Catalogue) -> None:
        self.labels: dict[str, tuple[str, str]] = {}
        self._codes: dict[str, str] = {}
        for code, vi, en in cat.db.execute("SELECT code, label_vi, label_en FROM fields"):
            self.labels[code] = (vi, en)
            for name in (code, vi, en):
                self._codes.setdefault(fold(name).strip(), code)

    def code(self, name: str) -> str | None:
        return self._codes.get(_folded(name))

    def label(self, code: str, lang: str) -> str:
        vi, en = self.labels.get(code, (code, code))
        return vi if lang == "vi" else en


def neutralise(value: str) -> str:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP advice)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


_APOSTROPHE = re.compile(r"^'(?=[=+\-@\t\r])")


def unneutralise(value: str) -> str:
    """The text as typed, from a cell that export neutralised."""
    return _APOSTROPHE.sub("", value) if value.startswith("'") else value


def yes_no_text(value: bool, lang: str) -> str:
    return ("có" if value else "không") if lang == "vi" else ("yes" if value else "no")
