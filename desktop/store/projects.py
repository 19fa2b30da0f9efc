"""Projects with their partners, results and target groups: the content of the planning poster."""

from __future__ import annotations

from desktop.domain.models import Partner, Project, Result, School, TargetGroup
from desktop.domain.validation import validate_project
from desktop.store.base import Page, Repository, raise_for
from desktop.store.connection import transaction
from desktop.store.row_rules import (
    partner_problems,
    result_problems,
    school_problems,
    target_group_problems,
)


class SchoolRepository(Repository):
    def get(self) -> School | None:
        rows = self._all(School, "SELECT * FROM school ORDER BY created_at LIMIT 1")
        return rows[0] if rows else None

    def save(self, school: School) -> School:
        raise_for(school_problems(school))
        with transaction(self.db):
            existing = self.get()
            if existing and not school.id:
                school.id, school.created_at = existing.id, existing.created_at
            return self._save("school", school)


class ProjectRepository(Repository):
    SORTABLE = {"title": "title COLLATE NOCASE", "reference": "reference", "action": "action",
                "start_date": "start_date", "end_date": "end_date"}

    def page(self, search: str = "", sort: str = "start_date", descending: bool = True,
             limit: int | None = None, offset: int = 0) -> Page:
        return self._page("SELECT *", "project", [], [], search, (("project", "id"),), sort,
                          descending, self.SORTABLE, limit, offset)

    def all(self) -> list[Project]:
        return self._all(Project, "SELECT * FROM project ORDER BY start_date DESC, title")

    def running(self, on: str) -> list[str]:
        """The ids of the projects running on `on` (ISO date), newest first."""
        return [r[0] for r in self.db.execute(
            "SELECT id FROM project WHERE start_date <= ? AND ? <= end_date "
            "ORDER BY start_date DESC, title", [on, on]).fetchall()]

    def choices(self, with_reference: bool = False) -> list[tuple[str, str]]:
        """(id, title) of every project, newest first: light enough for a drop-down.

        `with_reference` labels each "title (reference)", to tell like-named ones apart.
        """
        rows = self.db.execute("SELECT id, title, reference FROM project "
                               "ORDER BY start_date DESC, title").fetchall()
        return [(pid, f"{title} ({ref})" if with_reference and ref else title)
                for pid, title, ref in rows]

    def get(self, project_id: str) -> Project | None:
        return self._get("project", Project, project_id)

    def any_funded_by(self, funding_source: str) -> bool:
        """Whether some project is funded by `funding_source` ("fers": Settings then asks
        for the programme's artwork)."""
        return self.db.execute("SELECT 1 FROM project WHERE funding_source = ? LIMIT 1",
                               [funding_source]).fetchone() is not None

    def find(self, reference_or_id: str) -> Project | None:
        rows = self._all(Project, "SELECT * FROM project WHERE reference = ? OR id = ? LIMIT 1",
                         [reference_or_id, reference_or_id])
        return rows[0] if rows else None

    def starting_with(self, start: str) -> list[Project]:
        """Projects whose grant agreement number or title starts with `start`, in any letter
        case (the command line's way to name a project without typing it all)."""
        wanted = " ".join(start.split()).casefold()
        if not wanted:
            return []
        return [project for project in self._all(
            Project, "SELECT * FROM project ORDER BY start_date DESC")
            if any(" ".join((text or "").split()).casefold().startswith(wanted)
                   for text in (project.reference, project.title))]

    def save(self, project: Project) -> Project:
        raise_for(validate_project(project))
        with transaction(self.db):
            return self._save("project", project)

    def delete(self, project_id: str) -> None:
        with transaction(self.db):
            self._delete("project", project_id)

    def dependents(self, project_id: str) -> dict[str, int]:
        """What goes with a project when it is deleted, for the confirmation question."""
        sql = """SELECT
            (SELECT count(*) FROM mobility WHERE project_id = :p) AS mobilities,
            (SELECT count(*) FROM result WHERE project_id = :p) AS results,
            (SELECT count(*) FROM dissemination_action WHERE project_id = :p) AS actions,
            (SELECT count(*) FROM partner WHERE project_id = :p) AS partners"""
        return dict(next(self.db.query(sql, {"p": project_id})))

    # Partners
    def partners(self, project_id: str) -> list[Partner]:
        return self._all(Partner, "SELECT * FROM partner WHERE project_id = ? "
                         "ORDER BY role = 'coordinator' DESC, organisation", [project_id])

    def save_partner(self, partner: Partner) -> Partner:
        raise_for(partner_problems(partner))
        with transaction(self.db):
            return self._save("partner", partner)

    def delete_partner(self, partner_id: str) -> None:
        with transaction(self.db):
            self._delete("partner", partner_id)

    # Results and their target groups
    def results(self, project_id: str) -> list[Result]:
        return self._all(Result, "SELECT * FROM result WHERE project_id = ? "
                         "ORDER BY position, created_at", [project_id])

    def get_result(self, result_id: str) -> Result | None:
        return self._get("result", Result, result_id)

    def save_result(self, result: Result) -> Result:
        raise_for(result_problems(result))
        with transaction(self.db):
            return self._save("result", result)

    def delete_result(self, result_id: str) -> None:
        with transaction(self.db):
            self._delete("result", result_id)

    def target_groups(self, result_id: str) -> list[TargetGroup]:
        return self._all(TargetGroup, "SELECT * FROM target_group WHERE result_id = ? "
                         "ORDER BY priority = 'secondary', created_at", [result_id])

    def save_target_group(self, group: TargetGroup) -> TargetGroup:
        raise_for(target_group_problems(group))
        with transaction(self.db):
            return self._save("target_group", group)

    def delete_target_group(self, group_id: str) -> None:
        with transaction(self.db):
            self._delete("target_group", group_id)
