"""Text rules shared by every record: NFC storage, search folding, Vietnamese sort order."""

from __future__ import annotations

import re
import unicodedata

# Marks that change a Vietnamese letter (ă â ê ô ơ ư) as opposed to tone marks.
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"
# Tone order used by Vietnamese dictionaries: none, huyền, sắc, hỏi, ngã, nặng.
_TONES = {"\u0300": "1", "\u0301": "2", "\u0309": "3", "\u0303": "4", "\u0323": "5"}
_LETTER_VARIANT = {_BREVE: 1, _CIRCUMFLEX: 2, _HORN: 3}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Combining diacritical marks, less U+034F (a joiner that unicodedata.combining() keeps).
_LATIN_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]")


def clean(value: str | None) -> str:
    """What is stored for any user text: NFC, control characters dropped, outer spaces trimmed."""
    if not value:
        return ""
    if value.isprintable() and unicodedata.is_normalized("NFC", value):
        return value.strip()  # the usual text: no control character, nothing to compose
    return _CONTROL.sub("", unicodedata.normalize("NFC", value)).strip()


def fold(value: str | None) -> str:
    """Search form: lower case, no accents, đ→d. Other scripts (Hangul, kana) are kept."""
    if not value:
        return ""
    # The accents of Latin letters in one regex pass; only text left with other letters (Hangul,
    # kana …) is walked letter by letter for the rarer marks.
    text = _LATIN_MARKS.sub("", unicodedata.normalize("NFD", value.casefold()))
    text = text.replace("đ", "d").replace("ð", "d").replace("ø", "o").replace("ł", "l")
    if not text.isascii():
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", text)


def exact(value: str | None) -> str:
    """Accent-keeping search form: lower case NFC, used to rank hits typed with their accents."""
    return unicodedata.normalize("NFC", (value or "").casefold())


def sort_key(value: str | None) -> str:
    """A key whose binary order is Vietnamese alphabetical order (a ă â b c d đ e ê …).

    Letters compare first; tones only break ties, as in Vietnamese dictionaries. The key is plain
    text so SQLite orders it with its default BINARY collation and no custom function.
    """
    text = clean(value).casefold()
    if _KEYED.issuperset(text):  # each letter's part of the key is known: two C-level passes
        return text.translate(_PRIMARY) + "\x01" + text.translate(_TONE)
    return _sort_key(unicodedata.normalize("NFD", text))


def _sort_key(decomposed: str) -> str:
    """The key of NFD text, letter by letter: marks change the letter or tone before them."""
    primary: list[str] = []
    tones: list[str] = []
    for ch in decomposed:
        if unicodedata.combining(ch):
            if ch in _TONES and tones:
                tones[-1] = _TONES[ch]
            elif ch in _LETTER_VARIANT and primary:
                primary[-1] = chr(ord(primary[-1]) + _LETTER_VARIANT[ch])
            continue
        if ch == "đ":
            primary.append(chr(ord("d") * 4 + 1))
        elif ch < "\u0250":
            primary.append(chr(ord(ch) * 4))
        else:
            # Other scripts after every Latin letter (whose keys stay below U+0950).
            primary.append(ch if ord(ch) >= 0x1000 else chr(ord(ch) + 0x1000))
        tones.append("0")
    return "".join(primary) + "\x01" + "".join(tones)


def _keyed_letters() -> tuple[frozenset[str], dict[int, str], dict[int, str]]:
    """Latin letters (Vietnamese ones included) whose key part does not depend on their
    neighbours: they decompose to one base letter and its own marks. A text made only of them
    gets the same key from str.translate as from `_sort_key`."""
    primary: dict[int, str] = {}
    tone: dict[int, str] = {}
    for code in [*range(0x250), *range(0x1E00, 0x1F00)]:
        decomposed = unicodedata.normalize("NFD", chr(code))
        if unicodedata.combining(decomposed[0]):
            continue
        head, tail = _sort_key(decomposed).split("\x01")
        primary[code], tone[code] = head, tail
    return frozenset(map(chr, primary)), primary, tone


_KEYED, _PRIMARY, _TONE = _keyed_letters()

_WORD = re.compile(r"\w+")


def words(value: str) -> list[str]:
    """The words of a text as the search index tokenises them."""
    return _WORD.findall(value)
