import hashlib
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest

from store import lists, sample
from store.catalogue import Catalogue, CatalogueError
from store.migrations import SCHEMA_VERSION
from store.overview import overview

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(path: Path, code: str) -> None:
    before = digest(path)
    with pytest.raises(CatalogueError) as error:
        Catalogue.open(path)
    assert error.value.code == code
    assert digest(path) == before, "a refused file must be left byte-for-byte unchanged"


def test_text_file_is_not_a_catalogue(tmp_path: Path) -> None:
    path = tmp_path / "notes.partnerbook"
    path.write_text("hello")
    refused(path, CatalogueError.NOT_CATALOGUE)


def test_other_sqlite_file_is_not_a_catalogue(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    refused(path, CatalogueError.NOT_CATALOGUE)


def test_newer_catalogue_is_refused(sample_path: Path) -> None:
    conn = sqlite3.connect(sample_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('partnerbook', '9999_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    refused(sample_path, CatalogueError.NEWER)


def test_damaged_catalogue_is_refused(sample_path: Path) -> None:
    data = bytearray(sample_path.read_bytes())
    page = 4096
    for offset in range(2 * page, min(len(data), 12 * page), 7):
        data[offset] = 0xA5
    sample_path.write_bytes(bytes(data))
    refused(sample_path, CatalogueError.DAMAGED)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError) as error:
        Catalogue.open(tmp_path / "nothing.partnerbook")
    assert error.value.code == CatalogueError.MISSING


def test_create_refuses_to_overwrite(sample_path: Path) -> None:
    before = digest(sample_path)
    with pytest.raises(CatalogueError) as error:
        sample.create(sample_path)
    assert error.value.code == CatalogueError.EXISTS
    assert digest(sample_path) == before


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("catalogue-v*.partnerbook")), ids=str)
def test_every_released_schema_opens(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    cat = Catalogue.open(path)
    assert cat.schema_version == SCHEMA_VERSION
    assert cat.integrity_problems() == []
    assert cat.db.execute("SELECT count(*) FROM partners").fetchone()[0] > 0
    cat.close()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("catalogue-v*.partnerbook")), ids=str)
def test_every_released_schema_reads_read_only_in_every_list_order(
    fixture: Path, tmp_path: Path
) -> None:
    """A file that may not be written (a read-only share, a write-protected stick) is not
    migrated: a migrated copy is read instead, and the file stays byte for byte as it was."""
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    before = digest(path)
    copies = set(Path(tempfile.gettempdir()).glob("partnerbook-read-only-*"))
    cat = Catalogue.open(path, read_only=True)
    for kind, columns in lists.COLUMNS.items():
        for column in columns:
            listing = lists.listing(cat, kind, lists.Filter(in_force_only=True), column)
            assert lists.rows(cat, kind, listing.ids(0, 50)).keys() == set(listing.ids(0, 50))
        assert lists.listing(cat, kind, None, columns[0]).count() > 0
    twin = cat.twin()
    assert overview(twin).totals["partner"] > 0
    twin.close()
    cat.close()
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [fixture.name]
    assert set(Path(tempfile.gettempdir()).glob("partnerbook-read-only-*")) == copies  # removed


def test_there_is_a_fixture_for_the_current_schema() -> None:
    assert (FIXTURES / f"catalogue-v{SCHEMA_VERSION}.partnerbook").exists()


def test_rollback_journal_not_wal(cat: Catalogue) -> None:
    assert cat.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_failed_transaction_leaves_nothing(cat: Catalogue) -> None:
    before = cat.db.execute("SELECT count(*) FROM partners").fetchone()[0]
    with pytest.raises(RuntimeError), cat.transaction() as db:
        db.execute(
            "INSERT INTO partners (name, uuid, created_at, updated_at) VALUES ('x', 'u', '', '')"
        )
        raise RuntimeError
    assert cat.db.execute("SELECT count(*) FROM partners").fetchone()[0] == before
