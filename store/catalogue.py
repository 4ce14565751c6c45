"""Opening a catalogue file: checks, migrations, connection settings. The one way in."""

from __future__ import annotations

import datetime as dt
import functools
import getpass
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from store import sort_keys
from store.migrations import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, known_names

SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".partnerbook"
BUSY_TIMEOUT_MS = 5000


class CatalogueError(Exception):
    """A file that cannot be opened as a catalogue. `code` says why; the GUI and CLI word it."""

    MISSING = "missing"
    EXISTS = "exists"
    NOT_CATALOGUE = "not_catalogue"
    NEWER = "newer"
    DAMAGED = "damaged"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    # A write that the disk refused: the transaction was rolled back, nothing half-written.
    NOT_WRITABLE = "not_writable"
    DISK_FULL = "disk_full"
    DISK_ERROR = "disk_error"
    GONE = "gone"

    def __init__(self, code: str, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{code}: {path} {detail}".strip())
        self.code = code
        self.path = Path(path)
        self.detail = detail


@dataclass(frozen=True)
class Change:
    """What one committed write touched, so each view refreshes only that."""

    kind: str
    ids: frozenset[int] = field(default_factory=frozenset)
    # Records changed in place: how many live records of `kind` there are did not change.
    edited_only: bool = False


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@functools.cache
def os_user() -> str:
    """Who is working, for history rows (asked on every save; it does not change)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def _recover_interrupted_write(path: Path) -> None:
    """Let SQLite roll back a write cut short by a crash or power cut (a "hot" journal).

    A read-only connection cannot do it and would report the file as unreadable; rolling back is
    SQLite's normal recovery that restores the last committed state, not a change to the data.
    """
    journal = path.with_name(path.name + "-journal")
    if not journal.exists() or journal.stat().st_size == 0:
        return
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        pass  # the checks that follow say what is wrong
    finally:
        conn.close()


def inspect_header(path: Path) -> None:
    """Refuse a file that is not SQLite or not marked as a Partnerbook catalogue."""
    with path.open("rb") as fh:
        head = fh.read(100)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise CatalogueError(CatalogueError.NOT_CATALOGUE, path)
    if int.from_bytes(head[68:72], "big") != APPLICATION_ID:
        raise CatalogueError(CatalogueError.NOT_CATALOGUE, path)


def inspect_file(path: Path, *, quick_check: bool = True) -> None:
    """Refuse, without writing a byte, a file that is not a readable Partnerbook catalogue.

    `quick_check=False` leaves out SQLite's check of every page (a second on a 1 GB file), for a
    caller that runs it in the background (see `Catalogue.open`).
    """
    inspect_header(path)
    _recover_interrupted_write(path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if quick_check:
            _quick_check(conn, path)
        applied = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATIONS.name]
            )
        ]
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise CatalogueError(CatalogueError.LOCKED, path) from exc
        raise CatalogueError(CatalogueError.DAMAGED, path, str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise CatalogueError(CatalogueError.DAMAGED, path, str(exc)) from exc
    finally:
        conn.close()
    if set(applied) - set(known_names()):
        raise CatalogueError(CatalogueError.NEWER, path)


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise CatalogueError(CatalogueError.DAMAGED, path, "; ".join(problems[:3]))


def _checked_in_background(path: Path) -> CatalogueError | None:
    """The quick_check of `inspect_file`, on a connection of its own: None when the file is sound."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _quick_check(conn, path)
    except CatalogueError as error:
        return error
    except sqlite3.DatabaseError as exc:
        return CatalogueError(CatalogueError.DAMAGED, path, str(exc))
    finally:
        conn.close()
    return None


_WRITE_ERRORS = {
    sqlite3.SQLITE_FULL: CatalogueError.DISK_FULL,
    sqlite3.SQLITE_READONLY: CatalogueError.NOT_WRITABLE,
    sqlite3.SQLITE_CANTOPEN: CatalogueError.NOT_WRITABLE,
    sqlite3.SQLITE_PERM: CatalogueError.NOT_WRITABLE,
    sqlite3.SQLITE_BUSY: CatalogueError.LOCKED,
    sqlite3.SQLITE_LOCKED: CatalogueError.LOCKED,
    sqlite3.SQLITE_IOERR: CatalogueError.DISK_ERROR,
}


def _write_error(exc: sqlite3.OperationalError, path: Path) -> Exception:
    """Name why the disk refused a write, for a message in the user's language.

    Other operational errors are bugs, not the disk's doing: they pass through unchanged.
    """
    code = _WRITE_ERRORS.get((getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF)
    return CatalogueError(code, path, str(exc)) if code else exc


class Catalogue:
    """One open catalogue file. Use `Catalogue.open()` or `Catalogue.create()`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self.db = Database(conn, execute_plugins=False)
        # The file read: `path`, or a migrated copy of an older file opened read-only.
        self._file = path
        self._copy_folder: Path | None = None
        self._listeners: list[Callable[[list[Change]], None]] = []
        self._pending: list[Change] = []
        self._depth = 0
        # The page check of a file opened with check_in_background, and what it found.
        self._checked = threading.Event()
        self._checked.set()
        self.damage: CatalogueError | None = None

    # -- opening ---------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str) -> Catalogue:
        path = Path(path)
        if path.exists():
            raise CatalogueError(CatalogueError.EXISTS, path)
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = cls._connect(path, read_only=False)
        MIGRATIONS.apply(Database(conn, execute_plugins=False))
        return cls(path, conn, read_only=False)

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        read_only: bool = False,
        salvage: bool = False,
        backup_folder: Path | None = None,
        check_in_background: bool = False,
    ) -> Catalogue:
        """Open a catalogue that passes every check (see `inspect_file`).

        `salvage` opens a damaged or newer file read-only anyway, to read what can still be read.
        Before a migration the file is backed up into `backup_folder` (default: the data folder's).
        `check_in_background` runs SQLite's page check on a thread, so that a window can show a
        large catalogue at once; no write starts before the check has passed (see `checked`).
        """
        path = Path(path)
        if not path.is_file():
            raise CatalogueError(CatalogueError.MISSING, path)
        if salvage:
            inspect_header(path)
            try:
                if cls._pending_migrations(path):
                    return cls._read_migrated(path)
            except (sqlite3.Error, OSError):  # too damaged to migrate: read it as it is
                pass
            return cls(path, cls._connect(path, read_only=True), read_only=True)
        inspect_file(path, quick_check=not check_in_background)
        pending = cls._pending_migrations(path)
        if pending and read_only:
            return cls._read_migrated(path)
        if pending:
            if check_in_background:  # a migration writes: the whole check first
                inspect_file(path)
            from store import backups  # builds on this module

            # The file as it was, byte for byte, beside it (where its owner looks first), and a
            # verified copy among the backups (rotated like the others).
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            shutil.copy2(path, path.with_name(f"{path.name}.before-v{SCHEMA_VERSION}-{stamp}"))
            backups.copy_file(path, backup_folder, "migration")
            conn = cls._connect(path, read_only=False)
            MIGRATIONS.apply(Database(conn, execute_plugins=False))
            cat = cls(path, conn, read_only=False)
            sort_keys.keep_counts_current(cat)
            return cat
        cat = cls(path, cls._connect(path, read_only=read_only), read_only=read_only)
        if check_in_background:
            cat._start_check()  # the window moves the counts once the check has passed
        else:
            sort_keys.keep_counts_current(cat)
        return cat

    @classmethod
    def _pending_migrations(cls, path: Path) -> list:
        probe = cls._connect(path, read_only=True)
        try:
            return MIGRATIONS.pending(Database(probe, execute_plugins=False))
        finally:
            probe.close()

    @classmethod
    def _read_migrated(cls, path: Path) -> Catalogue:
        """An older catalogue opened read-only: lists and reports need today's schema, so a copy
        of it is migrated in the temporary folder and read instead; the file is left as it is."""
        folder = Path(tempfile.mkdtemp(prefix="partnerbook-read-only-"))
        try:
            copy = folder / path.name
            shutil.copyfile(path, copy)
            conn = cls._connect(copy, read_only=False)
            try:
                MIGRATIONS.apply(Database(conn, execute_plugins=False))
            finally:
                conn.close()
            cat = cls(path, cls._connect(copy, read_only=True), read_only=True)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        cat._file, cat._copy_folder = copy, folder
        return cat

    def _start_check(self) -> None:
        self._checked.clear()

        def work() -> None:
            self.damage = _checked_in_background(self.path)
            self._checked.set()

        threading.Thread(target=work, name="quick_check", daemon=True).start()

    def checked(self, timeout: float | None = None) -> bool:
        """Wait until the background check (if any) is over; False when it is still running."""
        return self._checked.wait(timeout)

    @staticmethod
    def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
        uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rwc'}"
        # Autocommit mode: transactions are opened explicitly by `transaction()`.
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            # The rollback journal, not WAL: the SQLite in Debian 12's Python (3.40.1) has the
            # WAL-reset corruption bug, and WAL does not work on the network shares offices
            # use. Catalogue writes are small, so the journal costs nothing a user would notice.
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
        return conn

    def twin(self, *, read_only: bool = True) -> Catalogue:
        """Another connection to this (already opened) file, for work on another thread: SQLite
        lets it read while this one writes. A writing twin waits for this file's page check and
        refuses to write where this one would; it has its own listeners."""
        if not read_only:
            self.checked()
        read_only = read_only or self.read_only
        twin = Catalogue(self.path, self._connect(self._file, read_only=read_only), read_only)
        twin._file = self._file
        twin.damage = self.damage
        return twin

    def close(self) -> None:
        self.db.conn.close()
        if self._copy_folder is not None:
            shutil.rmtree(self._copy_folder, ignore_errors=True)

    # -- writing ---------------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One atomic write. Listeners hear what changed only after the commit succeeded."""
        if self.read_only:
            raise CatalogueError(CatalogueError.READ_ONLY, self.path)
        outer = self._depth == 0
        if outer:
            self.checked()  # a damaged file is never written to
            if self.damage is not None:
                raise self.damage
            if not self.path.exists():
                # Moved or deleted while open: writes would go to a file nobody can find again.
                raise CatalogueError(CatalogueError.GONE, self.path)
            self._execute_write("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield self.db
        except BaseException as exc:
            self._depth -= 1
            if outer:
                self._pending.clear()
                if self.db.conn.in_transaction:
                    self.db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError):
                mapped = _write_error(exc, self.path)
                if mapped is not exc:
                    raise mapped from exc
            raise
        self._depth -= 1
        if outer:
            try:
                self._execute_write("COMMIT")
            except BaseException:
                if self.db.conn.in_transaction:
                    self.db.execute("ROLLBACK")
                self._pending.clear()
                raise
            changes, self._pending = self._pending, []
            for listener in list(self._listeners):
                listener(changes)

    def _execute_write(self, sql: str) -> None:
        try:
            self.db.execute(sql)
        except sqlite3.OperationalError as exc:
            raise _write_error(exc, self.path) from exc

    def changed(self, kind: str, *ids: int, edited_only: bool = False) -> None:
        """Called inside a transaction by whatever wrote records of `kind`."""
        self._pending.append(Change(kind, frozenset(ids), edited_only))

    def subscribe(self, listener: Callable[[list[Change]], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[list[Change]], None]) -> None:
        self._listeners.remove(listener)

    # -- facts -----------------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return len(MIGRATIONS.applied(self.db))

    def integrity_problems(self) -> list[str]:
        rows = [row[0] for row in self.db.execute("PRAGMA integrity_check").fetchall()]
        return [] if rows == ["ok"] else rows
