"""A database that came from outside (an archive) read as data, never run as code.

It is opened read-only with `trusted_schema=OFF` and `query_only`. Its schema must be
exactly Vidare's own for its data version: a view, a trigger, a table or an index that
Vidare did not make is refused, before any row is read (a view could shadow a table, a
trigger or a generated column could run a query without end). Rows are then read with
plain SELECTs of known columns, under a progress handler that stops any statement
running longer than STATEMENT_SECONDS. Every value's type is checked against the
column, text must be valid UTF-8, and each row passes the rules typed input passes.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.domain.validation import fill
from desktop.store.connection import APPLICATION_ID, read_header
from desktop.store.migrations import (
    DATA_TABLES,
    LATEST,
    normal_sql,
    reference_schema,
    reference_tables,
)
from desktop.store.row_rules import is_id, row_problems, time_problems

STATEMENT_SECONDS = 5.0
_CHECK_EVERY = 10_000  # SQLite virtual machine steps between two looks at the clock

# The reasons (English source, context "Store"), filled into ArchiveRefused's %2.
FOREIGN_DB = QT_TRANSLATE_NOOP("Store", "the database inside is not a Vidare database.")
DAMAGED_DB = QT_TRANSLATE_NOOP("Store", "the database inside is damaged.")
NEWER_DB = QT_TRANSLATE_NOOP("Store", "it was made by a newer Vidare; install the newer Vidare "
                                      "first.")
# Something in the database inside that Vidare did not make, by kind (%1 is its name).
EXTRA = {
    "view": QT_TRANSLATE_NOOP("Store", "the database inside holds a view that Vidare did not "
                                       "make (%1)."),
    "trigger": QT_TRANSLATE_NOOP("Store", "the database inside holds a trigger that Vidare did "
                                          "not make (%1)."),
    "table": QT_TRANSLATE_NOOP("Store", "the database inside holds a table that Vidare did not "
                                        "make (%1)."),
    "index": QT_TRANSLATE_NOOP("Store", "the database inside holds an index that Vidare did "
                                        "not make (%1)."),
}
_FIRST = ("view", "trigger", "table", "index")  # a shadowing view is named before its table
CHANGED_SCHEMA = QT_TRANSLATE_NOOP("Store", "the database inside has a changed or missing "
                                            "table (%1).")
TOO_SLOW = QT_TRANSLATE_NOOP("Store", "reading the database inside took too long.")
WRONG_TYPE = QT_TRANSLATE_NOOP("Store", "the record %1 in %2 has a value of the wrong kind in "
                                        "%3.")
NOT_UTF8 = QT_TRANSLATE_NOOP("Store", "the record %1 in %2 holds text that is not valid "
                                      "UTF-8 (in %3).")
INVALID_ROW = QT_TRANSLATE_NOOP("Store", "the record %1 in %2 breaks a rule (%3: %4)")


class IncomingRefused(Exception):
    """Why an incoming database is refused: a reason (context "Store") and its parameters."""

    def __init__(self, reason: str, *params: str):
        self.reason, self.params = reason, params
        super().__init__(reason)


@dataclass
class Incoming:
    """What an archive's database holds, checked."""

    version: int
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    tombstones: list[tuple[str, str, str]] = field(default_factory=list)  # id, table, when
    erasures: list[tuple[str, str]] = field(default_factory=list)  # participant id, when
    erased_media: list[str] = field(default_factory=list)
    peers: dict[str, tuple[str, str]] = field(default_factory=dict)  # id: exported, imported
    database_id: str = ""
    exported_at: str = ""


_SHADOW = ("_data", "_idx", "_content", "_docsize", "_config")


