"""The desktop application: QApplication, fonts, translations, the catalogue, the main window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from gui import i18n
from gui.fonts import ui_font
from gui.main_window import MainWindow, ensure_sample_catalogue
from gui.messages import catalogue_error
from gui.settings import Settings
from store.catalogue import SUFFIX, Catalogue, CatalogueError
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


def open_or_ask(path: Path) -> Catalogue | None:
    """Open `path`; when refused, say why and offer read-only, another file or the sample."""
    while True:
        try:
            return Catalogue.open(path)
        except CatalogueError as error:
            box = QMessageBox(QMessageBox.Icon.Warning, "Partnerbook", catalogue_error(error))
            read_only = None
            if error.code == CatalogueError.LOCKED:
                read_only = box.addButton(
                    QApplication.translate("App", "Open read-only"),
                    QMessageBox.ButtonRole.AcceptRole,
                )
            other = box.addButton(
                QApplication.translate("App", "Choose another file…"),
                QMessageBox.ButtonRole.ActionRole,
            )
            sample_button = box.addButton(
                QApplication.translate("App", "Open the sample catalogue"),
                QMessageBox.ButtonRole.ActionRole,
            )
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            clicked = box.clickedButton()
            if read_only is not None and clicked is read_only:
                try:
                    return Catalogue.open(path, read_only=True)
                except CatalogueError:
                    continue
            if clicked is other:
                chosen, _ = QFileDialog.getOpenFileName(
                    None, "Partnerbook", str(path.parent), f"*{SUFFIX};;*"
                )
                if chosen:
                    path = Path(chosen)
                    continue
                return None
            if clicked is sample_button:
                path = ensure_sample_catalogue()
                continue
            return None


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
    cat = open_or_ask(choose_path(args, settings))
    if cat is None:
        return 2
    window = MainWindow(cat, settings)
    if quit_after := os.environ.get("PARTNERBOOK_QUIT_AFTER_MS"):
        QuitAfterFirstPaint(window, int(quit_after))
    window.show()
    return app.exec()
