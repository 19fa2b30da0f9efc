"""Merging another copy's checked rows into this database, in one transaction.

The rules, in order of strength:
- What must never be undone wins over any edit: an erasure (the person is erased here too,
  nothing showing them is taken in, and a record whose text an erasure here changed keeps
  this copy's version until the other copy has erased the person too), a deletion (its
  tombstone), a consent
  withdrawal (the earliest withdrawal date of either copy stays, and a consent given
  before a withdrawal is withdrawn with it), and the record of what a printed document
  showed (a publication loses no person and is never deleted by the other copy).
- A record changed in one copy only since the two last met takes that copy's version.
- A record changed in both is a conflict: this copy's version stays, the other's is kept
  in `conflict` for the user to choose field by field (Settings → Import).
"When they last met" is known from each copy's `sync_peer` rows: the time of the last
archive each imported from the other, in that copy's own clock; an archive of this very
database met it when it was exported. Copies that never met count every differing
record as changed in both.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from desktop.store import erasure
from desktop.store.connection import new_id, now
from desktop.store.identity import database_id
from desktop.store.incoming import Incoming
from desktop.store.media import name_hash
from desktop.store.migrations import DATA_TABLES

_PERSON_COLUMNS = ("participant_id",)
_NEVER_DELETED_BY_OTHERS = ("publication",)  # the take-down list's record


@dataclass
class MergeReport:
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # table, row id
    erased: list[str] = field(default_factory=list)  # people erased here because of there
    erased_files: set[str] = field(default_factory=set)
    accepted_media: set[str] = field(default_factory=set)  # files the merged rows use

    def count(self, bucket: dict[str, int], table: str) -> None:
        bucket[table] = bucket.get(table, 0) + 1


@dataclass
class _Meeting:
    ours_since: str = ""  # our clock: what we changed after this, they have not seen
    theirs_since: str = ""  # their clock: what they changed after this, we have not seen


def _meeting(db: sqlite_utils.Database, data: Incoming) -> _Meeting:
    ours_id = database_id(db.conn)
    theirs_id = data.database_id
    if ours_id and theirs_id == ours_id:
        # Our own archive (or a copy of this very file): it is this database as it was
        # when exported, so that moment is when the two last met.
        return _Meeting(data.exported_at, data.exported_at)
    if not ours_id or not theirs_id:
        return _Meeting()
    row = db.execute("SELECT their_exported_at, our_imported_at FROM sync_peer "
                     "WHERE peer_id = ?", [theirs_id]).fetchone()
    our_record = (row[0], row[1]) if row else ("", "")
    their_record = data.peers.get(ours_id, ("", ""))
    return _Meeting(ours_since=max(their_record[0], our_record[1]),
                    theirs_since=max(our_record[0], their_record[1]))


def _local_rows(db: sqlite_utils.Database, table: str, columns: list[str]
                ) -> dict[str, dict[str, Any]]:
    cursor = db.execute(f"SELECT {', '.join(columns)} FROM {table}")
    return {row[0]: dict(zip(columns, row, strict=True)) for row in cursor}


def _columns(db: sqlite_utils.Database, table: str) -> list[str]:
    names = [r[1] for r in db.execute(f"PRAGMA table_info({table})").fetchall()]
    return ["id", *[n for n in names if n != "id"]]


def merge(db: sqlite_utils.Database, data: Incoming, source: str,
          erased_media: set[str]) -> MergeReport:
    """Merge `data` into `db`; the caller holds the transaction."""
    report = MergeReport()
    meeting = _meeting(db, data)
    erased = _apply_erasures(db, data, report)
    erased_hashes = erased_media | {r[0][:24] for r in db.execute(
        "SELECT sha256 FROM erased_media").fetchall()}
    _apply_tombstones(db, data, report)
    school_ids = [r[0] for r in db.execute("SELECT id FROM school").fetchall()]
    scrubbed = _scrubbed_here(db, {pid for pid, _when in data.erasures})
    for table in DATA_TABLES:
        _merge_table(db, table, data.rows.get(table, []), meeting, source, erased,
                     erased_hashes, school_ids, report, scrubbed.get(table, set()))
    _keep_withdrawals(db, data)
    _scrub_names_of_the_erased(db, data, erased)
    _remember_meeting(db, data)
    return report


def _scrub_names_of_the_erased(db: sqlite_utils.Database, data: Incoming,
                               erased: set[str]) -> None:
    """A copy that had not heard of an erasure here still writes the person's name in
    rows of its own (an action's responsible person, a note): its participant row tells the
    name, which is then taken out of every free text, as the erasure did."""
    stamp = now()
    for row in data.rows.get("participant", []):
        if row.get("id") in erased and isinstance(row.get("name"), str):
            erasure.scrub_name(db, row["id"], row["name"], stamp)


def _apply_erasures(db: sqlite_utils.Database, data: Incoming, report: MergeReport) -> set[str]:
    """People erased there are erased here (everything of them, not only their row)."""
    stamp = now()
    for participant_id, erased_at in data.erasures:
        if db.execute("SELECT 1 FROM participant WHERE id = ?", [participant_id]).fetchone():
            result = erasure.erase_rows(db, participant_id)
            report.erased.append(participant_id)
            report.erased_files |= result.files
        db.execute("INSERT OR IGNORE INTO erasure (participant_id, erased_at) VALUES (?, ?)",
                   [participant_id, erased_at or stamp])
    for digest in data.erased_media:
        db.execute("INSERT OR IGNORE INTO erased_media (sha256, erased_at) VALUES (?, ?)",
                   [digest, stamp])
    return {r[0] for r in db.execute("SELECT participant_id FROM erasure").fetchall()}


def _scrubbed_here(db: sqlite_utils.Database, erased_there: set[str]) -> dict[str, set[str]]:
    """Rows an erasure here changed, whose person the other copy has not erased: its
    version of them may still name that person, so it is neither taken nor kept."""
    rows: dict[str, set[str]] = {}
    for table, row_id, participant_id in db.execute(
            "SELECT table_name, row_id, participant_id FROM erased_row").fetchall():
        if participant_id not in erased_there:
            rows.setdefault(table, set()).add(row_id)
    return rows


def _apply_tombstones(db: sqlite_utils.Database, data: Incoming, report: MergeReport) -> None:
    """Deletions made there are made here too; each is remembered so it stays deleted."""
    known = {r[0] for r in db.execute("SELECT id FROM tombstone").fetchall()}
    for row_id, table, deleted_at in data.tombstones:
        if row_id in known or table in _NEVER_DELETED_BY_OTHERS:
            continue
        gone = db.execute(f"DELETE FROM {table} WHERE id = ?", [row_id]).rowcount
        if gone:
            report.count(report.deleted, table)
        db.execute("INSERT OR REPLACE INTO tombstone (id, table_name, deleted_at) "
                   "VALUES (?, ?, ?)", [row_id, table, deleted_at])


def _shows_erased(table: str, row: dict[str, Any], erased: set[str],
                  erased_hashes: set[str]) -> bool:
    if any(row.get(c) in erased for c in _PERSON_COLUMNS):
        return True
    if table == "photo" and (str(row.get("sha256", ""))[:24] in erased_hashes
                             or name_hash(str(row.get("file", ""))) in erased_hashes):
        return True
    return table == "participant" and row.get("id") in erased


def _merge_table(db: sqlite_utils.Database, table: str, rows: list[dict[str, Any]],
                 meeting: _Meeting, source: str, erased: set[str], erased_hashes: set[str],
                 school_ids: list[str], report: MergeReport, scrubbed: set[str]) -> None:
    if not rows:
        return
    columns = _columns(db, table)
    local = _local_rows(db, table, columns)
    tombstoned = {r[0] for r in db.execute(
        "SELECT id FROM tombstone WHERE table_name = ?", [table]).fetchall()}
    for incoming in rows:
        row = {c: incoming[c] for c in columns if c in incoming}
        row_id = row["id"]
        if row_id in tombstoned or _shows_erased(table, row, erased, erased_hashes):
            report.count(report.skipped, table)
            continue
        if table == "school" and row_id not in local and school_ids:
            continue  # one school per database: another school's row is not added
        if table == "publication":
            row = _without_erased(row, erased)
        ours = local.get(row_id)
        if ours is not None and row_id in scrubbed:
            report.count(report.skipped, table)  # the erasure here wins
            continue
        if ours is None:
            if _insert(db, table, row):
                report.count(report.inserted, table)
                _note_media(table, row, report)
                if table == "school":
                    school_ids.append(row_id)
            else:
                report.count(report.skipped, table)
            continue
        theirs = {**ours, **row}
        if table == "publication":
            theirs = _union_publication(ours, theirs, erased)
        if _same(ours, theirs):
            continue
        here = not meeting.ours_since or ours["updated_at"] > meeting.ours_since
        there = not meeting.theirs_since or theirs["updated_at"] > meeting.theirs_since
        if table == "publication" or (there and not here) \
                or (not here and not there and theirs["updated_at"] > ours["updated_at"]):
            if _update(db, table, _with_withdrawal(table, ours, theirs)):
                report.count(report.updated, table)
                _note_media(table, theirs, report)
            else:
                report.count(report.skipped, table)
        elif here and there:
            _store_conflict(db, table, ours, theirs, source)
            report.conflicts.append((table, row_id))
            _note_media(table, theirs, report)  # kept while the user may still choose it
            if table == "consent" and _with_withdrawal(table, theirs, ours) != ours:
                _update(db, table, _with_withdrawal(table, theirs, ours))  # theirs withdrew
        elif table == "consent" and _with_withdrawal(table, theirs, ours) != ours:
            _update(db, table, _with_withdrawal(table, theirs, ours))


def _same(ours: dict[str, Any], theirs: dict[str, Any]) -> bool:
    return all(ours[c] == theirs[c] for c in ours if c not in ("created_at", "updated_at"))


def _with_withdrawal(table: str, other: dict[str, Any], chosen: dict[str, Any]
                     ) -> dict[str, Any]:
    """`chosen`, keeping the earliest withdrawal of either version of a consent."""
    if table != "consent":
        return chosen
    dates = [d for d in (other.get("withdrawn_on"), chosen.get("withdrawn_on")) if d]
    if not dates or min(dates) == chosen.get("withdrawn_on"):
        return chosen
    return {**chosen, "withdrawn_on": min(dates), "updated_at": max(
        chosen["updated_at"], other["updated_at"])}


def _union_publication(ours: dict[str, Any], theirs: dict[str, Any], erased: set[str]
                       ) -> dict[str, Any]:
    """A printed document's record keeps every person and story either copy listed."""
    merged = dict(theirs)
    for column in ("participant_ids", "story_ids"):
        values = list(dict.fromkeys(json.loads(ours[column] or "[]")
                                    + json.loads(theirs[column] or "[]")))
        merged[column] = json.dumps([v for v in values if v not in erased])
    merged["updated_at"] = max(ours["updated_at"], theirs["updated_at"])
    return merged


def _without_erased(row: dict[str, Any], erased: set[str]) -> dict[str, Any]:
    ids = json.loads(row.get("participant_ids") or "[]")
    return {**row, "participant_ids": json.dumps([i for i in ids if i not in erased])}


def _insert(db: sqlite_utils.Database, table: str, row: dict[str, Any]) -> bool:
    names = list(row)
    try:
        db.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES "
                   f"({', '.join('?' for _ in names)})", [row[n] for n in names])
    except sqlite3.IntegrityError:  # a broken link: its parent was deleted here
        return False
    return True


