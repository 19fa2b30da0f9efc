"""Validation rules: each failure names its field and carries a translatable message.

Messages are English source text in context "Validation" with Qt placeholders (%1, %2);
the interface and the command line translate them. A `Problem` with `warning=True`
informs but does not stop a save.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from desktop.domain import catalogues as cat
from desktop.domain.models import Consent, DisseminationAction, Mobility, Project, Story
from desktop.domain.text import QT_TRANSLATE_NOOP

TEXT_MAX = 20_000  # any free text: a story is long, a novel is not
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f]")  # control characters but tab and line feed
LINE_MAX = 500  # a title, a name, a place


@dataclass(frozen=True)
class Problem:
    field: str
    message: str  # English source, context "Validation"
    params: tuple[str, ...] = ()
    warning: bool = False
    count: int = -1  # for a message with %n: the number that chooses its plural form

    def english(self) -> str:
        return fill(self.message, self.params).replace("%n", str(self.count))


def fill(message: str, params: Iterable[str]) -> str:
    """Put parameters into %1, %2… (highest number first, so %1 does not eat %10)."""
    values = list(params)
    for number in range(len(values), 0, -1):
        message = message.replace(f"%{number}", str(values[number - 1]))
    return message


class ValidationError(Exception):
    """Raised by the store when a record breaks a rule; nothing has been saved."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(p.english() for p in problems))

    @property
    def field(self) -> str:
        return self.problems[0].field


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    from babel import Locale

    names = (str(code) for code in Locale("en").territories)
    # Babel also names groupings and placeholders with two letters: not countries.
    groupings = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}
    return frozenset(c for c in names if len(c) == 2 and c.isalpha() and c not in groupings)


def parse_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def _date(problems: list[Problem], field: str, value: str, required: bool = False) -> None:
    if not value:
        if required:
            problems.append(Problem(field, QT_TRANSLATE_NOOP("Validation", "Enter a date.")))
        return
    if len(value) != 10 or parse_date(value) is None:
        problems.append(Problem(field, QT_TRANSLATE_NOOP(
            "Validation", "“%1” is not a date; write it as YYYY-MM-DD."), (value[:40],)))


def _period(problems: list[Problem], start: str, end: str) -> None:
    _date(problems, "start_date", start, required=True)
    _date(problems, "end_date", end, required=True)
    s, e = parse_date(start), parse_date(end)
    if s and e and e < s:
        problems.append(Problem("end_date", QT_TRANSLATE_NOOP(
            "Validation", "The end date is before the start date.")))


def _project(problems: list[Problem], project_id: str | None) -> None:
    if not project_id:
        problems.append(Problem("project_id", QT_TRANSLATE_NOOP(
            "Validation", "Choose a project (record it on the Projects page first).")))


def _country(problems: list[Problem], field: str, code: str, required: bool = True) -> None:
    if not code and not required:
        return
    if code not in country_codes():
        problems.append(Problem(field, QT_TRANSLATE_NOOP(
            "Validation", "“%1” is not a known country."), (code[:40],)))


def _code(problems: list[Problem], field: str, value: str | None,
          catalogue: tuple[cat.Entry, ...], required: bool = True) -> None:
    if not value and not required:
        return
    if cat.find(catalogue, value) is None:
        problems.append(Problem(field, QT_TRANSLATE_NOOP(
            "Validation", "“%1” is not one of the choices."), (str(value)[:40],)))


def check_texts(record: object, lines: Iterable[str] = ("title", "name")) -> list[Problem]:
    """Every text field: no control characters, no absurd length."""
    problems: list[Problem] = []
    for name, value in vars(record).items():
        if not isinstance(value, str):
            continue
        limit = LINE_MAX if name in lines else TEXT_MAX
        if len(value) > limit:
            problems.append(Problem(name, QT_TRANSLATE_NOOP(
                "Validation", "This text is too long (at most %1 characters)."), (str(limit),)))
        elif _CONTROL.search(value):
            problems.append(Problem(name, QT_TRANSLATE_NOOP(
                "Validation", "This text contains invisible control characters.")))
    return problems


def validate_project(project: Project) -> list[Problem]:
    problems = check_texts(project)
    if not project.title.strip():
        problems.append(Problem("title", QT_TRANSLATE_NOOP("Validation", "Enter a title.")))
    _code(problems, "action", project.action, cat.PROJECT_ACTIONS)
    _code(problems, "funding_source", project.funding_source, cat.FUNDING_SOURCES)
    _period(problems, project.start_date, project.end_date)
    return problems


def whole_number(value: object) -> int | None:
    """An int from a form field or a row, or None when it is not a whole number."""
    if isinstance(value, bool):
        return None
    try:
        return int(str(value).strip() or 0)
    except ValueError:
        return None


def duration_days(start: str, end: str) -> int | None:
    s, e = parse_date(start), parse_date(end)
    if s is None or e is None:
        return None
    return (e - s).days + 1


