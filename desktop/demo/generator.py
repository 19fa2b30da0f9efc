"""The demo school: a whole Erasmus+ history written into an empty database, to try and to test.

`create_demo` writes the first generation through the repositories (so every row is validated)
and, for `scale` > 1, copies it into older generations, each one school year further back, in
one batch per table. The texts live in `content_*`, the shape in `content`, the
pictures are painted by `photos`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tempfile
import zlib
from pathlib import Path
from typing import Any

from desktop.demo import content as shape
from desktop.demo.content import Content, content_for
from desktop.demo.photos import paint, paint_logo
from desktop.domain.models import (
    Consent,
    DisseminationAction,
    Mobility,
    Participant,
    Partner,
    Project,
    Publication,
    Result,
    School,
    Story,
    TargetGroup,
)
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.store import Store
from desktop.store.connection import new_id, now, transaction
from desktop.store.overview import school_year

COUNTRIES = ("SE", "NO", "PL")
_LOGO_COLOURS = {"SE": (20, 80, 140), "NO": (150, 30, 40), "PL": (30, 110, 70)}


class DemoRefused(Exception):
    """The demo is only ever written into an empty database: it must never mix with real data."""

    message = QT_TRANSLATE_NOOP(
        "Store", "The database is not empty; the demo school is only written into an empty "
        "database.")

    def __init__(self) -> None:
        super().__init__(self.message)


def create_demo(store: Store, country: str = "SE", scale: int = 1,
                today: dt.date | None = None) -> None:
    """Write the demo school of `country` (SE, NO or PL) into the empty `store`.

    `scale` N repeats the history N times, each copy one school year earlier, for performance
    work. All of it is one transaction: a failure leaves the database empty.
    """
    content = content_for(country.upper())
    if int(scale) < 1:
        raise ValueError("The demo scale must be 1 or more.")
    if not store.is_empty():
        raise DemoRefused()
    today = today or dt.date.today()
    with tempfile.TemporaryDirectory(prefix="vidare-demo-") as folder, transaction(store.db):
        builder = _Builder(store, content, today, Path(folder))
        builder.build()
        if scale > 1:
            visitors = frozenset(builder.people[key] for key in shape.VISITORS)
            _Copier(store, today, visitors, content.web).run(int(scale))


# The months a project of each action may start in (the calls' rules, roughly).
_START_MONTHS = {"KA121-SCH": (6, 9), "KA122-SCH": (6, 9, 12), "KA210-SCH": (9, 10, 11, 12),
                 "KA220-SCH": (9, 10, 11, 12)}


def _project_start(action: str, before: dt.date) -> dt.date:
    """The latest first of an allowed month on or before `before`."""
    months = _START_MONTHS.get(action, tuple(range(1, 13)))
    day = before.replace(day=1)
    while day.month not in months:
        day = _add_months(day, -1)
    return day


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    return day.replace(year=day.year + month // 12, month=month % 12 + 1, day=1)


class _Builder:
    """The first generation, through the repositories so that every row is validated."""

    def __init__(self, store: Store, content: Content, today: dt.date, folder: Path):
        self.store, self.content, self.today, self.folder = store, content, today, folder
        self.people: dict[str, str] = {}  # person key → participant id
        self.names: dict[str, str] = {}
        self.projects: list[Project] = []
        self.results: list[list[Result]] = []
        self.mobilities: list[str] = []
        self.stories: list[str] = []

    def day(self, offset: int) -> str:
        return (self.today + dt.timedelta(days=offset)).isoformat()

    def build(self) -> None:
        self._school()
        self._projects()
        self._people()
        self._mobilities()
        self._stories()
        self._actions()
        self._publication()

    def _school(self) -> None:
        c = self.content
        logo = paint_logo(self.folder / "logo.png", _LOGO_COLOURS.get(c.country, (20, 80, 140)))
        data = logo.read_bytes()
        name = f"{hashlib.sha256(data).hexdigest()[:24]}.png"
        self.store.media_dir.mkdir(parents=True, exist_ok=True)
        (self.store.media_dir / name).write_bytes(data)
        self.store.school.save(School(name=c.school, country=c.country, city=c.city, oid=c.oid,
                                      logo=name, default_language=c.language))

    def _projects(self) -> None:
        c = self.content
        year_start, year_end = (dt.date.fromisoformat(d)
                                for d in school_year(self.today, c.country))
        for text, (serial, offset) in zip(c.projects, shape.PROJECTS, strict=True):
            start = min(_project_start(text.action, self.today + dt.timedelta(days=offset)),
                        year_start)
            end = max(_add_months(start, text.months) - dt.timedelta(days=1), year_end)
            project = self.store.projects.save(Project(
                reference=f"{start.year}-1-{c.reference_office}-{text.action}-{serial:09d}",
                title=text.title, action=text.action, start_date=start.isoformat(),
                end_date=end.isoformat(), funding_source="erasmus",
                needs_analysis=text.needs_analysis, objectives=text.objectives,
                management_involvement=text.management_involvement))
            self.projects.append(project)
            for organisation, country, city, role in text.partners:
                self.store.projects.save_partner(Partner(
                    project_id=project.id, organisation=organisation, country=country, city=city,
                    role=role))
            results = []
            for position, r in enumerate(text.results):
                result = self.store.projects.save_result(Result(
                    project_id=project.id, title=r.title, kind=r.kind, description=r.description,
                    open_licence=r.open_licence, message=r.message,
                    sustainability=r.sustainability, indicator=r.indicator,
                    indicator_target=r.indicator_target, evaluation_notes=r.evaluation_notes,
                    position=position))
                for code, priority, representatives in r.groups:
                    self.store.projects.save_target_group(TargetGroup(
                        result_id=result.id, group_code=code, priority=priority,
                        representatives=representatives))
                results.append(result)
            self.results.append(results)

    def _people(self) -> None:
        c = self.content
        for index, (key, name) in enumerate(zip(shape.PEOPLE, c.names, strict=True)):
            person = self.store.people.save(Participant(
                name=name, role=shape.role_of(key),
                fewer_opportunities=key in shape.FEWER_OPPORTUNITIES,
                protected_identity=key == shape.PROTECTED, notes=c.notes.get(key, "")))
            self.people[key], self.names[key] = person.id, name
            scope = shape.CONSENT_SCOPE.get(key)
            if scope is None:
                continue
            pupil = shape.role_of(key) == "pupil"
            given = self.today - dt.timedelta(days=(300 if pupil else 340) - index % 9 * 5)
            expires = ""
            if key in shape.EXPIRES_IN:
                expires = self.day(shape.EXPIRES_IN[key])
            elif pupil:  # until the pupil leaves school
                expires = given.replace(year=given.year + 3, day=min(given.day, 28)).isoformat()
            photo_i, photo_p, photo_o, story_i, story_p, story_o, shown = shape.SCOPES[scope]
            self.store.people.save_consent(Consent(
                participant_id=person.id,
                given_by="guardian" if pupil and key not in shape.ADULT_PUPILS else "person",
                given_on=given.isoformat(), photo_internal=photo_i, photo_public=photo_p,
                photo_online=photo_o, story_internal=story_i, story_public=story_p,
                story_online=story_o, name_display=shown, expires_on=expires,
                withdrawn_on=self.day(-shape.WITHDRAWN_DAYS_AGO) if key == shape.WITHDRAWN
                else ""))

    def _mobilities(self) -> None:
        for slot, text in zip(shape.MOBILITIES, self.content.mobilities, strict=True):
            start = self.today + dt.timedelta(days=slot.start)
            mobility = Mobility(
                project_id=self.projects[slot.project].id, activity_type=slot.activity,
                topic=text.topic, host_organisation=text.host, city=text.city,
                country=text.country, start_date=start.isoformat(),
                end_date=(start + dt.timedelta(days=slot.days - 1)).isoformat(),
                travel_days=slot.travel_days, transport=text.transport,
                transport_description=text.transport_description, status=slot.status,
                learning_outcomes=text.learning_outcomes, passed_on=text.passed_on,
                report_status=slot.report_status)
            warnings = self.store.mobilities.save_with_participants(
                mobility, [(self.people[key], role) for key, role in slot.people])
            if warnings:  # the demo is meant to be a clean example
                raise ValueError(f"Demo mobility {text.topic!r}: {warnings[0].english()}")
            self.mobilities.append(mobility.id)

    def _stories(self) -> None:
        c = self.content
        for index, (slot, text) in enumerate(zip(shape.STORIES, c.stories, strict=True)):
            if len(slot.photos) != len(text.photos):
                raise ValueError(f"Demo story {text.title!r}: photos and captions differ")
            story = self.store.stories.save(Story(
                mobility_id=self.mobilities[slot.mobility], title=text.title,
                text="\n\n".join(text.paragraphs), quote=text.quote, language=c.language,
                benefit_tags=list(text.tags), status=slot.status),
                author_ids=[self.people[key] for key in slot.authors])
            self.stories.append(story.id)
            for number, ((scene, caption), shown) in enumerate(
                    zip(text.photos, slot.photos, strict=True)):
                seed = zlib.crc32(f"{c.country}:{index}:{number}".encode())
                path = paint(scene, len(shown), seed, self.folder / f"{index}-{number}.jpg")
                photo = self.store.stories.add_photo(story.id, path, caption)
                self.store.stories.set_people_in_photo(photo.id,
                                                       [self.people[key] for key in shown])

    def _actions(self) -> None:
        c = self.content
        for slot, text in zip(shape.ACTIONS, c.actions, strict=True):
            done = slot.status == "done"
            results = self.results[slot.project]
            self.store.dissemination.save(DisseminationAction(
                project_id=self.projects[slot.project].id,
                result_id=None if slot.result is None else results[slot.result].id,
                channel=slot.channel, title=text.title, target_group=slot.target_group,
                level=slot.level, quality_part=slot.quality_part, purpose=slot.purpose,
                planned_date=self.day(slot.planned),
                done_date=self.day(slot.done) if done and slot.done is not None else "",
                status=slot.status, people_reached=slot.reached if done else 0,
                responsible=self.names[slot.responsible],
                evidence=f"{c.web}/{text.evidence}" if done and text.evidence else "",
                notes=text.notes))

    def _publication(self) -> None:
        """A corridor poster printed before p9's guardian withdrew consent: a take-down case."""
        shown = {key for index in (3, 6) for key in shape.STORIES[index].authors}
        shown |= {key for key in ("p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "t5")}
        self.store.publications.record(Publication(
            kind="stories_poster", created_on=self.day(-100), language=self.content.language,
            project_id=self.projects[0].id, audience="internal",
            participant_ids=sorted(self.people[key] for key in shown),
            story_ids=[self.stories[3], self.stories[6]]))


# --- Older generations ------------------------------------------------------------------------

# Tables in the order their foreign keys need; the school row is not repeated.
_COPIED = ("project", "partner", "result", "target_group", "participant", "consent", "mobility",
           "mobility_participant", "story", "story_author", "photo", "photo_person",
           "dissemination_action", "action_responsible", "publication")
_REFERENCES = ("project_id", "result_id", "participant_id", "mobility_id", "story_id", "photo_id",
               "action_id")
_DATES = {"project": ("start_date", "end_date"),
          "consent": ("given_on", "expires_on", "withdrawn_on"),
          "mobility": ("start_date", "end_date"),
          "dissemination_action": ("planned_date", "done_date"),
          "publication": ("created_on",)}
_SERIAL_STEP = 10007  # keeps every copy's grant number distinct from all others


def _years_back(value: str, years: int) -> str:
    if not value:
        return value
    year, rest = int(value[:4]) - years, value[4:]
    if rest == "-02-29" and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        rest = "-02-28"
    return f"{year:04d}{rest}"


def _surname_kind(name: str) -> str:
    """Polish surnames agree with the first name (Kowalska, Kowalski): swap only like for like."""
    last = name.rsplit(" ", 1)[-1]
    if last.endswith(("ska", "cka", "dzka")):
        return "f"
    return "m" if last.endswith(("ski", "cki", "dzki")) else ""


def _renamed(people: list[dict[str, Any]], generation: int,
             visitors: frozenset[str]) -> dict[str, str]:
    """New names for a generation: first names kept, surnames rotated among like people."""
    groups: dict[tuple[str, str, bool], list[dict[str, Any]]] = {}
    for person in people:
        key = (person["role"], _surname_kind(person["name"]), person["id"] in visitors)
        groups.setdefault(key, []).append(person)
    names: dict[str, str] = {}
    for group in groups.values():
        for index, person in enumerate(group):
            first = person["name"].rsplit(" ", 1)[0]
            last = group[(index + generation) % len(group)]["name"].rsplit(" ", 1)[-1]
            names[person["id"]] = f"{first} {last}"
    return names


class _Copier:
    """Older generations: the first one copied, each copy a school year further back.

    Rows are read once, given new ids, dates and names, and written in one batch per table
    (the caller's transaction holds them all); the search tables follow by trigger.
    """

    def __init__(self, store: Store, today: dt.date, visitors: frozenset[str], web: str):
        self.db = store.db
        self.on = today.isoformat()
        self.visitors = visitors  # people from abroad: their names are not mixed with ours
        self.web = web
        self.original = {table: list(self.db.query(f"SELECT * FROM {table}"))
                         for table in _COPIED}

    def run(self, scale: int) -> None:
        batches: dict[str, list[dict[str, Any]]] = {table: [] for table in _COPIED}
        for generation in range(1, scale):
            stamp, ids = now(), _Ids()
            names = _renamed(self.original["participant"], generation, self.visitors)
            by_name = {p["name"]: names[p["id"]] for p in self.original["participant"]}
            for table in _COPIED:
                for source in self.original[table]:
                    row = dict(source)
                    row.update(id=ids[source["id"]], created_at=stamp, updated_at=stamp)
                    for column in _REFERENCES:
                        if row.get(column):
                            row[column] = ids[row[column]]
                    for column in _DATES.get(table, ()):
                        row[column] = _years_back(row[column], generation)
                    self._age(table, row, generation, names.get(source["id"], ""), by_name, ids)
                    batches[table].append(row)
        for table in _COPIED:
            self.db.table(table).insert_all(batches[table], batch_size=500)

    def _age(self, table: str, row: dict[str, Any], generation: int, name: str,
             by_name: dict[str, str], ids: _Ids) -> None:
        """What changes in a copy beyond ids and dates: names, grant numbers, plans now past."""
        if table == "project":
            parts = row["reference"].split("-")
            parts[0] = str(int(parts[0]) - generation)
            parts[-1] = f"{int(parts[-1]) + generation * _SERIAL_STEP:09d}"
            row["reference"] = "-".join(parts)
        elif table == "participant":
            row["name"] = name
        elif table == "mobility" and row["status"] == "planned" and row["end_date"] < self.on:
            row["status"], row["report_status"] = "done", "submitted"
        elif table == "dissemination_action":
            row["responsible"] = by_name.get(row["responsible"], row["responsible"])
            if row["status"] == "planned" and row["planned_date"] < self.on:
                row.update(status="done", done_date=row["planned_date"], people_reached=30,
                           evidence=row["evidence"] or f"{self.web}/erasmus")
        elif table == "publication":
            for column in ("participant_ids", "story_ids"):
                row[column] = json.dumps([ids[i] for i in json.loads(row[column])])


class _Ids(dict[str, str]):
    """Old id → new id, made on first use."""

    def __missing__(self, old: str) -> str:
        new = self[old] = new_id()
        return new
