"""Backups: made with SQLite's backup API, verified, rotated, restored; media included.

A backup is a folder `<db stem>-<UTC time>` in the backups folder holding `database.db`
(a copy made through the backup API, so committed data still in the -wal file is
included, and checked table by table against the database it copies), `media/` (the
photos, scanned forms and evidence; a file unchanged since the previous backup is a hard
link to it) and `manifest.json` (when, why, counts, each table's checksum and each media
file's SHA-256). It is built under a `.partial` name and renamed only once verified, so
a listed backup is always complete; a `.partial` left by a stopped backup is removed by
the next one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.paths import backups_dir_for
from desktop.store import erasure
from desktop.store.connection import APPLICATION_ID, connect, read_header
from desktop.store.copying import CopyMismatch, copy_database, file_sums, mismatch
from desktop.store.errors import (
    DatabaseMissing,
    FolderNotWritable,
    IsAFolder,
    NewerDatabase,
    OtherSchool,
    ReadOnlyDatabase,
    StoreError,
)
from desktop.store.identity import other_school, school_of
from desktop.store.locations import (
    file_stamp,
    host_name,
    keep_aside,
    media_dir_for,
    new_work_dir,
    pid_alive,
    private_file,
    private_folder,
    remove_work_dir,
    restrict_permissions,
    set_aside,
)
from desktop.store.media import file_sha256, is_media_name, name_hash
from desktop.store.migrations import DATA_TABLES, LATEST
from desktop.store.opening import can_write

DB_NAME = "database.db"
MANIFEST = "manifest.json"
MEDIA = "media"
PARTIAL = ".partial"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


class BackupFailed(StoreError):
    message = QT_TRANSLATE_NOOP("Store", "The backup in %1 could not be made or verified: %2")


class NotABackup(StoreError):
    message = QT_TRANSLATE_NOOP("Store", "%1 is not a Vidare backup.")


class NotAFolder(StoreError):
    message = QT_TRANSLATE_NOOP("Store", "%1 is a file; give a folder to keep the backups in.")


@dataclass
class Backup:
    """One complete backup folder, as its manifest describes it."""

    folder: Path
    created_at: str  # UTC ISO-8601
    reason: str = "manual"
    data_version: int = 0
    fingerprint: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    media: dict[str, dict] = field(default_factory=dict)
    tables: dict[str, tuple[int, str]] = field(default_factory=dict)  # count, SHA-256

    @property
    def when(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.created_at.replace("Z", "+00:00"))

    @property
    def database(self) -> Path:
        return self.folder / DB_NAME


@dataclass
class RestoreResult:
    restored: Backup
    safety: Backup | None = None  # the backup of what was replaced
    set_aside: Path | None = None  # where a damaged database was moved instead
    erased_again: list[str] = field(default_factory=list)  # people erased after the backup


def _utc(when: dt.datetime | None) -> dt.datetime:
    when = when or dt.datetime.now(dt.timezone.utc)
    return when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)


def fingerprint(conn: sqlite3.Connection) -> str:
    """A digest of every table's row count and newest change: equal means nothing changed."""
    parts = []
    for table in DATA_TABLES:
        try:
            parts.append(list(conn.execute(f"SELECT count(*), max(updated_at) FROM {table}")
                              .fetchone()))
        except sqlite3.OperationalError:
            parts.append([])  # an older database without this table
    parts.append(list(conn.execute("SELECT count(*), max(deleted_at) FROM tombstone").fetchone()))
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()


