"""Archives: the database and its media in one zip file, to move or share a school's data.

`export_archive` writes `vidare.db` (a verified copy made through the backup API),
`manifest.json` and `media/<name>` for every media file a record uses. `import_archive`
refuses a hostile or broken archive before writing anything into the database or its
media folder: the zip is checked from its headers (`archive_files`), the database inside
is read as data and every row validated (`incoming`), each media file must be used by a
row, carry its own hash as its name and, for a picture, pass the picture rules. Then it
backs up, copies the media in and merges (`merge`) in one transaction, search included.
Its work files live in the data folder and go when it ends (or at the next start).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.domain.validation import ValidationError, fill
from desktop.store import erasure
from desktop.store.archive_files import (
    DB_ENTRY,
    MANIFEST_ENTRY,
    MEDIA_PREFIX,
    EntryRefused,
    check_entries,
    extract,
)
from desktop.store.backups import make_backup, refuse_if_read_only
from desktop.store.connection import connect, now, transaction
from desktop.store.copying import copy_database
from desktop.store.errors import DatabaseMissing, OtherSchool, ReadOnlyDatabase, StoreError
from desktop.store.identity import SchoolIdentity, other_school, school_of
from desktop.store.incoming import Incoming, IncomingRefused, read_incoming
from desktop.store.locations import (
    clean_work_dirs,
    file_stamp,
    media_dir_for,
    new_work_dir,
    private_file,
    private_folder,
    remove_work_dir,
    system_temp_dir,
)
from desktop.store.media import (
    MAX_ATTACHMENT_BYTES,
    MAX_PICTURE_BYTES,
    check_picture,
    file_sha256,
    is_media_name,
    media_path,
    name_hash,
)
from desktop.store.merge import MEDIA_COLUMNS, merge
from desktop.store.opening import can_write, open_database

log = logging.getLogger(__name__)

# Rows may need room beyond their own text (a database keeps indexes and free pages).
DB_BYTES_BASE = 16 * 1024 * 1024
DB_BYTES_PER_ROW = 64 * 1024

# The reasons, English source in context "Store", filled into ArchiveRefused's %2.
ORPHAN_MEDIA = QT_TRANSLATE_NOOP("Store", "it holds a file that no record uses (%1).")
WRONG_HASH = QT_TRANSLATE_NOOP("Store", "the file %1 does not hold what its name says.")
NOT_A_PICTURE = QT_TRANSLATE_NOOP("Store", "the picture %1 cannot be used: %2")
TOO_LARGE_FOR_ROWS = QT_TRANSLATE_NOOP("Store", "it holds far more data than its records "
                                                "need.")


class ArchiveRefused(StoreError):
    message = QT_TRANSLATE_NOOP("Store", "The archive %1 was not imported: %2")
    reason = ""  # the English source of %2 (context "Store") and its own parameters
    reason_params: tuple[str, ...] = ()


def refused(archive: Path, reason: str, *params: str) -> ArchiveRefused:
    error = ArchiveRefused(archive, fill(reason, params))
    error.reason, error.reason_params = reason, tuple(params)  # for translating both parts
    return error


@dataclass
class ImportReport:
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # table, record id
    erased: list[str] = field(default_factory=list)  # erased here because erased there
    media_added: int = 0
    backup: Path | None = None

    def changes(self) -> int:
        return (sum(self.inserted.values()) + sum(self.updated.values())
                + sum(self.deleted.values()) + self.media_added)


# -- Export --------------------------------------------------------------------------------

def _scratch(db_path: Path, kind: str) -> Path:
    """A private folder for the work files: in the data folder, or (when that folder may
    not be written) in the system's temporary folder."""
    if can_write(db_path):
        return new_work_dir(db_path, kind)
    return system_temp_dir(kind)


def used_media(conn: sqlite3.Connection) -> set[str]:
    """Every media name a record uses."""
    names: set[str] = set()
    for table, columns in MEDIA_COLUMNS.items():
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        for column in columns:
            if column not in present:  # an older database, opened read-only: not yet there
                continue
            for (value,) in conn.execute(f"SELECT {column} FROM {table} WHERE {column} != ''"):
                if is_media_name(value):
                    names.add(value)
    return names


