"""The desktop application: QApplication, fonts, translations, the main window."""

from __future__ import annotations


def run(argv: list[str]) -> int:
    raise SystemExit("The desktop window arrives with the desktop-app issue.")
