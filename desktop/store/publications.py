"""Printed documents that show people, so that a withdrawn consent yields a take-down list."""

from __future__ import annotations

from desktop.domain.models import Publication
from desktop.store.base import Repository
from desktop.store.database import transaction


class PublicationRepository(Repository):
    def record(self, publication: Publication) -> Publication:
        with transaction(self.db):
            return self._save("publication", publication)

    def all(self) -> list[Publication]:
        return self._all(Publication, "SELECT * FROM publication ORDER BY created_on DESC")

    def showing(self, participant_id: str) -> list[Publication]:
        return self._all(Publication, """SELECT * FROM publication WHERE EXISTS (
            SELECT 1 FROM json_each(participant_ids) WHERE value = ?) ORDER BY created_on DESC""",
                         [participant_id])

