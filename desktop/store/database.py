"""Opening a Vidare database: telling our files from others, pragmas, migrations, transactions."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from desktop.domain.fold import fold
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.domain.validation import fill

APPLICATION_ID = 0x56494441  # "VIDA"
SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(Exception):
    """A database that cannot be used as asked; the message is English source, context "Store"."""

    message = ""

    def __init__(self, path: Path | str, *params: str):
        self.path = str(path)
        self.params = (self.path, *params)
        super().__init__(fill(self.message, self.params))


class DatabaseMissing(StoreError):
    message = QT_TRANSLATE_NOOP("Store", "There is no database at %1.")


class NotVidareDatabase(StoreError):
    message = QT_TRANSLATE_NOOP("Store", "%1 is not a Vidare database.")


class NewerDatabase(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Store", "%1 was saved by a newer Vidare (data version %2); this Vidare knows up to %3.")


class DamagedDatabase(StoreError):
    message = QT_TRANSLATE_NOOP("Store", "%1 is damaged: %2")
    backup: object = None  # set by open_store: the newest verified backup (backups.Backup)


class FolderNotWritable(StoreError):
    message = QT_TRANSLATE_NOOP("Store", "The folder %1 cannot be written to.")


class SyncedFolder(StoreError):
    """The database lies in a folder that a cloud service or a file server keeps in step."""

    message = QT_TRANSLATE_NOOP(
        "Store", "%1 is in a folder kept in step by %2; two computers writing it at once can "
        "damage it.")

    def __init__(self, path: Path | str, service: str):
        self.service = service
        super().__init__(path, service)


def file_stamp() -> str:
    """A UTC time for file names: sorts in time order, holds no characters Windows refuses."""
    return dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")


def now() -> str:
    """UTC timestamp, ISO-8601 with microseconds so that later edits sort later."""
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_id() -> str:
    return str(uuid.uuid4())


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == SQLITE_MAGIC


def connect(path: Path | str, read_only: bool = False) -> sqlite_utils.Database:
    """A raw connection with Vidare's pragmas; no checks (see `open_database`)."""
    if read_only:
        uri = f"{Path(path).resolve().as_uri()}?mode=ro"
        if not os.access(Path(path).resolve().parent, os.W_OK):
            # SQLite cannot make the -shm file beside a WAL database in a folder it may not
            # write; nothing here can change the file, so it is read as it lies on disk.
            uri += "&immutable=1"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.create_function("fold", 1, fold, deterministic=True)
    return sqlite_utils.Database(conn, recursive_triggers=False)


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One user action, one transaction: all of it is saved, or none of it."""
    with db.atomic():
        yield


def user_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def application_id(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA application_id").fetchone()[0])


def integrity_problems(db: sqlite_utils.Database, quick: bool = True) -> list[str]:
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = [r[0] for r in db.execute(f"PRAGMA {pragma}").fetchall()]
        rows += [f"foreign key: {r[0]} → {r[2]}"
                 for r in db.execute("PRAGMA foreign_key_check").fetchall()]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [r for r in rows if r != "ok"]


def open_database(path: Path | str, create: bool = False, read_only: bool = False,
                  before_migration: Callable[[Path, int], None] | None = None,
                  ) -> tuple[sqlite_utils.Database, bool]:
    """Open (or create) the database at `path`; returns it and whether it is read-only.

    Raises a `StoreError` subclass for each case a user must be told apart: missing,
    not ours, damaged, a folder that cannot be written. A database from a newer Vidare
    opens read-only. `before_migration(path, version)` runs before an older database
    is upgraded (the data-safety layer backs it up there).
    """
    from desktop.store.migrations import LATEST, migrate

    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise DatabaseMissing(path)
    if exists and (path.is_dir() or not _looks_like_sqlite(path)):
        raise NotVidareDatabase(path)
    folder = path.parent if str(path.parent) else Path(".")
    if create and not exists and not folder.exists():
        try:
            folder.mkdir(parents=True, mode=0o700)
        except OSError as error:
            raise FolderNotWritable(folder) from error
    if not read_only and not os.access(folder, os.W_OK):
        if not exists:
            raise FolderNotWritable(folder)
        read_only = True
    try:
        db = connect(path, read_only=read_only)
        app, version = application_id(db), user_version(db)
    except sqlite3.DatabaseError as error:
        if "readonly" in str(error) or "unable to open" in str(error):
            raise FolderNotWritable(folder) from error
        raise DamagedDatabase(path, str(error)) from error
    if exists and app != APPLICATION_ID:
        raise NotVidareDatabase(path)
    if exists:
        problems = integrity_problems(db)
        if problems:
            raise DamagedDatabase(path, problems[0])
    if version > LATEST:
        if not read_only:
            db.conn.close()
            db = connect(path, read_only=True)
        return db, True
    if version < LATEST and not read_only:
        if exists and before_migration is not None:
            before_migration(path, version)
        migrate(db)
        restrict_permissions(path)
    return db, read_only


def restrict_permissions(path: Path) -> None:
    """The database holds pupils' data: readable by its owner only (where the OS allows)."""
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(f"{path}{suffix}")
        if candidate.exists():
            try:
                candidate.chmod(0o600)
            except OSError:
                pass