def export_archive(db_path: Path | str, out: Path | str) -> Path:
    """Write the database and the media it uses into one zip (for a new laptop)."""
    db_path, out = Path(db_path), Path(out)
    if not db_path.is_file():
        raise DatabaseMissing(db_path)
    work = _scratch(db_path, "export")
    partial = out.with_name(f"{out.name}.partial")
    try:
        copy = work / DB_ENTRY
        copy_database(db_path, copy)
        conn = sqlite3.connect(str(copy), isolation_level=None)
        try:
            conn.execute("PRAGMA secure_delete = ON")
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone():
                # This copy's own bookkeeping: when it left, and no conflicts of ours.
                conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES "
                             "('exported_at', ?)", [now()])
                conn.execute("DELETE FROM conflict")
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'draft'").fetchone():
                conn.execute("DELETE FROM draft")  # work in progress stays on this computer
            names = used_media(conn)
        finally:
            conn.close()
        media_dir = media_dir_for(db_path)
        files = sorted((name, path) for name in names
                       if (path := media_path(media_dir, name)) is not None)
        try:
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(MANIFEST_ENTRY, json.dumps({
                    "format": 1, "created_at": now(), "source": db_path.name,
                    "media": {name: file_sha256(path) for name, path in files}}, indent=1))
                zf.write(copy, DB_ENTRY)
                for name, path in files:
                    zf.write(path, MEDIA_PREFIX + name, compress_type=zipfile.ZIP_STORED)
            private_file(partial)
            partial.replace(out)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    finally:
        remove_work_dir(work)
    return out


# -- Import --------------------------------------------------------------------------------

@dataclass
class _Checked:
    data: Incoming
    media: dict[str, Path]  # name → checked file in the work folder
    school: SchoolIdentity | None


def _picture_names(data: Incoming) -> set[str]:
    names = {str(r["file"]) for r in data.rows.get("photo", [])}
    names |= {str(r[c]) for r in data.rows.get("school", []) for c in ("logo", "fers_artwork")
              if r.get(c)}
    return names


def _referenced(data: Incoming) -> set[str]:
    names: set[str] = set()
    for table, columns in MEDIA_COLUMNS.items():
        for row in data.rows.get(table, []):
            for column in columns:
                value = row.get(column)
                if value and is_media_name(value):
                    names.add(str(value))
    return names


