"""The overview's figures and warnings for a period, aggregated in SQL."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from desktop.domain import catalogues as cat
from desktop.domain import schoolyear
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.store.base import Repository
from desktop.store.people import CURRENT_CONSENT

GREEN = tuple(t.code for t in cat.TRANSPORTS if t.green)
INCOMING = json.dumps(cat.INCOMING)
BUNCHED_SHARE = 0.5  # more than half of the dissemination in the project's last fifth


# Days abroad, defined once: each person on a trip (participant or accompanying) counts the
# trip's days, first to last, plus its travel days. `m` is the mobility row.
DAYS_ABROAD = """coalesce(max(0, julianday(m.end_date) - julianday(m.start_date) + 1)
    + m.travel_days, 0)"""


def school_year(on: dt.date | None = None, country: str | None = None,
                start_month: int | None = None) -> tuple[str, str]:
    """The school year holding `on` for a school in `country` (ISO first and last day);
    `start_month` is the school's own choice, if it made one."""
    return schoolyear.school_year(on, country, start_month).iso()


@dataclass
class Figures:
    date_from: str
    date_to: str
    mobilities: int = 0
    mobilities_by_type: dict[str, int] = field(default_factory=dict)
    mobilities_by_status: dict[str, int] = field(default_factory=dict)
    participants_by_role: dict[str, int] = field(default_factory=dict)
    accompanying: int = 0
    countries: dict[str, int] = field(default_factory=dict)
    green_share: float = 0.0
    fewer_opportunities_share: float = 0.0
    fewer_opportunities: int = 0
    days_abroad: int = 0
    actions_done: int = 0
    actions_planned: int = 0
    actions_by_channel: dict[str, int] = field(default_factory=dict)
    reach_by_channel: dict[str, int] = field(default_factory=dict)
    people_reached: int = 0
    stories: int = 0
    incoming: int = 0  # visits to the school (invited experts, hosted teachers): not trips

    @property
    def participants(self) -> int:
        return sum(self.participants_by_role.values())


@dataclass
class Warning:
    code: str
    message: str  # English source, context "Overview"; %1 is the count or the subject
    params: tuple[str, ...] = ()
    table: str = ""
    ids: list[str] = field(default_factory=list)