def counts_of(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows in each data table (a table an older database lacks counts 0)."""
    counts = {}
    for table in DATA_TABLES:
        try:
            counts[table] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        except sqlite3.OperationalError:
            counts[table] = 0
    return counts


def database_problems(path: Path) -> list[str]:
    """Why a database file cannot be trusted (not ours, damaged), or nothing."""
    if not path.is_file():
        return ["missing"]
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return ["not a Vidare database"]
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [r for r in rows if r != "ok"]


def _hash_copy(source: Path, target: Path) -> str:
    digest = hashlib.sha256()
    with source.open("rb") as reader, target.open("wb") as writer:
        while chunk := reader.read(1 << 20):
            digest.update(chunk)
            writer.write(chunk)
        writer.flush()
        os.fsync(writer.fileno())
    private_file(target)
    return digest.hexdigest()


def _copy_media(media_dir: Path, target: Path, previous: Backup | None) -> dict[str, dict]:
    """Copy every media file; one unchanged since `previous` becomes a hard link to it."""
    listed: dict[str, dict] = {}
    if not media_dir.is_dir():
        return listed
    private_folder(target)
    for source in sorted(media_dir.iterdir()):
        if not is_media_name(source.name) or not source.is_file() or source.is_symlink():
            continue
        stat = source.stat()
        entry = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
        old = previous.media.get(source.name) if previous else None
        old_file = previous.folder / MEDIA / source.name if previous else None
        if old and old_file is not None and old["size"] == stat.st_size \
                and old["mtime_ns"] == stat.st_mtime_ns and old_file.is_file():
            try:
                os.link(old_file, target / source.name)
                listed[source.name] = {**entry, "sha256": old["sha256"]}
                continue
            except OSError:
                pass  # no hard links here (FAT, some shares): copy instead
        listed[source.name] = {**entry, "sha256": _hash_copy(source, target / source.name)}
    return listed


def _media_entries(folder: Path, raw: object) -> dict[str, dict]:
    """The manifest's media list; a name that is not a bare media name is no backup of ours."""
    if not isinstance(raw, dict):
        raise NotABackup(folder)
    media: dict[str, dict] = {}
    for name, entry in raw.items():
        if not is_media_name(name) or not isinstance(entry, dict) \
                or not isinstance(entry.get("size"), int) \
                or not isinstance(entry.get("sha256"), str) \
                or not entry["sha256"].startswith(name_hash(name)):
            raise NotABackup(folder)
        media[name] = entry
    return media


_READ: dict[tuple[str, int, int], Backup] = {}  # manifests never change once written


def read_backup(folder: Path) -> Backup:
    """The backup in `folder`, or NotABackup (also for a manifest naming media wrongly)."""
    try:
        stat = (folder / MANIFEST).stat()
    except OSError:
        raise NotABackup(folder) from None
    key = (str(folder), stat.st_mtime_ns, stat.st_size)
    if key not in _READ:
        if len(_READ) > 4096:
            _READ.clear()
        _READ[key] = _read_manifest(folder)
    found = _READ[key]
    return Backup(folder=found.folder, created_at=found.created_at, reason=found.reason,
                  data_version=found.data_version, fingerprint=found.fingerprint,
                  counts=dict(found.counts), media=dict(found.media),
                  tables=dict(found.tables))


def _read_manifest(folder: Path) -> Backup:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        tables = {str(t): (int(v[0]), str(v[1]))
                  for t, v in dict(data.get("tables", {})).items()}
        return Backup(folder=folder, created_at=str(data["created_at"]),
                      reason=str(data.get("reason", "")),
                      data_version=int(data.get("data_version", 0)),
                      fingerprint=str(data.get("fingerprint", "")),
                      counts=dict(data.get("counts", {})),
                      media=_media_entries(folder, data.get("media", {})), tables=tables)
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        raise NotABackup(folder) from None


def list_backups(db_path: Path | str, backups_dir: Path | None = None) -> list[Backup]:
    """Every complete backup of this database, newest first."""
    folder = backups_dir or backups_dir_for(Path(db_path))
    if not folder.is_dir():
        return []
    found = []
    for candidate in folder.iterdir():
        if candidate.is_dir() and not candidate.name.endswith(PARTIAL) \
                and (candidate / MANIFEST).is_file():
            try:
                found.append(read_backup(candidate))
            except NotABackup:
                continue
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def verify_backup(backup: Backup, full: bool = False, tables: bool = True) -> list[str]:
    """Problems with a backup: its database must pass integrity_check and hold what the
    manifest says table by table; its media must be whole.

    `full` re-reads every media file's SHA-256; otherwise sizes are compared.
    """
    problems = database_problems(backup.database)
    if problems:
        return problems
    if backup.data_version > LATEST:
        return [f"data version {backup.data_version} is newer than this Vidare"]
    if tables and backup.tables:
        different = mismatch(backup.tables, file_sums(backup.database))
        if different:
            return [different]
    for name, entry in backup.media.items():
        path = backup.folder / MEDIA / name
        if path.is_symlink() or not path.is_file() or path.stat().st_size != entry.get("size"):
            return [f"media file {name} is missing or incomplete"]
        if full and file_sha256(path) != entry.get("sha256"):
            return [f"media file {name} has changed"]
    return []


def _clean_partials(folder: Path) -> None:
    """Remove `.partial` folders whose backup was stopped (its process is gone)."""
    for candidate in folder.glob(f"*{PARTIAL}"):
        parts = candidate.name[:-len(PARTIAL)].rsplit(".", 2)
        if len(parts) == 3 and parts[1] == _safe_host() and parts[2].isdigit() \
                and pid_alive(int(parts[2])):
            continue  # another backup is being made right now
        if len(parts) == 3 and parts[1] != _safe_host():
            continue  # another computer's (a shared folder)
        shutil.rmtree(candidate, ignore_errors=True)


def _safe_host() -> str:
    return "".join(c for c in host_name() if c.isalnum())[:40] or "host"


def _backups_folder(db_path: Path, backups_dir: Path | None) -> Path:
    wanted = backups_dir or backups_dir_for(db_path)
    if wanted.exists() and not wanted.is_dir():
        raise NotAFolder(wanted)
    try:
        return private_folder(wanted)
    except OSError as error:
        raise FolderNotWritable(wanted) from error


def make_backup(db_path: Path | str, backups_dir: Path | None = None, reason: str = "manual",
                when: dt.datetime | None = None, rotate_after: bool = True) -> Backup:
    """Back up the database and its media, verify the copy, then rotate older backups."""
    db_path = Path(db_path)
    if db_path.is_dir():
        raise IsAFolder(db_path)
    if not db_path.is_file():
        raise DatabaseMissing(db_path)
    folder = _backups_folder(db_path, backups_dir)
    _clean_partials(folder)
    moment = _utc(when)
    stamp = moment.strftime("%Y%m%dT%H%M%S%fZ") if when else file_stamp()
    final = folder / f"{db_path.stem}-{stamp}"
    partial = folder / f"{final.name}.{_safe_host()}.{os.getpid()}{PARTIAL}"
    try:
        private_folder(partial)
    except OSError as error:
        raise FolderNotWritable(folder) from error
    try:
        tables = copy_database(db_path, partial / DB_NAME)
        conn = sqlite3.connect(f"{(partial / DB_NAME).resolve().as_uri()}?mode=ro", uri=True)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            stamp_fp, counts = fingerprint(conn), counts_of(conn)
        finally:
            conn.close()
        existing = list_backups(db_path, folder)
        media = _copy_media(media_dir_for(db_path), partial / MEDIA,
                            existing[0] if existing else None)
        backup = Backup(folder=partial, created_at=moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                        reason=reason, data_version=version, fingerprint=stamp_fp,
                        counts=counts, media=media, tables=tables)
        # copy_database has just compared the copy with the database, table by table.
        problems = verify_backup(backup, tables=False) if version <= LATEST \
            else database_problems(backup.database)
        if problems:
            raise BackupFailed(final, problems[0])
        manifest = partial / MANIFEST
        manifest.write_text(json.dumps({
            "format": 1, "created_at": backup.created_at, "reason": reason,
            "source": db_path.name, "data_version": version, "fingerprint": stamp_fp,
            "counts": counts, "tables": tables, "media": media, "verified": True},
            indent=1), encoding="utf-8")
        private_file(manifest)
        partial.replace(final)
    except (OSError, sqlite3.Error, CopyMismatch) as error:
        shutil.rmtree(partial, ignore_errors=True)
        raise BackupFailed(final, str(error)) from error
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    backup.folder = final
    if rotate_after:
        rotate(db_path, folder, now=moment)
    return backup


def backups_to_keep(backups: list[Backup], now: dt.datetime | None = None) -> set[Path]:
    """Which backups rotation keeps: the last day's, then the newest of each of the last
    7 days, 4 weeks and 12 months that have backups."""
    now = _utc(now)
    ordered = sorted(backups, key=lambda b: b.created_at, reverse=True)
    keep: set[Path] = {b.folder for b in ordered[:1]}
    keep |= {b.folder for b in ordered if now - b.when < dt.timedelta(days=1)}
    for count, key in ((KEEP_DAILY, lambda w: w.date()),
                       (KEEP_WEEKLY, lambda w: w.isocalendar()[:2]),
                       (KEEP_MONTHLY, lambda w: (w.year, w.month))):
        seen: list[object] = []
        for backup in ordered:
            period = key(backup.when)
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.append(period)
            keep.add(backup.folder)
    return keep


def rotate(db_path: Path | str, backups_dir: Path | None = None,
           now: dt.datetime | None = None) -> list[Path]:
    """Remove the backups that the rotation no longer keeps; returns what was removed."""
    backups = list_backups(db_path, backups_dir)
    keep = backups_to_keep(backups, now)
    removed = []
    for backup in backups:
        if backup.folder not in keep:
            shutil.rmtree(backup.folder, ignore_errors=True)
            removed.append(backup.folder)
    return removed


def current_fingerprint(db_path: Path) -> str:
    conn = connect(db_path, read_only=True).conn
    try:
        return fingerprint(conn)
    finally:
        conn.close()


def backup_if_due(db_path: Path | str, backups_dir: Path | None = None, reason: str = "start",
                  when: dt.datetime | None = None) -> Backup | None:
    """At start and on close: back up when anything changed since the newest backup."""
    db_path = Path(db_path)
    existing = list_backups(db_path, backups_dir)
    if existing and existing[0].fingerprint == current_fingerprint(db_path):
        return None
    return make_backup(db_path, backups_dir, reason=reason, when=when)


def backup_on_close(db_path: Path | str, backups_dir: Path | None = None) -> Backup | None:
    """After a day's work: the app calls this when it closes (after closing its Store)."""
    return backup_if_due(db_path, backups_dir, reason="close")


def backup_before_migration(db_path: Path, version: int, backups_dir: Path | None = None) -> None:
    """The `before_migration` hook: an older database is kept as it was before upgrading."""
    make_backup(db_path, backups_dir, reason=f"before-migration-{version}")


def newest_verified(db_path: Path | str, backups_dir: Path | None = None) -> Backup | None:
    """The newest backup that passes verification (offered when the database is damaged)."""
    for backup in list_backups(db_path, backups_dir):
        if not verify_backup(backup):
            return backup
    return None


def refuse_if_read_only(db_path: Path) -> None:
    """Raise, before anything is written, when this database may not be changed here:
    newer than this Vidare, a file the user made read-only, or a folder not writable."""
    if db_path.is_dir():
        raise IsAFolder(db_path)
    if db_path.is_file():
        version = _user_version_of(db_path)
        if version > LATEST:
            raise NewerDatabase(db_path, str(version), str(LATEST))
        if not can_write(db_path):
            if os.access(db_path.parent, os.W_OK):
                raise ReadOnlyDatabase(db_path)
            raise FolderNotWritable(db_path.parent)
        return
    folder = db_path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not os.access(folder, os.W_OK):
        raise FolderNotWritable(folder)


def _user_version_of(path: Path) -> int:
    """The data version, from the header alone when no -wal could hold a newer one (so
    that asking opens nothing, and SQLite makes no -wal or -shm beside the file)."""
    wal = Path(f"{path}-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return read_header(path).user_version
    try:
        conn = connect(path, read_only=True).conn
    except sqlite3.DatabaseError:
        return 0
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError:
        return 0
    finally:
        conn.close()


def restore_backup(db_path: Path | str, backup: Backup | Path,
                   backups_dir: Path | None = None,
                   accept_other_school: bool = False) -> RestoreResult:
    """Put a backup's database and media in place of the current ones.

    Nothing is written before the backup is verified (database, manifest names, media
    hashes) and the target is known to be writable. Its media are copied in first (by
    their hash names, so nothing else is touched); the database is rebuilt beside the
    target and checked, then takes the target's place in one step: SQLite's backup API in
    one transaction for a healthy database (so an open window reads the restored data
    next), a rename for a missing or damaged one (which is set aside, never overwritten).
    What it replaces is backed up first (or, damaged, kept beside under another name). A
    stop at any moment leaves the old database or the restored one, never a mix; the work
    copy left behind goes at the next start. People erased since are erased again.
    Raises OtherSchool when the backup holds another school's data (unless accepted).
    """
    db_path = Path(db_path)
    chosen = backup if isinstance(backup, Backup) else read_backup(Path(backup))
    refuse_if_read_only(db_path)
    problems = verify_backup(chosen, full=True)
    if problems:
        raise BackupFailed(chosen.folder, problems[0])
    healthy = db_path.is_file() and not database_problems(db_path)
    if healthy and not accept_other_school:
        _refuse_other_school(db_path, chosen)
    result = RestoreResult(restored=chosen)
    private_folder(db_path.parent)
    restore_media(db_path, chosen)
    if healthy:
        result.safety = make_backup(db_path, backups_dir, reason="before-restore")
    work = new_work_dir(db_path, "restore")
    try:
        rebuilt = build_beside(chosen, work)
        if healthy:
            replace_contents(db_path, rebuilt, chosen)
        else:
            if db_path.exists():
                result.set_aside = keep_aside(db_path, "damaged")
            elif Path(f"{db_path}-wal").exists():
                result.set_aside = set_aside(db_path, "damaged")
            rebuilt.replace(db_path)  # one step: the damaged file, or the restored one
        restrict_permissions(db_path)
    finally:
        remove_work_dir(work)
    database = connect(db_path)
    try:
        result.erased_again = erasure.reapply(database, media_dir_for(db_path), db_path)
    finally:
        database.conn.close()
    return result


def _refuse_other_school(db_path: Path, chosen: Backup) -> None:
    ours_conn = connect(db_path, read_only=True).conn
    theirs_conn = sqlite3.connect(f"{chosen.database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        ours, theirs = school_of(ours_conn), school_of(theirs_conn)
    finally:
        ours_conn.close()
        theirs_conn.close()
    if other_school(ours, theirs):
        assert ours is not None and theirs is not None
        raise OtherSchool(chosen.folder, theirs.name, ours.name)


def restore_media(db_path: Path, chosen: Backup) -> None:
    """Copy the backup's media in by their (checked) hash names; a present, equal file stays."""
    media_dir = media_dir_for(db_path)
    if chosen.media:
        private_folder(media_dir)
    for name, entry in chosen.media.items():
        target = media_dir / name
        if target.is_file() and not target.is_symlink() \
                and target.stat().st_size == entry["size"] \
                and file_sha256(target) == entry["sha256"]:
            continue
        partial = media_dir / f"{name}.{file_stamp()}.{os.getpid()}.part"
        try:
            _hash_copy(chosen.folder / MEDIA / name, partial)
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)


def build_beside(chosen: Backup, work: Path) -> Path:
    """The backup's database copied into the work folder (in the data folder), in WAL
    mode, proved equal to the backup table by table."""
    rebuilt = work / "restored.db"
    expected = file_sums(chosen.database)
    src = sqlite3.connect(f"{chosen.database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(rebuilt))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = WAL")
        finally:
            dst.close()
    finally:
        src.close()
    private_file(rebuilt)
    different = mismatch(expected, file_sums(rebuilt))
    if different:
        raise BackupFailed(chosen.folder, different)
    return rebuilt


def replace_contents(db_path: Path, rebuilt: Path, chosen: Backup) -> None:
    """Copy the rebuilt database over the live one in a single SQLite transaction."""
    expected = file_sums(rebuilt)
    src = sqlite3.connect(f"{rebuilt.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(db_path))
        try:
            dst.execute("PRAGMA busy_timeout = 10000")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = WAL")
        finally:
            dst.close()
    finally:
        src.close()
    different = mismatch(expected, file_sums(db_path))
    if different:
        raise BackupFailed(chosen.folder, different)
