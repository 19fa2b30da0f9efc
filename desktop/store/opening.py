"""Opening a database file: refused, read-only or writable, decided before anything writes.

The order matters. The header is read as bytes; then a read-only connection reads the
application id, the data version and a quick check. Only a file that passed all of that
is opened for writing (which switches it to WAL and may migrate it). A file that is
refused, newer, or that the user made read-only is never written, not even its journal
mode.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from desktop.store.connection import (
    APPLICATION_ID,
    connect,
    integrity_problems,
    read_header,
    user_version,
)
from desktop.store.errors import (
    DamagedDatabase,
    DatabaseMissing,
    FolderNotWritable,
    IsAFolder,
    NotVidareDatabase,
)
from desktop.store.locations import folder_of, restrict_permissions
from desktop.store.migrations import LATEST, migrate


def check_file(path: Path, deep: bool = True) -> tuple[sqlite_utils.Database | None, int]:
    """A read-only connection to an accepted file and its data version.

    Returns (None, 0) for an empty SQLite file (a new database whose first save never
    finished): it may become Vidare's. Raises NotVidareDatabase or DamagedDatabase.
    Without `deep`, the integrity check is left to the caller (`start_check`), except for
    an older file, checked before it is migrated, and a file not in WAL mode (not one Vidare
    wrote last), checked before opening it for writing switches its journal mode.
    """
    header = read_header(path)
    if not header.sqlite:
        raise NotVidareDatabase(path)
    if header.application_id not in (0, APPLICATION_ID):
        raise NotVidareDatabase(path)  # another program's file: not even opened
    try:
        db = connect(path, read_only=True)
    except sqlite3.DatabaseError as error:
        raise DamagedDatabase(path, str(error)) from error
    try:
        app = int(db.execute("PRAGMA application_id").fetchone()[0])
        version = user_version(db)
        if app != APPLICATION_ID:
            empty = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
            if app == 0 and version == 0 and empty and header.wal_mode:
                db.conn.close()
                return None, 0
            raise NotVidareDatabase(path)
        problems = (integrity_problems(db) if deep or version < LATEST or not header.wal_mode
                    else [])
        if problems:
            raise DamagedDatabase(path, problems[0])
    except sqlite3.DatabaseError as error:
        db.conn.close()
        raise DamagedDatabase(path, str(error)) from error
    except BaseException:
        db.conn.close()
        raise
    return db, version


def can_write(path: Path) -> bool:
    """Whether this user may change the file and make files beside it."""
    return os.access(folder_of(path), os.W_OK) and (not path.exists()
                                                    or os.access(path, os.W_OK))


def open_database(path: Path | str, create: bool = False, read_only: bool = False,
                  before_migration: Callable[[Path, int], None] | None = None,
                  deep_check: bool = True) -> tuple[sqlite_utils.Database, bool]:
    """Open (or create) the database at `path`; returns it and whether it is read-only.

    Raises a `StoreError` subclass for each case a user must be told apart: missing, a
    folder, not ours, damaged, a folder that cannot be written (for a new file). A
    database from a newer Vidare, or one the user may not write, opens read-only.
    `before_migration(path, version)` runs before an older database is upgraded.
    Without `deep_check`, the caller checks the file's integrity itself (see `check_file`).
    """
    path = Path(path)
    if path.is_dir():
        raise IsAFolder(path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and (not create or read_only):
        raise DatabaseMissing(path)
    checked: sqlite_utils.Database | None = None
    version = 0
    if exists:
        checked, version = check_file(path, deep=deep_check)
        if checked is None:
            exists = False  # an empty file: made Vidare's below
        elif read_only or version > LATEST or not can_write(path):
            return checked, True
        else:
            checked.conn.close()
    folder = folder_of(path)
    if not exists:
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as error:
            raise FolderNotWritable(folder) from error
        if not can_write(path):
            raise FolderNotWritable(folder)
    try:
        db = connect(path)
        version = user_version(db)
    except sqlite3.DatabaseError as error:
        if "readonly" in str(error) or "unable to open" in str(error):
            raise FolderNotWritable(folder) from error
        raise DamagedDatabase(path, str(error)) from error
    if version < LATEST:
        if exists and before_migration is not None:
            before_migration(path, version)
        migrate(db)
    restrict_permissions(path)
    return db, False