def _schema(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    rows = conn.execute("SELECT type, name, coalesce(sql, '') FROM sqlite_master").fetchall()
    return [(_text(t), _text(n), normal_sql(_text(s))) for t, n, s in rows]


def _text(value: object) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def compare_schema(found: list[tuple[str, str, str]], version: int) -> None:
    """Refuse anything that is not exactly Vidare's schema of `version`.

    Tables are compared by their columns (a table's text changes with the SQLite that
    altered it); everything else by its text. FTS5's own tables are known by name only
    (their text belongs to the SQLite version that made them); sqlite_stat1 (ANALYZE's
    statistics) is allowed.
    """
    reference = {(t, n): s for t, n, s in reference_schema(version)}
    virtual = {n for (t, n), s in reference.items() if s.startswith("CREATE VIRTUAL TABLE")}
    shadows = {f"{v}{suffix}" for v in virtual for suffix in _SHADOW}
    seen: set[tuple[str, str]] = set()
    ordered = sorted(found, key=lambda e: (_FIRST.index(e[0]) if e[0] in _FIRST else 9, e[1]))
    for kind, name, sql in ordered:
        if name in ("sqlite_stat1", "sqlite_sequence") or name.startswith("sqlite_autoindex_"):
            continue
        if kind == "table" and name in shadows:
            continue
        key = (kind, name)
        if key not in reference:
            raise IncomingRefused(EXTRA.get(kind, EXTRA["table"]), name[:60])
        if kind != "table" or name in virtual:
            if reference[key] != sql:
                raise IncomingRefused(CHANGED_SCHEMA, name[:60])
        seen.add(key)
    missing = [n for key, n in ((k, k[1]) for k in reference) if key not in seen
               and not n.startswith("sqlite_autoindex_") and n not in shadows]
    if missing:
        raise IncomingRefused(CHANGED_SCHEMA, sorted(missing)[0])


def _columns_of(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, int, int]]:
    """(name, declared type, not null, hidden) of each column, generated ones included."""
    return [(_text(r[1]), _text(r[2]).upper(), int(r[3]), int(r[6]))
            for r in conn.execute(f'PRAGMA table_xinfo("{table}")').fetchall()]


def compare_tables(conn: sqlite3.Connection, version: int) -> None:
    """Each table's columns and foreign keys must be Vidare's: no hidden, generated or
    retyped column (a generated column would run its expression on every read)."""
    for table, (columns, foreign) in reference_tables(version).items():
        theirs = tuple(tuple(_text(v) if isinstance(v, bytes) else v for v in r)
                       for r in conn.execute(f'PRAGMA table_xinfo("{table}")').fetchall())
        keys = tuple(tuple(_text(v) if isinstance(v, bytes) else v for v in r)
                     for r in conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall())
        if theirs != tuple(map(tuple, columns)) or keys != tuple(map(tuple, foreign)):
            raise IncomingRefused(CHANGED_SCHEMA, table)


