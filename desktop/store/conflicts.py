"""Records two copies both changed since they last met: this copy's version was kept, the
other's waits here until the user chooses, field by field (Settings → Import)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desktop.store.base import Repository, from_row, raise_for
from desktop.store.connection import now, transaction
from desktop.store.migrations import DATA_TABLES
from desktop.store.row_rules import RECORDS, problems_of

_NOT_CHOSEN = ("id", "created_at", "updated_at")


@dataclass(frozen=True)
class Conflict:
    id: str
    table: str  # a data table: project, participant, consent, story…
    row_id: str
    source: str  # the archive's file name
    found_at: str
    ours_updated_at: str
    theirs_updated_at: str


@dataclass(frozen=True)
class FieldChoice:
    field: str  # the column, which is also the record's field name
    ours: Any
    theirs: Any


class ConflictRepository(Repository):
    def open(self) -> list[Conflict]:
        """Conflicts still to decide, oldest first (one whose record is gone is left out)."""
        return [Conflict(*row[:7]) for row in self.db.execute(
            "SELECT id, table_name, row_id, source, found_at, ours_updated_at, "
            "theirs_updated_at FROM conflict ORDER BY found_at, table_name").fetchall()
            if row[1] in DATA_TABLES and self.db.execute(
                f"SELECT 1 FROM {row[1]} WHERE id = ?", [row[2]]).fetchone()]

    def count(self) -> int:
        return len(self.open())

    def _load(self, conflict_id: str) -> tuple[str, dict[str, Any], dict[str, Any]]:
        found = self.db.execute("SELECT table_name, row_id, theirs FROM conflict WHERE id = ?",
                                [conflict_id]).fetchone()
        if found is None:
            raise KeyError(conflict_id)
        table, row_id, theirs = found
        columns = [r[1] for r in self.db.execute(f"PRAGMA table_info({table})").fetchall()]
        row = self.db.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?",
                              [row_id]).fetchone()
        if row is None:
            raise KeyError(conflict_id)
        return table, dict(zip(columns, row, strict=True)), json.loads(theirs)

    def fields(self, conflict_id: str) -> list[FieldChoice]:
        """The fields whose values differ, with this copy's and the other copy's value."""
        table, ours, theirs = self._load(conflict_id)
        return [FieldChoice(name, ours[name], theirs[name]) for name in ours
                if name not in _NOT_CHOSEN and name in theirs and ours[name] != theirs[name]
                and not _undoes_withdrawal(table, name, ours, theirs)]

    def resolve(self, conflict_id: str, take_theirs: set[str] | frozenset[str] = frozenset()
                ) -> None:
        """Keep this copy's record, with the other copy's value for each field named in
        `take_theirs`; the result passes the same rules as typed input (ValidationError)."""
        table, ours, theirs = self._load(conflict_id)
        unknown = set(take_theirs) - {c.field for c in self.fields(conflict_id)}
        if unknown:
            raise KeyError(sorted(unknown)[0])
        chosen = {**ours, **{name: theirs[name] for name in take_theirs}}
        if table in RECORDS:
            raise_for(problems_of(table, from_row(RECORDS[table], chosen)))
        with transaction(self.db):
            if take_theirs:
                names = sorted(take_theirs)
                self.db.execute(
                    f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in names)}, "
                    "updated_at = ? WHERE id = ?",
                    [chosen[n] for n in names] + [now(), ours["id"]])
            self.db.execute("DELETE FROM conflict WHERE id = ?", [conflict_id])


def _undoes_withdrawal(table: str, name: str, ours: dict[str, Any], theirs: dict[str, Any]
                       ) -> bool:
    """A withdrawal is never undone: the other copy's later or missing date is no choice."""
    if table != "consent" or name != "withdrawn_on" or not ours[name]:
        return False
    return not theirs[name] or theirs[name] > ours[name]
