"""What every repository shares: rows to dataclasses and back, saving, deleting, paging."""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable
from typing import Any, TypeVar

import sqlite_utils

from desktop.domain.models import Record
from desktop.domain.validation import Problem, ValidationError, errors_only
from desktop.store.connection import new_id, now
from desktop.store.search import filter_clauses, many_match

R = TypeVar("R", bound=Record)
RepositoryT = TypeVar("RepositoryT", bound="Repository")


def to_row(record: Record) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, bool):
            value = int(value)
        elif isinstance(value, list):
            value = json.dumps(value, ensure_ascii=False)
        row[f.name] = value
    return row


def from_row(cls: type[R], row: dict[str, Any]) -> R:
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in row:
            continue
        value = row[f.name]
        if f.type == "bool":
            value = bool(value)
        elif str(f.type).startswith("list"):
            value = json.loads(value or "[]")
        values[f.name] = value
    return cls(**values)


def raise_for(problems: list[Problem]) -> None:
    errors = errors_only(problems)
    if errors:
        raise ValidationError(errors)


class Page:
    """One page of a table: the rows asked for and how many match the filter in all.

    The total is counted when first read (`counter`), so that a list can show its rows
    before the count, which grows with the matches, is known.
    """

    def __init__(self, rows: list[dict[str, Any]], total: int | None = None,
                 counter: Callable[[], int] | None = None):
        self.rows = rows
        self._total = total
        self._counter = counter

    @property
    def total(self) -> int:
        if self._total is None:
            self._total = self._counter() if self._counter is not None else len(self.rows)
            self._counter = None
        return self._total

    @property
    def counted(self) -> bool:
        """True when the total is known without another query."""
        return self._total is not None


class Repository:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def on(self: RepositoryT, db: sqlite_utils.Database) -> RepositoryT:
        """This repository reading through another connection to the same file (a query
        worker's own): everything else it holds (a media folder) stays the same."""
        twin = copy.copy(self)
        twin.db = db
        return twin

    def _save(self, table: str, record: R) -> R:
        """Insert or update `record` (not in a transaction of its own: callers make one)."""
        stamp = now()
        if not record.id:
            record.id = new_id()
            record.created_at = stamp
        elif not record.created_at:
            record.created_at = stamp
        record.updated_at = stamp
        self.db.table(table).upsert(to_row(record), pk="id")
        return record

    def _get(self, table: str, cls: type[R], record_id: str) -> R | None:
        rows = list(self.db.query(f"SELECT * FROM {table} WHERE id = ?", [record_id]))
        return from_row(cls, rows[0]) if rows else None

    def _all(self, cls: type[R], sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[R]:
        return [from_row(cls, row) for row in self.db.query(sql, list(params))]

    def _delete(self, table: str, record_id: str) -> None:
        self.db.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])

    def _page(self, columns: str, from_sql: str, where: list[str], params: list[Any],
              search: str, haystack: tuple[tuple[str, str], ...], sort: str, descending: bool,
              sortable: dict[str, str], limit: int | None, offset: int, key: str = "id",
              light_from: str | None = None,
              sort_joins: dict[str, tuple[str, str]] | None = None) -> Page:
        """Filter and sort in SQL, one page of rows at a time.

        `search` words must each start a word of one of the `haystack` tables, given as
        (table, SQL expression of its id): their FTS5 search tables, which triggers keep.
        `light_from` is the FROM that filtering, counting and ordering need, without the
        joins that only fill in the columns shown: those are then made for one page only.
        `sort_joins` gives, for a sort by a figure kept in a table of its own (migrations:
        "figures"), the JOIN that reads it and the id column of that table: ordering by
        its index and id then reads the first page without sorting every row.
        """
        found, found_params = filter_clauses(search, haystack)
        args = [*params, *found_params]
        count_where = " AND ".join([*where, *found])
        count_sql = f" WHERE {count_where}" if count_where else ""
        if limit is not None and many_match(self.db, search, haystack):
            found, _ = filter_clauses(search, haystack, in_order=True)
        clauses = [*where, *found]
        where_sql = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        light = light_from or from_sql
        db = self.db

        def count() -> int:
            return int(db.execute(f"SELECT count(*) FROM {light}{count_sql}", args).fetchone()[0])

        direction = "DESC" if descending else "ASC"
        join, order_key = (sort_joins or {}).get(sort, ("", key))
        if join:
            from_sql, light = f"{from_sql} {join}", f"{light} {join}"
        order = f"{sortable.get(sort) or next(iter(sortable.values()))} {direction}, " \
                f"{order_key} {direction}"
        if limit is None:
            sql = f"{columns} FROM {from_sql}{where_sql} ORDER BY {order}"
        else:
            chosen = (f"SELECT {order_key} FROM {light}{where_sql} ORDER BY {order} "
                      f"LIMIT {int(limit)} OFFSET {int(offset)}")
            sql = f"{columns} FROM {from_sql} WHERE {key} IN ({chosen}) ORDER BY {order}"
        rows = list(self.db.query(sql, args))
        if limit is None or (len(rows) < limit and (rows or not offset)):
            # All that match are here: no count needed.
            return Page(rows, len(rows) if limit is None else offset + len(rows))
        return Page(rows, counter=count)
