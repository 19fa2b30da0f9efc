"""The guided import: mapped rows become people, mobilities or dissemination actions.

`preview` runs the whole import inside a transaction that is then rolled back, so that
each row is shown exactly as it would be stored and with the store's own validation
messages. `apply` backs the database up and runs it again for real, in one transaction:
each row that the store refuses is rolled back alone (a savepoint), the others stay.
Rows that match something already in Vidare add nothing (a second import of the same
file changes nothing): mobilities by the BM's mobility ID, else by place and dates;
people by name; actions by title and date.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from desktop.domain import catalogues as cat
from desktop.domain.fold import fold
from desktop.domain.models import DisseminationAction, Mobility, Participant
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.domain.validation import (
    Problem,
    ValidationError,
    validate_action,
    validate_mobility,
)
from desktop.sheets import values as v
from desktop.sheets.fields import BY_KEY, Holds
from desktop.store import Store

log = logging.getLogger(__name__)
V = "Validation"
NEW, EXISTING, INVALID = "new", "existing", "invalid"

NO_PROJECT = QT_TRANSLATE_NOOP(V, "Choose the project these rows belong to.")
UNKNOWN_PROJECT = QT_TRANSLATE_NOOP(V, "There is no project “%1” in Vidare.")
NOT_YES_NO = QT_TRANSLATE_NOOP(V, "“%1” is neither yes nor no.")
NO_NAME = QT_TRANSLATE_NOOP(V, "Enter a name.")
BROKEN_LINK = QT_TRANSLATE_NOOP(V, "It refers to something that is not in Vidare.")


@dataclass
class Options:
    project_id: str = ""  # for rows that name no project
    role: str = "pupil"  # people: the role of rows that give none
    mobility_id: str = ""  # people: add everyone on the list to this trip
    header_row: int = 0  # index of the header in the sheet's rows
    today: str = ""


@dataclass
class RowResult:
    number: int  # the row's number in the file, as the spreadsheet program shows it
    cells: list[Any]
    status: str = NEW
    record: dict[str, Any] = field(default_factory=dict)  # field → value as stored
    problems: list[Problem] = field(default_factory=list)


@dataclass
class Outcome:
    holds: str
    rows: list[RowResult] = field(default_factory=list)
    links_added: int = 0  # people put on a trip
    general: list[Problem] = field(default_factory=list)  # not about one row
    backup: Path | None = None
    committed: bool = False

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    def invalid(self) -> list[RowResult]:
        return [row for row in self.rows if row.status == INVALID]


class _DryRun(Exception):
    pass


def data_rows(rows: list[list[Any]], header_row: int) -> list[tuple[int, list[Any]]]:
    """(row number in the file, cells) of every non-empty row below the header (and below a
    Vidare workbook's code row)."""
    start = header_row + 1
    if len(rows) > start and rows[start] and all(
            isinstance(c, str) and "." in c for c in rows[start] if c not in (None, "")):
        start += 1  # the hidden code row of a Vidare workbook
    return [(n + 1, row) for n, row in enumerate(rows) if n >= start
            and any(c not in (None, "") for c in row)]


def preview(store: Store, rows: list[list[Any]], holds: Holds, mapping: Sequence[str],
            options: Options) -> Outcome:
    return _run(store, rows, holds, mapping, options, commit=False)


def apply(store: Store, rows: list[list[Any]], holds: Holds, mapping: Sequence[str],
          options: Options, backups_dir: Path | None = None) -> Outcome:
    """Back up, then import every valid row in one transaction."""
    from desktop.store.backups import make_backup

    backup = make_backup(store.path, backups_dir, reason="before-import").folder
    outcome = _run(store, rows, holds, mapping, options, commit=True)
    outcome.backup = backup
    return outcome


def _run(store: Store, rows: list[list[Any]], holds: Holds, mapping: Sequence[str],
         options: Options, commit: bool) -> Outcome:
    options.today = options.today or dt.date.today().isoformat()
    importer = _IMPORTERS[holds.key](store, options)
    outcome = Outcome(holds.key)
    try:
        with store.db.atomic():
            for number, cells in data_rows(rows, options.header_row):
                found = {key: cells[i] for i, key in enumerate(mapping)
                         if key and i < len(cells) and cells[i] not in (None, "")}
                result = RowResult(number, list(cells))
                outcome.rows.append(result)
                importer.add(result, found)
            importer.finish(outcome)
            if not commit:
                raise _DryRun
    except _DryRun:
        pass
    outcome.committed = commit
    return outcome


def _save(db: Any, result: RowResult | list[RowResult], action: Callable[[], Any]) -> Any:
    """Run one store action in a savepoint; a refusal marks the row(s) invalid."""
    results = result if isinstance(result, list) else [result]
    try:
        with db.atomic():
            return action()
    except ValidationError as error:
        for row in results:
            row.status = INVALID
            row.problems += error.problems
    except sqlite3.IntegrityError:
        log.info("row refused by a constraint", exc_info=True)
        for row in results:
            row.status = INVALID
            row.problems.append(Problem("", BROKEN_LINK))
    return None


def _bool(result: RowResult, found: dict[str, Any], key: str) -> bool:
    if key not in found:
        return False
    answer = v.yes_no(found[key])
    if answer is None:
        result.problems.append(Problem(key, NOT_YES_NO, (v.text(found[key])[:40],)))
        return False
    return answer


def _name(found: dict[str, Any], full: str, first: str, last: str) -> str:
    if full in found:
        return v.text(found[full])
    return " ".join(v.text(found[k]) for k in (first, last) if k in found)


class _Importer:
    def __init__(self, store: Store, options: Options):
        self.store, self.options = store, options
        self._people: dict[str, str] | None = None
        self._projects: dict[str, str] | None = None

    # People, matched by name (folded: case and accents do not make another person)
    def person_id(self, name: str) -> str | None:
        if self._people is None:
            self._people = {}
            for pid, person in self.store.db.execute(
                    "SELECT id, name FROM participant ORDER BY created_at DESC").fetchall():
                self._people[_key(person)] = pid  # the oldest of namesakes wins
        return self._people.get(_key(name))

    def remember_person(self, name: str, pid: str) -> None:
        self.person_id(name)
        assert self._people is not None
        self._people[_key(name)] = pid

    def project_id(self, result: RowResult, found: dict[str, Any]) -> str:
        if self._projects is None:
            self._projects = {}
            for pid, reference, title in self.store.db.execute(
                    "SELECT id, reference, title FROM project ORDER BY start_date").fetchall():
                for name in (pid, reference, title):
                    if name:
                        self._projects[_key(name)] = pid
        if "project" not in found:
            if not self.options.project_id:
                result.problems.append(Problem("project", NO_PROJECT))
            return self.options.project_id
        wanted = v.text(found["project"])
        pid = self._projects.get(_key(wanted), "")
        if not pid:
            result.problems.append(Problem("project", UNKNOWN_PROJECT, (wanted[:80],)))
        return pid

    def add(self, result: RowResult, found: dict[str, Any]) -> None:
        raise NotImplementedError

    def finish(self, outcome: Outcome) -> None:
        pass


def _key(text: str) -> str:
    return " ".join(fold(text).split())


def _refuse_early(result: RowResult, domain: list[Problem] | None = None) -> bool:
    """Problems found while reading the row: it goes no further, and the domain's own
    rules (`domain`) are shown beside them so that everything is fixed in one go."""
    if any(not p.warning for p in result.problems):
        result.status = INVALID
        result.problems += [p for p in domain or () if p not in result.problems]
        return True
    return False


class _PeopleImporter(_Importer):
    def __init__(self, store: Store, options: Options):
        super().__init__(store, options)
        self.on_trip: list[str] = []

    def add(self, result: RowResult, found: dict[str, Any]) -> None:
        name = _name(found, "name", "first_name", "last_name")
        role = v.code(found["role"], cat.PARTICIPANT_ROLES) if "role" in found \
            else self.options.role
        notes = "\n".join(v.text(found[k]) for k in ("group", "notes") if k in found)
        person = Participant(name=name, role=role, notes=notes,
                             fewer_opportunities=_bool(result, found, "fewer_opportunities"),
                             protected_identity=_bool(result, found, "protected_identity"))
        result.record = {"name": person.name, "role": person.role,
                         "fewer_opportunities": person.fewer_opportunities,
                         "protected_identity": person.protected_identity, "notes": notes}
        if _refuse_early(result, [] if name.strip() else [Problem("name", NO_NAME)]):
            return
        pid = self.person_id(name) if name.strip() else None
        if pid:
            result.status = EXISTING
        else:
            saved = _save(self.store.db, result, lambda: self.store.people.save(person))
            if saved is None:
                return
            pid = saved.id
            self.remember_person(name, pid)
        if self.options.mobility_id and pid not in self.on_trip:
            self.on_trip.append(pid)

    def finish(self, outcome: Outcome) -> None:
        mobility = self.store.mobilities.get(self.options.mobility_id) \
            if self.options.mobility_id else None
        if mobility is None or not self.on_trip:
            return
        pairs = [(person.id, link.role)
                 for link, person in self.store.mobilities.participants(mobility.id)]
        there = {pid for pid, _ in pairs}
        added = [(pid, "participant") for pid in self.on_trip if pid not in there]
        if not added:
            return
        try:
            with self.store.db.atomic():
                self.store.mobilities.save_with_participants(mobility, pairs + added)
            outcome.links_added = len(added)
        except ValidationError as error:
            outcome.general += error.problems


class _ActionsImporter(_Importer):
    def add(self, result: RowResult, found: dict[str, Any]) -> None:
        action = DisseminationAction(project_id=self.project_id(result, found))
        for key, catalogue in (("channel", cat.CHANNELS), ("target_group", cat.TARGET_GROUPS),
                               ("level", cat.LEVELS), ("quality_part", cat.QUALITY_PARTS),
                               ("purpose", cat.PURPOSES), ("status", cat.ACTION_STATUSES)):
            if key in found:
                setattr(action, key, v.code(found[key], catalogue))
        for key in ("title", "responsible", "evidence", "notes"):
            if key in found:
                setattr(action, key, v.text(found[key]))
        action.planned_date = v.date(found.get("planned_date"))
        action.done_date = v.date(found.get("done_date"))
        if "status" not in found and action.done_date:
            action.status = "done"
        if "people_reached" in found:
            action.people_reached = v.whole(found["people_reached"])  # type: ignore[assignment]
        result.record = {k: getattr(action, k) for k in (
            "project_id", "title", "channel", "target_group", "level", "quality_part",
            "purpose", "planned_date", "done_date", "status", "people_reached", "responsible",
            "evidence", "notes")}
        if _refuse_early(result, validate_action(action)):
            return
        if self._existing(action):
            result.status = EXISTING
            return
        _save(self.store.db, result, lambda: self.store.dissemination.save(action))

    def _existing(self, action: DisseminationAction) -> bool:
        for title, planned, done in self.store.db.execute(
                "SELECT title, planned_date, done_date FROM dissemination_action "
                "WHERE project_id = ? AND (planned_date = ? OR done_date = ?)",
                [action.project_id, action.planned_date or action.done_date,
                 action.done_date or action.planned_date]).fetchall():
            if _key(title) == _key(action.title) and \
                    (planned, done) == (action.planned_date, action.done_date):
                return True
        return False


class _MobilitiesImporter(_Importer):
    """Rows with the same BM mobility ID (or, without one, the same trip: project, type,
    place and dates) are one mobility; each row may bring one of its participants."""

    def __init__(self, store: Store, options: Options):
        super().__init__(store, options)
        self.groups: dict[tuple, tuple[Mobility, list[tuple[RowResult, dict[str, Any]]]]] = {}

    def add(self, result: RowResult, found: dict[str, Any]) -> None:
        mobility = Mobility(project_id=self.project_id(result, found),
                            bm_id=v.text(found.get("bm_id")),
                            activity_type=v.activity(found.get("activity_type")),
                            topic=v.text(found.get("topic")),
                            host_organisation=v.text(found.get("host_organisation")
                                                     or found.get("host_oid")),
                            city=v.text(found.get("city")),
                            country=v.country(found.get("country")),
                            start_date=v.date(found.get("start_date")),
                            end_date=v.date(found.get("end_date")))
        if "travel_days" in found:
            mobility.travel_days = v.whole(found["travel_days"])  # type: ignore[assignment]
        if "status" in found:
            mobility.status = v.code(found["status"], cat.MOBILITY_STATUSES)
        elif mobility.end_date and mobility.end_date < self.options.today:
            mobility.status = "done"
        person = {"name": _name(found, "participant", "participant_first_name",
                                "participant_last_name"),
                  "accompanying": _bool(result, found, "accompanying"),
                  "fewer_opportunities": _bool(result, found, "fewer_opportunities")}
        result.record = {k: getattr(mobility, k) for k in (
            "bm_id", "project_id", "activity_type", "topic", "host_organisation", "city",
            "country", "start_date", "end_date", "travel_days", "status")}
        result.record["participant"] = person["name"]
        if _refuse_early(result, validate_mobility(mobility)):
            return
        key: tuple = ("bm", mobility.bm_id) if mobility.bm_id else (
            mobility.project_id, mobility.activity_type, mobility.country,
            _key(mobility.city), mobility.start_date, mobility.end_date)
        if key not in self.groups:
            self.groups[key] = (mobility, [])
        self.groups[key][1].append((result, person))

    def finish(self, outcome: Outcome) -> None:
        for mobility, members in self.groups.values():
            rows = [row for row, _ in members]
            existing = self._existing(mobility)
            if existing is not None:
                for row in rows:
                    row.status = EXISTING
                mobility = existing
            people = [(row, p) for row, p in members if p["name"].strip()]
            if existing is not None and not people:
                continue
            _save(self.store.db, rows, partial(self._store, mobility, rows, people, existing,
                                               outcome))

    def _store(self, mobility: Mobility, rows: list[RowResult],
               people: list[tuple[RowResult, dict[str, Any]]], existing: Mobility | None,
               outcome: Outcome) -> None:
        activity = cat.find(cat.ACTIVITY_TYPES, mobility.activity_type)
        pupils = isinstance(activity, cat.ActivityType) and activity.pupils
        pairs = [(person.id, link.role)
                 for link, person in self.store.mobilities.participants(mobility.id)] \
            if existing is not None else []
        there = {pid for pid, _ in pairs}
        added = 0
        for _row, person in people:
            pid = self.person_id(person["name"])
            if pid is None:
                role = "pupil" if pupils and not person["accompanying"] else "teacher"
                saved = self.store.people.save(Participant(
                    name=person["name"], role=role,
                    fewer_opportunities=person["fewer_opportunities"]))
                pid = saved.id
                self.remember_person(person["name"], pid)
            if pid not in there:
                there.add(pid)
                pairs.append((pid, "accompanying" if person["accompanying"] else "participant"))
                added += 1
        if existing is not None and not added:
            return
        if pairs:
            problems = self.store.mobilities.save_with_participants(mobility, pairs)
        else:
            problems = self.store.mobilities.save(mobility)
        for row in rows:
            row.problems += problems
        outcome.links_added += added if existing is not None else 0

    def _existing(self, mobility: Mobility) -> Mobility | None:
        if mobility.bm_id:
            row = self.store.db.execute("SELECT id FROM mobility WHERE bm_id = ?",
                                        [mobility.bm_id]).fetchone()
        else:
            row = next((r for r in self.store.db.execute(
                "SELECT id, city FROM mobility WHERE start_date = ? AND end_date = ? "
                "AND country = ? AND activity_type = ? AND project_id = ?",
                [mobility.start_date, mobility.end_date, mobility.country,
                 mobility.activity_type, mobility.project_id]).fetchall()
                if _key(r[1]) == _key(mobility.city)), None)
        return self.store.mobilities.get(row[0]) if row else None


_IMPORTERS: dict[str, type[_Importer]] = {
    "people": _PeopleImporter, "mobilities": _MobilitiesImporter, "actions": _ActionsImporter,
}
assert set(_IMPORTERS) == set(BY_KEY)
