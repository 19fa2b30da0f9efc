"""The lock file beside a database: two Vidare windows never write the same database.

The lock names who holds it (user, computer, process, since when) so that the second
Vidare can say so. A lock left behind by a crash (its process is gone on this computer)
is taken over without asking.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.store.database import StoreError


@dataclass
class LockOwner:
    user: str = ""
    host: str = ""
    pid: int = 0
    since: str = ""  # UTC ISO-8601

    def on_this_computer(self) -> bool:
        return self.host == _host()


class DatabaseLocked(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Store", "%1 is already open in another Vidare (%2 on %3, since %4).")

    def __init__(self, path: Path | str, owner: LockOwner):
        self.owner = owner
        super().__init__(path, owner.user or "?", owner.host or "?", owner.since or "?")


def lock_path_for(db_path: Path | str) -> Path:
    return Path(f"{db_path}.lock")


def _host() -> str:
    return socket.gethostname()  # the machine's own name; no network is involved


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment: the lock still works
        return ""


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_owner(db_path: Path | str) -> LockOwner | None:
    """Who holds the lock on this database, or None when nobody (or the file is unreadable)."""
    try:
        data = json.loads(lock_path_for(db_path).read_text(encoding="utf-8"))
        return LockOwner(str(data.get("user", "")), str(data.get("host", "")),
                         int(data.get("pid", 0)), str(data.get("since", "")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, AttributeError):
        return LockOwner()  # a lock we cannot read still means "someone"


def is_stale(owner: LockOwner) -> bool:
    """A lock from this computer whose process is gone was left by a crash."""
    return owner.on_this_computer() and not pid_alive(owner.pid)


class DatabaseLock:
    """Held while a Vidare writes one database; `release()` (or closing the program) frees it."""

    def __init__(self, db_path: Path | str):
        self.db_path = Path(db_path)
        self.path = lock_path_for(db_path)
        self.owner = LockOwner(_user(), _host(), os.getpid(),
                               dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
        self.held = False

    def acquire(self, take_over: bool = False) -> DatabaseLock:
        """Take the lock, or raise DatabaseLocked naming who has it.

        A stale lock (crash on this computer) is taken over silently; `take_over=True`
        takes any lock (the user was told who holds it and chose to continue).
        """
        for _attempt in range(3):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                owner = read_owner(self.db_path)
                if owner is None:
                    continue  # released between our two looks: try again
                if take_over or is_stale(owner):
                    try:
                        self.path.unlink()
                    except FileNotFoundError:
                        pass
                    continue
                raise DatabaseLocked(self.db_path, owner) from None
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self.owner.__dict__, handle)
                handle.flush()
                os.fsync(handle.fileno())
            self.held = True
            return self
        owner = read_owner(self.db_path) or LockOwner()
        raise DatabaseLocked(self.db_path, owner)

    def release(self) -> None:
        """Remove the lock file if it is still ours."""
        if not self.held:
            return
        self.held = False
        current = read_owner(self.db_path)
        if current is not None and current.pid == self.owner.pid \
                and current.host == self.owner.host:
            try:
                self.path.unlink()
            except OSError:
                pass

    def __enter__(self) -> DatabaseLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
