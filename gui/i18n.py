"""Qt translations for every front door (window and command line). Imports QtCore only."""

from __future__ import annotations

import locale
import os

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
