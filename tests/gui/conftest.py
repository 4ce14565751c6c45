from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from gui import i18n
from gui.main_window import MainWindow
from gui.settings import Settings


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, cat, settings):
    """The main window on a fresh copy of the sample catalogue, in English."""
    i18n.install("en")
    win = MainWindow(cat, settings)
    qtbot.addWidget(win)
    win.show()  # hidden lists are not queried until shown, as for a user
    qtbot.waitExposed(win)
    win.overview.today = dt.date(2026, 11, 24)
    with qtbot.waitSignal(win.overview.updated):
        win.overview.refresh()
    yield win
    win.watch.stop()
    i18n.install("en")
