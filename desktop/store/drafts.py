"""Drafts: a record as typed so far, kept while it cannot be saved, until it is completed.

A draft belongs to a table and, when it holds unsaved changes to a stored record, to that
record's id; a draft of a record not yet stored has no record id. Its data is the
record's fields (and any extra values the editor keeps beside them, such as a trip's
people) as JSON; its problems say what still stops it being saved.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.validation import Problem
from desktop.store.base import Repository
from desktop.store.connection import new_id, now, transaction


@dataclass
class Draft:
    id: str = ""
    table_name: str = ""
    record_id: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    created_at: str = ""
    updated_at: str = ""

    def missing(self) -> list[str]:
        """The fields that stop the save, each once, in the order the problems came."""
        return list(dict.fromkeys(p.field for p in self.problems if not p.warning))


def _draft(row: dict[str, Any]) -> Draft:
    problems = [Problem(f, m, tuple(p), bool(w)) for f, m, p, w in json.loads(row["problems"])]
    return Draft(id=row["id"], table_name=row["table_name"], record_id=row["record_id"],
                 data=json.loads(row["data"]), problems=problems,
                 created_at=row["created_at"], updated_at=row["updated_at"])


class DraftRepository(Repository):
    def keep(self, table: str, record_id: str, data: dict[str, Any], problems: list[Problem],
             draft_id: str = "") -> Draft:
        """Write (or rewrite) a draft; returns it with its id."""
        stamp = now()
        existing = self.get(draft_id) if draft_id else None
        if existing is None and record_id:
            existing = self.for_record(table, record_id)
        draft = Draft(id=existing.id if existing else new_id(), table_name=table,
                      record_id=record_id, data=data, problems=list(problems),
                      created_at=existing.created_at if existing else stamp, updated_at=stamp)
        with transaction(self.db):
            self.db.execute(
                "INSERT OR REPLACE INTO draft (id, created_at, updated_at, table_name, "
                "record_id, data, problems) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [draft.id, draft.created_at, draft.updated_at, table, record_id,
                 json.dumps(data, ensure_ascii=False),
                 json.dumps([[p.field, p.message, list(p.params), p.warning]
                             for p in draft.problems], ensure_ascii=False)])
        return draft

    def get(self, draft_id: str) -> Draft | None:
        rows = list(self.db.query("SELECT * FROM draft WHERE id = ?", [draft_id]))
        return _draft(rows[0]) if rows else None

    def for_record(self, table: str, record_id: str) -> Draft | None:
        rows = list(self.db.query("SELECT * FROM draft WHERE table_name = ? AND record_id = ? "
                                  "ORDER BY updated_at DESC LIMIT 1", [table, record_id]))
        return _draft(rows[0]) if rows else None

    def for_table(self, table: str) -> list[Draft]:
        """Every draft of a table, newest first."""
        return [_draft(row) for row in self.db.query(
            "SELECT * FROM draft WHERE table_name = ? ORDER BY updated_at DESC, id", [table])]

    def discard(self, draft_id: str) -> None:
        with transaction(self.db):
            self.db.execute("DELETE FROM draft WHERE id = ?", [draft_id])

    def discard_for_record(self, table: str, record_id: str) -> None:
        with transaction(self.db):
            self.db.execute("DELETE FROM draft WHERE table_name = ? AND record_id = ?",
                            [table, record_id])

    def forget_person(self, participant_id: str) -> None:
        with transaction(self.db):
            forget_person(self.db, participant_id)


def forget_person(db: Any, participant_id: str) -> None:
    """An erasure, inside its transaction: no draft may keep the person (their own, or
    their id in a draft's list of people)."""
    mentioning = [_draft(row) for row in db.query(
        "SELECT * FROM draft WHERE instr(data, ?) > 0 OR record_id = ?",
        [json.dumps(participant_id), participant_id])]
    for draft in mentioning:
        if draft.table_name == "participant" and draft.record_id == participant_id:
            db.execute("DELETE FROM draft WHERE id = ?", [draft.id])
            continue
        db.execute("UPDATE draft SET data = ? WHERE id = ?", [json.dumps(
            _without(draft.data, participant_id), ensure_ascii=False), draft.id])


def _without(value: Any, participant_id: str) -> Any:
    """`value` with every mention of the person taken out of its lists."""
    if isinstance(value, dict):
        return {key: _without(item, participant_id) for key, item in value.items()}
    if isinstance(value, list):
        return [_without(item, participant_id) for item in value
                if item != participant_id
                and not (isinstance(item, list) and item and item[0] == participant_id)]
    return value
