"""The SQLite database through sqlite-utils: schema, migrations, one repository per area."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.store.database import open_database
from desktop.store.dissemination import DisseminationRepository
from desktop.store.lock import DatabaseLock
from desktop.store.mobilities import MobilityRepository
from desktop.store.overview import OverviewRepository
from desktop.store.people import PeopleRepository
from desktop.store.projects import ProjectRepository, SchoolRepository
from desktop.store.publications import PublicationRepository
from desktop.store.stories import StoryRepository


def media_dir_for(db_path: Path) -> Path:
    """Photos, scanned forms and evidence live in a folder beside the database."""
    return db_path.parent / f"{db_path.stem}-media"


class Store:
    """One open database and its repositories; handed to whatever needs the data."""

    def __init__(self, path: Path | str, create: bool = False, read_only: bool = False,
                 before_migration: Callable[[Path, int], None] | None = None):
        self.path = Path(path)
        if before_migration is None:
            from desktop.store.backups import backup_before_migration as before_migration
        self.db, self.read_only = open_database(self.path, create=create, read_only=read_only,
                                                before_migration=before_migration)
        self.media_dir = media_dir_for(self.path)
        self.lock: DatabaseLock | None = None
        self.school = SchoolRepository(self.db)
        self.projects = ProjectRepository(self.db)
        self.mobilities = MobilityRepository(self.db)
        self.people = PeopleRepository(self.db)
        self.stories = StoryRepository(self.db, self.media_dir)
        self.dissemination = DisseminationRepository(self.db)
        self.publications = PublicationRepository(self.db)
        self.overview = OverviewRepository(self.db)

    def is_empty(self) -> bool:
        from desktop.store.migrations import DATA_TABLES

        return all(self.db[table].count == 0 for table in DATA_TABLES)

    def counts(self) -> dict[str, int]:
        from desktop.store.migrations import DATA_TABLES

        return {table: self.db[table].count for table in DATA_TABLES}

    def hold_lock(self, lock: DatabaseLock) -> None:
        """Keep `lock` until this store closes (or the program ends without closing it)."""
        import atexit

        self.lock = lock
        atexit.register(lock.release)

    def close(self) -> None:
        self.db.conn.close()
        if self.lock is not None:
            import atexit

            self.lock.release()
            atexit.unregister(self.lock.release)
            self.lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
