"""The demo school's shape, the same in every country: who exists, which trips, stories and actions.

The per-country modules (`content_se`, `content_no`, `content_pl`) give the
words for each slot defined here, in order; this module keeps the numbers that make the demo
a good test bed (every activity type, every status, the consent edge cases) in one place.
Offsets are days relative to the day the demo is made.
"""

from __future__ import annotations

from dataclasses import dataclass

# --- Texts a country module fills in -------------------------------------------------------

# (group code, "primary"/"secondary", named representatives)
Group = tuple[str, str, str]
# (organisation, country, city, role)
PartnerText = tuple[str, str, str, str]
# (scene for the painter, caption)
PhotoText = tuple[str, str]


@dataclass(frozen=True)
class ResultText:
    title: str
    kind: str
    description: str
    message: str
    sustainability: str
    indicator: str
    indicator_target: str
    evaluation_notes: str
    groups: tuple[Group, ...]
    open_licence: str = ""


@dataclass(frozen=True)
class ProjectText:
    action: str
    months: int  # how long it runs
    title: str
    needs_analysis: str
    objectives: str
    management_involvement: str
    partners: tuple[PartnerText, ...]
    results: tuple[ResultText, ...]


@dataclass(frozen=True)
class MobilityText:
    country: str
    city: str
    host: str
    topic: str
    transport: str
    learning_outcomes: str = ""
    passed_on: str = ""
    transport_description: str = ""


@dataclass(frozen=True)
class StoryText:
    title: str
    paragraphs: tuple[str, ...]
    quote: str
    tags: tuple[str, ...]
    photos: tuple[PhotoText, ...]


@dataclass(frozen=True)
class ActionText:
    title: str
    notes: str = ""
    evidence: str = ""  # a path under the school's web address; empty: no evidence kept


@dataclass(frozen=True)
class Content:
    country: str
    language: str
    school: str
    city: str
    oid: str
    web: str
    reference_office: str  # the national agency's code in grant references: SE01, NO01, PL01
    names: tuple[str, ...]  # one per PEOPLE key, in that order
    notes: dict[str, str]
    projects: tuple[ProjectText, ...]
    mobilities: tuple[MobilityText, ...]
    stories: tuple[StoryText, ...]
    actions: tuple[ActionText, ...]


# --- The shape ------------------------------------------------------------------------------

# Keys for people: t = teacher, s = other staff, p = pupil, e = visitor from abroad (teacher).
TEACHERS = tuple(f"t{i}" for i in range(1, 13))
STAFF = tuple(f"s{i}" for i in range(1, 5))
PUPILS = tuple(f"p{i}" for i in range(1, 31))
VISITORS = ("e1", "e2")
PEOPLE = TEACHERS + STAFF + PUPILS + VISITORS


def role_of(key: str) -> str:
    return {"s": "other_staff", "p": "pupil"}.get(key[0], "teacher")


FEWER_OPPORTUNITIES = frozenset({"p3", "p7", "p12", "p20", "p26"})
PROTECTED = "p17"
WITHDRAWN = "p9"
ADULT_PUPILS = frozenset({"p1", "p2", "p11", "p13"})  # 18 or over: they sign themselves

# Consent scopes: (photo internal, public, online, story internal, public, online, name shown)
SCOPES: dict[str, tuple[bool, bool, bool, bool, bool, bool, str]] = {
    "all_full": (True, True, True, True, True, True, "full"),
    "all_first": (True, True, True, True, True, True, "first"),
    "no_online": (True, True, False, True, True, False, "first"),
    "internal": (True, False, False, True, False, False, "first"),
    "stories_only": (False, False, False, True, True, True, "first"),
    "photos_no_name": (True, True, True, True, False, False, "none"),
}

# Each person's consent scope; absent from this table: no consent recorded at all.
CONSENT_SCOPE: dict[str, str] = {
    "t1": "all_full", "t2": "all_full", "t3": "all_first", "t4": "all_full", "t5": "all_full",
    "t6": "no_online", "t7": "all_first", "t8": "all_full", "t9": "internal",
    "t10": "all_first", "t12": "stories_only",
    "s1": "all_full", "s2": "all_full", "s3": "no_online", "s4": "internal",
    "p1": "all_first", "p2": "all_first", "p3": "all_first", "p4": "no_online",
    "p5": "all_first", "p6": "internal", "p7": "all_first", "p8": "photos_no_name",
    "p9": "all_first", "p10": "no_online", "p11": "all_first", "p12": "stories_only",
    "p13": "all_first", "p14": "all_first", "p15": "no_online", "p16": "all_first",
    "p17": "internal", "p18": "all_first", "p19": "photos_no_name", "p20": "all_first",
    "p22": "internal", "p23": "all_first", "p24": "no_online", "p26": "all_first",
    "p27": "stories_only", "p29": "all_first", "p30": "internal",
    "e1": "all_full", "e2": "all_first",
}
WITHOUT_CONSENT = tuple(k for k in PEOPLE if k not in CONSENT_SCOPE)  # t11, p21, p25, p28
# Consents that end soon (days from today): the overview's take-down and renewal warnings.
EXPIRES_IN = {"t4": 12, "p5": 25, "p14": -45}
WITHDRAWN_DAYS_AGO = 21


