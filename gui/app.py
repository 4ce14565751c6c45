"""The desktop application: QApplication, fonts, translations, the catalogue, the main window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

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


class QuitAfterFirstPaint(QObject):
    """Quits the app `delay_ms` after `window` is first painted: start-up smoke tests and timings
    (PARTNERBOOK_QUIT_AFTER_MS; see tests/test_bundle.py and bench/frozen.py)."""

    def __init__(self, window: QWidget, delay_ms: int) -> None:
        super().__init__(window)
        self.delay_ms = delay_ms
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(self.delay_ms, QApplication.quit)
        return False


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
    if quit_after := os.environ.get("PARTNERBOOK_QUIT_AFTER_MS"):
        QuitAfterFirstPaint(window, int(quit_after))
    window.show()
    return app.exec()
