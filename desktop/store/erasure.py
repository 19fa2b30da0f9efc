"""Erasing a person so that nothing of them is left: rows, mentions, photos, freed bytes.

Erasure keeps the school's statistics true without keeping the person: their row is
deleted (so a tombstone stops any archive bringing it back) and an anonymous "Erased
person" with the same role and fewer-opportunities flag takes their place on trips.
Their full name is replaced in every free text (an action's responsible person, a shared
story, notes). The erasure record (`erasure`, ids only, never names) and the hashes of
their photos (`erased_media`) are written in the same transaction; afterwards the file is
rewritten (VACUUM, with `secure_delete` on) and the WAL emptied, so that the name is in
no byte of the database or its WAL. A register beside the database (`<db>.erased`) keeps
the ids too, so that restoring an older backup erases them again.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from desktop.store.connection import checkpoint, now, transaction
from desktop.store.drafts import forget_person as forget_in_drafts
from desktop.store.locations import erasure_register, private_file
from desktop.store.media import media_path, name_hash
from desktop.store.migrations import DATA_TABLES, SEARCH_TABLES

log = logging.getLogger(__name__)

ERASED_NAME = "Erased person"  # stored text, not shown translated: it is data, like a name
_STAND_IN = uuid.UUID("5f0f6f1e-7a53-4b1e-9d0e-56494441e7a5")


def stand_in_id(participant_id: str) -> str:
    """The anonymous stand-in's id, the same in every copy that erases this person (so two
    laptops erasing one person agree, and their merge has nothing to reconcile)."""
    return str(uuid.uuid5(_STAND_IN, participant_id))
_NOT_FREE_TEXT = ("id", "created_at", "updated_at")


@dataclass
class Erasure:
    placeholder_id: str = ""
    stories_deleted: int = 0
    photos_deleted: int = 0
    consents_deleted: int = 0
    texts_changed: int = 0
    files: set[str] = field(default_factory=set)  # media the erased rows used
    files_removed: list[str] = field(default_factory=list)


def own_stories(db: sqlite_utils.Database, participant_id: str) -> list[str]:
    """Stories the person wrote alone (erased with them; shared ones only lose the author)."""
    return [r[0] for r in db.execute("""SELECT s.id FROM story s
        WHERE EXISTS (SELECT 1 FROM story_author a WHERE a.story_id = s.id
                      AND a.participant_id = :p)
        AND NOT EXISTS (SELECT 1 FROM story_author a WHERE a.story_id = s.id
                        AND a.participant_id != :p)""", {"p": participant_id}).fetchall()]


def photos_to_erase(db: sqlite_utils.Database, participant_id: str,
                    stories: list[str]) -> list[str]:
    return [r[0] for r in db.execute("""SELECT photo_id FROM photo_person
        WHERE participant_id = :p UNION SELECT id FROM photo
        WHERE story_id IN (SELECT value FROM json_each(:s))""",
                                     {"p": participant_id, "s": json.dumps(stories)}).fetchall()]


def _name_pattern(name: str) -> re.Pattern[str] | None:
    """The person's name as a whole word; a one-word name only in its own letter case."""
    name = " ".join(name.split())
    if len(name) < 2:
        return None
    words = r"\s+".join(re.escape(word) for word in name.split())
    flags = re.IGNORECASE if " " in name else 0
    return re.compile(rf"(?<!\w){words}(?!\w)", flags)


def _like(name: str) -> str:
    """A LIKE pattern that finds at least every text holding `name` (any letter case)."""
    loose = "".join(c if c.isascii() and c not in "%_\\" else "_" for c in " ".join(name.split()))
    return f"%{loose.replace(' ', '%')}%"


def _text_columns(db: sqlite_utils.Database, table: str) -> list[str]:
    return [r[1] for r in db.execute(f"PRAGMA table_info({table})").fetchall()
            if str(r[2]).upper() == "TEXT" and r[1] not in _NOT_FREE_TEXT
            and not r[1].endswith("_id")]


