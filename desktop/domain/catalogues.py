"""Catalogues with stable codes: what the database stores, and the English words shown for them.

Codes never change once released (databases and archives hold them); labels are the
English source text, translated in context "Catalogue".
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Entry:
    code: str
    label: str


@dataclass(frozen=True)
class ActivityType(Entry):
    min_days: int
    max_days: int
    pupils: bool  # a pupil mobility must have at least one pupil participant
    incoming: bool = False  # people come TO the school: not a trip abroad


@dataclass(frozen=True)
class Transport(Entry):
    green: bool
    needs_description: bool = False


def codes(catalogue: tuple[Entry, ...]) -> tuple[str, ...]:
    return tuple(entry.code for entry in catalogue)


def find(catalogue: tuple[Entry, ...], code: str | None) -> Entry | None:
    for entry in catalogue:
        if entry.code == code:
            return entry
    return None


# Beneficiary Module activity codes; durations in days without travel, as in the
# Programme Guide's school mobility rules (a duration outside is a warning, not a refusal).
ACTIVITY_TYPES: tuple[ActivityType, ...] = (
    ActivityType("LM-GRP-PUPIL", QT_TRANSLATE_NOOP("Catalogue", "Group mobility of pupils"),
                 2, 30, True),
    ActivityType("LM-SHORT-PUPIL",
                 QT_TRANSLATE_NOOP("Catalogue", "Short-term learning mobility of pupils"),
                 10, 29, True),
    ActivityType("LM-LONG-PUPILS",
                 QT_TRANSLATE_NOOP("Catalogue", "Long-term learning mobility of pupils"),
                 30, 365, True),
    ActivityType("SM-JOB-SHDW", QT_TRANSLATE_NOOP("Catalogue", "Job shadowing"), 2, 60, False),
    ActivityType("SM-TTA", QT_TRANSLATE_NOOP("Catalogue", "Teaching assignment"), 2, 365, False),
    ActivityType("SM-COUR-TRAIN", QT_TRANSLATE_NOOP("Catalogue", "Course or training"),
                 2, 30, False),
    ActivityType("OA-INV-EXP", QT_TRANSLATE_NOOP("Catalogue", "Invited expert"), 2, 60, False,
                 incoming=True),
    ActivityType("OA-HOS-TTT",
                 QT_TRANSLATE_NOOP("Catalogue", "Hosting teachers and educators in training"),
                 10, 365, False, incoming=True),
    ActivityType("PREP-VISIT", QT_TRANSLATE_NOOP("Catalogue", "Preparatory visit"), 1, 7, False),
)

# Activities that bring people to the school: never counted as trips or days abroad.
INCOMING = tuple(t.code for t in ACTIVITY_TYPES if t.incoming)

PARTICIPANT_ROLES: tuple[Entry, ...] = (
    Entry("teacher", QT_TRANSLATE_NOOP("Catalogue", "Teacher")),
    Entry("other_staff", QT_TRANSLATE_NOOP("Catalogue", "Other staff")),
    Entry("pupil", QT_TRANSLATE_NOOP("Catalogue", "Pupil")),
)

MOBILITY_ROLES: tuple[Entry, ...] = (
    Entry("participant", QT_TRANSLATE_NOOP("Catalogue", "Participant")),
    Entry("accompanying", QT_TRANSLATE_NOOP("Catalogue", "Accompanying person")),
    Entry("lead_accompanying", QT_TRANSLATE_NOOP("Catalogue", "Lead accompanying person")),
)

MOBILITY_STATUSES: tuple[Entry, ...] = (
    Entry("planned", QT_TRANSLATE_NOOP("Catalogue", "Planned")),
    Entry("done", QT_TRANSLATE_NOOP("Catalogue", "Done")),
    Entry("cancelled", QT_TRANSLATE_NOOP("Catalogue", "Cancelled")),
)

REPORT_STATUSES: tuple[Entry, ...] = (
    Entry("not_sent", QT_TRANSLATE_NOOP("Catalogue", "Not sent")),
    Entry("sent", QT_TRANSLATE_NOOP("Catalogue", "Sent")),
    Entry("submitted", QT_TRANSLATE_NOOP("Catalogue", "Submitted")),
)

TRANSPORTS: tuple[Transport, ...] = (
    Transport("train", QT_TRANSLATE_NOOP("Catalogue", "Train"), True),
    Transport("bus", QT_TRANSLATE_NOOP("Catalogue", "Bus or coach"), True),
    Transport("car_shared", QT_TRANSLATE_NOOP("Catalogue", "Shared car"), True),
    Transport("bicycle", QT_TRANSLATE_NOOP("Catalogue", "Bicycle or on foot"), True),
    Transport("other_green", QT_TRANSLATE_NOOP("Catalogue", "Other sustainable means"), True,
              needs_description=True),
    Transport("ferry", QT_TRANSLATE_NOOP("Catalogue", "Ferry"), False),
    Transport("car", QT_TRANSLATE_NOOP("Catalogue", "Car"), False),
    Transport("plane", QT_TRANSLATE_NOOP("Catalogue", "Plane"), False),
)
GREEN_DESCRIPTION_MAX = 300

CHANNELS: tuple[Entry, ...] = (
    Entry("blog", QT_TRANSLATE_NOOP("Catalogue", "Blog")),
    Entry("film", QT_TRANSLATE_NOOP("Catalogue", "Film")),
    Entry("local_press", QT_TRANSLATE_NOOP("Catalogue", "Local press")),
    Entry("specialist_press", QT_TRANSLATE_NOOP("Catalogue", "Specialist press or report")),
    Entry("seminar", QT_TRANSLATE_NOOP("Catalogue", "Seminar or meeting")),
    Entry("staff_meeting", QT_TRANSLATE_NOOP("Catalogue", "Staff meeting")),
    Entry("workshop", QT_TRANSLATE_NOOP("Catalogue", "Workshop")),
    Entry("exhibition", QT_TRANSLATE_NOOP("Catalogue", "Exhibition")),
    Entry("website", QT_TRANSLATE_NOOP("Catalogue", "Website")),
    Entry("social_media", QT_TRANSLATE_NOOP("Catalogue", "Social media")),
    Entry("open_event", QT_TRANSLATE_NOOP("Catalogue", "Open event")),
    Entry("parents_meeting", QT_TRANSLATE_NOOP("Catalogue", "Parents' meeting")),
    Entry("visit", QT_TRANSLATE_NOOP("Catalogue",
                                     "Visit to or from another school or municipality")),
    Entry("networks", QT_TRANSLATE_NOOP("Catalogue", "Networks")),
    Entry("results_platform", QT_TRANSLATE_NOOP("Catalogue", "Project Results Platform")),
    Entry("etwinning", QT_TRANSLATE_NOOP("Catalogue", "eTwinning")),
    Entry("school_poster", QT_TRANSLATE_NOOP("Catalogue", "Poster in school")),
    Entry("other", QT_TRANSLATE_NOOP("Catalogue", "Other")),
)

TARGET_GROUPS: tuple[Entry, ...] = (
    Entry("pupils", QT_TRANSLATE_NOOP("Catalogue", "Pupils")),
    Entry("parents", QT_TRANSLATE_NOOP("Catalogue", "Parents and guardians")),
    Entry("own_staff", QT_TRANSLATE_NOOP("Catalogue", "Colleagues at our school")),
    Entry("other_schools", QT_TRANSLATE_NOOP("Catalogue", "Teachers at other schools")),
    Entry("school_leaders", QT_TRANSLATE_NOOP("Catalogue", "School leaders")),
    Entry("school_owner", QT_TRANSLATE_NOOP("Catalogue", "Municipality or school owner")),
    Entry("policy_makers", QT_TRANSLATE_NOOP("Catalogue", "Policy makers")),
    Entry("local_community", QT_TRANSLATE_NOOP("Catalogue", "Local community")),
    Entry("media", QT_TRANSLATE_NOOP("Catalogue", "Media")),
    Entry("partners", QT_TRANSLATE_NOOP("Catalogue", "Partner organisations")),
    Entry("teacher_education", QT_TRANSLATE_NOOP("Catalogue", "Teacher education")),
    Entry("other", QT_TRANSLATE_NOOP("Catalogue", "Other")),
)

TARGET_PRIORITIES: tuple[Entry, ...] = (
    Entry("primary", QT_TRANSLATE_NOOP("Catalogue", "Primary")),
    Entry("secondary", QT_TRANSLATE_NOOP("Catalogue", "Secondary")),
)

LEVELS: tuple[Entry, ...] = (
    Entry("local", QT_TRANSLATE_NOOP("Catalogue", "Local")),
    Entry("regional", QT_TRANSLATE_NOOP("Catalogue", "Regional")),
    Entry("national", QT_TRANSLATE_NOOP("Catalogue", "National")),
    Entry("european", QT_TRANSLATE_NOOP("Catalogue", "European")),
)

QUALITY_PARTS: tuple[Entry, ...] = (
    Entry("within_school", QT_TRANSLATE_NOOP("Catalogue", "Sharing within the school")),
    Entry("others_public",
          QT_TRANSLATE_NOOP("Catalogue", "Sharing with other organisations and the public")),
    Entry("eu_funding", QT_TRANSLATE_NOOP("Catalogue", "Acknowledging EU funding")),
)

PURPOSES: tuple[Entry, ...] = (
    Entry("spread_knowledge", QT_TRANSLATE_NOOP("Catalogue", "Spread knowledge")),
    Entry("widen_influence", QT_TRANSLATE_NOOP("Catalogue", "Widen the school's influence")),
    Entry("influence_policy", QT_TRANSLATE_NOOP("Catalogue", "Influence policy and practice")),
    Entry("build_partnerships", QT_TRANSLATE_NOOP("Catalogue", "Build partnerships")),
    Entry("raise_profile", QT_TRANSLATE_NOOP("Catalogue", "Raise the school's profile")),
)

ACTION_STATUSES: tuple[Entry, ...] = (
    Entry("planned", QT_TRANSLATE_NOOP("Catalogue", "Planned")),
    Entry("done", QT_TRANSLATE_NOOP("Catalogue", "Done")),
    Entry("cancelled", QT_TRANSLATE_NOOP("Catalogue", "Cancelled")),
)

BENEFIT_TAGS: tuple[Entry, ...] = (
    Entry("pedagogical_ideas", QT_TRANSLATE_NOOP("Catalogue", "New pedagogical ideas")),
    Entry("international_competence", QT_TRANSLATE_NOOP("Catalogue", "International competence")),
    Entry("motivation", QT_TRANSLATE_NOOP("Catalogue", "Motivation")),
    Entry("subject_knowledge", QT_TRANSLATE_NOOP("Catalogue", "Subject knowledge")),
    Entry("intercultural_skills", QT_TRANSLATE_NOOP("Catalogue", "Intercultural skills")),
    Entry("language_skills", QT_TRANSLATE_NOOP("Catalogue", "Language skills")),
    Entry("networks", QT_TRANSLATE_NOOP("Catalogue", "Professional networks")),
    Entry("self_confidence", QT_TRANSLATE_NOOP("Catalogue", "Self-confidence")),
)

RESULT_KINDS: tuple[Entry, ...] = (
    Entry("tangible", QT_TRANSLATE_NOOP("Catalogue", "Tangible")),
    Entry("intangible", QT_TRANSLATE_NOOP("Catalogue", "Intangible")),
)

PROJECT_ACTIONS: tuple[Entry, ...] = (
    Entry("KA121-SCH", QT_TRANSLATE_NOOP("Catalogue", "KA121-SCH Accredited mobility")),
    Entry("KA122-SCH", QT_TRANSLATE_NOOP("Catalogue", "KA122-SCH Short-term mobility project")),
    Entry("KA210-SCH", QT_TRANSLATE_NOOP("Catalogue", "KA210-SCH Small-scale partnership")),
    Entry("KA220-SCH", QT_TRANSLATE_NOOP("Catalogue", "KA220-SCH Cooperation partnership")),
    Entry("ETWINNING", QT_TRANSLATE_NOOP("Catalogue", "eTwinning project")),
    Entry("OTHER", QT_TRANSLATE_NOOP("Catalogue", "Other project")),
)

FUNDING_SOURCES: tuple[Entry, ...] = (
    Entry("erasmus", QT_TRANSLATE_NOOP("Catalogue", "Erasmus+")),
    Entry("fers", QT_TRANSLATE_NOOP("Catalogue", "FERS on Erasmus+ rules (Poland)")),
    Entry("other", QT_TRANSLATE_NOOP("Catalogue", "Other funding")),
)

PARTNER_ROLES: tuple[Entry, ...] = (
    Entry("coordinator", QT_TRANSLATE_NOOP("Catalogue", "Coordinator")),
    Entry("partner", QT_TRANSLATE_NOOP("Catalogue", "Partner")),
    Entry("host", QT_TRANSLATE_NOOP("Catalogue", "Host organisation")),
)

CONSENT_GIVERS: tuple[Entry, ...] = (
    Entry("person", QT_TRANSLATE_NOOP("Catalogue", "The person")),
    Entry("guardian", QT_TRANSLATE_NOOP("Catalogue", "A guardian")),
)

NAME_DISPLAYS: tuple[Entry, ...] = (
    Entry("full", QT_TRANSLATE_NOOP("Catalogue", "Full name")),
    Entry("first", QT_TRANSLATE_NOOP("Catalogue", "First name only")),
    Entry("none", QT_TRANSLATE_NOOP("Catalogue", "No name")),
)

STORY_STATUSES: tuple[Entry, ...] = (
    Entry("draft", QT_TRANSLATE_NOOP("Catalogue", "Draft")),
    Entry("approved", QT_TRANSLATE_NOOP("Catalogue", "Approved")),
)

# Where a photo or a story may appear; consent holds one yes/no per (kind, use).
CONSENT_USES: tuple[Entry, ...] = (
    Entry("internal", QT_TRANSLATE_NOOP("Catalogue", "Print inside the school")),
    Entry("public", QT_TRANSLATE_NOOP("Catalogue", "Print for the public")),
    Entry("online", QT_TRANSLATE_NOOP("Catalogue", "Online")),
)
CONSENT_KINDS: tuple[Entry, ...] = (
    Entry("photo", QT_TRANSLATE_NOOP("Catalogue", "Photos")),
    Entry("story", QT_TRANSLATE_NOOP("Catalogue", "Stories")),
)

LANGUAGES: tuple[str, ...] = ("sv", "nb", "pl", "en")
STORY_QUOTE_MAX = 200
