"""Mobilities (trips abroad) and who went on them, with the role each person had."""

from __future__ import annotations

import json

from desktop.domain import catalogues as cat
from desktop.domain.models import Mobility, MobilityParticipant, Participant
from desktop.domain.validation import Problem, code_problems, validate_mobility
from desktop.store.base import Page, Repository, from_row, raise_for
from desktop.store.connection import transaction

_COLUMNS = """SELECT m.*, p.title AS project_title, p.reference AS project_reference,
    (SELECT count(*) FROM mobility_participant mp WHERE mp.mobility_id = m.id) AS participants"""
_FROM = "mobility m JOIN project p ON p.id = m.project_id"


class MobilityRepository(Repository):
    SORTABLE = {"start_date": "m.start_date", "end_date": "m.end_date",
                "activity_type": "m.activity_type", "country": "m.country",
                "city": "m.city COLLATE NOCASE", "topic": "m.topic COLLATE NOCASE",
                "host_organisation": "m.host_organisation COLLATE NOCASE",
                "status": "m.status",
                "participants": "tf.participants",
                "project": "p.title COLLATE NOCASE",
                # Trips to come first, soonest first; then past trips, latest first.
                "upcoming": "CASE WHEN m.start_date >= date('now', 'localtime') THEN "
                            "julianday(m.start_date) ELSE 5000000 - julianday(m.start_date) END"}

    # The figures a sort reads, kept by triggers (migrations: "figures").
    SORT_JOINS = {"participants": ("JOIN trip_figures tf ON tf.mobility_id = m.id",
                                   "tf.mobility_id")}

    def page(self, search: str = "", sort: str = "start_date", descending: bool = True,
             limit: int | None = None, offset: int = 0, project_id: str | None = None,
             status: str | None = None) -> Page:
        where, params = [], []
        if project_id:
            where.append("m.project_id = ?")
            params.append(project_id)
        if status:
            where.append("m.status = ?")
            params.append(status)
        return self._page(_COLUMNS, _FROM, where, params, search,
                          (("mobility", "m.id"), ("project", "m.project_id")), sort,
                          descending, self.SORTABLE, limit, offset, key="m.id",
                          sort_joins=self.SORT_JOINS)

    def for_project(self, project_id: str) -> list[Mobility]:
        return self._all(Mobility, "SELECT * FROM mobility WHERE project_id = ? "
                         "ORDER BY start_date", [project_id])

    def get(self, mobility_id: str) -> Mobility | None:
        return self._get("mobility", Mobility, mobility_id)

    def save(self, mobility: Mobility) -> list[Problem]:
        """Save and return the warnings (such as an unusual duration) the user should see."""
        roles = [p.role for _, p in self.participants(mobility.id)] if mobility.id else []
        problems = validate_mobility(mobility, roles, check_pupils=bool(roles))
        raise_for(problems)
        with transaction(self.db):
            self._save("mobility", mobility)
        return problems

    def save_with_participants(self, mobility: Mobility,
                               people: list[tuple[str, str]]) -> list[Problem]:
        """Save a trip and its people (participant id, mobility role) as one action."""
        roles = [r["role"] for r in self.db.query(
            "SELECT id, role FROM participant WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps([pid for pid, _ in people])])]
        problems = validate_mobility(mobility, roles, check_pupils=True)
        for _, role in people:
            problems += code_problems("participants", role, cat.MOBILITY_ROLES)
        raise_for(problems)
        with transaction(self.db):
            self._save("mobility", mobility)
            self._replace_participants(mobility.id, people)
        return problems

    def set_participants(self, mobility_id: str, people: list[tuple[str, str]]) -> None:
        mobility = self.get(mobility_id)
        if mobility is None:
            raise KeyError(mobility_id)
        self.save_with_participants(mobility, people)

    def _replace_participants(self, mobility_id: str, people: list[tuple[str, str]]) -> None:
        keep = {pid for pid, _ in people}
        current = {link.participant_id: link for link, _ in self.participants(mobility_id)}
        for pid, link in current.items():
            if pid not in keep:
                self._delete("mobility_participant", link.id)
        for pid, role in people:
            link = current.get(pid) or MobilityParticipant(mobility_id=mobility_id,
                                                           participant_id=pid)
            if link.role != role or not link.id:
                link.role = role
                self._save("mobility_participant", link)

    def participants(self, mobility_id: str) -> list[tuple[MobilityParticipant, Participant]]:
        rows = self.db.query(
            """SELECT mp.id AS link_id, mp.created_at AS link_created,
                      mp.updated_at AS link_updated, mp.role AS link_role, p.*
               FROM mobility_participant mp
               JOIN participant p ON p.id = mp.participant_id
               WHERE mp.mobility_id = ? ORDER BY mp.role DESC, p.name""", [mobility_id])
        pairs = []
        for row in rows:
            link = MobilityParticipant(id=row["link_id"], created_at=row["link_created"],
                                       updated_at=row["link_updated"], mobility_id=mobility_id,
                                       participant_id=row["id"], role=row["link_role"])
            pairs.append((link, from_row(Participant, row)))
        return pairs

    def delete(self, mobility_id: str) -> None:
        with transaction(self.db):
            self._delete("mobility", mobility_id)

    def dependents(self, mobility_id: str) -> dict[str, int]:
        sql = """SELECT
            (SELECT count(*) FROM mobility_participant WHERE mobility_id = :m) AS participants,
            (SELECT count(*) FROM story WHERE mobility_id = :m) AS stories"""
        return dict(next(self.db.query(sql, {"m": mobility_id})))

