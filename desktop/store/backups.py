"""Backups: made with SQLite's backup API, verified, rotated, restored; media included.

A backup is a folder `<db stem>-<UTC time>` in the backups folder holding `database.db`
(a consistent copy made through the backup API, so committed data still in the -wal file
is included), `media/` (the photos, scanned forms and evidence; a file unchanged since the
previous backup is a hard link to it, so unchanged photos take no extra room) and
`manifest.json` (when, why, counts, and each media file's SHA-256). It is built under a
`.partial` name and renamed only once verified, so a listed backup is always complete.
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
from desktop.store.database import (
    APPLICATION_ID,
    StoreError,
    file_stamp,
    restrict_permissions,
    set_aside,
)

DB_NAME = "database.db"
MANIFEST = "manifest.json"
MEDIA = "media"
PARTIAL = ".partial"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


class BackupFailed(StoreError):
    message = QT_TRANSLATE_NOOP("Store", "The backup in %1 could not be made or verified: %2")


class NotABackup(StoreError):
    message = QT_TRANSLATE_NOOP("Store", "%1 is not a Vidare backup.")


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


def private_folder(path: Path) -> Path:
    """Create a folder readable by its owner only (0700 where the OS has such modes)."""
    path.mkdir(parents=True, exist_ok=True)
    try:
        path.chmod(0o700)
    except OSError:
        pass
    return path


def _private_file(path: Path) -> None:
    try:
        path.chmod(0o600)
    except OSError:
        pass


def media_dir_of(db_path: Path) -> Path:
    from desktop.store import media_dir_for

    return media_dir_for(db_path)


def _utc(when: dt.datetime | None) -> dt.datetime:
    when = when or dt.datetime.now(dt.timezone.utc)
    return when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)


def fingerprint(conn: sqlite3.Connection) -> str:
    """A digest of every table's row count and newest change: equal means nothing changed."""
    from desktop.store.migrations import DATA_TABLES

    parts = []
    for table in DATA_TABLES:
        parts.append(list(conn.execute(f"SELECT count(*), max(updated_at) FROM {table}")
                          .fetchone()))
    parts.append(list(conn.execute("SELECT count(*), max(deleted_at) FROM tombstone").fetchone()))
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    from desktop.store.migrations import DATA_TABLES

    return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in DATA_TABLES}


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


def copy_database(source: Path, target: Path) -> None:
    """Copy a live database through the backup API into a single self-contained file."""
    from desktop.store.database import connect

    src = connect(source, read_only=True).conn  # immutable when its folder is read-only
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    _private_file(target)


def _hash_copy(source: Path, target: Path) -> str:
    digest = hashlib.sha256()
    with source.open("rb") as reader, target.open("wb") as writer:
        while chunk := reader.read(1 << 20):
            digest.update(chunk)
            writer.write(chunk)
        writer.flush()
        os.fsync(writer.fileno())
    _private_file(target)
    return digest.hexdigest()


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as reader:
        while chunk := reader.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _copy_media(media_dir: Path, target: Path, previous: Backup | None) -> dict[str, dict]:
    """Copy every media file; one unchanged since `previous` becomes a hard link to it."""
    listed: dict[str, dict] = {}
    if not media_dir.is_dir():
        return listed
    private_folder(target)
    for source in sorted(media_dir.iterdir()):
        if not source.is_file() or source.is_symlink() or source.name.endswith(".part"):
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


