"""One SQLite connection with Vidare's settings, and reading a file's header without SQLite.

A read-only connection always sees every committed row, those still in the `-wal` file
included, even when the folder may not be written: SQLite reads the WAL in place when
its index (`-shm`) is there, and otherwise the file and its WAL are read from a private
snapshot. Nothing here decides whether a file may be opened: see `opening`.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import struct
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from desktop.store.locations import folder_of, private_file, system_temp_dir

APPLICATION_ID = 0x56494441  # "VIDA"
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_MS = 5000


def now() -> str:
    """UTC timestamp, ISO-8601 with microseconds so that later edits sort later."""
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Header:
    """The first 100 bytes of an SQLite file, read without SQLite (so nothing is written)."""

    sqlite: bool = False
    wal_mode: bool = False  # file format version 2: the file uses a write-ahead log
    user_version: int = 0
    application_id: int = 0


def read_header(path: Path | str) -> Header:
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(100)
    except OSError:
        return Header()
    if len(data) < 100 or data[:16] != SQLITE_MAGIC:
        return Header()
    user_version, = struct.unpack(">I", data[60:64])
    application_id, = struct.unpack(">I", data[68:72])
    return Header(True, data[18] == 2 and data[19] == 2, user_version, application_id)


class _Snapshot(sqlite3.Connection):
    """A connection to a private copy; the copy goes when the connection closes."""

    folder: str | None = None

    def close(self) -> None:
        super().close()
        if self.folder:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def __del__(self) -> None:
        if self.folder:
            shutil.rmtree(self.folder, ignore_errors=True)


def _has_wal(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return wal.is_file() and wal.stat().st_size > 0


def _read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot write `path` and sees all that is committed in it."""
    path = path.resolve()
    folder_writable = os.access(folder_of(path), os.W_OK)
    if not _has_wal(path):
        if folder_writable:
            return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
        # Nobody can write here, and there is no log to read: the file is all there is.
        return sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True,
                               isolation_level=None)
    if folder_writable or Path(f"{path}-shm").is_file():
        return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    # Committed rows wait in the -wal, and SQLite cannot make the index it needs to read
    # them in this folder: read a private copy of both, removed when the connection closes.
    folder = str(system_temp_dir("read"))
    try:
        copy = Path(folder) / "snapshot.db"
        shutil.copyfile(path, copy)
        shutil.copyfile(f"{path}-wal", f"{copy}-wal")
        for made in (copy, Path(f"{copy}-wal")):
            private_file(made)
        conn = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True, isolation_level=None,
                               factory=_Snapshot)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    conn.folder = folder  # type: ignore[attr-defined]
    return conn


def connect(path: Path | str, read_only: bool = False) -> sqlite_utils.Database:
    """A connection with Vidare's pragmas; no checks (see `opening.open_database`).

    A writable connection switches the file to WAL: call it only on a file already
    accepted as Vidare's.
    """
    if read_only:
        conn = _read_only_connection(Path(path))
    else:
        conn = sqlite3.connect(str(path), isolation_level=None)
    # Text that is not UTF-8 (an outside edit) is shown with a replacement mark instead of
    # stopping every page and document; `integrity_problems(quick=False)` names it.
    conn.text_factory = _lenient_text
    conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # Deleted content is overwritten with zeros, so an erased name is in no free page.
    conn.execute("PRAGMA secure_delete = ON")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    # No sqlite-utils plugin installed beside Vidare may add functions to its connections
    # (loading them would also cost the start a scan of every installed package).
    return sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One user action, one transaction: all of it is saved, or none of it.

    The write lock is taken at the start (BEGIN IMMEDIATE), so two writers wait for each
    other instead of failing half-way; a nested block is a savepoint.
    """
    conn = db.conn
    if conn.in_transaction:
        name = f"vidare_{uuid.uuid4().hex}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def user_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def application_id(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA application_id").fetchone()[0])


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def integrity_problems(db: sqlite_utils.Database, quick: bool = True) -> list[str]:
    """What is wrong with the file; the full check also reads every text for bad UTF-8."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = [r[0] for r in db.execute(f"PRAGMA {pragma}").fetchall()]
        rows += [f"foreign key: {r[0]} → {r[2]}"
                 for r in db.execute("PRAGMA foreign_key_check").fetchall()]
        if not quick:
            rows += invalid_text(db)
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [r for r in rows if r != "ok"]


def invalid_text(db: sqlite_utils.Database) -> list[str]:
    """Each stored text that is not valid UTF-8, named by table, row and column."""
    found = []
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%_search_%'").fetchall()]
    for table in tables:
        columns = [r[1] for r in db.execute(f'PRAGMA table_info("{table}")').fetchall()
                   if str(r[2]).upper() == "TEXT"]
        if "id" not in columns:
            continue
        for column in columns:
            for row_id, value in db.execute(
                    f'SELECT id, CAST("{column}" AS BLOB) FROM "{table}" '
                    f'WHERE typeof("{column}") = \'text\'').fetchall():
                try:
                    value.decode("utf-8")
                except UnicodeDecodeError:
                    found.append(f"text that is not UTF-8: {table} {row_id} ({column})")
    return found


def checkpoint(db: sqlite_utils.Database) -> None:
    """Move everything from the -wal into the file and empty the -wal (after an erasure)."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
