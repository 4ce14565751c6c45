"""Countries by ISO 3166 code, named in the UI language from CLDR (Babel), never a hand list."""

from __future__ import annotations

from functools import cache, lru_cache

from babel import Locale

from store.text import exact, fold, sort_key

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


# Short names staff write that CLDR spells otherwise (its "Australia", "Hoa Kỳ", "Vương quốc Anh").
_ALIASES = {
    "úc": "AU",
    "mỹ": "US",
    "usa": "US",
    "anh": "GB",
    "uk": "GB",
    "ý": "IT",
    "nhật": "JP",
    "korea": "KR",
    "nam triều tiên": "KR",
    "triều tiên": "KP",
    "czech republic": "CZ",
}


@cache
def _lookup() -> tuple[dict[str, str], dict[str, str]]:
    """Names with their accents, and folded names (where "Bỉ" and "Mỹ" meet codes BI and MY)."""
    accented: dict[str, str] = dict(_ALIASES)
    folded: dict[str, str] = {fold(alias): code for alias, code in _ALIASES.items()}
    for lang in ("en", "vi"):
        for code, country_name in names(lang).items():
            accented[exact(country_name)] = code
            folded[fold(country_name)] = code
    return accented, folded


@lru_cache(maxsize=4096)  # an import asks for the same few countries thousands of times
def find(text: str) -> str | None:
    """The code for a country typed by name (Vietnamese or English, any accents) or code.

    A name typed with its accents comes first, then a two-letter code, then a name without
    accents: "Bỉ" is Belgium, "BI" Burundi, "bi" Belgium.
    """
    accented, folded = _lookup()
    typed = exact(text).strip()
    if typed in accented:
        return accented[typed]
    if len(typed) == 2 and typed.isascii() and typed.upper() in names("en"):
        return typed.upper()
    return folded.get(fold(typed))