def read_backup(folder: Path) -> Backup:
    """The backup in `folder`, or NotABackup."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        return Backup(folder=folder, created_at=str(data["created_at"]),
                      reason=str(data.get("reason", "")),
                      data_version=int(data.get("data_version", 0)),
                      fingerprint=str(data.get("fingerprint", "")),
                      counts=dict(data.get("counts", {})), media=dict(data.get("media", {})))
    except (OSError, ValueError, KeyError, TypeError):
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


def verify_backup(backup: Backup, full: bool = False) -> list[str]:
    """Problems with a backup: its database must pass integrity_check, its media be whole.

    `full` re-reads every media file's SHA-256; otherwise sizes are compared.
    """
    from desktop.store.migrations import LATEST

    problems = database_problems(backup.database)
    if problems:
        return problems
    if backup.data_version > LATEST:
        return [f"data version {backup.data_version} is newer than this Vidare"]
    for name, entry in backup.media.items():
        path = backup.folder / MEDIA / name
        if not path.is_file() or path.stat().st_size != entry.get("size"):
            return [f"media file {name} is missing or incomplete"]
        if full and _file_hash(path) != entry.get("sha256"):
            return [f"media file {name} has changed"]
    return []


def make_backup(db_path: Path | str, backups_dir: Path | None = None, reason: str = "manual",
                when: dt.datetime | None = None, rotate_after: bool = True) -> Backup:
    """Back up the database and its media, verify the copy, then rotate older backups."""
    from desktop.store.migrations import LATEST

    db_path = Path(db_path)
    if not db_path.is_file():
        from desktop.store.database import DatabaseMissing

        raise DatabaseMissing(db_path)
    try:
        folder = private_folder(backups_dir or backups_dir_for(db_path))
    except OSError as error:
        from desktop.store.database import FolderNotWritable

        raise FolderNotWritable(backups_dir or backups_dir_for(db_path)) from error
    moment = _utc(when)
    stamp = moment.strftime("%Y%m%dT%H%M%S%fZ") if when else file_stamp()
    final = folder / f"{db_path.stem}-{stamp}"
    partial = folder / f"{final.name}{PARTIAL}"
    shutil.rmtree(partial, ignore_errors=True)
    private_folder(partial)
    try:
        copy_database(db_path, partial / DB_NAME)
        conn = sqlite3.connect(f"{(partial / DB_NAME).resolve().as_uri()}?mode=ro", uri=True)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            stamp_fp, counts = fingerprint(conn), _counts(conn)
        finally:
            conn.close()
        existing = list_backups(db_path, folder)
        media = _copy_media(media_dir_of(db_path), partial / MEDIA,
                            existing[0] if existing else None)
        backup = Backup(folder=partial, created_at=moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                        reason=reason, data_version=version, fingerprint=stamp_fp,
                        counts=counts, media=media)
        problems = verify_backup(backup) if version <= LATEST else database_problems(
            backup.database)
        if problems:
            raise BackupFailed(final, problems[0])
        manifest = partial / MANIFEST
        manifest.write_text(json.dumps({
            "format": 1, "created_at": backup.created_at, "reason": reason,
            "source": db_path.name, "data_version": version, "fingerprint": stamp_fp,
            "counts": counts, "media": media, "verified": True}, indent=1), encoding="utf-8")
        _private_file(manifest)
        partial.replace(final)
    except (OSError, sqlite3.Error) as error:
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
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
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


def restore_backup(db_path: Path | str, backup: Backup | Path,
                   backups_dir: Path | None = None) -> RestoreResult:
    """Put a backup's database and media in place of the current ones.

    The backup is verified first. What it replaces is kept: backed up when healthy, set
    aside as `<name>.damaged-<time>` when not. The copy goes through the backup API, so a
    window that has the database open sees the restored data on its next read. People
    erased since the backup was made are erased again: a restore never brings them back.
    """
    db_path = Path(db_path)
    chosen = backup if isinstance(backup, Backup) else read_backup(Path(backup))
    problems = verify_backup(chosen, full=True)
    if problems:
        raise BackupFailed(chosen.folder, problems[0])
    result = RestoreResult(restored=chosen)
    if not db_path.parent.exists():
        private_folder(db_path.parent)
    if db_path.exists():
        if database_problems(db_path):
            result.set_aside = set_aside(db_path, "damaged")
        else:
            result.safety = make_backup(db_path, backups_dir, reason="before-restore")
    src = sqlite3.connect(f"{chosen.database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(db_path))
        try:
            dst.execute("PRAGMA busy_timeout = 10000")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = WAL")
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dst.close()
    finally:
        src.close()
    restrict_permissions(db_path)
    media_dir = media_dir_of(db_path)
    if chosen.media:
        private_folder(media_dir)
    for name, entry in chosen.media.items():
        target = media_dir / name
        if target.is_file() and target.stat().st_size == entry["size"] \
                and _file_hash(target) == entry["sha256"]:
            continue
        partial = media_dir / f"{name}.part"
        _hash_copy(chosen.folder / MEDIA / name, partial)
        partial.replace(target)
    from desktop.store.privacy import reapply_erasures

    result.erased_again = reapply_erasures(db_path)
    return result