def scrub_name(db: sqlite_utils.Database, participant_id: str, name: str, stamp: str) -> int:
    """Replace the name in every free text of every table; returns the rows changed.

    Each row changed is listed in `erased_row`, so that another copy's older version of
    it (still holding the name) is never taken in or kept as a conflict.
    """
    pattern = _name_pattern(name)
    if pattern is None:
        return 0
    changed = 0
    for table in DATA_TABLES:
        columns = _text_columns(db, table)
        if not columns:
            continue
        where = " OR ".join(f"{c} LIKE :n" for c in columns)
        rows = db.execute(f"SELECT id, {', '.join(columns)} FROM {table} WHERE {where}",
                          {"n": _like(name)}).fetchall()
        for row_id, *values in rows:
            new = {c: pattern.sub(ERASED_NAME, v) for c, v in zip(columns, values, strict=True)
                   if isinstance(v, str) and pattern.search(v)}
            if not new:
                continue
            sets = ", ".join(f"{c} = :{c}" for c in new)
            db.execute(f"UPDATE {table} SET {sets}, updated_at = :stamp WHERE id = :id",
                       {**new, "stamp": stamp, "id": row_id})
            db.execute("INSERT OR IGNORE INTO erased_row (table_name, row_id, participant_id, "
                       "erased_at) VALUES (?, ?, ?, ?)", [table, row_id, participant_id, stamp])
            changed += 1
    return changed