def _update(db: sqlite_utils.Database, table: str, row: dict[str, Any]) -> bool:
    names = [n for n in row if n != "id"]
    try:
        db.execute(f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                   [row[n] for n in names] + [row["id"]])
    except sqlite3.IntegrityError:  # a broken link: its parent was deleted here
        return False
    return True


def _note_media(table: str, row: dict[str, Any], report: MergeReport) -> None:
    for column in MEDIA_COLUMNS.get(table, ()):
        if row.get(column):
            report.accepted_media.add(str(row[column]))


MEDIA_COLUMNS = {"photo": ("file",), "school": ("logo", "fers_artwork"), "consent": ("form_file",),
                 "dissemination_action": ("evidence",)}


def _store_conflict(db: sqlite_utils.Database, table: str, ours: dict[str, Any],
                    theirs: dict[str, Any], source: str) -> None:
    """Keep the other copy's version of a record both changed (once per version)."""
    text = json.dumps(theirs, ensure_ascii=False, sort_keys=True)
    if db.execute("SELECT 1 FROM conflict WHERE table_name = ? AND row_id = ? AND theirs = ?",
                  [table, ours["id"], text]).fetchone():
        return
    db.execute("DELETE FROM conflict WHERE table_name = ? AND row_id = ?", [table, ours["id"]])
    db.execute("INSERT INTO conflict (id, table_name, row_id, theirs, ours_updated_at, "
               "theirs_updated_at, source, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               [new_id(), table, ours["id"], text, ours["updated_at"], theirs["updated_at"],
                source[:200], now()])


