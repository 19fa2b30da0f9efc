"""Opening a Vidare database: telling our files from others, pragmas, migrations, transactions."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from desktop.domain.fold import fold
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.domain.validation import fill

APPLICATION_ID = 0x56494441  # "VIDA"
SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(Exception):
    """A database that cannot be used as asked; the message is English source, context "Store"."""

    message = ""

    def __init__(self, path: Path | str, *params: str):
        self.path = str(path)
        self.params = (self.path, *params)
        super().__init__(fill(self.message, self.params))


class DatabaseMissing(StoreError):
    message = QT_TRANSLATE_NOOP("Store", "There is no database at %1.")


class NotVidareDatabase(StoreError):
    message = QT_TRANSLATE_NOOP("Store", "%1 is not a Vidare database.")


class NewerDatabase(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Store", "%1 was saved by a newer Vidare (data version %2); this Vidare knows up to %3.")


class DamagedDatabase(StoreError):
    message = QT_TRANSLATE_NOOP("Store", "%1 is damaged: %2")


class FolderNotWritable(StoreError):
    message = QT_TRANSLATE_NOOP("Store", "The folder %1 cannot be written to.")


class ReadOnlyDatabase(StoreError):
    message = QT_TRANSLATE_NOOP("Store", "%1 is open read-only; changes cannot be saved.")


def now() -> str:
    """UTC timestamp, ISO-8601 with microseconds so that later edits sort later."""
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_id() -> str:
    return str(uuid.uuid4())


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == SQLITE_MAGIC


def connect(path: Path | str, read_only: bool = False) -> sqlite_utils.Database:
    """A raw connection with Vidare's pragmas; no checks (see `open_database`)."""
    if read_only:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                               isolation_level=None)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.create_function("fold", 1, fold, deterministic=True)
    return sqlite_utils.Database(conn, recursive_triggers=False)


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One user action, one transaction: all of it is saved, or none of it."""
    with db.atomic():
        yield


def user_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def application_id(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA application_id").fetchone()[0])


def integrity_problems(db: sqlite_utils.Database, quick: bool = True) -> list[str]:
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = [r[0] for r in db.execute(f"PRAGMA {pragma}").fetchall()]
        rows += [f"foreign key: {r[0]} → {r[2]}"
                 for r in db.execute("PRAGMA foreign_key_check").fetchall()]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [r for r in rows if r != "ok"]


def open_database(path: Path | str, create: bool = False, read_only: bool = False,
                  before_migration: Callable[[Path, int], None] | None = None,
                  ) -> tuple[sqlite_utils.Database, bool]:
    """Open (or create) the database at `path`; returns it and whether it is read-only.

    Raises a `StoreError` subclass for each case a user must be told apart: missing,
    not ours, damaged, a folder that cannot be written. A database from a newer Vidare
    opens read-only. `before_migration(path, version)` runs before an older database
    is upgraded (the data-safety layer backs it up there).
    """
    from desktop.store.migrations import LATEST, migrate

    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise DatabaseMissing(path)
    if exists and (path.is_dir() or not _looks_like_sqlite(path)):
        raise NotVidareDatabase(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not read_only and not os.access(folder, os.W_OK):
        if not exists:
            raise FolderNotWritable(folder)
        read_only = True
    try:
        db = connect(path, read_only=read_only)
        app, version = application_id(db), user_version(db)
    except sqlite3.DatabaseError as error:
        if "readonly" in str(error) or "unable to open" in str(error):
            raise FolderNotWritable(folder) from error
        raise DamagedDatabase(path, str(error)) from error
    if exists and app != APPLICATION_ID:
        raise NotVidareDatabase(path)
    if exists:
        problems = integrity_problems(db)
        if problems:
            raise DamagedDatabase(path, problems[0])
    if version > LATEST:
        if not read_only:
            db.conn.close()
            db = connect(path, read_only=True)
        return db, True
    if version < LATEST:
        if read_only:
            raise ReadOnlyDatabase(path)
        if exists and before_migration is not None:
            before_migration(path, version)
        migrate(db)
        restrict_permissions(path)
    return db, read_only


def restrict_permissions(path: Path) -> None:
    """The database holds pupils' data: readable by its owner only (where the OS allows)."""
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(f"{path}{suffix}")
        if candidate.exists():
            try:
                candidate.chmod(0o600)
            except OSError:
                pass
