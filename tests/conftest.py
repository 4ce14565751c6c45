"""Shared fixtures. The offscreen platform is set before anything imports Qt."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings and data folders of the test run, never the developer's own.
_HOME = tempfile.mkdtemp(prefix="partnerbook-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
os.environ.pop("PARTNERBOOK_DB", None)

import pytest  # noqa: E402 - the environment above must be set first

from store import sample  # noqa: E402
from store.catalogue import Catalogue  # noqa: E402


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample catalogue, built once per run; tests get copies."""
    path = tmp_path_factory.mktemp("template") / "sample.partnerbook"
    sample.create(path).close()
    return path


@pytest.fixture
def sample_path(sample_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "sample.partnerbook"
    shutil.copy(sample_template, path)
    return path


@pytest.fixture
def cat(sample_path: Path):
    catalogue = Catalogue.open(sample_path)
    yield catalogue
    catalogue.close()


@pytest.fixture
def empty_cat(tmp_path: Path):
    catalogue = Catalogue.create(tmp_path / "empty.partnerbook")
    yield catalogue
    catalogue.close()


def _damage_table(path: Path, table: str) -> None:
    """Break one table's page so that quick_check finds it, leaving the schema readable."""
    conn = sqlite3.connect(path)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()
    (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start + 3 : start + 5] = b"\xff\x7f"  # an impossible number of cells
    path.write_bytes(bytes(data))


@pytest.fixture
def damage_table():
    """damage_table(path, table): damage found by the page check, not by opening the file."""
    return _damage_table