class OverviewRepository(Repository):
    def current_school_year(self, on: dt.date | None = None) -> schoolyear.SchoolYear:
        """This school's school year holding `on` (default today): from the month the school
        chose in Settings, else as its country keeps it."""
        # SELECT *: an older database opened read-only has no such column (then None).
        row = next(iter(self.db.query("SELECT * FROM school ORDER BY created_at LIMIT 1")),
                   None) or {}
        return schoolyear.school_year(on, row.get("country"), row.get("school_year_start_month"))

    def figures(self, date_from: str, date_to: str, project_id: str | None = None,
                done_only: bool = False) -> Figures:
        """The figures of trips starting and actions dated in the period; of one project
        only with `project_id`; of trips and actions done only with `done_only`."""
        f = Figures(date_from, date_to)
        scope = " AND project_id = :p" if project_id else ""
        # Trips abroad only: a visit to the school is neither a trip nor days abroad.
        visits = f"""SELECT * FROM mobility WHERE status {"= 'done'" if done_only else
                   "!= 'cancelled'"} AND start_date BETWEEN :f AND :t{scope}"""
        trips = f"""{visits} AND activity_type NOT IN (SELECT value FROM json_each(:incoming))"""
        args = {"f": date_from, "t": date_to, "green": json.dumps(GREEN), "p": project_id,
                "incoming": INCOMING}
        f.incoming = self.db.execute(
            f"""SELECT count(*) FROM ({visits}) WHERE activity_type IN
            (SELECT value FROM json_each(:incoming))""", args).fetchone()[0]
        f.mobilities_by_type = self._counts(f"SELECT activity_type, count(*) FROM ({trips}) "
                                            "GROUP BY activity_type", args)
        f.mobilities_by_status = self._counts(f"SELECT status, count(*) FROM ({trips}) "
                                              "GROUP BY status", args)
        f.mobilities = sum(f.mobilities_by_type.values())
        f.countries = self._counts(f"SELECT country, count(*) FROM ({trips}) GROUP BY country "
                                   "ORDER BY count(*) DESC, country", args)
        row = self.db.execute(f"""SELECT
            coalesce(sum(transport IN (SELECT value FROM json_each(:green))), 0)
            FROM ({trips})""", args).fetchone()
        f.green_share = row[0] / f.mobilities if f.mobilities else 0.0
        people = f"""SELECT DISTINCT p.id, p.role, p.fewer_opportunities, mp.role AS trip_role
            FROM ({trips}) m JOIN mobility_participant mp ON mp.mobility_id = m.id
            JOIN participant p ON p.id = mp.participant_id"""
        f.participants_by_role = self._counts(
            f"SELECT role, count(DISTINCT id) FROM ({people}) WHERE trip_role = 'participant' "
            "GROUP BY role", args)
        f.accompanying = self.db.execute(
            f"SELECT count(DISTINCT id) FROM ({people}) WHERE trip_role != 'participant'",
            args).fetchone()[0]
        f.fewer_opportunities = self.db.execute(
            f"SELECT count(DISTINCT id) FROM ({people}) WHERE fewer_opportunities "
            "AND trip_role = 'participant'", args).fetchone()[0]
        f.fewer_opportunities_share = (f.fewer_opportunities / f.participants
                                       if f.participants else 0.0)
        f.days_abroad = int(self.db.execute(f"""SELECT coalesce(sum({DAYS_ABROAD}), 0)
            FROM ({trips}) m JOIN mobility_participant mp ON mp.mobility_id = m.id""",
                                            args).fetchone()[0])
        actions = f"""SELECT * FROM dissemination_action WHERE {"status = 'done'" if done_only
            else "status != 'cancelled'"} AND
            coalesce(nullif(done_date, ''), planned_date) BETWEEN :f AND :t{scope}"""
        counts = self._counts(f"SELECT status, count(*) FROM ({actions}) GROUP BY status", args)
        f.actions_done, f.actions_planned = counts.get("done", 0), counts.get("planned", 0)
        f.actions_by_channel = self._counts(f"SELECT channel, count(*) FROM ({actions}) "
                                            "GROUP BY channel ORDER BY count(*) DESC", args)
        f.reach_by_channel = self._counts(
            f"SELECT channel, sum(people_reached) FROM ({actions}) WHERE status = 'done' "
            "GROUP BY channel ORDER BY sum(people_reached) DESC", args)
        f.people_reached = sum(f.reach_by_channel.values())
        f.stories = self.db.execute(f"""SELECT count(*) FROM story s
            JOIN ({trips}) m ON m.id = s.mobility_id""", args).fetchone()[0]
        return f

    def _counts(self, sql: str, args: dict) -> dict[str, int]:
        return {str(key): int(value or 0) for key, value in self.db.execute(sql, args).fetchall()}

    def upcoming(self, on: str, limit: int = 8) -> list[dict]:
        """Trips and dissemination actions still to come, soonest first."""
        return list(self.db.query("""
            SELECT 'mobility' AS kind, id, start_date AS date,
                   city || ' (' || country || ')' AS title, activity_type AS code
                FROM mobility WHERE status = 'planned' AND start_date >= :on
            UNION ALL
            SELECT 'dissemination_action', id, planned_date, title, channel
                FROM dissemination_action WHERE status = 'planned' AND planned_date >= :on
            ORDER BY date LIMIT :limit""", {"on": on, "limit": limit}))

    def timeline(self, project_id: str) -> list[dict]:
        """Each dissemination action's date and status, for the planned-versus-done chart."""
        return list(self.db.query("""SELECT id, status, planned_date, done_date
            FROM dissemination_action WHERE project_id = ? AND status != 'cancelled'
            ORDER BY coalesce(nullif(done_date, ''), planned_date)""", [project_id]))

    def warnings(self, date_from: str, date_to: str, on: str) -> list[Warning]:
        """What the seeds teach a coordinator to watch for, for projects touching the period."""
        args = {"f": date_from, "t": date_to, "on": on}
        projects = "SELECT * FROM project WHERE end_date >= :f AND start_date <= :t"
        found: list[Warning] = []

        for row in self.db.query(f"""SELECT p.id, p.title,
                sum(coalesce(nullif(a.done_date, ''), a.planned_date) >=
                    date(julianday(p.end_date) - (julianday(p.end_date)
                         - julianday(p.start_date)) / 5)) AS late,
                count(a.id) AS total
                FROM ({projects}) p JOIN dissemination_action a ON a.project_id = p.id
                WHERE a.status != 'cancelled' GROUP BY p.id HAVING total >= 4""", args):
            if row["late"] / row["total"] > BUNCHED_SHARE:
                found.append(Warning("bunched", QT_TRANSLATE_NOOP(
                    "Overview", "Most dissemination in “%1” is bunched at the end of the project."),
                    (row["title"],), "project", [row["id"]]))
        for part, message in (
            ("within_school", QT_TRANSLATE_NOOP(
                "Overview", "“%1” has no dissemination that shares results within the school.")),
            ("eu_funding", QT_TRANSLATE_NOOP(
                "Overview", "“%1” has no dissemination that acknowledges EU funding.")),
        ):
            for row in self.db.query(f"""SELECT id, title FROM ({projects}) p WHERE NOT EXISTS (
                    SELECT 1 FROM dissemination_action a WHERE a.project_id = p.id
                    AND a.quality_part = :part AND a.status != 'cancelled')""",
                                     {**args, "part": part}):
                found.append(Warning(f"no_{part}", message, (row["title"],), "project",
                                     [row["id"]]))
        self._grouped(found, "no_target_groups", QT_TRANSLATE_NOOP(
            "Overview", "%n result(s) have no target group."), "result",
            f"""SELECT r.id FROM result r JOIN ({projects}) p ON p.id = r.project_id
                WHERE NOT EXISTS (SELECT 1 FROM target_group g WHERE g.result_id = r.id)""", args)
        self._grouped(found, "no_story", QT_TRANSLATE_NOOP(
            "Overview", "%n trip(s) done without a story."), "mobility",
            """SELECT m.id FROM mobility m WHERE m.status = 'done'
                AND m.start_date BETWEEN :f AND :t
                AND NOT EXISTS (SELECT 1 FROM story s WHERE s.mobility_id = m.id)""", args)
        self._grouped(found, "overdue", QT_TRANSLATE_NOOP(
            "Overview", "%n planned dissemination action(s) are overdue."),
            "dissemination_action", """SELECT id FROM dissemination_action
                WHERE status = 'planned' AND planned_date != '' AND planned_date < :on""", args)
        self._grouped(found, "no_evidence", QT_TRANSLATE_NOOP(
            "Overview", "%n dissemination action(s) done without evidence."),
            "dissemination_action", """SELECT id FROM dissemination_action
                WHERE status = 'done' AND evidence = ''
                AND done_date BETWEEN :f AND :t""", args)
        # Few trips are still to come: SQLite is told so (likelihood), and starts from them.
        self._grouped(found, "trip_without_consent", QT_TRANSLATE_NOOP(
            "Overview", "%n upcoming trip(s) have participants without consent."), "mobility",
            """SELECT DISTINCT m.id FROM mobility m
                JOIN mobility_participant mp ON mp.mobility_id = m.id
                JOIN participant p ON p.id = mp.participant_id AND NOT p.protected_identity
                LEFT JOIN consent c ON c.id = (
                    SELECT c2.id FROM consent c2 WHERE c2.participant_id = p.id
                    ORDER BY c2.given_on DESC, c2.updated_at DESC LIMIT 1)
                WHERE m.status = 'planned' AND likelihood(m.start_date >= :on, 0.01)
                AND (c.id IS NULL OR (c.withdrawn_on != '' AND c.withdrawn_on <= :on)
                     OR (c.expires_on != '' AND c.expires_on < m.start_date))""", args)
        soon = (dt.date.fromisoformat(on) + dt.timedelta(days=30)).isoformat()
        self._grouped(found, "consent_withdrawn", QT_TRANSLATE_NOOP(
            "Overview", "%n person(s) have withdrawn consent: check the take-down list."),
            "participant", f"""SELECT participant_id FROM ({CURRENT_CONSENT})
                WHERE withdrawn_on BETWEEN :f AND :on""", args)
        self._grouped(found, "consent_expiring", QT_TRANSLATE_NOOP(
            "Overview", "%n consent(s) have expired or expire within 30 days."), "participant",
            f"""SELECT participant_id FROM ({CURRENT_CONSENT}) WHERE withdrawn_on = ''
                AND expires_on BETWEEN :f AND :soon""", {**args, "soon": soon})
        return found

    def _grouped(self, found: list[Warning], code: str, message: str, table: str, sql: str,
                 args: dict) -> None:
        ids = [row[0] for row in self.db.execute(sql, args).fetchall()]
        if ids:
            found.append(Warning(code, message, (str(len(ids)),), table, ids))
