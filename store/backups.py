"""Backup copies of a catalogue: made with SQLite's backup API, verified, then rotated.

Copies are named `<catalogue stem>-<YYYYmmdd-HHMMSS>-<reason>.partnerbook` in one folder; the
newest copy of each of the last 7 days, 4 weeks and 12 months is kept (like Zotero and Anki do),
and every copy of the last 24 hours.
"""

from __future__ import annotations

import datetime as dt
import glob
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from store.catalogue import SUFFIX, Catalogue, CatalogueError, inspect_file
from store.paths import data_dir
from store.progress import Cancelled, Progress

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
PARTIAL = ".partial"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z]+)(-\d+)?" + re.escape(SUFFIX) + "$"
)


@dataclass(frozen=True)
class Backup:
    path: Path
    made: dt.datetime
    reason: str


def default_folder() -> Path:
    return data_dir() / "backups"


def _copy(source: sqlite3.Connection, target: Path, progress: Progress | None = None) -> None:
    destination = sqlite3.connect(target)

    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None and not progress(total - remaining, total):
            raise Cancelled

    try:
        # In steps of 4 MB: the read lock is let go between steps, so a save made meanwhile by
        # another connection waits milliseconds, not the whole copy (SQLite then restarts it).
        source.backup(destination, pages=1024, progress=step)
    finally:
        destination.close()


def _copy_verified(source: sqlite3.Connection, to: Path, progress: Progress | None = None) -> None:
    """Copy under a temporary name, check that the copy opens as a healthy catalogue, then give
    it its name: a copy cut short (the app closed, the disk full) never passes for a backup."""
    partial = to.with_name(to.name + PARTIAL)
    try:
        _copy(source, partial, progress)
        inspect_file(partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(to)


def _new_name(folder: Path, stem: str, reason: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    to = folder / f"{stem}-{stamp}-{reason}{SUFFIX}"
    counter = 1
    while to.exists():  # two backups within one second
        counter += 1
        to = folder / f"{stem}-{stamp}-{reason}-{counter}{SUFFIX}"
    return to


def make(
    cat: Catalogue,
    folder: Path | None = None,
    reason: str = "manual",
    to: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Copy `cat` (consistently, even while it is open elsewhere), verify it, rotate old copies.

    `progress(pages done, pages)` may stop the copy by returning False (Cancelled is raised and
    nothing is left behind)."""
    if to is None:
        folder = folder or default_folder()
        to = _new_name(folder, cat.path.stem, reason)
    elif to.exists():
        raise CatalogueError(CatalogueError.EXISTS, to)
    _copy_verified(cat.db.conn, to, progress)
    if folder is not None:
        rotate(folder, cat.path.stem)
    return to


def copy_file(path: Path, folder: Path | None, reason: str) -> Path:
    """Back up a catalogue file that is not open (before its schema is migrated)."""
    folder = folder or default_folder()
    to = _new_name(folder, path.stem, reason)
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        _copy_verified(source, to)
    finally:
        source.close()
    rotate(folder, path.stem)
    return to


def newest_good(folder: Path, stem: str) -> Path | None:
    """The newest copy of catalogue `stem` that passes every check on open."""
    for backup in backups(folder, stem):
        try:
            inspect_file(backup.path)
        except (OSError, CatalogueError):
            continue
        return backup.path
    return None


def recover(backup: Path, damaged: Path) -> Path:
    """Copy `backup` beside a damaged catalogue under a new name; the damaged file stays as is."""
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H-%M")
    target = damaged.with_name(f"{damaged.stem} (recovered {stamp}){SUFFIX}")
    counter = 1
    while target.exists():
        counter += 1
        target = damaged.with_name(f"{damaged.stem} (recovered {stamp} {counter}){SUFFIX}")
    restore(backup, target)
    return target


def backups(folder: Path, stem: str) -> list[Backup]:
    """The copies of catalogue `stem` in `folder`, newest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            m = _NAME.match(path.name)
            if m and m["stem"] == stem:
                made = dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")
                found.append(Backup(path, made, m["reason"]))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def rotate(folder: Path, stem: str, now: dt.datetime | None = None) -> list[Path]:
    """Keep the newest copy of each of the last days, weeks and months; remove the rest."""
    recent = (now or dt.datetime.now()) - dt.timedelta(hours=24)
    keep = {b.path for b in backups(folder, stem) if b.made >= recent}
    seen_days: list[dt.date] = []
    seen_weeks: list[tuple[int, int]] = []
    seen_months: list[tuple[int, int]] = []
    for backup in backups(folder, stem):  # newest first: the first of each period is kept
        day = backup.made.date()
        week = tuple(day.isocalendar())[:2]
        month = (day.year, day.month)
        if day not in seen_days and len(seen_days) < KEEP_DAILY:
            seen_days.append(day)
            keep.add(backup.path)
        if week not in seen_weeks and len(seen_weeks) < KEEP_WEEKLY:
            seen_weeks.append(week)
            keep.add(backup.path)
        if month not in seen_months and len(seen_months) < KEEP_MONTHLY:
            seen_months.append(month)
            keep.add(backup.path)
    removed = [b.path for b in backups(folder, stem) if b.path not in keep]
    # Copies left unfinished by a process that was killed (an hour gives a running one time).
    stale = (now or dt.datetime.now()).timestamp() - 3600
    removed += [
        p for p in folder.glob(f"{glob.escape(stem)}-*{PARTIAL}") if p.stat().st_mtime < stale
    ]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def make_daily(cat: Catalogue, folder: Path | None = None) -> Path | None:
    """The backup on opening a catalogue: at most one a day."""
    folder = folder or default_folder()
    newest = backups(folder, cat.path.stem)
    if newest and newest[0].made.date() == dt.date.today():
        return None
    return make(cat, folder, "daily")


def restore(
    backup: Path, target: Path, folder: Path | None = None, progress: Progress | None = None
) -> Path | None:
    """Replace the catalogue at `target` with `backup`, after backing up the current file.

    The backup is checked first; the copy into `target` is one SQLite transaction, so an
    interrupted restore leaves the old content. Returns the safety copy made of `target`.
    """
    inspect_file(backup)
    safety = None
    if target.exists():
        try:
            current = Catalogue.open(target)
        except CatalogueError:
            # Damaged or not a catalogue: kept byte for byte, under a name never taken for a
            # backup (restoring over a damaged file is what restore is for).
            folder = folder or default_folder()
            folder.mkdir(parents=True, exist_ok=True)
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            safety = folder / f"{target.name}.{stamp}.replaced"
            shutil.copy2(target, safety)
        else:
            try:
                safety = make(current, folder, "restore")
            finally:
                current.close()
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        _copy(source, target, progress)  # one transaction on `target`: all of it or none
    finally:
        source.close()
    return safety
