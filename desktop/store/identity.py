"""Whose data a database holds: which school, and which copy of the database it is."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from desktop.domain.fold import fold


@dataclass(frozen=True)
class SchoolIdentity:
    id: str
    name: str
    country: str

    def same_as(self, other: SchoolIdentity) -> bool:
        """The same school: the same row, or the same name in the same country (two laptops
        that each started with the school's name before they first met)."""
        if self.id == other.id:
            return True
        return (" ".join(fold(self.name).split()) == " ".join(fold(other.name).split())
                and self.country == other.country)


def school_of(conn: sqlite3.Connection) -> SchoolIdentity | None:
    """The school a database belongs to (None: no school recorded yet)."""
    try:
        row = conn.execute("SELECT id, name, country FROM school ORDER BY created_at, rowid "
                           "LIMIT 1").fetchone()
    except sqlite3.DatabaseError:
        return None
    if row is None:
        return None
    values = [v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v or "")
              for v in row]
    return SchoolIdentity(*values)


def other_school(ours: SchoolIdentity | None, theirs: SchoolIdentity | None) -> bool:
    """Whether data from `theirs` would bring another school's records in."""
    return ours is not None and theirs is not None and not ours.same_as(theirs)


def database_id(conn: sqlite3.Connection) -> str:
    """This copy's own id, made when the database was created (empty before data version 3)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'database_id'").fetchone()
    except sqlite3.DatabaseError:
        return ""
    if row is None:
        return ""
    value = row[0]
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