def check_archive(archive: Path | str, work: Path) -> _Checked:
    """Check everything in the archive, unpacking into `work` only what passed so far.

    Raises ArchiveRefused saying why. Nothing outside `work` is written.
    """
    archive = Path(archive)
    try:
        infos = {i.filename: i for i in check_entries(archive)}
        extract(archive, infos[DB_ENTRY], work / DB_ENTRY)
    except EntryRefused as error:
        raise refused(archive, error.reason, *error.params) from None
    try:
        data = read_incoming(work / DB_ENTRY)
    except IncomingRefused as error:
        raise refused(archive, error.reason, *error.params) from None
    rows = sum(len(r) for r in data.rows.values())
    if infos[DB_ENTRY].file_size > DB_BYTES_BASE + DB_BYTES_PER_ROW * rows:
        raise refused(archive, TOO_LARGE_FOR_ROWS)
    referenced, pictures = _referenced(data), _picture_names(data)
    media_entries = {name[len(MEDIA_PREFIX):]: info for name, info in infos.items()
                     if name.startswith(MEDIA_PREFIX)}
    for name in sorted(media_entries):
        if name not in referenced:
            raise refused(archive, ORPHAN_MEDIA, name)
    budget = sum(MAX_PICTURE_BYTES if n in pictures else MAX_ATTACHMENT_BYTES
                 for n in media_entries)
    if sum(i.file_size for i in media_entries.values()) > budget:
        raise refused(archive, TOO_LARGE_FOR_ROWS)
    media: dict[str, Path] = {}
    folder = private_folder(work / "media")
    for name, info in sorted(media_entries.items()):
        target = folder / name
        try:
            extract(archive, info, target)
        except EntryRefused as error:
            raise refused(archive, error.reason, *error.params) from None
        if file_sha256(target)[:24] != name_hash(name):
            raise refused(archive, WRONG_HASH, name)
        if name in pictures:
            try:
                check_picture(target)
            except ValidationError as error:
                problem = error.problems[0]
                raise refused(archive, NOT_A_PICTURE, name, fill(problem.message,
                                                                 problem.params)) from None
        media[name] = target
    conn = sqlite3.connect(f"{(work / DB_ENTRY).resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        school = school_of(conn)
    finally:
        conn.close()
    return _Checked(data, media, school)


def import_archive(db_path: Path | str, archive: Path | str,
                   backups_dir: Path | None = None,
                   accept_other_school: bool = False) -> ImportReport:
    """Merge an archive into the database at `db_path` (which the caller has locked).

    Raises ArchiveRefused, OtherSchool (another school's data, unless accepted), or the
    opening errors (`NewerDatabase`, `ReadOnlyDatabase`, `FolderNotWritable`…) before
    anything is written.
    """
    db_path, archive = Path(db_path), Path(archive)
    if not db_path.is_file():
        raise DatabaseMissing(db_path)
    refuse_if_read_only(db_path)
    clean_work_dirs(db_path)
    work = new_work_dir(db_path, "import")
    try:
        checked = check_archive(archive, work)
        if not accept_other_school:
            _refuse_other_school(db_path, archive, checked.school)
        report = ImportReport()
        report.backup = make_backup(db_path, backups_dir, reason="before-import").folder
        db, read_only = open_database(db_path)
        try:
            if read_only:
                raise ReadOnlyDatabase(db_path)
            _merge_and_place(db, db_path, archive, checked, report)
        finally:
            db.conn.close()
    finally:
        remove_work_dir(work)
    return report


def _refuse_other_school(db_path: Path, archive: Path, theirs: SchoolIdentity | None) -> None:
    conn = connect(db_path, read_only=True).conn
    try:
        ours = school_of(conn)
    finally:
        conn.close()
    if other_school(ours, theirs):
        assert ours is not None and theirs is not None
        raise OtherSchool(archive, theirs.name, ours.name)


def copy_media_in(media_dir: Path, media: dict[str, Path], wanted: set[str]) -> set[str]:
    """Copy in the checked files that rows will use; returns the names that were new."""
    added = set()
    for name in sorted(wanted & set(media)):
        if media_path(media_dir, name) is not None:
            continue  # the same name is the same content: stored once
        private_folder(media_dir)
        partial = media_dir / f"{name}.{file_stamp()}.{os.getpid()}.part"
        try:
            shutil.copyfile(media[name], partial)
            private_file(partial)
            partial.replace(media_dir / name)
        finally:
            partial.unlink(missing_ok=True)
        added.add(name)
    return added


def _merge_and_place(db, db_path: Path, archive: Path, checked: _Checked,  # type: ignore[no-untyped-def]
                     report: ImportReport) -> None:
    """Media the rows use go in first; then the merge (search included) is one
    transaction, so a stop at any moment leaves either all of it or none of it."""
    erased_media = {r[0][:24] for r in db.execute("SELECT sha256 FROM erased_media")}
    deleted = {r[0] for r in db.execute("SELECT id FROM tombstone")}
    usable = {str(row[column]) for table, columns in MEDIA_COLUMNS.items()
              for row in checked.data.rows.get(table, []) if row["id"] not in deleted
              for column in columns if row.get(column)}
    usable = {n for n in usable if name_hash(n) not in erased_media}
    media_dir = media_dir_for(db_path)
    added = copy_media_in(media_dir, checked.media, usable)
    with transaction(db):
        merged = merge(db, checked.data, archive.name, erased_media)
        if merged.erased:
            erasure.rebuild_search(db)
    # A file whose record was not taken in after all (its parent deleted here) goes again.
    gone = erasure.remove_unused_files(db, media_dir, added - merged.accepted_media)
    report.media_added = len(added) - len(gone)
    report.inserted, report.updated = merged.inserted, merged.updated
    report.deleted, report.skipped = merged.deleted, merged.skipped
    report.conflicts, report.erased = merged.conflicts, merged.erased
    if merged.erased:
        erasure.finish(db, media_dir, db_path, merged.erased_files, merged.erased)
    log.info("import of %s: %s", archive.name, report)