@dataclass(frozen=True)
class MobilitySlot:
    project: int  # index into Content.projects
    activity: str
    start: int  # days from today
    days: int  # duration without travel, first and last day included
    travel_days: int
    status: str
    report_status: str
    people: tuple[tuple[str, str], ...]  # (person key, mobility role)


def _p(*keys: str) -> tuple[tuple[str, str], ...]:
    return tuple((k, "participant") for k in keys)


LEAD, ACC = "lead_accompanying", "accompanying"

MOBILITIES: tuple[MobilitySlot, ...] = (
    MobilitySlot(0, "SM-COUR-TRAIN", -320, 6, 2, "done", "submitted", _p("t1", "t2")),
    MobilitySlot(0, "SM-JOB-SHDW", -285, 5, 1, "done", "submitted", _p("t3")),
    MobilitySlot(0, "PREP-VISIT", -262, 3, 1, "done", "submitted", _p("t4", "s1")),
    MobilitySlot(0, "LM-GRP-PUPIL", -236, 6, 1, "done", "submitted",
                 (("t5", LEAD), ("t6", ACC)) + _p(*(f"p{i}" for i in range(2, 11)))),
    MobilitySlot(0, "OA-INV-EXP", -208, 4, 1, "done", "submitted", _p("e1")),
    MobilitySlot(0, "LM-LONG-PUPILS", -200, 61, 1, "done", "submitted", _p("p1", "p11")),
    MobilitySlot(0, "SM-TTA", -170, 5, 1, "done", "submitted", _p("t8")),
    MobilitySlot(0, "OA-HOS-TTT", -150, 30, 0, "done", "sent", _p("e2")),
    MobilitySlot(0, "SM-COUR-TRAIN", -125, 5, 1, "cancelled", "not_sent", _p("t9", "t10")),
    MobilitySlot(0, "LM-SHORT-PUPIL", -112, 14, 1, "done", "submitted",
                 _p("p12", "p13") + (("t7", ACC),)),
    MobilitySlot(1, "LM-GRP-PUPIL", -85, 7, 1, "done", "submitted",
                 (("t10", LEAD), ("t12", ACC)) + _p(*(f"p{i}" for i in range(14, 23)))),
    MobilitySlot(1, "SM-COUR-TRAIN", -48, 4, 1, "done", "sent", _p("t11", "t2", "s2")),
    MobilitySlot(0, "SM-JOB-SHDW", 21, 5, 1, "planned", "not_sent", _p("t9", "s3")),
    MobilitySlot(1, "LM-GRP-PUPIL", 55, 6, 1, "planned", "not_sent",
                 (("t5", LEAD), ("t3", ACC)) + _p(*(f"p{i}" for i in range(23, 31)))),
    MobilitySlot(0, "LM-SHORT-PUPIL", 96, 12, 1, "planned", "not_sent",
                 _p("p24", "p26") + (("t6", ACC),)),
    MobilitySlot(0, "PREP-VISIT", 124, 2, 1, "planned", "not_sent", _p("t1")),
)


@dataclass(frozen=True)
class StorySlot:
    mobility: int  # index into MOBILITIES
    authors: tuple[str, ...]
    status: str
    photos: tuple[tuple[str, ...], ...]  # per photo, the people shown


STORIES: tuple[StorySlot, ...] = (
    StorySlot(0, ("t1", "t2"), "approved", (("t1", "t2"), ("t1",))),
    StorySlot(1, ("t3",), "approved", (("t3",),)),
    StorySlot(2, ("t4",), "draft", ((),)),
    # p9 withdrew consent after this trip: the documents must leave that photo out.
    StorySlot(3, ("p2", "p3"), "approved",
              (("p2", "p3", "p4", "p5"), ("p9", "p6"), ("t5", "p7", "p8"))),
    StorySlot(3, ("t5",), "approved", (("t5", "t6"),)),
    StorySlot(4, ("t7",), "approved", (("e1", "t7"), ("e1",))),
    StorySlot(5, ("p1", "p11"), "approved", (("p1",), ("p1", "p11"), ())),
    StorySlot(6, ("t8",), "approved", (("t8",), ())),
    StorySlot(9, ("p12", "p13"), "approved", (("p12", "p13"), ("p13", "t7"))),
    # p17 has a protected identity and p21 no consent: both in the photos, never printed.
    StorySlot(10, ("p18", "p15"), "approved",
              (("p15", "p16", "p17"), ("p21", "p18"), ("p19", "p20", "t10"))),
    StorySlot(11, ("t11",), "draft", (("t11", "t2", "s2"),)),
)


@dataclass(frozen=True)
class ActionSlot:
    project: int
    result: int | None  # index into that project's results
    channel: str
    target_group: str
    level: str
    quality_part: str
    purpose: str
    status: str
    planned: int  # days from today
    done: int | None = None
    reached: int = 0
    responsible: str = "t1"