def validate_mobility(mobility: Mobility, participant_roles: Iterable[str] = (),
                      check_pupils: bool = False) -> list[Problem]:
    """`participant_roles`: the role (teacher/other_staff/pupil) of each person on the trip.

    `check_pupils` asks for the pupil rule; the store sets it when saving the list of
    participants, so that a trip can be recorded before its people are chosen.
    """
    problems = check_texts(mobility, lines=("topic", "host_organisation", "city"))
    _code(problems, "activity_type", mobility.activity_type, cat.ACTIVITY_TYPES)
    _code(problems, "status", mobility.status, cat.MOBILITY_STATUSES)
    _code(problems, "report_status", mobility.report_status, cat.REPORT_STATUSES)
    _code(problems, "transport", mobility.transport, cat.TRANSPORTS, required=False)
    _project(problems, mobility.project_id)
    _country(problems, "country", mobility.country)
    _period(problems, mobility.start_date, mobility.end_date)
    travel_days = whole_number(mobility.travel_days)
    if travel_days is None or not 0 <= travel_days <= 14:
        problems.append(Problem("travel_days", QT_TRANSLATE_NOOP(
            "Validation", "Travel days must be between 0 and 14.")))
    transport = cat.find(cat.TRANSPORTS, mobility.transport)
    if isinstance(transport, cat.Transport) and transport.needs_description:
        if not mobility.transport_description.strip():
            problems.append(Problem("transport_description", QT_TRANSLATE_NOOP(
                "Validation", "Describe the sustainable means of transport.")))
        elif len(mobility.transport_description) > cat.GREEN_DESCRIPTION_MAX:
            problems.append(Problem("transport_description", QT_TRANSLATE_NOOP(
                "Validation", "The description may be at most %1 characters."),
                (str(cat.GREEN_DESCRIPTION_MAX),)))
    activity = cat.find(cat.ACTIVITY_TYPES, mobility.activity_type)
    if isinstance(activity, cat.ActivityType):
        if check_pupils and activity.pupils and "pupil" not in set(participant_roles):
            # A warning, not a refusal: pupils are often known only after the trip is planned.
            problems.append(Problem("participants", QT_TRANSLATE_NOOP(
                "Validation", "No pupils on this pupil mobility yet: add them when you know "
                "who goes."), warning=True))
        days = duration_days(mobility.start_date, mobility.end_date)
        if days is not None and days > 0 and not activity.min_days <= days <= activity.max_days:
            problems.append(Problem("end_date", QT_TRANSLATE_NOOP(
                "Validation", "This trip lasts %n day(s), outside the usual %1–%2 days for "
                "this activity."), (str(activity.min_days), str(activity.max_days)),
                warning=True, count=days))
    return problems


def validate_story(story: Story) -> list[Problem]:
    problems = check_texts(story)
    if not story.title.strip():
        problems.append(Problem("title", QT_TRANSLATE_NOOP("Validation", "Enter a title.")))
    if len(story.quote) > cat.STORY_QUOTE_MAX:
        problems.append(Problem("quote", QT_TRANSLATE_NOOP(
            "Validation", "The quote is %1 characters long; a poster has room for %2."),
            (str(len(story.quote)), str(cat.STORY_QUOTE_MAX))))
    if story.language not in cat.LANGUAGES:
        problems.append(Problem("language", QT_TRANSLATE_NOOP(
            "Validation", "“%1” is not one of the choices."), (story.language[:40],)))
    _code(problems, "status", story.status, cat.STORY_STATUSES)
    for tag in story.benefit_tags:
        _code(problems, "benefit_tags", tag, cat.BENEFIT_TAGS)
    return problems


def validate_consent(consent: Consent) -> list[Problem]:
    problems = check_texts(consent)
    _code(problems, "given_by", consent.given_by, cat.CONSENT_GIVERS)
    _code(problems, "name_display", consent.name_display, cat.NAME_DISPLAYS)
    # The date matters once a use is allowed: it is asked for when a box is ticked.
    _date(problems, "given_on", consent.given_on, required=any_use(consent))
    _date(problems, "expires_on", consent.expires_on)
    _date(problems, "withdrawn_on", consent.withdrawn_on)
    if consent.expires_on and consent.given_on and consent.expires_on < consent.given_on:
        problems.append(Problem("expires_on", QT_TRANSLATE_NOOP(
            "Validation", "The consent expires before it was given.")))
    return problems


def any_use(consent: Consent) -> bool:
    """True when the consent allows anything at all (a photo or a story, for any use)."""
    return any(getattr(consent, f"{kind.code}_{use.code}")
               for kind in cat.CONSENT_KINDS for use in cat.CONSENT_USES)


def validate_action(action: DisseminationAction) -> list[Problem]:
    problems = check_texts(action)
    if not action.title.strip():
        problems.append(Problem("title", QT_TRANSLATE_NOOP("Validation", "Enter a title.")))
    _code(problems, "channel", action.channel, cat.CHANNELS)
    _code(problems, "target_group", action.target_group, cat.TARGET_GROUPS)
    _code(problems, "level", action.level, cat.LEVELS)
    _code(problems, "quality_part", action.quality_part, cat.QUALITY_PARTS, required=False)
    _project(problems, action.project_id)
    _code(problems, "purpose", action.purpose, cat.PURPOSES)
    _code(problems, "status", action.status, cat.ACTION_STATUSES)
    _date(problems, "planned_date", action.planned_date)
    _date(problems, "done_date", action.done_date)
    if action.status == "done" and not action.done_date:
        problems.append(Problem("done_date", QT_TRANSLATE_NOOP(
            "Validation", "Enter the date the action was done.")))
    reached = whole_number(action.people_reached)
    if reached is None or not 0 <= reached <= 10_000_000:
        problems.append(Problem("people_reached", QT_TRANSLATE_NOOP(
            "Validation", "Enter the number of people reached (0 or more).")))
    return problems


def country_problems(field: str, code: str, required: bool = True) -> list[Problem]:
    problems: list[Problem] = []
    _country(problems, field, code, required)
    return problems


def code_problems(field: str, value: str, catalogue: tuple[cat.Entry, ...]) -> list[Problem]:
    problems: list[Problem] = []
    _code(problems, field, value, catalogue)
    return problems


def errors_only(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if not p.warning]
