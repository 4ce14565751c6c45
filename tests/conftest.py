"""Shared fixtures. The offscreen platform is set before anything imports Qt."""

from __future__ import annotations

import os
import shutil
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
