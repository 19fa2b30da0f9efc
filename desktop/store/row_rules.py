"""The rules every row must pass, whoever brings it: the window's editors or an archive.

The repositories check a record with `problems_of(table, record)` before saving it; an
archive import checks each incoming row with the same function, after `check_values`
has checked each value's type and form. Messages are English source, context
"Validation".
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from desktop.domain import catalogues as cat
from desktop.domain import models
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.domain.validation import (
    Problem,
    check_texts,
    code_problems,
    country_problems,
    errors_only,
    validate_action,
    validate_consent,
    validate_mobility,
    validate_project,
    validate_story,
)
from desktop.store.media import is_media_name, name_hash

RECORDS: dict[str, type[models.Record]] = {
    "school": models.School, "project": models.Project, "partner": models.Partner,
    "result": models.Result, "target_group": models.TargetGroup,
    "participant": models.Participant, "consent": models.Consent,
    "mobility": models.Mobility, "mobility_participant": models.MobilityParticipant,
    "story": models.Story, "story_author": models.StoryAuthor, "photo": models.Photo,
    "photo_person": models.PhotoPerson, "dissemination_action": models.DisseminationAction,
    "publication": models.Publication,
}

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")
_CODE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_HEX = re.compile(r"^[0-9a-f]{24,64}$")
FUTURE_GRACE = dt.timedelta(days=1)  # clocks of two laptops may differ by some hours

ENTER_NAME = QT_TRANSLATE_NOOP("Validation", "Enter a name.")
ENTER_TITLE = QT_TRANSLATE_NOOP("Validation", "Enter a title.")
NOT_A_CHOICE = QT_TRANSLATE_NOOP("Validation", "“%1” is not one of the choices.")
BAD_ID = QT_TRANSLATE_NOOP("Validation", "“%1” is not a record id.")
BAD_TIME = QT_TRANSLATE_NOOP("Validation", "“%1” is not a time.")
FUTURE_TIME = QT_TRANSLATE_NOOP("Validation", "The time %1 lies in the future.")
BAD_FILE = QT_TRANSLATE_NOOP("Validation", "“%1” is not a file of the media folder.")
BAD_LIST = QT_TRANSLATE_NOOP("Validation", "This is not a list of records.")
BAD_NUMBER = QT_TRANSLATE_NOOP("Validation", "This is not a whole number in range.")


def is_id(value: object) -> bool:
    return isinstance(value, str) and _ID.match(value) is not None


def parse_time(value: object) -> dt.datetime | None:
    """A stored UTC timestamp (`2026-03-02T10:15:00.000000Z`), or None."""
    if not isinstance(value, str) or not 10 <= len(value) <= 40:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def time_problems(field: str, value: object, now: dt.datetime | None = None) -> list[Problem]:
    moment = parse_time(value)
    if moment is None:
        return [Problem(field, BAD_TIME, (str(value)[:40],))]
    if moment > (now or dt.datetime.now(dt.timezone.utc)) + FUTURE_GRACE:
        return [Problem(field, FUTURE_TIME, (str(value)[:40],))]
    return []


def _required(problems: list[Problem], field: str, value: str, message: str) -> None:
    if not value.strip():
        problems.append(Problem(field, message))


def _media(problems: list[Problem], field: str, value: str, allow_text: bool = False) -> None:
    if not value or is_media_name(value):
        return
    if allow_text and "/" not in value.replace("://", "") and "\\" not in value:
        return
    if allow_text and value.lower().startswith(("http://", "https://", "www.")):
        return
    problems.append(Problem(field, BAD_FILE, (value[:40],)))


def _flag(problems: list[Problem], record: object, *fields: str) -> None:
    for name in fields:
        if getattr(record, name) not in (True, False, 0, 1):
            problems.append(Problem(name, BAD_NUMBER))


def school_problems(school: models.School) -> list[Problem]:
    problems = check_texts(school)
    _required(problems, "name", school.name, ENTER_NAME)
    problems += country_problems("country", school.country)
    if school.default_language not in cat.LANGUAGES:
        problems.append(Problem("default_language", NOT_A_CHOICE,
                                (str(school.default_language)[:40],)))
    _media(problems, "logo", school.logo)
    _media(problems, "fers_artwork", school.fers_artwork)
    month = school.school_year_start_month
    if month is not None and (not isinstance(month, int) or isinstance(month, bool)
                              or not 1 <= month <= 12):
        problems.append(Problem("school_year_start_month", BAD_NUMBER))
    return problems


def partner_problems(partner: models.Partner) -> list[Problem]:
    problems = check_texts(partner, lines=("organisation", "city"))
    _required(problems, "organisation", partner.organisation, ENTER_NAME)
    problems += country_problems("country", partner.country)
    problems += code_problems("role", partner.role, cat.PARTNER_ROLES)
    return problems


def result_problems(result: models.Result) -> list[Problem]:
    problems = check_texts(result)
    _required(problems, "title", result.title, ENTER_TITLE)
    problems += code_problems("kind", result.kind, cat.RESULT_KINDS)
    if not isinstance(result.position, int) or not 0 <= result.position <= 10_000:
        problems.append(Problem("position", BAD_NUMBER))
    return problems


def target_group_problems(group: models.TargetGroup) -> list[Problem]:
    problems = check_texts(group)
    problems += code_problems("group_code", group.group_code, cat.TARGET_GROUPS)
    problems += code_problems("priority", group.priority, cat.TARGET_PRIORITIES)
    return problems


def participant_problems(person: models.Participant) -> list[Problem]:
    problems = check_texts(person)
    _required(problems, "name", person.name, ENTER_NAME)
    problems += code_problems("role", person.role, cat.PARTICIPANT_ROLES)
    _flag(problems, person, "fewer_opportunities", "protected_identity")
    return problems


def consent_problems(consent: models.Consent) -> list[Problem]:
    problems = validate_consent(consent)
    _flag(problems, consent, "photo_internal", "photo_public", "photo_online",
          "story_internal", "story_public", "story_online")
    _media(problems, "form_file", consent.form_file)
    return problems


def link_problems(link: models.Record) -> list[Problem]:
    problems = check_texts(link)
    if isinstance(link, models.MobilityParticipant):
        problems += code_problems("role", link.role, cat.MOBILITY_ROLES)
    return problems


def photo_problems(photo: models.Photo) -> list[Problem]:
    problems = check_texts(photo)
    if not is_media_name(photo.file):
        problems.append(Problem("file", BAD_FILE, (str(photo.file)[:40],)))
    for name in ("width", "height"):
        value = getattr(photo, name)
        if not isinstance(value, int) or not 0 < value <= 100_000:
            problems.append(Problem(name, BAD_NUMBER))
    if not isinstance(photo.sha256, str) or not _HEX.match(photo.sha256) \
            or (is_media_name(photo.file) and not photo.sha256.startswith(name_hash(photo.file))):
        problems.append(Problem("sha256", BAD_FILE, (str(photo.sha256)[:40],)))
    return problems


def action_problems(action: models.DisseminationAction) -> list[Problem]:
    problems = validate_action(action)
    _media(problems, "evidence", action.evidence, allow_text=True)
    return problems


def publication_problems(publication: models.Publication) -> list[Problem]:
    problems = check_texts(publication)
    if not isinstance(publication.kind, str) or not _CODE.match(publication.kind):
        problems.append(Problem("kind", NOT_A_CHOICE, (str(publication.kind)[:40],)))
    if publication.language not in cat.LANGUAGES:
        problems.append(Problem("language", NOT_A_CHOICE, (str(publication.language)[:40],)))
    if publication.audience not in ("internal", "public"):
        problems.append(Problem("audience", NOT_A_CHOICE, (str(publication.audience)[:40],)))
    for name in ("participant_ids", "story_ids"):
        value = getattr(publication, name)
        if not isinstance(value, list) or not all(is_id(v) for v in value):
            problems.append(Problem(name, BAD_LIST))
    return problems


def story_problems(story: models.Story) -> list[Problem]:
    if not isinstance(story.benefit_tags, list) \
            or not all(isinstance(t, str) for t in story.benefit_tags):
        return [Problem("benefit_tags", BAD_LIST)]
    return validate_story(story)


_RULES: dict[str, Any] = {
    "school": school_problems, "project": validate_project, "partner": partner_problems,
    "result": result_problems, "target_group": target_group_problems,
    "participant": participant_problems, "consent": consent_problems,
    "mobility": lambda m: validate_mobility(m), "mobility_participant": link_problems,
    "story": story_problems, "story_author": link_problems, "photo": photo_problems,
    "photo_person": link_problems, "dissemination_action": action_problems,
    "publication": publication_problems,
}

# The columns holding another record's id (checked to be ids; None where allowed).
ID_COLUMNS = {
    "partner": ("project_id",), "result": ("project_id",), "target_group": ("result_id",),
    "consent": ("participant_id",), "mobility": ("project_id",),
    "mobility_participant": ("mobility_id", "participant_id"), "story": ("mobility_id",),
    "story_author": ("story_id", "participant_id"), "photo": ("story_id",),
    "photo_person": ("photo_id", "participant_id"),
    "dissemination_action": ("project_id", "result_id"), "publication": ("project_id",),
    "action_responsible": ("action_id", "participant_id"),
}
NULLABLE_IDS = {("story", "mobility_id"), ("photo", "story_id"),
                ("dissemination_action", "result_id"), ("publication", "project_id")}


def problems_of(table: str, record: models.Record) -> list[Problem]:
    """The errors (never the warnings) of a record of `table`."""
    rule = _RULES.get(table)
    return errors_only(rule(record)) if rule is not None else []


def to_record(table: str, row: dict[str, Any]) -> models.Record:
    """A row read from a database as its record (JSON lists parsed; bad JSON left as text,
    so that the rules name it)."""
    cls = RECORDS[table]
    values: dict[str, Any] = {}
    for name in cls.__dataclass_fields__:
        if name not in row:
            continue
        value = row[name]
        if name in ("benefit_tags", "participant_ids", "story_ids") and isinstance(value, str):
            try:
                value = json.loads(value or "[]")
            except ValueError:
                pass
        values[name] = value
    return cls(**values)


def row_problems(table: str, row: dict[str, Any], now: dt.datetime | None = None
                 ) -> list[Problem]:
    """Everything wrong with one stored row: its id, times, links and the record's rules."""
    problems: list[Problem] = []
    if not is_id(row.get("id")):
        problems.append(Problem("id", BAD_ID, (str(row.get("id"))[:40],)))
    for name in ("created_at", "updated_at"):
        problems += time_problems(name, row.get(name), now)
    for name in ID_COLUMNS.get(table, ()):
        value = row.get(name)
        if value is None and (table, name) in NULLABLE_IDS:
            continue
        if not is_id(value):
            problems.append(Problem(name, BAD_ID, (str(value)[:40],)))
    if table in RECORDS:
        problems += problems_of(table, to_record(table, row))
    return problems