class _Deadline:
    """A progress handler: stop the statement running once its time is up."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.ends = time.monotonic() + seconds

    def restart(self) -> None:
        self.ends = time.monotonic() + self.seconds

    def __call__(self) -> int:
        return 1 if time.monotonic() > self.ends else 0


def _decode(value: object, table: str, row_id: str, column: str) -> object:
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            raise IncomingRefused(NOT_UTF8, row_id[:40], table, column) from None
    return value


def _typed(value: object, declared: str, notnull: int, table: str, row_id: str,
           column: str) -> object:
    if value is None:
        if notnull:
            raise IncomingRefused(WRONG_TYPE, row_id[:40], table, column)
        return None
    if declared == "TEXT" and not isinstance(value, bytes):
        raise IncomingRefused(WRONG_TYPE, row_id[:40], table, column)
    if declared == "INTEGER" and (not isinstance(value, int) or isinstance(value, bool)):
        raise IncomingRefused(WRONG_TYPE, row_id[:40], table, column)
    return _decode(value, table, row_id, column)


def _select(conn: sqlite3.Connection, deadline: _Deadline, sql: str) -> list[tuple]:
    deadline.restart()
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.OperationalError as error:
        if "interrupted" in str(error):
            raise IncomingRefused(TOO_SLOW) from None
        raise


def _rows(conn: sqlite3.Connection, deadline: _Deadline, table: str,
          columns: list[tuple[str, str, int, int]]) -> list[dict[str, Any]]:
    names = [c[0] for c in columns]
    found = []
    for raw in _select(conn, deadline, f'SELECT {", ".join(names)} FROM "{table}"'):
        row_id = _text(raw[names.index("id")]) if "id" in names and raw[names.index("id")] \
            is not None else "?"
        found.append({name: _typed(value, declared, notnull, table, row_id, name)
                      for (name, declared, notnull, _h), value in zip(columns, raw, strict=True)})
    return found


def _refuse_row(table: str, row: dict[str, Any], now: dt.datetime) -> None:
    problems = row_problems(table, row, now)
    if problems:
        first = problems[0]
        raise IncomingRefused(INVALID_ROW, str(row.get("id"))[:40], table, first.field,
                              fill(first.message, first.params))


def read_incoming(path: Path, now: dt.datetime | None = None) -> Incoming:
    """Check and read the database at `path` (a private copy from an archive)."""
    now = now or dt.datetime.now(dt.timezone.utc)
    header = read_header(path)
    if not header.sqlite or header.application_id != APPLICATION_ID:
        raise IncomingRefused(FOREIGN_DB)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               isolation_level=None)
    except sqlite3.DatabaseError:
        raise IncomingRefused(DAMAGED_DB) from None
    deadline = _Deadline(STATEMENT_SECONDS)
    try:
        conn.text_factory = bytes
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA query_only = ON")
        conn.set_progress_handler(deadline, _CHECK_EVERY)
        return _read(conn, deadline, now)
    except sqlite3.DatabaseError:
        raise IncomingRefused(DAMAGED_DB) from None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, deadline: _Deadline, now: dt.datetime) -> Incoming:
    if int(_select(conn, deadline, "PRAGMA application_id")[0][0]) != APPLICATION_ID:
        raise IncomingRefused(FOREIGN_DB)
    version = int(_select(conn, deadline, "PRAGMA user_version")[0][0])
    if version > LATEST:
        raise IncomingRefused(NEWER_DB)
    if version < 1:
        raise IncomingRefused(FOREIGN_DB)
    compare_schema(_schema(conn), version)
    compare_tables(conn, version)
    deadline.seconds *= 4  # the whole file is read once: a little longer than one query
    checked = [_text(r[0]) for r in _select(conn, deadline, "PRAGMA quick_check")]
    deadline.seconds /= 4
    if checked != ["ok"]:
        raise IncomingRefused(DAMAGED_DB)
    data = Incoming(version)
    for table in DATA_TABLES:
        columns = _columns_of(conn, table) if _has_table(conn, deadline, table) else []
        data.rows[table] = _rows(conn, deadline, table, columns) if columns else []
        for row in data.rows[table]:
            _refuse_row(table, row, now)
    for row in _rows(conn, deadline, "tombstone", _columns_of(conn, "tombstone")):
        if not is_id(row["id"]) or row["table_name"] not in DATA_TABLES \
                or time_problems("deleted_at", row["deleted_at"], now):
            raise IncomingRefused(INVALID_ROW, str(row["id"])[:40], "tombstone", "deleted_at",
                                  str(row["deleted_at"])[:40])
        data.tombstones.append((row["id"], row["table_name"], row["deleted_at"]))
    if _has_table(conn, deadline, "erasure"):  # a data version that keeps these
        _read_bookkeeping(conn, deadline, data, now)
    return data


def _has_table(conn: sqlite3.Connection, deadline: _Deadline, table: str) -> bool:
    return bool(_select(conn, deadline, "SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                        f"AND name = '{table}'"))


def _read_bookkeeping(conn: sqlite3.Connection, deadline: _Deadline, data: Incoming,
                      now: dt.datetime) -> None:
    """Erasures, erased photos and whom this copy met (data version 3 on)."""
    for row in _rows(conn, deadline, "erasure", _columns_of(conn, "erasure")):
        if not is_id(row["participant_id"]) or time_problems("erased_at", row["erased_at"], now):
            raise IncomingRefused(INVALID_ROW, str(row["participant_id"])[:40], "erasure",
                                  "erased_at", str(row["erased_at"])[:40])
        data.erasures.append((row["participant_id"], row["erased_at"]))
    for row in _rows(conn, deadline, "erased_media", _columns_of(conn, "erased_media")):
        digest = row["sha256"]
        if not (isinstance(digest, str) and 24 <= len(digest) <= 64
                and all(c in "0123456789abcdef" for c in digest)):
            raise IncomingRefused(INVALID_ROW, str(digest)[:40], "erased_media", "sha256",
                                  str(digest)[:40])
        data.erased_media.append(digest)
    for row in _rows(conn, deadline, "sync_peer", _columns_of(conn, "sync_peer")):
        for name in ("their_exported_at", "our_imported_at"):
            if row[name] and time_problems(name, row[name], now):
                raise IncomingRefused(INVALID_ROW, str(row["peer_id"])[:40], "sync_peer", name,
                                      str(row[name])[:40])
        data.peers[str(row["peer_id"])] = (row["their_exported_at"], row["our_imported_at"])
    meta = {row["key"]: row["value"] for row in _rows(conn, deadline, "meta",
                                                      _columns_of(conn, "meta"))}
    data.database_id = str(meta.get("database_id", ""))[:64]
    exported = meta.get("exported_at", "")
    if exported and time_problems("exported_at", exported, now):
        raise IncomingRefused(INVALID_ROW, "exported_at", "meta", "value", str(exported)[:40])
    data.exported_at = str(exported or "")