A = ActionSlot
ACTIONS: tuple[ActionSlot, ...] = (
    A(0, 1, "staff_meeting", "own_staff", "local", "within_school", "spread_knowledge", "done",
      -300, -298, 45, "s1"),
    A(0, None, "school_poster", "pupils", "local", "eu_funding", "raise_profile", "done",
      -290, -288, 400, "s2"),
    A(0, None, "website", "parents", "local", "eu_funding", "raise_profile", "done",
      -280, -279, 350, "s2"),
    A(0, 1, "blog", "own_staff", "local", "within_school", "spread_knowledge", "done",
      -312, -310, 120, "t2"),
    A(0, 1, "workshop", "own_staff", "local", "within_school", "spread_knowledge", "done",
      -270, -268, 28, "t1"),
    A(0, 2, "parents_meeting", "parents", "local", "others_public", "raise_profile", "done",
      -250, -250, 60, "t5"),
    A(0, 2, "social_media", "pupils", "local", "eu_funding", "raise_profile", "done",
      -232, -231, 850, "t5"),
    A(0, 2, "local_press", "local_community", "regional", "others_public", "raise_profile",
      "done", -220, -215, 3000, "s1"),
    A(0, 1, "seminar", "other_schools", "regional", "others_public", "widen_influence", "done",
      -190, -188, 70, "t3"),
    A(0, 0, "film", "pupils", "local", "others_public", "spread_knowledge", "done",
      -180, -176, 540, "t6"),
    A(0, 1, "visit", "school_owner", "regional", "others_public", "influence_policy", "done",
      -160, -160, 12, "s1"),
    A(0, 0, "specialist_press", "other_schools", "national", "others_public",
      "influence_policy", "done", -140, -135, 2500, "t1"),
    A(0, None, "etwinning", "partners", "european", "others_public", "build_partnerships",
      "done", -130, -128, 40, "t4"),
    A(0, 2, "exhibition", "local_community", "local", "others_public", "raise_profile", "done",
      -110, -105, 300, "s3"),
    A(0, 1, "networks", "school_leaders", "national", "others_public", "influence_policy",
      "done", -95, -95, 35, "s1"),
    A(0, 2, "open_event", "parents", "local", "others_public", "raise_profile", "done",
      -75, -75, 220, "s4"),
    A(0, 0, "results_platform", "other_schools", "european", "others_public",
      "spread_knowledge", "done", -60, -58, 90, "t1"),
    A(0, 1, "staff_meeting", "own_staff", "local", "within_school", "spread_knowledge", "done",
      -40, -40, 52, "t7"),
    A(0, 0, "workshop", "teacher_education", "regional", "others_public",
      "build_partnerships", "planned", -20, None, 0, "t3"),  # overdue
    A(0, None, "other", "policy_makers", "national", "eu_funding", "influence_policy",
      "cancelled", -30, None, 0, "s1"),
    A(0, 1, "seminar", "other_schools", "regional", "others_public", "widen_influence",
      "planned", 40, None, 0, "t1"),
    A(0, 0, "specialist_press", "other_schools", "european", "others_public",
      "spread_knowledge", "planned", 120, None, 0, "t2"),
    A(1, None, "website", "partners", "european", "eu_funding", "build_partnerships", "done",
      -350, -350, 600, "t10"),
    A(1, 1, "parents_meeting", "parents", "local", "within_school", "spread_knowledge", "done",
      -100, -100, 45, "t10"),
    A(1, 0, "exhibition", "pupils", "local", "within_school", "spread_knowledge", "done",
      -70, -66, 260, "t12"),
    A(1, 0, "local_press", "media", "regional", "eu_funding", "raise_profile", "done",
      -80, -79, 4200, "s1"),
    A(1, 1, "networks", "school_owner", "regional", "others_public", "influence_policy",
      "planned", -10, None, 0, "s1"),  # overdue
    A(1, 0, "results_platform", "other_schools", "european", "others_public",
      "spread_knowledge", "planned", 300, None, 0, "t10"),
    A(1, 0, "film", "local_community", "local", "others_public", "widen_influence",
      "cancelled", 30, None, 0, "t12"),
    A(1, 1, "visit", "other_schools", "national", "others_public", "build_partnerships",
      "planned", 75, None, 0, "s1"),
)

# Per project slot: the serial of its grant number, and roughly when it started (days from
# today; the start is moved to the first of that month, and earlier if need be to hold the
# whole current school year).
PROJECTS: tuple[tuple[int, int], ...] = ((234567, -340), (198765, -380))


def content_for(country: str) -> Content:
    """The demo texts for one country: SE (Swedish), NO (Norwegian Bokmål) or PL (Polish)."""
    if country == "SE":
        from desktop.demo.content_se import CONTENT
    elif country == "NO":
        from desktop.demo.content_no import CONTENT
    elif country == "PL":
        from desktop.demo.content_pl import CONTENT
    else:
        raise ValueError(f"No demo school for country {country!r}; choose SE, NO or PL.")
    return CONTENT
