"""A disk that refuses a write: a clear error code, nothing half-written, the data as it was.

Also the checks on open that offer a way out: salvage read-only, the newest good backup, and the
warning for network drives and synced folders.
"""

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from store import backups, repository
from store.catalogue import Catalogue, CatalogueError
from store.migrations import SCHEMA_VERSION
from store.partners import SPEC as PARTNERS
from store.paths import CLOUD, NETWORK, sharing_risk
from store.records import Partner

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def partner_names(cat: Catalogue) -> list[str]:
    return [r[0] for r in cat.db.execute("SELECT name FROM partners ORDER BY id")]


def test_disk_full_saves_nothing_and_keeps_everything(cat: Catalogue) -> None:
    before = partner_names(cat)
    pages = cat.db.execute("PRAGMA page_count").fetchone()[0]
    cat.db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full now
    with pytest.raises(CatalogueError) as error:
        repository.save(cat, PARTNERS, Partner(name="x" * 200_000))
    assert error.value.code == CatalogueError.DISK_FULL
    cat.db.execute("PRAGMA max_page_count = 1073741823")
    assert partner_names(cat) == before
    assert cat.integrity_problems() == []
    # Once there is room again the same save works.
    repository.save(cat, PARTNERS, Partner(name="After freeing space"))
    assert partner_names(cat)[-1] == "After freeing space"


def test_read_only_file_is_named_as_such(cat: Catalogue) -> None:
    before = partner_names(cat)
    cat.db.execute("PRAGMA query_only = ON")  # what SQLite reports for a read-only file
    with pytest.raises(CatalogueError) as error:
        repository.save(cat, PARTNERS, Partner(name="Not written"))
    assert error.value.code == CatalogueError.NOT_WRITABLE
    cat.db.execute("PRAGMA query_only = OFF")
    assert partner_names(cat) == before


def test_file_removed_while_open_is_not_written_to_a_ghost(cat: Catalogue, tmp_path: Path) -> None:
    moved = tmp_path / "moved.partnerbook"
    shutil.move(cat.path, moved)
    with pytest.raises(CatalogueError) as error:
        repository.save(cat, PARTNERS, Partner(name="Lost if written"))
    assert error.value.code == CatalogueError.GONE
    shutil.move(moved, cat.path)
    saved = repository.save(cat, PARTNERS, Partner(name="Saved once the file is back"))
    assert saved.id is not None


