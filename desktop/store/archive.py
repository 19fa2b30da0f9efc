"""Archives: one zip with the database and media, checked in full before anything is merged.

`export_archive` writes `vidare.db` (made through the backup API), `media/<file>` and
`manifest.json`. `import_archive` refuses a hostile or broken archive before writing
anything, backs up, then merges by id: the newer `updated_at` wins, a deletion (tombstone)
on either side is never undone, parents go in before children, and importing the same
archive twice changes nothing.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import stat
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.store.backups import (
    _file_hash,
    _private_file,
    copy_database,
    database_problems,
    make_backup,
    media_dir_of,
    private_folder,
)
from desktop.store.database import APPLICATION_ID, StoreError, file_stamp, now

DB_ENTRY = "vidare.db"
MANIFEST_ENTRY = "manifest.json"
MEDIA_PREFIX = "media/"
MAX_ENTRIES = 50_000
MAX_ENTRY_BYTES = 512 * 1024 * 1024  # one file: a database or a large scanned PDF
MAX_TOTAL_BYTES = 8 * 1024 * 1024 * 1024
MAX_RATIO = 200  # photos barely compress; a database compresses well, never this well
_SAFE_MEDIA_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._ -]{0,199}$")

# Parents before children, so that every foreign key finds its row.
MERGE_ORDER = (
    "school", "project", "partner", "result", "target_group", "participant", "consent",
    "mobility", "mobility_participant", "story", "story_author", "photo", "photo_person",
    "dissemination_action", "publication",
)


class ArchiveRefused(StoreError):
    message = QT_TRANSLATE_NOOP("Store", "The archive %1 was not imported: %2")
    reason = ""  # the English source of %2 (context "Store") and its own parameters
    reason_params: tuple[str, ...] = ()


# The reasons, English source in context "Store", filled into ArchiveRefused's %2.
DAMAGED = QT_TRANSLATE_NOOP("Store", "it is not a readable zip file.")
UNSAFE_PATH = QT_TRANSLATE_NOOP("Store", "it holds a file that would land outside the media "
                                         "folder (%1).")
LINK = QT_TRANSLATE_NOOP("Store", "it holds a link (%1) instead of a file.")
TOO_MANY = QT_TRANSLATE_NOOP("Store", "it holds too many files.")
TOO_LARGE = QT_TRANSLATE_NOOP("Store", "it would unpack to more data than a Vidare archive can "
                                       "hold (%1).")
NO_DATABASE = QT_TRANSLATE_NOOP("Store", "it holds no Vidare database.")
FOREIGN_DB = QT_TRANSLATE_NOOP("Store", "the database inside is not a Vidare database.")
DAMAGED_DB = QT_TRANSLATE_NOOP("Store", "the database inside is damaged.")
NEWER_DB = QT_TRANSLATE_NOOP("Store", "it was made by a newer Vidare; install the newer Vidare "
                                      "first.")
DUPLICATE = QT_TRANSLATE_NOOP("Store", "it holds the file %1 twice.")


def _refuse(archive: Path, reason: str, *params: str) -> ArchiveRefused:
    from desktop.domain.validation import fill

    error = ArchiveRefused(archive, fill(reason, params))
    error.reason, error.reason_params = reason, params  # for translating both parts
    return error


@dataclass
class ImportReport:
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    media_added: int = 0
    backup: Path | None = None

    def changes(self) -> int:
        return (sum(self.inserted.values()) + sum(self.updated.values())
                + sum(self.deleted.values()) + self.media_added)


def export_archive(db_path: Path | str, out: Path | str) -> Path:
    """Write the database and its media into one zip (for a new laptop or the principal)."""
    db_path, out = Path(db_path), Path(out)
    if not db_path.is_file():
        from desktop.store.database import DatabaseMissing

        raise DatabaseMissing(db_path)
    partial = out.with_name(f"{out.name}.partial")
    with tempfile.TemporaryDirectory(prefix="vidare-export-") as work:
        copy = Path(work) / DB_ENTRY
        copy_database(db_path, copy)
        media = media_dir_of(db_path)
        files = sorted(p for p in media.iterdir() if p.is_file() and not p.is_symlink()
                       and not p.name.endswith(".part")) if media.is_dir() else []
        try:
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(MANIFEST_ENTRY, json.dumps({
                    "format": 1, "created_at": now(), "source": db_path.name,
                    "media": {p.name: _file_hash(p) for p in files}}, indent=1))
                zf.write(copy, DB_ENTRY)
                for path in files:
                    zf.write(path, MEDIA_PREFIX + path.name, compress_type=zipfile.ZIP_STORED)
            _private_file(partial)
            partial.replace(out)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    return out


def _check_name(archive: Path, name: str) -> None:
    if "\\" in name or "\x00" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name) \
            or any(part in ("..", ".") for part in name.split("/")):
        raise _refuse(archive, UNSAFE_PATH, name[:80])
    if name in (DB_ENTRY, MANIFEST_ENTRY, MEDIA_PREFIX):
        return
    if not name.startswith(MEDIA_PREFIX) or not _SAFE_MEDIA_NAME.match(name[len(MEDIA_PREFIX):]):
        raise _refuse(archive, UNSAFE_PATH, name[:80])


def check_archive(archive: Path | str) -> list[zipfile.ZipInfo]:
    """Every entry of a safe archive, or ArchiveRefused saying why (nothing is unpacked)."""
    archive = Path(archive)
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _refuse(archive, DAMAGED) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise _refuse(archive, TOO_MANY)
        seen: set[str] = set()
        total = 0
        for info in infos:
            _check_name(archive, info.filename)
            if info.filename in seen:
                raise _refuse(archive, DUPLICATE, info.filename[:80])
            seen.add(info.filename)
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise _refuse(archive, LINK, info.filename[:80])
            if info.file_size > MAX_ENTRY_BYTES:
                raise _refuse(archive, TOO_LARGE, info.filename[:80])
            if info.file_size > 1024 * 1024 and \
                    info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise _refuse(archive, TOO_LARGE, info.filename[:80])
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise _refuse(archive, TOO_LARGE, info.filename[:80])
        if DB_ENTRY not in seen:
            raise _refuse(archive, NO_DATABASE)
        return [i for i in infos if not i.is_dir()]


def _extract(archive: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path) -> None:
    """Unpack one entry, never writing more than it declared (a lying header is refused)."""
    written = 0
    try:
        with zf.open(info) as reader, target.open("wb") as writer:
            while chunk := reader.read(1 << 20):
                written += len(chunk)
                if written > info.file_size:
                    raise _refuse(archive, TOO_LARGE, info.filename[:80])
                writer.write(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError) as error:
        if isinstance(error, ArchiveRefused):
            raise
        raise _refuse(archive, DAMAGED) from None
    _private_file(target)


def unpack_checked(archive: Path | str, work: Path) -> tuple[Path, dict[str, Path]]:
    """Check the archive, unpack it into `work`, and check the database inside.

    Returns the database copy (brought to this Vidare's data version) and the media files.
    """
    from desktop.store.database import (
        DamagedDatabase,
        NewerDatabase,
        NotVidareDatabase,
        open_database,
    )

    archive = Path(archive)
    infos = check_archive(archive)
    db_copy = work / DB_ENTRY
    media: dict[str, Path] = {}
    private_folder(work / "media")
    with zipfile.ZipFile(archive) as zf:
        for info in infos:
            if info.filename == DB_ENTRY:
                _extract(archive, zf, info, db_copy)
            elif info.filename.startswith(MEDIA_PREFIX):
                name = info.filename[len(MEDIA_PREFIX):]
                target = work / "media" / name
                _extract(archive, zf, info, target)
                media[name] = target
    try:
        conn = sqlite3.connect(f"{db_copy.resolve().as_uri()}?mode=ro", uri=True)
        try:
            ours = conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise _refuse(archive, FOREIGN_DB) from None
    if not ours:
        raise _refuse(archive, FOREIGN_DB)
    if database_problems(db_copy):
        raise _refuse(archive, DAMAGED_DB)
    try:
        db, read_only = open_database(db_copy)
    except NotVidareDatabase:
        raise _refuse(archive, FOREIGN_DB) from None
    except DamagedDatabase:
        raise _refuse(archive, DAMAGED_DB) from None
    except NewerDatabase:
        raise _refuse(archive, NEWER_DB) from None
    db.conn.close()
    if read_only:
        raise _refuse(archive, NEWER_DB)
    return db_copy, media


def import_archive(db_path: Path | str, archive: Path | str,
                   backups_dir: Path | None = None) -> ImportReport:
    """Merge an archive into the database at `db_path` (which the caller has locked)."""
    db_path, archive = Path(db_path), Path(archive)
    from desktop.store.database import DatabaseMissing

    if not db_path.is_file():
        raise DatabaseMissing(db_path)
    with tempfile.TemporaryDirectory(prefix="vidare-import-") as work_name:
        work = Path(work_name)
        incoming_db, media = unpack_checked(archive, work)
        report = ImportReport()
        report.backup = make_backup(db_path, backups_dir, reason="before-import").folder
        media_dir = media_dir_of(db_path)
        for name, source in media.items():
            target = media_dir / name
            if target.exists():
                continue
            private_folder(media_dir)
            partial = media_dir / f"{name}.{file_stamp()}.part"
            shutil.copyfile(source, partial)
            _private_file(partial)
            partial.replace(target)
            report.media_added += 1
        merge_database(db_path, incoming_db, report)
    return report


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA {schema}.table_info({table})").fetchall()]


def merge_database(db_path: Path, incoming: Path, report: ImportReport) -> None:
    """Merge `incoming` into `db_path` in one transaction (see the module's rules)."""
    from desktop.store import Store

    with Store(db_path) as store:
        conn = store.db.conn
        conn.execute("ATTACH DATABASE ? AS incoming", [str(incoming)])
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                _apply_tombstones(conn, report)
                for table in MERGE_ORDER:
                    _merge_table(conn, table, report)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        finally:
            conn.execute("DETACH DATABASE incoming")
        if report.inserted.get("story") or report.updated.get("story") \
                or report.deleted.get("story"):
            store.stories.rebuild_search()


def _apply_tombstones(conn: sqlite3.Connection, report: ImportReport) -> None:
    """Deletions made there are made here too; each is remembered so it stays deleted."""
    from desktop.store.migrations import DATA_TABLES

    rows = conn.execute("""SELECT t.id, t.table_name, t.deleted_at FROM incoming.tombstone t
        WHERE NOT EXISTS (SELECT 1 FROM main.tombstone m WHERE m.id = t.id)""").fetchall()
    for row_id, table, deleted_at in rows:
        if table in DATA_TABLES:
            gone = conn.execute(f"DELETE FROM main.{table} WHERE id = ?", [row_id]).rowcount
            if gone:
                report.deleted[table] = report.deleted.get(table, 0) + gone
                if table == "story":
                    conn.execute("DELETE FROM story_search WHERE story_id = ?", [row_id])
        conn.execute("INSERT OR REPLACE INTO main.tombstone (id, table_name, deleted_at) "
                     "VALUES (?, ?, ?)", [row_id, table, deleted_at])


def _merge_table(conn: sqlite3.Connection, table: str, report: ImportReport) -> None:
    local = _columns(conn, "main", table)
    shared = [c for c in local if c in set(_columns(conn, "incoming", table))]
    if "id" not in shared or "updated_at" not in shared:
        return
    names = ", ".join(shared)
    marks = ", ".join("?" for _ in shared)
    updates = ", ".join(f"{c} = ?" for c in shared if c != "id")
    if table == "school":
        # One school per database: an archive from another school's database does not add a
        # second one; the same school (same id) is merged like any row.
        here = conn.execute("SELECT id FROM main.school").fetchall()
        if here:
            where = "WHERE i.id IN (SELECT id FROM main.school)"
        else:
            where = "WHERE i.rowid = (SELECT min(rowid) FROM incoming.school)"
    else:
        where = ""
    rows = conn.execute(f"""SELECT {', '.join('i.' + c for c in shared)}, m.updated_at
        FROM incoming.{table} i LEFT JOIN main.{table} m ON m.id = i.id {where}""").fetchall()
    tombstoned = {r[0] for r in conn.execute(
        f"SELECT t.id FROM main.tombstone t JOIN incoming.{table} i ON i.id = t.id")}
    id_at, stamp_at = shared.index("id"), shared.index("updated_at")
    for row in rows:
        values, local_stamp = list(row[:-1]), row[-1]
        if values[id_at] in tombstoned:
            report.skipped[table] = report.skipped.get(table, 0) + 1
            continue
        try:
            if local_stamp is None:
                conn.execute(f"INSERT INTO main.{table} ({names}) VALUES ({marks})", values)
                report.inserted[table] = report.inserted.get(table, 0) + 1
            elif values[stamp_at] > local_stamp:
                conn.execute(f"UPDATE main.{table} SET {updates} WHERE id = ?",
                             [v for c, v in zip(shared, values, strict=True)
                              if c != "id"] + [values[id_at]])
                report.updated[table] = report.updated.get(table, 0) + 1
        except sqlite3.IntegrityError:
            # Its parent was deleted here, or the same link exists under another id.
            report.skipped[table] = report.skipped.get(table, 0) + 1