# Folder names that the usual sync clients create; matched case-insensitively on a path part.
_SYNCED_NAMES = (
    ("onedrive", "OneDrive"), ("dropbox", "Dropbox"), ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"), ("my drive", "Google Drive"),
    ("icloud drive", "iCloud"), ("iclouddrive", "iCloud"), ("mobile documents", "iCloud"),
    ("box sync", "Box"), ("nextcloud", "Nextcloud"), ("owncloud", "ownCloud"),
)
_NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "fuse.sshfs", "afpfs",
                        "webdav", "davfs", "fuse.rclone"}


def synced_folder(path: Path | str) -> str | None:
    """The cloud service or network share that holds `path`, or None for a local folder."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "a network share"
    for part in Path(text).parts:
        lowered = part.lower()
        for needle, service in _SYNCED_NAMES:
            if lowered == needle or lowered.startswith(needle + " ") \
                    or lowered.startswith(needle + "-"):
                return service
        if lowered == "cloudstorage":  # macOS File Provider: ~/Library/CloudStorage/<service>
            return "a cloud service"
    return _network_drive(Path(text))


def _network_drive(path: Path) -> str | None:
    """A mapped Windows network drive, or a network file system mounted on Linux."""
    try:
        resolved = path.resolve()
    except OSError:
        return None
    if os.name == "nt":
        import ctypes

        drive = resolved.drive
        if drive and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4:  # type: ignore
            return "a network share"
        return None
    mounts = Path("/proc/mounts")
    if not mounts.exists():
        return None
    best, kind = "", ""
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        if (str(resolved) == point or str(resolved).startswith(point.rstrip("/") + "/")) \
                and len(point) >= len(best):
            best, kind = point, fields[2]
    return "a network share" if kind in _NETWORK_FILESYSTEMS else None


def set_aside(path: Path | str, label: str = "damaged") -> Path:
    """Rename a database (and its -wal/-shm) to `<name>.<label>-<time>`: kept, never overwritten."""
    path = Path(path)
    target = Path(f"{path}.{label}-{file_stamp()}")
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{path}{suffix}")
        if extra.exists():
            extra.replace(Path(f"{target}{suffix}"))
    if path.exists():
        path.replace(target)
    return target


def open_store(path: Path | str, create: bool = False, read_only: bool = False,
               accept_read_only: bool = False, accept_synced: bool = False,
               take_over_lock: bool = False, start_backup: bool = True,
               backups_dir: Path | None = None):  # type: ignore[no-untyped-def]
    """Open a `Store` the way the window does, telling every opening case apart.

    Raises (all `StoreError`): `SyncedFolder` (unless `accept_synced`), `DatabaseLocked`
    (unless `take_over_lock`), `DamagedDatabase` with `.backup` set to the newest verified
    backup (or None), `NewerDatabase` and `FolderNotWritable` for a database that could
    only be opened read-only (unless `accept_read_only` or `read_only`), `NotVidareDatabase`,
    `DatabaseMissing`. A writable store holds the lock until `close()`, was backed up
    before any migration, and gets a start backup when one is due.
    """
    from desktop.store import Store
    from desktop.store.backups import backup_before_migration, backup_if_due, newest_verified
    from desktop.store.lock import DatabaseLock
    from desktop.store.migrations import LATEST

    path = Path(path)
    if not accept_synced:
        service = synced_folder(path)
        if service:
            raise SyncedFolder(path, service)
    lock: DatabaseLock | None = None
    folder = path.parent if str(path.parent) else Path(".")
    if create and not folder.exists():
        try:
            folder.mkdir(parents=True, mode=0o700)
        except OSError as error:
            raise FolderNotWritable(folder) from error
    if not read_only and (path.exists() or create) and os.access(folder, os.W_OK):
        lock = DatabaseLock(path).acquire(take_over=take_over_lock)
    try:
        try:
            store = Store(path, create=create, read_only=read_only,
                          before_migration=lambda p, v: backup_before_migration(p, v,
                                                                                 backups_dir))
        except DamagedDatabase as error:
            error.backup = newest_verified(path, backups_dir)  # type: ignore[attr-defined]
            raise
        if store.read_only and not read_only and not accept_read_only:
            version = user_version(store.db)
            store.close()
            if version > LATEST:
                raise NewerDatabase(path, str(version), str(LATEST))
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
    if start_backup and not store.read_only:
        try:
            backup_if_due(path, backups_dir, reason="start")
        except (OSError, StoreError, sqlite3.Error):
            # The database opened fine and must stay usable; the Settings page lists the
            # backups, so a missing one shows there.
            pass
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
    import shutil

    from desktop.paths import user_data_dir
    from desktop.store import media_dir_for
    from desktop.store.backups import copy_database, database_problems, private_folder

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
            if source.is_file() and not source.is_symlink():
                shutil.copy2(source, new_media / source.name)
    register = Path(f"{path}.erased")  # privacy.erasure_register: erased people stay erased
    if register.is_file():
        shutil.copy2(register, Path(f"{target}.erased"))
    connection = connect(target)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.conn.close()
    restrict_permissions(target)
    set_aside(path, "moved")
    return target
