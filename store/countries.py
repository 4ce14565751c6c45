"""Countries by ISO 3166 code, named in the UI language from CLDR (Babel), never a hand list."""

from __future__ import annotations

from functools import cache

from babel import Locale

from store.text import fold, sort_key

# CLDR territories that are not countries (continents, regions, unknown, EU-style groupings).
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}


@cache
def names(lang: str) -> dict[str, str]:
    """Code → name in `lang` ('vi' or 'en'), two-letter codes only, sorted by name."""
    territories = Locale(lang).territories
    found = {
        code: name
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }
    return dict(sorted(found.items(), key=lambda item: sort_key(item[1])))


def name(code: str, lang: str) -> str:
    return names(lang).get(code, code)


def is_country(code: str) -> bool:
    return code in names("en")


@cache
def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for lang in ("en", "vi"):
        for code, country_name in names(lang).items():
            table[fold(country_name)] = code
    for code in names("en"):
        table[code.casefold()] = code
    return table


def find(text: str) -> str | None:
    """The code for a country typed by name (Vietnamese or English, any accents) or code."""
    return _lookup().get(fold(text).strip())
