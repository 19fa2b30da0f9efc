"""Dissemination actions: planned and done, against the project's results.

An action's responsible people are linked records (`action_responsible`): chosen from the
people, or typed as names that Vidare matches to a person. The typed text stays as the
action's `responsible` field; erasing a person reaches both.
"""

from __future__ import annotations

import re

from desktop.domain.models import DisseminationAction
from desktop.store.base import Page, Repository, raise_for
from desktop.store.connection import new_id, now, transaction
from desktop.store.row_rules import action_problems
from desktop.store.search import ids_matching, words

# What separates two names typed in one field ("Anna Berg, Johan Ek och Li Wu").
_SEPARATORS = re.compile(r"\s*(?:[,;/&+\n]|\s(?:and|och|og|i|oraz|und|et)\s)\s*",
                         re.IGNORECASE)


def typed_names(text: str) -> list[str]:
    """The names in a typed responsible field."""
    return [part.strip() for part in _SEPARATORS.split(text or "") if part.strip()]

_COLUMNS = "SELECT a.*, p.title AS project_title, r.title AS result_title"
_FROM = """dissemination_action a JOIN project p ON p.id = a.project_id
    LEFT JOIN result r ON r.id = a.result_id"""


class DisseminationRepository(Repository):
    SORTABLE = {"planned_date": "a.planned_date", "done_date": "a.done_date",
                "title": "a.title COLLATE NOCASE", "channel": "a.channel", "level": "a.level",
                "quality_part": "a.quality_part", "status": "a.status",
                "people_reached": "a.people_reached", "target_group": "a.target_group",
                "responsible": "a.responsible COLLATE NOCASE",
                "result": "af.result_title COLLATE NOCASE",
                "project": "p.title COLLATE NOCASE",
                "when": "coalesce(nullif(a.done_date, ''), a.planned_date)"}
    # The figures a sort reads, kept by triggers (migrations: "figures").
    SORT_JOINS = {"result": ("JOIN action_figures af ON af.action_id = a.id", "af.action_id")}
    FILTERS = ("project_id", "result_id", "status", "channel", "level", "quality_part")

    def page(self, search: str = "", sort: str = "planned_date", descending: bool = True,
             limit: int | None = None, offset: int = 0, **filters: str | None) -> Page:
        """`filters`: any of FILTERS set to a code (or an id) narrows the list."""
        where, params = [], []
        for column in self.FILTERS:
            value = filters.get(column)
            if value:
                where.append(f"a.{column} = ?")
                params.append(value)
        return self._page(_COLUMNS, _FROM, where, params, search,
                          (("dissemination_action", "a.id"), ("result", "a.result_id")), sort,
                          descending, self.SORTABLE, limit, offset, key="a.id",
                          sort_joins=self.SORT_JOINS)

    def for_project(self, project_id: str) -> list[DisseminationAction]:
        return self._all(DisseminationAction, "SELECT * FROM dissemination_action "
                         "WHERE project_id = ? ORDER BY coalesce(nullif(done_date, ''), "
                         "planned_date), title", [project_id])

    def for_result(self, result_id: str) -> list[DisseminationAction]:
        return self._all(DisseminationAction, "SELECT * FROM dissemination_action "
                         "WHERE result_id = ? ORDER BY planned_date", [result_id])

    def get(self, action_id: str) -> DisseminationAction | None:
        return self._get("dissemination_action", DisseminationAction, action_id)

    def save(self, action: DisseminationAction,
             responsible_ids: list[str] | None = None) -> DisseminationAction:
        """Save the action and link its responsible people: `responsible_ids` when chosen
        from the people, else the names typed in `action.responsible` that match a person."""
        raise_for(action_problems(action))
        with transaction(self.db):
            self._save("dissemination_action", action)
            wanted = responsible_ids if responsible_ids is not None \
                else self.match_people(action.responsible)
            self._link_responsible(action.id, wanted)
        return action

    def match_people(self, text: str) -> list[str]:
        """The people whose full name is typed in `text` (one person per name; a name
        that fits two people, or nobody, links nobody)."""
        found: list[str] = []
        for name in typed_names(text):
            terms = words(name)
            if not terms:
                continue
            rows = self.db.execute(
                f"SELECT id, name FROM participant WHERE id IN ({ids_matching('participant')})",
                [" ".join(f'"{w}"' for w in terms)]).fetchall()
            exact = [pid for pid, full in rows if words(full) == terms]
            if len(exact) == 1 and exact[0] not in found:
                found.append(exact[0])
        return found

    def responsible_people(self, action_id: str) -> list[tuple[str, str]]:
        """(id, name) of the people linked as responsible for an action."""
        return [(r[0], r[1]) for r in self.db.execute(
            """SELECT p.id, p.name FROM action_responsible r
               JOIN participant p ON p.id = r.participant_id
               WHERE r.action_id = ? ORDER BY r.created_at, p.name""", [action_id]).fetchall()]

    def _link_responsible(self, action_id: str, participant_ids: list[str]) -> None:
        existing = {r[0]: r[1] for r in self.db.execute(
            "SELECT participant_id, id FROM action_responsible WHERE action_id = ?",
            [action_id]).fetchall()}
        wanted = list(dict.fromkeys(participant_ids))
        for pid, link_id in existing.items():
            if pid not in wanted:
                self._delete("action_responsible", link_id)
        stamp = now()
        for pid in wanted:
            if pid not in existing:
                self.db.execute("INSERT INTO action_responsible (id, created_at, updated_at, "
                                "action_id, participant_id) VALUES (?, ?, ?, ?, ?)",
                                [new_id(), stamp, stamp, action_id, pid])

    def delete(self, action_id: str) -> None:
        with transaction(self.db):
            self._delete("dissemination_action", action_id)
