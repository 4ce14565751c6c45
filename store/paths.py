"""Where things live: bundled resources (from source or frozen) and the user's catalogue."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Partnerbook"


def resource(*parts: str) -> Path:
    """A file under resources/, from a source checkout or inside a PyInstaller bundle."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base.joinpath("resources", *parts)


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def default_catalogue() -> Path:
    """PARTNERBOOK_DB when set, else the catalogue in the user's data folder."""
    env = os.environ.get("PARTNERBOOK_DB")
    return Path(env) if env else data_dir() / "catalogue.partnerbook"
