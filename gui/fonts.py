"""The bundled fonts, so Vietnamese, French and Korean render (and print) on every machine."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from store.paths import resource

# The Vietnamese-complete family first: a Korean font first would mix glyphs in Vietnamese words.
FAMILIES = ["Be Vietnam Pro", "Noto Sans KR"]


@cache
def install_fonts() -> list[str]:
    """Register every bundled font with Qt (once) and return the families found."""
    found: list[str] = []
    for path in sorted(resource("fonts").glob("*.[ot]tf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        found += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in found]
    return found


def ui_font(point_size: float = 10) -> QFont:
    install_fonts()
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(point_size)
    return font
