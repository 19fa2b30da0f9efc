"""Exact copies of a live database, proved equal to what they copied.

A copy is made through SQLite's backup API inside one read transaction of the source, so
it holds every committed row (those still in the -wal included) as of one moment. In the
same transaction each table's row count and a SHA-256 of its content are taken; the copy
is then read back and must give the same numbers, table by table. `integrity_check`
alone would pass a copy that silently lacks rows.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from desktop.store.connection import connect
from desktop.store.locations import private_file


class CopyMismatch(Exception):
    """The copy does not hold what the source held (names the first table that differs)."""


def _tables(conn: sqlite3.Connection) -> list[str]:
    """Every table holding data; a search index's own tables are derived from them."""
    names = [r[0].decode() if isinstance(r[0], bytes) else r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]
    virtual = [r[0].decode() if isinstance(r[0], bytes) else r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")]
    return [n for n in names if not any(n.startswith(f"{v}_") for v in virtual)]


def table_sums(conn: sqlite3.Connection) -> dict[str, tuple[int, str]]:
    """(row count, SHA-256 of every row) of each table, read in storage order."""
    sums: dict[str, tuple[int, str]] = {}
    for table in _tables(conn):
        digest, count = hashlib.sha256(), 0
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            digest.update(repr(row).encode("utf-8", "surrogatepass"))
            count += 1
        sums[table] = (count, digest.hexdigest())
    return sums


def file_sums(path: Path) -> dict[str, tuple[int, str]]:
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    conn.text_factory = bytes  # a hash of the bytes: text that is not UTF-8 is compared too
    try:
        return table_sums(conn)
    finally:
        conn.close()


def mismatch(expected: dict[str, tuple[int, str]], found: dict[str, tuple[int, str]]
             ) -> str | None:
    """The first table whose count or content differs, as a short English note."""
    for table in sorted(set(expected) | set(found)):
        if table not in found:
            return f"table {table} is missing"
        if table not in expected:
            return f"table {table} was not in the source"
        if expected[table][0] != found[table][0]:
            return f"table {table} has {found[table][0]} rows instead of {expected[table][0]}"
        if expected[table][1] != found[table][1]:
            return f"table {table} differs in content"
    return None


def copy_database(source: Path, target: Path) -> dict[str, tuple[int, str]]:
    """Copy `source` into the new single file `target`; returns the verified table sums.

    Raises CopyMismatch when the copy differs from the source.
    """
    src = connect(source, read_only=True).conn
    try:
        src.text_factory = bytes
        src.execute("BEGIN")  # one snapshot for the sums and the copy alike
        try:
            sums = table_sums(src)
            dst = sqlite3.connect(str(target))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.execute("COMMIT")
    finally:
        src.close()
    private_file(target)
    problem = mismatch(sums, file_sums(target))
    if problem:
        raise CopyMismatch(problem)
    return sums
