"""Dissemination actions: planned and done, against the project's results."""

from __future__ import annotations

from desktop.domain.models import DisseminationAction
from desktop.domain.validation import validate_action
from desktop.store.base import Page, Repository, raise_for
from desktop.store.database import transaction

_COLUMNS = "SELECT a.*, p.title AS project_title, r.title AS result_title"
_FROM = """dissemination_action a JOIN project p ON p.id = a.project_id
    LEFT JOIN result r ON r.id = a.result_id"""


class DisseminationRepository(Repository):
    SORTABLE = {"planned_date": "a.planned_date", "done_date": "a.done_date",
                "title": "a.title COLLATE NOCASE", "channel": "a.channel", "level": "a.level",
                "quality_part": "a.quality_part", "status": "a.status",
                "people_reached": "a.people_reached", "target_group": "a.target_group",
                "responsible": "a.responsible COLLATE NOCASE",
                "result": "r.title COLLATE NOCASE", "project": "p.title COLLATE NOCASE",
                "when": "coalesce(nullif(a.done_date, ''), a.planned_date)"}
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
                          ("a.search_text", "r.search_text"), sort, descending, self.SORTABLE,
                          limit, offset, key="a.id")

    def for_project(self, project_id: str) -> list[DisseminationAction]:
        return self._all(DisseminationAction, "SELECT * FROM dissemination_action "
                         "WHERE project_id = ? ORDER BY coalesce(nullif(done_date, ''), "
                         "planned_date), title", [project_id])

    def for_result(self, result_id: str) -> list[DisseminationAction]:
        return self._all(DisseminationAction, "SELECT * FROM dissemination_action "
                         "WHERE result_id = ? ORDER BY planned_date", [result_id])

    def get(self, action_id: str) -> DisseminationAction | None:
        return self._get("dissemination_action", DisseminationAction, action_id)

    def save(self, action: DisseminationAction) -> DisseminationAction:
        raise_for(validate_action(action))
        with transaction(self.db):
            return self._save("dissemination_action", action)

    def delete(self, action_id: str) -> None:
        with transaction(self.db):
            self._delete("dissemination_action", action_id)
