"""The desktop application: QApplication, fonts, translations, the catalogue, the main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from gui import i18n
from gui.fonts import ui_font
from gui.main_window import MainWindow
from gui.opening import ensure_sample_catalogue, open_catalogue
from gui.settings import Settings
from store.paths import default_catalogue


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="partnerbook", add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--sample", action="store_true")
    parser.add_argument("--lang", choices=i18n.LANGUAGES)
    # Qt's own options (-platform offscreen …) pass through untouched.
    return parser.parse_known_args(argv)[0]


def choose_path(args: argparse.Namespace, settings: Settings) -> Path:
    """--db, then --sample, then the last catalogue, then the default one, else the sample."""
    if args.db:
        return Path(args.db)
    if args.sample:
        return ensure_sample_catalogue()
    if last := settings.last_catalogue():
        return Path(last)
    default = default_catalogue()
    return default if default.exists() else ensure_sample_catalogue()


def run(argv: list[str]) -> int:
    args = _arguments(argv)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName("Partnerbook")
    app.setApplicationName("Partnerbook")
    app.setFont(ui_font())
    settings = Settings()
    if args.lang:
        settings.set("language", args.lang)
    i18n.install(settings.language())
    cat = open_catalogue(choose_path(args, settings), settings, None)
    if cat is None:
        return 2
    window = MainWindow(cat, settings)
    window.show()
    return app.exec()
