"""The one partial-date type: a year, a year-month or a day, optionally a range.

Stored as ISO-8601 text ("2001", "2018-06", "2023-04-13", "2023-04-13/2023-04-16") so that plain
text order is date order. Parsed from what staff type; formatted dd/mm/yyyy in Vietnamese and
"13 Apr 2023" in English.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from store.text import fold

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MONTHS_EN = [m.lower() for m in calendar.month_abbr[1:]]
# Day 0 of Excel's 1900 date system, counting its phantom 29/02/1900 (serials from March 1900 on).
_EXCEL_EPOCH = dt.date(1899, 12, 30)
# Words staff put around a date: "năm 2001", "đầu năm 2022", "tháng 6/2018", "early 2022".
_FILLER = re.compile(
    r"\b(ngay|thang|nam|dau|cuoi|giua|khoang|vao|tu|early|late|mid|in|around|on|the|of|from)\b"
)


class DateError(ValueError):
    """A date that cannot be accepted. `code` is one of UNREADABLE, IMPOSSIBLE, END_BEFORE_START."""

    UNREADABLE = "unreadable"
    IMPOSSIBLE = "impossible"
    END_BEFORE_START = "end_before_start"

    def __init__(self, code: str, text: str = "") -> None:
        super().__init__(f"{code}: {text!r}")
        self.code = code
        self.text = text


def _check(year: int, month: int | None = None, day: int | None = None) -> str:
    if not 1000 <= year <= 9999:
        raise DateError(DateError.IMPOSSIBLE)
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        raise DateError(DateError.IMPOSSIBLE)
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        dt.date(year, month, day)
    except ValueError:
        raise DateError(DateError.IMPOSSIBLE) from None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # "13/4/23": the nearest century
        year += 2000 if year <= dt.date.today().year % 100 + 20 else 1900
    elif len(text) != 4:
        raise DateError(DateError.UNREADABLE)
    return year


def _bounds(iso: str) -> tuple[dt.date, dt.date]:
    m = _ISO.match(iso)
    if not m:
        raise DateError(DateError.UNREADABLE, iso)
    year = int(m[1])
    if m[3]:
        day = dt.date(year, int(m[2]), int(m[3]))
        return day, day
    if m[2]:
        month = int(m[2])
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


@dataclass(frozen=True)
class PartialDate:
    start: str
    end: str | None = None

    def __post_init__(self) -> None:
        if self.end is not None and _bounds(self.end)[1] < _bounds(self.start)[0]:
            raise DateError(DateError.END_BEFORE_START)

    # -- storage -------------------------------------------------------------------------------
    @property
    def iso(self) -> str:
        return self.start if self.end is None else f"{self.start}/{self.end}"

    @classmethod
    def from_iso(cls, text: str | None) -> PartialDate | None:
        if not text:
            return None
        start, _, end = text.partition("/")
        _bounds(start)
        if end:
            _bounds(end)
        return cls(start, end or None)

    # -- meaning ---------------------------------------------------------------------------------
    @property
    def first_day(self) -> dt.date:
        return _bounds(self.start)[0]

    @property
    def last_day(self) -> dt.date:
        return _bounds(self.end or self.start)[1]

    @property
    def year(self) -> int:
        return int(self.start[:4])

    # -- what staff type --------------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str | None) -> PartialDate | None:
        """Read what staff type; None for empty text. Raises DateError naming the problem."""
        raw = fold(text or "").strip()
        if not raw:
            return None
        if _ISO.match(raw):
            return cls(_iso_point(raw))
        if "/" in raw and all(_ISO.match(p.strip()) for p in raw.split("/")):
            start, end = (p.strip() for p in raw.split("/", 1))
            return cls._range(_iso_point(start), _iso_point(end))
        cleaned = _FILLER.sub(" ", raw).replace(",", " ").strip()
        parts = _split_range(cleaned)
        if len(parts) == 1:
            return cls(_point(parts[0]))
        start_text, end_text = parts
        end = _point(end_text)
        start = _point_completed(start_text, end)
        return cls._range(start, end)

    @classmethod
    def from_cell(cls, value: object) -> PartialDate | None:
        """Read a spreadsheet cell: a date cell, a number (a year, or an Excel serial day), text."""
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls(_check(value.year, value.month, value.day))
        if isinstance(value, bool):
            raise DateError(DateError.UNREADABLE, str(value))
        if isinstance(value, int | float):
            if value == int(value) and 1000 <= value <= 9999:
                return cls(_check(int(value)))
            if not 1 <= value < 2_958_466:  # Excel's last day is 31/12/9999
                raise DateError(DateError.UNREADABLE, str(value))
            day = _EXCEL_EPOCH + dt.timedelta(days=int(value))
            return cls(_check(day.year, day.month, day.day))
        return cls.parse(None if value is None else str(value))

    @classmethod
    def _range(cls, start: str, end: str) -> PartialDate:
        return cls(start, None if start == end else end)

    def format(self, lang: str = "vi") -> str:
        if self.end is None:
            return _format_point(self.start, lang)
        s, e = self.start, self.end
        if lang == "vi" and len(s) == len(e) == 10 and s[:7] == e[:7]:
            return f"{s[8:]}–{_format_point(e, lang)}"
        return f"{_format_point(s, lang)} – {_format_point(e, lang)}"

    def __str__(self) -> str:
        return self.iso


def _iso_point(text: str) -> str:
    m = _ISO.match(text)
    if not m:
        raise DateError(DateError.UNREADABLE, text)
    return _check(int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None)


def _split_range(text: str) -> list[str]:
    """Split "13-16/4/2023", "13/4/2023 - 16/4/2023", "2018 – 2021" into start and end texts."""
    for sep in ("–", "—", " - ", " den ", " to ", " until "):
        if sep in f" {text} ":
            left, right = f" {text} ".split(sep, 1)
            return [left.strip(), right.strip()]
    m = re.match(r"^(\d{1,2})-(\d{1,2}[./]\d{1,2}[./]\d{2,4})$", text)  # 13-16/4/2023
    if m:
        return [m[1], m[2]]
    m = re.match(r"^(\d{4})-(\d{4})$", text)  # 2018-2021
    if m:
        return [m[1], m[2]]
    return [text]


_NUMERIC = re.compile(r"^(?:(\d{1,2})[./-])?(?:(\d{1,2})[./-])?(\d{4}|\d{2})$")
_WORDY = re.compile(r"^(?:(\d{1,2})\s+)?([a-z]{3,9})\.?\s+(\d{4})$")  # 13 apr 2023, april 2023


def _point(text: str) -> str:
    text = " ".join(text.split())
    if _ISO.match(text):
        return _iso_point(text)
    m = _NUMERIC.match(text)
    if m:
        first, second, year_text = m[1], m[2], m[3]
        if first is None and second is None and len(year_text) == 2:
            raise DateError(DateError.UNREADABLE, text)
        year = _year(year_text)
        if second is None:
            return _check(year, int(first) if first else None)
        return _check(year, int(second), int(first))
    m = _WORDY.match(text)
    if m and m[2][:3] in _MONTHS_EN:
        month = _MONTHS_EN.index(m[2][:3]) + 1
        return _check(int(m[3]), month, int(m[1]) if m[1] else None)
    raise DateError(DateError.UNREADABLE, text)


def _point_completed(text: str, end: str) -> str:
    """The start of a range may leave out what it shares with the end: "13" of "13-16/4/2023"."""
    text = text.strip()
    m = re.match(r"^(\d{1,2})(?:[./](\d{1,2}))?$", text)
    if m and len(end) == 10:
        month = int(m[2]) if m[2] else int(end[5:7])
        return _check(int(end[:4]), month, int(m[1]))
    return _point(text)


def _format_point(iso: str, lang: str) -> str:
    parts = iso.split("-")
    if lang == "vi":
        return "/".join(reversed(parts))
    if len(parts) == 1:
        return parts[0]
    month = calendar.month_abbr[int(parts[1])]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{int(parts[2])} {month} {parts[0]}"
