"""One writer per database: a lock file beside it, held by the operating system.

`vidare.db.lock` names who holds the lock (user, computer, process, since when) so that a
second Vidare can say so. The lock itself is the operating system's (flock on POSIX, a
byte-range lock on Windows) on that file: taking it is atomic, two processes can never
both hold it, and it ends with the process, so a lock left by a crash on this computer is
simply free. A lock file that names another computer is respected even when no lock is
held on it (a shared or synced folder does not pass locks between computers): the user
takes it over in the window or with `vidare unlock --db FILE`.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.store.errors import FolderNotWritable, StoreError
from desktop.store.locations import folder_of, host_name, lock_path_for, pid_alive

_WINDOWS_OFFSET = 1 << 30  # Windows locks bytes: lock one far past the text others read


@dataclass
class LockOwner:
    user: str = ""
    host: str = ""
    pid: int = 0
    since: str = ""  # UTC, "YYYY-MM-DD HH:MM UTC"

    def on_this_computer(self) -> bool:
        return self.host == host_name()


class DatabaseLocked(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Store", "%1 is already open in another Vidare (%2 on %3, since %4).")

    def __init__(self, path: Path | str, owner: LockOwner, running: bool = False):
        self.owner = owner
        self.running = running  # a live process holds the system lock: it really is open
        super().__init__(path, owner.user or "?", owner.host or "?", owner.since or "?")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment: the lock still works
        return ""


def _parse(text: str) -> LockOwner | None:
    if not text.strip():
        return None
    try:
        data = json.loads(text)
        return LockOwner(str(data.get("user", "")), str(data.get("host", "")),
                         int(data.get("pid", 0)), str(data.get("since", "")))
    except (ValueError, TypeError, AttributeError):
        return LockOwner()  # a lock we cannot read still means "someone"


def read_owner(db_path: Path | str) -> LockOwner | None:
    """Who the lock file names, or None when there is none (or it names nobody)."""
    try:
        return _parse(lock_path_for(db_path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        return LockOwner()


def is_stale(owner: LockOwner) -> bool:
    """A lock from this computer whose process is gone was left by a crash."""
    return owner.on_this_computer() and not pid_alive(owner.pid)


def _lock(fd: int) -> bool:
    """Take the system lock on an open lock file without waiting; False if someone has it."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            pass
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _same_file(fd: int, path: Path) -> bool:
    """The file we locked is still the one at `path` (not one removed meanwhile)."""
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _read_fd(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
        if sum(map(len, chunks)) > 65536:
            break
    return b"".join(chunks).decode("utf-8", errors="replace")


class DatabaseLock:
    """Held while a Vidare writes one database; `release()` (or the process ending) frees it."""

    def __init__(self, db_path: Path | str):
        self.db_path = Path(db_path)
        self.path = lock_path_for(db_path)
        self.owner = LockOwner(_user(), host_name(), os.getpid(),
                               dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
        self.fd: int | None = None

    @property
    def held(self) -> bool:
        return self.fd is not None

    def acquire(self, take_over: bool = False) -> DatabaseLock:
        """Take the lock, or raise DatabaseLocked naming who has it.

        A lock file left by a crash on this computer is taken silently; `take_over=True`
        also takes one that names another computer (the user was told whose it is).
        A live process holding the system lock is never overridden.
        """
        for _attempt in range(50):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as error:
                raise FolderNotWritable(folder_of(self.db_path)) from error
            if not _lock(fd):
                os.close(fd)
                raise DatabaseLocked(self.db_path, read_owner(self.db_path) or LockOwner(),
                                     running=True)
            if not _same_file(fd, self.path):
                _unlock(fd)
                os.close(fd)
                continue  # released and removed between our open and our lock: again
            named = _parse(_read_fd(fd))
            if named is not None and not named.on_this_computer() and not take_over:
                _unlock(fd)
                os.close(fd)
                raise DatabaseLocked(self.db_path, named)
            try:
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, json.dumps(self.owner.__dict__).encode("utf-8"))
                os.fsync(fd)
            except OSError as error:
                _unlock(fd)
                os.close(fd)
                raise FolderNotWritable(folder_of(self.db_path)) from error
            self.fd = fd
            return self
        raise DatabaseLocked(self.db_path, read_owner(self.db_path) or LockOwner(), running=True)

    def release(self) -> None:
        """Remove the lock file and free the lock."""
        fd, self.fd = self.fd, None
        if fd is None:
            return
        if sys.platform != "win32":
            try:
                self.path.unlink()  # while still locked, so nobody takes a file on its way out
            except OSError:
                pass
        _unlock(fd)
        os.close(fd)
        if sys.platform == "win32":
            try:
                self.path.unlink()  # fails harmlessly if another Vidare opened it meanwhile
            except OSError:
                pass

    def __enter__(self) -> DatabaseLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def take_over(db_path: Path | str) -> LockOwner | None:
    """`vidare unlock`: free a lock that names another computer (or a crashed Vidare).

    Returns whom it named (None: nobody). Raises DatabaseLocked (running=True) when a
    Vidare holds it right now, which no command may override.
    """
    owner = read_owner(db_path)
    lock = DatabaseLock(db_path).acquire(take_over=True)
    lock.release()
    return owner
