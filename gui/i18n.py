"""Qt translations for every front door (window and command line). Imports QtCore only."""

from __future__ import annotations

import locale
import os
from functools import cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from store.paths import resource

LANGUAGES = ("vi", "en")
_installed: list[QTranslator] = []


def system_language() -> str:
    """Vietnamese when the system speaks it, English otherwise."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable)
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    code = locale.getlocale()[0] or QLocale.system().name()
    return "vi" if code.lower().startswith("vi") else "en"


def install(lang: str) -> None:
    """Translate every later `tr()`/`translate()` call into `lang` ('vi' or 'en')."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    candidates = [(f"partnerbook_{lang}", str(resource("translations")))]
    # Qt's own strings (standard buttons, dialogs): ours first, then Qt's if it ships one.
    candidates.append((f"qtbase_{lang}", str(resource("translations"))))
    candidates.append(
        (f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    )
    loaded: set[str] = set()
    for name, folder in candidates:
        if name in loaded:
            continue
        translator = QTranslator()
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            loaded.add(name)
    QLocale.setDefault(
        QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English)
    )


def current() -> str:
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class Translation:
    """The texts of one language, asked for directly: unlike install(), nothing global changes,
    so a printout in a language other than the UI's can be worded on any thread (QTranslator's
    lookups only read)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._translator: QTranslator | None = QTranslator()
        if not self._translator.load(f"partnerbook_{lang}", str(resource("translations"))):
            self._translator = None

    def translate(self, context: str, text: str) -> str:
        """`text` in this language; the English source text when the translation lacks it."""
        found = self._translator.translate(context, text) if self._translator else ""
        return found or text


@cache
def translation(lang: str) -> Translation:
    return Translation(lang)
