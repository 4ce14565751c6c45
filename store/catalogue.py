"""Opening a catalogue file: checks, migrations, connection settings. The one way in."""

from __future__ import annotations

import datetime as dt
import getpass
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

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


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def os_user() -> str:
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


def inspect_file(path: Path) -> None:
    """Refuse, without writing a byte, a file that is not a readable Partnerbook catalogue."""
    with path.open("rb") as fh:
        head = fh.read(100)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise CatalogueError(CatalogueError.NOT_CATALOGUE, path)
    if int.from_bytes(head[68:72], "big") != APPLICATION_ID:
        raise CatalogueError(CatalogueError.NOT_CATALOGUE, path)
    _recover_interrupted_write(path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise CatalogueError(CatalogueError.DAMAGED, path, "; ".join(problems[:3]))
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


class Catalogue:
    """One open catalogue file. Use `Catalogue.open()` or `Catalogue.create()`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self.db = Database(conn)
        self._listeners: list[Callable[[list[Change]], None]] = []
        self._pending: list[Change] = []
        self._depth = 0

    # -- opening ---------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str) -> Catalogue:
        path = Path(path)
        if path.exists():
            raise CatalogueError(CatalogueError.EXISTS, path)
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = cls._connect(path, read_only=False)
        MIGRATIONS.apply(Database(conn))
        return cls(path, conn, read_only=False)

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> Catalogue:
        path = Path(path)
        if not path.is_file():
            raise CatalogueError(CatalogueError.MISSING, path)
        inspect_file(path)
        probe = cls._connect(path, read_only=True)
        try:
            pending = MIGRATIONS.pending(Database(probe))
        finally:
            probe.close()
        if pending and not read_only:
            # Keep the file as it was beside it before changing its schema.
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            shutil.copy2(path, path.with_name(f"{path.name}.before-v{SCHEMA_VERSION}-{stamp}"))
            conn = cls._connect(path, read_only=False)
            MIGRATIONS.apply(Database(conn))
            return cls(path, conn, read_only=False)
        return cls(path, cls._connect(path, read_only=read_only), read_only=read_only)

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

    def close(self) -> None:
        self.db.conn.close()

    # -- writing ---------------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One atomic write. Listeners hear what changed only after the commit succeeded."""
        if self.read_only:
            raise CatalogueError(CatalogueError.READ_ONLY, self.path)
        outer = self._depth == 0
        if outer:
            self.db.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield self.db
        except BaseException:
            self._depth -= 1
            if outer:
                self.db.execute("ROLLBACK")
                self._pending.clear()
            raise
        self._depth -= 1
        if outer:
            self.db.execute("COMMIT")
            changes, self._pending = self._pending, []
            for listener in list(self._listeners):
                listener(changes)

    def changed(self, kind: str, *ids: int) -> None:
        """Called inside a transaction by whatever wrote records of `kind`."""
        self._pending.append(Change(kind, frozenset(ids)))

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