def _keep_withdrawals(db: sqlite_utils.Database, data: Incoming) -> None:
    """A consent given before a withdrawal of the same person is withdrawn with it: another
    copy's older consent never makes a withdrawn person printable again."""
    people = {row["participant_id"] for row in data.rows.get("consent", [])}
    stamp = now()
    for participant_id in people:
        db.execute("""UPDATE consent SET withdrawn_on = (
                SELECT min(w.withdrawn_on) FROM consent w
                WHERE w.participant_id = consent.participant_id AND w.withdrawn_on != ''
                  AND w.withdrawn_on >= consent.given_on), updated_at = :stamp
            WHERE participant_id = :p AND withdrawn_on = '' AND EXISTS (
                SELECT 1 FROM consent w WHERE w.participant_id = consent.participant_id
                AND w.withdrawn_on != '' AND w.withdrawn_on >= consent.given_on)""",
                   {"p": participant_id, "stamp": stamp})


def _remember_meeting(db: sqlite_utils.Database, data: Incoming) -> None:
    if not data.database_id or data.database_id == database_id(db.conn):
        return
    db.execute("""INSERT INTO sync_peer (peer_id, their_exported_at, our_imported_at)
        VALUES (:p, :e, :i) ON CONFLICT(peer_id) DO UPDATE SET
        their_exported_at = max(their_exported_at, excluded.their_exported_at),
        our_imported_at = excluded.our_imported_at""",
               {"p": data.database_id, "e": data.exported_at, "i": now()})