def erase_rows(db: sqlite_utils.Database, participant_id: str) -> Erasure:
    """Erase one person inside the caller's transaction (see `erase` for the whole of it)."""
    row = db.execute("SELECT name, role, fewer_opportunities FROM participant WHERE id = ?",
                     [participant_id]).fetchone()
    if row is None:
        raise KeyError(participant_id)
    name, role, fewer = row
    result = Erasure()
    p = {"p": participant_id}
    result.files = {r[0] for r in db.execute(
        "SELECT form_file FROM consent WHERE participant_id = :p AND form_file != ''", p)}
    stories = own_stories(db, participant_id)
    photos = photos_to_erase(db, participant_id, stories)
    photo_rows = db.execute("SELECT file, sha256 FROM photo WHERE id IN "
                            "(SELECT value FROM json_each(?))", [json.dumps(photos)]).fetchall()
    result.files |= {r[0] for r in photo_rows}
    stamp = now()
    publications = [(r[0], json.loads(r[1] or "[]")) for r in db.execute(
        "SELECT id, participant_ids FROM publication WHERE EXISTS (SELECT 1 FROM "
        "json_each(participant_ids) WHERE value = :p)", p)]
    links = db.execute("SELECT count(*) FROM mobility_participant WHERE participant_id = :p",
                       p).fetchone()[0]
    if links or publications:
        result.placeholder_id = stand_in_id(participant_id)
        db.execute("INSERT OR IGNORE INTO participant (id, created_at, updated_at, name, role, "
                   "fewer_opportunities, protected_identity, notes) VALUES (?, ?, ?, ?, ?, ?, "
                   "1, '')", [result.placeholder_id, stamp, stamp, ERASED_NAME, role, fewer])
        db.execute("UPDATE mobility_participant SET participant_id = ?, updated_at = ? "
                   "WHERE participant_id = ?", [result.placeholder_id, stamp, participant_id])
        for pub_id, ids in publications:
            ids = [result.placeholder_id if i == participant_id else i for i in ids]
            db.execute("UPDATE publication SET participant_ids = ?, updated_at = ? WHERE id = ?",
                       [json.dumps(ids), stamp, pub_id])
    result.photos_deleted = db.execute(
        "DELETE FROM photo WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps(photos)]).rowcount
    result.stories_deleted = db.execute(
        "DELETE FROM story WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps(stories)]).rowcount
    consent_ids = [r[0] for r in db.execute(
        "SELECT id FROM consent WHERE participant_id = :p", p)]
    result.consents_deleted = db.execute(
        "DELETE FROM consent WHERE participant_id = ?", [participant_id]).rowcount
    db.execute("DELETE FROM participant WHERE id = ?", [participant_id])
    forget_in_drafts(db, participant_id)
    result.texts_changed = scrub_name(db, participant_id, name, stamp)
    db.execute("DELETE FROM conflict WHERE row_id = :p OR theirs LIKE :like OR theirs LIKE :n",
               {"p": participant_id, "like": f"%{participant_id}%", "n": _like(name)})
    # Another copy's version of a deleted record, or one naming an erased file, goes too:
    # a waiting conflict keeps its files (remove_unused_files).
    db.execute("DELETE FROM conflict WHERE row_id IN (SELECT value FROM json_each(:rows)) "
               "OR EXISTS (SELECT 1 FROM json_each(conflict.theirs) v "
               "WHERE v.value IN (SELECT value FROM json_each(:files)))",
               {"rows": json.dumps(photos + stories + consent_ids),
                "files": json.dumps(sorted(result.files))})
    db.execute("INSERT OR REPLACE INTO erasure (participant_id, erased_at) VALUES (?, ?)",
               [participant_id, stamp])
    for file, sha256 in photo_rows:
        digest = sha256 or name_hash(file)
        if digest:
            db.execute("INSERT OR IGNORE INTO erased_media (sha256, erased_at) VALUES (?, ?)",
                       [digest, stamp])
    return result


def rebuild_search(db: sqlite_utils.Database) -> None:
    """Rebuild every search index from what it holds now: no word of a deleted row stays."""
    for fts in SEARCH_TABLES.values():
        db.execute(f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')")


def erase(db: sqlite_utils.Database, media_dir: Path, db_path: Path,
          participant_id: str) -> Erasure:
    """Erase a person: rows and record in one transaction, then files, register, bytes."""
    with transaction(db):
        result = erase_rows(db, participant_id)
        rebuild_search(db)
    finish(db, media_dir, db_path, result.files, [participant_id], result)
    return result


def finish(db: sqlite_utils.Database, media_dir: Path, db_path: Path, files: set[str],
           erased: list[str], result: Erasure | None = None) -> None:
    """After the erasure's commit: its files, the register, and no old bytes anywhere."""
    removed = remove_unused_files(db, media_dir, files)
    if result is not None:
        result.files_removed = removed
    for participant_id in erased:
        record(db_path, participant_id)
    wipe_free_space(db)


def wipe_free_space(db: sqlite_utils.Database) -> None:
    """Rewrite the file (VACUUM) and empty the WAL, so no deleted byte survives anywhere."""
    try:
        db.execute("VACUUM")
        checkpoint(db)
    except sqlite3.OperationalError as error:  # another connection reads: done next time
        log.warning("erasure: could not rewrite the database yet: %s", error)


def remove_unused_files(db: sqlite_utils.Database, media_dir: Path,
                        names: set[str]) -> list[str]:
    """Delete media files that no remaining row points to, nor another copy's version of
    a record that waits for the user's choice (a conflict)."""
    removed = []
    for name in sorted(names):
        used = db.execute("""SELECT 1 FROM photo WHERE file = :f
            UNION ALL SELECT 1 FROM consent WHERE form_file = :f
            UNION ALL SELECT 1 FROM school WHERE logo = :f OR fers_artwork = :f
            UNION ALL SELECT 1 FROM dissemination_action WHERE evidence = :f
            UNION ALL SELECT 1 FROM conflict c, json_each(c.theirs) v WHERE v.value = :f
            LIMIT 1""", {"f": name}).fetchone()
        path = media_path(media_dir, name)
        if not used and path is not None:
            path.unlink()
            removed.append(name)
    return removed


def erased_ids(db_path: Path | str) -> list[str]:
    """The ids in the register beside the database."""
    try:
        data = json.loads(erasure_register(db_path).read_text(encoding="utf-8"))
        return [str(item["id"]) for item in data]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def record(db_path: Path | str, participant_id: str) -> None:
    register = erasure_register(db_path)
    try:
        data = json.loads(register.read_text(encoding="utf-8"))
        if not isinstance(data, list):
            data = []
    except (OSError, ValueError):
        data = []
    if participant_id in {item.get("id") for item in data if isinstance(item, dict)}:
        return
    data.append({"id": participant_id, "erased_at": now()})
    partial = register.with_name(register.name + ".part")
    partial.write_text(json.dumps(data, indent=1), encoding="utf-8")
    private_file(partial)
    partial.replace(register)


def reapply(db: sqlite_utils.Database, media_dir: Path, db_path: Path,
            before_writing: Callable[[], None] | None = None) -> list[str]:
    """Keep the register and the database's erasure record in step, and erase again anyone
    either names who is back (after a restore, or a crash before the register was written).
    `before_writing()` runs first when someone is (the start check's verdict). Returns the
    ids erased again."""
    inside = [r[0] for r in db.execute("SELECT participant_id FROM erasure").fetchall()]
    registered = erased_ids(db_path)
    for participant_id in set(inside) - set(registered):
        record(db_path, participant_id)
    back = [pid for pid in dict.fromkeys([*registered, *inside])
            if db.execute("SELECT 1 FROM participant WHERE id = ?", [pid]).fetchone()]
    if not back:
        return []
    if before_writing is not None:
        before_writing()
    files: set[str] = set()
    with transaction(db):
        for participant_id in back:
            files |= erase_rows(db, participant_id).files
        rebuild_search(db)
    finish(db, media_dir, db_path, files, back)
    return back
