"""Opening a Store the way the window and every writing command do.

`open_store` tells every opening case apart (synced folder, lock, damaged with the newest
good backup offered, newer, read-only), holds the lock while the store is open, removes
work files a stopped Vidare left behind, and makes a start backup when one is due.
`move_database` takes a database out of a synced folder.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from pathlib import Path

from desktop.paths import user_data_dir
from desktop.store import Store
from desktop.store.backups import (
    backup_before_migration,
    backup_if_due,
    database_problems,
    newest_verified,
)
from desktop.store.connection import connect, user_version
from desktop.store.copying import copy_database
from desktop.store.errors import (
    DamagedDatabase,
    FolderNotWritable,
    IsAFolder,
    NewerDatabase,
    ReadOnlyDatabase,
    StoreError,
    SyncedFolder,
)
from desktop.store.locations import (
    clean_system_temp,
    clean_work_dirs,
    erasure_register,
    folder_of,
    media_dir_for,
    private_folder,
    restrict_permissions,
    set_aside,
    synced_folder,
)
from desktop.store.lock import DatabaseLock
from desktop.store.media import clean_partials, is_media_name
from desktop.store.migrations import LATEST
from desktop.store.opening import can_write

log = logging.getLogger(__name__)


def open_store(path: Path | str, create: bool = False, read_only: bool = False,
               accept_read_only: bool = False, accept_synced: bool = False,
               take_over_lock: bool = False, start_backup: bool = True,
               backups_dir: Path | None = None, check_later: bool = False) -> Store:
    """Open a `Store` the way the window does, telling every opening case apart.

    Raises (all `StoreError`): `SyncedFolder` (unless `accept_synced`), `DatabaseLocked`
    (unless `take_over_lock`), `DamagedDatabase` with `.backup` set to the newest verified
    backup (or None; with `check_later` the integrity check's verdict comes later, from
    `store.start_check`), `NewerDatabase`, `ReadOnlyDatabase` and `FolderNotWritable` for a
    database that could only be opened read-only (unless `accept_read_only` or
    `read_only`), `NotVidareDatabase`, `IsAFolder`, `DatabaseMissing`. A writable store
    holds the lock until `close()`, was backed up before any migration, and gets a start
    backup when one is due. A file refused is never written.
    """
    path = Path(path)
    if path.is_dir():
        raise IsAFolder(path)
    if not accept_synced:
        service = synced_folder(path)
        if service:
            raise SyncedFolder(path, service)
    folder = folder_of(path)
    if create and not folder.exists():
        try:
            folder.mkdir(parents=True, mode=0o700)
        except OSError as error:
            raise FolderNotWritable(folder) from error
    lock: DatabaseLock | None = None
    if not read_only and (path.exists() or create) and can_write(path):
        lock = DatabaseLock(path).acquire(take_over=take_over_lock)
    try:
        if lock is not None:
            clean_work_dirs(path)
            clean_partials(media_dir_for(path))
        clean_system_temp()
        try:
            store = Store(path, create=create, read_only=read_only,
                          before_migration=lambda p, v: backup_before_migration(p, v,
                                                                                 backups_dir),
                          check_later=check_later)
        except DamagedDatabase as error:
            error.backup = newest_verified(path, backups_dir)
            raise
        if store.read_only and not read_only and not accept_read_only:
            version = user_version(store.db)
            store.close()
            if version > LATEST:
                raise NewerDatabase(path, str(version), str(LATEST))
            if os.access(folder, os.W_OK):
                raise ReadOnlyDatabase(path)
            raise FolderNotWritable(folder)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    if store.read_only and lock is not None:
        lock.release()
        lock = None
    if lock is not None:
        store.hold_lock(lock)
        _make_private(store.path, store.media_dir)
    if start_backup and not store.read_only and (store.start_check is None
                                                 or store.start_check.wait() is None):
        try:
            backup_if_due(path, backups_dir, reason="start")
        except (OSError, StoreError, sqlite3.Error) as error:
            # The database opened fine and must stay usable; the Settings page lists the
            # backups, so a missing one shows there.
            log.warning("start backup not made: %s", error)
    return store


def _make_private(path: Path, media_dir: Path) -> None:
    """The database and the media folder readable by the user only (0600 / 0700 on POSIX).

    Files added to the media folder later keep the default mode, but nobody else can
    enter a 0700 folder to read them.
    """
    restrict_permissions(path)
    try:
        media_dir.mkdir(mode=0o700, exist_ok=True)
        media_dir.chmod(0o700)
    except OSError:
        pass


def move_database(path: Path | str, target_dir: Path | str | None = None) -> Path:
    """Move a database out of a synced folder into a local one (the user data folder).

    The copy is made through the backup API with its media, verified, and only then is the
    old file renamed `<name>.moved-<time>` so that nobody keeps writing the old copy.
    """
    path = Path(path)
    folder = private_folder(Path(target_dir) if target_dir else user_data_dir())
    target = folder / path.name
    counter = 2
    while target.exists():
        target = folder / f"{path.stem}-{counter}{path.suffix}"
        counter += 1
    copy_database(path, target)
    problems = database_problems(target)
    if problems:
        target.unlink(missing_ok=True)
        raise DamagedDatabase(path, problems[0])
    media, new_media = media_dir_for(path), media_dir_for(target)
    if media.is_dir():
        private_folder(new_media)
        for source in media.iterdir():
            if is_media_name(source.name) and source.is_file() and not source.is_symlink():
                shutil.copy2(source, new_media / source.name)
    if erasure_register(path).is_file():  # erased people stay erased
        shutil.copy2(erasure_register(path), erasure_register(target))
    connection = connect(target)
    connection.conn.close()
    restrict_permissions(target)
    set_aside(path, "moved")
    return target
