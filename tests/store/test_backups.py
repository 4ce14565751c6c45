import datetime as dt
import hashlib
from pathlib import Path

import pytest

from store import backups, repository
from store.catalogue import Catalogue, CatalogueError
from store.partners import SPEC as PARTNERS
from store.records import Partner


def test_backup_is_a_verified_catalogue(cat, tmp_path: Path) -> None:
    copy = backups.make(cat, tmp_path / "b")
    other = Catalogue.open(copy)
    assert other.db.execute("SELECT count(*) FROM partners").fetchone()[0] == 17
    other.close()
    assert backups.backups(tmp_path / "b", cat.path.stem)[0].path == copy


def test_daily_backup_only_once_a_day(cat, tmp_path: Path) -> None:
    assert backups.make_daily(cat, tmp_path) is not None
    assert backups.make_daily(cat, tmp_path) is None


def test_rotation_keeps_days_weeks_months(tmp_path: Path) -> None:
    start = dt.datetime(2026, 11, 24, 9, 0, 0)
    for n in range(400):
        stamp = (start - dt.timedelta(days=n)).strftime("%Y%m%d-%H%M%S")
        (tmp_path / f"office-{stamp}-daily.partnerbook").write_bytes(b"x")
    backups.rotate(tmp_path, "office", now=start)
    kept = [b.made.date() for b in backups.backups(tmp_path, "office")]
    assert kept[:7] == [(start - dt.timedelta(days=n)).date() for n in range(7)]
    assert len(kept) <= 7 + 4 + 12
    assert min(kept) < dt.date(2026, 1, 1)  # monthly copies reach back a year


def test_restore_backs_up_the_current_file_first(cat, tmp_path: Path) -> None:
    copy = backups.make(cat, tmp_path / "b")
    repository.save(cat, PARTNERS, Partner(name="Added after the backup"))
    target = cat.path
    cat.close()
    safety = backups.restore(copy, target, tmp_path / "b")
    restored = Catalogue.open(target)
    names = [r[0] for r in restored.db.execute("SELECT name FROM partners")]
    restored.close()
    assert "Added after the backup" not in names
    kept = Catalogue.open(safety)
    assert "Added after the backup" in [r[0] for r in kept.db.execute("SELECT name FROM partners")]
    kept.close()


def test_restore_refuses_a_file_that_is_not_a_catalogue(sample_path: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.partnerbook"
    bogus.write_text("nope")
    before = hashlib.sha256(sample_path.read_bytes()).hexdigest()
    with pytest.raises(CatalogueError):
        backups.restore(bogus, sample_path, tmp_path / "b")
    assert hashlib.sha256(sample_path.read_bytes()).hexdigest() == before


def test_an_unfinished_copy_never_passes_for_a_backup(cat, tmp_path: Path) -> None:
    import os

    folder = tmp_path / "b"
    folder.mkdir()
    # What a copy cut short by a killed process leaves behind, two hours ago.
    partial = folder / f"{cat.path.stem}-20261124-080000-daily.partnerbook.partial"
    partial.write_bytes(b"SQLite format 3\x00 cut short")
    two_hours_ago = partial.stat().st_mtime - 7200
    os.utime(partial, (two_hours_ago, two_hours_ago))
    assert backups.backups(folder, cat.path.stem) == []
    assert backups.make_daily(cat, folder) is not None, "the unfinished copy is not today's backup"
    assert not partial.exists(), "rotation removes what a killed copy left"
    assert [p.suffix for p in folder.iterdir()] == [".partnerbook"]
