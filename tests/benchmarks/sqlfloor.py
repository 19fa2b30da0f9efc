"""The SQL floor: record the statements our code sends, then run them bare with sqlite3."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop.domain.fold import fold

Statement = tuple[str, Any]


class SqlFloor:
    """A bare connection to the same file (only Vidare's `fold` function added)."""

    def __init__(self, path: Path):
        self.conn = sqlite3.connect(str(path), isolation_level=None)
        self.conn.execute("PRAGMA synchronous = FULL")
        self.conn.create_function("fold", 1, fold, deterministic=True)

    def run(self, statements: list[Statement]) -> float:
        """Milliseconds to run the statements and fetch every row."""
        started = time.perf_counter()
        for sql, params in statements:
            self.conn.execute(sql, params if params is not None else ()).fetchall()
        return (time.perf_counter() - started) * 1000

    def update(self, table: str, column: str, record_id: str, value: str) -> float:
        """Milliseconds for one bare UPDATE, committed: the floor of saving an edit."""
        started = time.perf_counter()
        self.conn.execute("BEGIN")
        self.conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", [value, record_id])
        self.conn.execute("COMMIT")
        return (time.perf_counter() - started) * 1000

    def close(self) -> None:
        self.conn.close()


@contextmanager
def recording(db) -> Iterator[list[Statement]]:  # noqa: ANN001 - a sqlite_utils.Database
    """Every statement sent through `db` inside the block."""
    seen: list[Statement] = []
    with db.tracer(lambda sql, params: seen.append((sql, params))):
        yield seen


def selects(statements: list[Statement]) -> list[Statement]:
    return [s for s in statements if s[0].lstrip().upper().startswith(("SELECT", "WITH"))]


def wrap_fetch(model, seen: list[Statement], db) -> Callable[[], None]:  # noqa: ANN001
    """Record only what a table model's fetch sends (not the editor's own reads)."""
    original = model._fetch

    def fetch(*args: Any, **kwargs: Any) -> Any:
        with db.tracer(lambda sql, params: seen.append((sql, params))):
            return original(*args, **kwargs)

    model._fetch = fetch

    def restore() -> None:
        model._fetch = original

    return restore
