"""The SQLite database through sqlite-utils: schema, migrations, one repository per area.

`Store(path)` is one open database with its repositories; `startup.open_store` opens one
the way the window and the writing commands do (lock, checks, start backup).
"""

from __future__ import annotations

import atexit
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from desktop.store import erasure
from desktop.store.backups import backup_before_migration, counts_of
from desktop.store.conflicts import ConflictRepository
from desktop.store.connection import connect
from desktop.store.dissemination import DisseminationRepository
from desktop.store.errors import DamagedDatabase
from desktop.store.locations import media_dir_for
from desktop.store.lock import DatabaseLock
from desktop.store.media import media_path
from desktop.store.mobilities import MobilityRepository
from desktop.store.opening import open_database
from desktop.store.overview import OverviewRepository
from desktop.store.people import PeopleRepository
from desktop.store.projects import ProjectRepository, SchoolRepository
from desktop.store.publications import PublicationRepository
from desktop.store.start_check import StartCheck
from desktop.store.stories import StoryRepository

__all__ = ["Store", "media_dir_for"]


class Store:
    """One open database and its repositories; handed to whatever needs the data."""

    def __init__(self, path: Path | str, create: bool = False, read_only: bool = False,
                 before_migration: Callable[[Path, int], None] | None = None,
                 check_later: bool = False):
        """`check_later`: open without the integrity check, which then runs beside the
        caller (`self.start_check`) while every write waits for its verdict."""
        self.path = Path(path)
        self.db, self.read_only = open_database(
            self.path, create=create, read_only=read_only,
            before_migration=before_migration or backup_before_migration,
            deep_check=not check_later)
        self.start_check: StartCheck | None = None
        if check_later:
            self.start_check = StartCheck(self.path, hold_writes=not self.read_only).start()
        self.media_dir = media_dir_for(self.path)
        self.lock: DatabaseLock | None = None
        self._closing: list[Callable[[], None]] = []
        self.school = SchoolRepository(self.db)
        self.projects = ProjectRepository(self.db)
        self.mobilities = MobilityRepository(self.db)
        self.people = PeopleRepository(self.db)
        self.stories = StoryRepository(self.db, self.media_dir)
        self.dissemination = DisseminationRepository(self.db)
        self.publications = PublicationRepository(self.db, self.path, self.read_only)
        self.overview = OverviewRepository(self.db)
        self.conflicts = ConflictRepository(self.db)
        if not self.read_only:
            # Anyone erased stays erased: after a restore, or a stop before the register
            # beside the database was written. That writes, so only into a checked file.
            erasure.reapply(self.db, self.media_dir, self.path, before_writing=(
                self._checked_now if self.start_check is not None else None))

    def _checked_now(self) -> None:
        """Wait for the start check; a damaged file is closed unwritten and refused."""
        assert self.start_check is not None
        problem = self.start_check.wait()
        if problem is not None:
            self.close()
            raise DamagedDatabase(self.path, problem)

    def stop_writing(self) -> None:
        """From now on this store only reads (its file was found damaged)."""
        self.db.execute("PRAGMA query_only = ON")
        self.read_only = True

    def media_file(self, name: str | None) -> Path | None:
        """A media file by its name, checked to lie inside the media folder (None if not):
        the way documents and the window read photos, logos and attachments."""
        return media_path(self.media_dir, name)

    def is_empty(self) -> bool:
        return not any(self.counts().values())

    def counts(self) -> dict[str, int]:
        """Rows in each data table (a table an older, read-only database lacks counts 0)."""
        return counts_of(self.db.conn)

    def reader(self) -> sqlite_utils.Database:
        """A new connection that only reads this file: for a thread of its own (the window's
        query worker), which makes it, uses it and closes it there."""
        return connect(self.path, read_only=True)

    def when_closing(self, action: Callable[[], None]) -> None:
        """Run `action` before the store closes (a worker stops reading the file)."""
        self._closing.append(action)

    def hold_lock(self, lock: DatabaseLock) -> None:
        """Keep `lock` until this store closes (or the program ends without closing it)."""
        self.lock = lock
        atexit.register(lock.release)

    def close(self) -> None:
        if self.start_check is not None:
            self.start_check.finish()
        while self._closing:
            self._closing.pop()()
        self.db.conn.close()
        if self.lock is not None:
            self.lock.release()
            atexit.unregister(self.lock.release)
            self.lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
