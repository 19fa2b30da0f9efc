"""Printed documents that show people, so that a withdrawn consent yields a take-down list."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.domain.models import Publication
from desktop.store.base import Repository
from desktop.store.connection import transaction
from desktop.store.errors import NotRecorded


class PublicationRepository(Repository):
    def __init__(self, db, path: Path, read_only: bool = False):  # type: ignore[no-untyped-def]
        super().__init__(db)
        self.path, self.read_only = path, read_only

    def record(self, publication: Publication) -> Publication:
        """Record a document that shows people; NotRecorded when the database is read-only
        (a newer Vidare's, or one the user may not change): say so, never fail silently."""
        if self.read_only:
            raise NotRecorded(self.path)
        try:
            with transaction(self.db):
                return self._save("publication", publication)
        except sqlite3.OperationalError as error:
            if "readonly" in str(error):
                raise NotRecorded(self.path) from error
            raise

    def all(self) -> list[Publication]:
        return self._all(Publication, "SELECT * FROM publication ORDER BY created_on DESC")

    def showing(self, participant_id: str) -> list[Publication]:
        return self._all(Publication, """SELECT * FROM publication WHERE EXISTS (
            SELECT 1 FROM json_each(participant_ids) WHERE value = ?) ORDER BY created_on DESC""",
                         [participant_id])