def test_a_bug_is_not_disguised_as_a_disk_error(cat: Catalogue) -> None:
    with pytest.raises(sqlite3.OperationalError), cat.transaction() as db:
        db.execute("SELECT * FROM no_such_table")


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(2 * 4096, min(len(data), 12 * 4096), 7):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def test_newest_good_backup_skips_damaged_copies_and_recovers_beside(
    cat: Catalogue, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    good = backups.make(cat, folder, "daily")
    newer = backups.make(cat, folder, "manual")
    damage(newer)
    path = cat.path
    cat.close()
    damage(path)
    damaged = digest(path)
    assert backups.newest_good(folder, path.stem) == good
    recovered = backups.recover(good, path)
    assert recovered.parent == path.parent and recovered != path
    assert digest(path) == damaged, "the damaged file is kept exactly as it was"
    copy = Catalogue.open(recovered)
    assert len(partner_names(copy)) == 17
    copy.close()


def test_salvage_opens_a_newer_file_read_only_and_leaves_it_unchanged(sample_path: Path) -> None:
    conn = sqlite3.connect(sample_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('partnerbook', '9999_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    before = digest(sample_path)
    cat = Catalogue.open(sample_path, read_only=True, salvage=True)
    assert cat.read_only and len(partner_names(cat)) == 17
    with pytest.raises(CatalogueError) as error:
        repository.save(cat, PARTNERS, Partner(name="No"))
    assert error.value.code == CatalogueError.READ_ONLY
    cat.close()
    assert digest(sample_path) == before


def test_salvage_still_refuses_a_file_that_is_not_a_catalogue(tmp_path: Path) -> None:
    path = tmp_path / "letter.partnerbook"
    path.write_bytes(b"Dear partner" * 100)
    with pytest.raises(CatalogueError) as error:
        Catalogue.open(path, read_only=True, salvage=True)
    assert error.value.code == CatalogueError.NOT_CATALOGUE


@pytest.mark.parametrize(
    "fixture",
    [
        p
        for p in sorted(FIXTURES.glob("catalogue-v*.partnerbook"))
        if int(p.stem.rsplit("v", 1)[1]) < SCHEMA_VERSION
    ],
    ids=str,
)
def test_migration_is_preceded_by_a_verified_backup(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "office.partnerbook"
    shutil.copy(fixture, path)
    Catalogue.open(path, backup_folder=tmp_path / "b").close()
    (kept,) = backups.backups(tmp_path / "b", "office")
    assert kept.reason == "migration"
    raw = sqlite3.connect(f"{kept.path.as_uri()}?mode=ro", uri=True)
    applied = raw.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    raw.close()
    assert applied < SCHEMA_VERSION, "the copy holds the file as it was"
    old = Catalogue.open(kept.path, read_only=True)
    assert partner_names(old)
    old.close()


MOUNTS = """\
/dev/vda1 / ext4 rw 0 0
//server/share /mnt/office cifs rw 0 0
server:/export /srv/nfs nfs4 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "risk"),
    [
        ("/home/lan/catalogue.partnerbook", None),
        ("/mnt/office/hop-tac/catalogue.partnerbook", NETWORK),
        ("/srv/nfs/catalogue.partnerbook", NETWORK),
        ("/mnt/officer/catalogue.partnerbook", None),
        ("/home/lan/OneDrive - UBND/catalogue.partnerbook", CLOUD),
        ("/home/lan/Dropbox/catalogue.partnerbook", CLOUD),
    ],
)
def test_network_drives_and_synced_folders_are_recognised(path: str, risk: str | None) -> None:
    assert sharing_risk(Path(path), MOUNTS) == risk


def test_background_check_finds_damage_and_no_write_reaches_the_file(
    sample_path: Path, damage_table
) -> None:
    damage_table(sample_path, "history")
    before = digest(sample_path)
    cat = Catalogue.open(sample_path, check_in_background=True)  # opens at once
    assert cat.checked(timeout=30)
    assert cat.damage is not None and cat.damage.code == CatalogueError.DAMAGED
    with pytest.raises(CatalogueError) as error:
        repository.save(cat, PARTNERS, Partner(name="Never written"))
    assert error.value.code == CatalogueError.DAMAGED
    cat.close()
    assert digest(sample_path) == before


def test_a_sound_file_checked_in_background_saves_normally(sample_path: Path) -> None:
    cat = Catalogue.open(sample_path, check_in_background=True)
    saved = repository.save(cat, PARTNERS, Partner(name="Saved after the check"))
    assert cat.damage is None and saved.id is not None
    cat.close()


def test_restoring_over_a_damaged_file_keeps_it_aside(cat: Catalogue, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    good = backups.make(cat, folder)
    path = cat.path
    cat.close()
    damage(path)
    damaged = digest(path)
    safety = backups.restore(good, path, folder)
    assert safety is not None and digest(safety) == damaged
    assert backups.newest_good(folder, path.stem) == good, "the damaged copy is not a backup"
    restored = Catalogue.open(path)
    assert len(partner_names(restored)) == 17
    restored.close()


def test_a_file_locked_by_another_program_waits_then_says_so(cat: Catalogue) -> None:
    before = partner_names(cat)
    other = sqlite3.connect(cat.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program writing, and not letting go
    cat.db.execute("PRAGMA busy_timeout = 200")  # the app waits 5 s; the test need not
    try:
        with pytest.raises(CatalogueError) as error:
            repository.save(cat, PARTNERS, Partner(name="Waiting for the lock"))
        assert error.value.code == CatalogueError.LOCKED
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert partner_names(cat) == before
    repository.save(cat, PARTNERS, Partner(name="Saved once the lock is gone"))
    assert partner_names(cat)[-1] == "Saved once the lock is gone"
