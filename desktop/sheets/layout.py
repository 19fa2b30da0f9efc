"""The whole-database workbook: one sheet per area, its columns and their stable codes.

Each column has a code `table.column` (written in the workbook's hidden second row, so
that Vidare reads the file back without asking anything) and an English header in context
"Sheets". Catalogue codes, countries, languages and links to other rows get a second
column, `table.column:label`, with the words a person reads; only the code is read back.
Photos and the record of printed documents are not in the workbook: pictures do not fit
in cells, and the archive (`vidare export --out`) carries them.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain import catalogues as cat
from desktop.domain import models
from desktop.domain.text import QT_TRANSLATE_NOOP

S = "Sheets"
LABEL_SUFFIX = ":label"


@dataclass(frozen=True)
class Col:
    name: str  # the database column
    header: str  # English source, context "Sheets"
    kind: str = "text"  # text, date, int, bool, code, codes, country, language, ref
    catalogue: tuple[cat.Entry, ...] = ()
    ref: str = ""  # kind "ref": the table referred to

    @property
    def labelled(self) -> bool:
        return self.kind in ("code", "codes", "country", "language", "ref")


@dataclass(frozen=True)
class Area:
    table: str
    title: str  # the sheet's name, English source in context "Sheets"
    record: type[models.Record]
    columns: tuple[Col, ...]
    link: bool = False  # a link table: rows are told apart by what they link, not an id

    def code(self, column: Col, label: bool = False) -> str:
        return f"{self.table}.{column.name}{LABEL_SUFFIX if label else ''}"


def _id() -> Col:
    return Col("id", QT_TRANSLATE_NOOP(S, "ID"))


def _ref(name: str, header: str, table: str) -> Col:
    return Col(name, header, "ref", ref=table)


def _code(name: str, header: str, catalogue: tuple[cat.Entry, ...]) -> Col:
    return Col(name, header, "code", catalogue)


AREAS: tuple[Area, ...] = (
    Area("school", QT_TRANSLATE_NOOP(S, "School"), models.School, (
        _id(), Col("name", QT_TRANSLATE_NOOP(S, "Name", "the school's name")),
        Col("country", QT_TRANSLATE_NOOP(S, "Country"), "country"),
        Col("city", QT_TRANSLATE_NOOP(S, "City")),
        Col("oid", QT_TRANSLATE_NOOP(S, "Organisation ID (OID)")),
        Col("default_language", QT_TRANSLATE_NOOP(S, "Language"), "language"))),
    Area("project", QT_TRANSLATE_NOOP(S, "Projects"), models.Project, (
        _id(), Col("reference", QT_TRANSLATE_NOOP(
            S, "Project number", "the number the national agency gives the project, as on "
            "the grant agreement")),
        Col("title", QT_TRANSLATE_NOOP(S, "Title")),
        _code("action", QT_TRANSLATE_NOOP(
            S, "Key action", "the Erasmus+ key action of the project (KA121, KA122…)"),
              cat.PROJECT_ACTIONS),
        Col("start_date", QT_TRANSLATE_NOOP(S, "Start"), "date"),
        Col("end_date", QT_TRANSLATE_NOOP(S, "End"), "date"),
        _code("funding_source", QT_TRANSLATE_NOOP(S, "Funding"), cat.FUNDING_SOURCES),
        Col("needs_analysis", QT_TRANSLATE_NOOP(S, "Needs analysis")),
        Col("objectives", QT_TRANSLATE_NOOP(S, "Objectives")),
        Col("management_involvement", QT_TRANSLATE_NOOP(S, "How management is involved")))),
    Area("partner", QT_TRANSLATE_NOOP(S, "Partners"), models.Partner, (
        _id(), _ref("project_id", QT_TRANSLATE_NOOP(S, "Project"), "project"),
        Col("organisation", QT_TRANSLATE_NOOP(S, "Organisation")),
        Col("country", QT_TRANSLATE_NOOP(S, "Country"), "country"),
        Col("city", QT_TRANSLATE_NOOP(S, "City")),
        _code("role", QT_TRANSLATE_NOOP(S, "Role"), cat.PARTNER_ROLES))),
    Area("result", QT_TRANSLATE_NOOP(S, "Results"), models.Result, (
        _id(), _ref("project_id", QT_TRANSLATE_NOOP(S, "Project"), "project"),
        Col("title", QT_TRANSLATE_NOOP(S, "Title")),
        _code("kind", QT_TRANSLATE_NOOP(S, "Kind"), cat.RESULT_KINDS),
        Col("description", QT_TRANSLATE_NOOP(S, "Description")),
        Col("open_licence", QT_TRANSLATE_NOOP(S, "Open licence")),
        Col("message", QT_TRANSLATE_NOOP(S, "Message")),
        Col("sustainability", QT_TRANSLATE_NOOP(S, "Sustainability")),
        Col("indicator", QT_TRANSLATE_NOOP(S, "Indicator")),
        Col("indicator_target", QT_TRANSLATE_NOOP(S, "Target")),
        Col("evaluation_notes", QT_TRANSLATE_NOOP(S, "Evaluation notes")),
        Col("position", QT_TRANSLATE_NOOP(S, "Order"), "int"))),
    Area("target_group", QT_TRANSLATE_NOOP(S, "Target groups"), models.TargetGroup, (
        _id(), _ref("result_id", QT_TRANSLATE_NOOP(S, "Result"), "result"),
        _code("group_code", QT_TRANSLATE_NOOP(S, "Target group"), cat.TARGET_GROUPS),
        _code("priority", QT_TRANSLATE_NOOP(S, "Priority"), cat.TARGET_PRIORITIES),
        Col("representatives", QT_TRANSLATE_NOOP(S, "Representatives")))),
    Area("participant", QT_TRANSLATE_NOOP(S, "People"), models.Participant, (
        _id(), Col("name", QT_TRANSLATE_NOOP(S, "Name", "a person's full name")),
        _code("role", QT_TRANSLATE_NOOP(S, "Role"), cat.PARTICIPANT_ROLES),
        Col("fewer_opportunities", QT_TRANSLATE_NOOP(S, "Fewer opportunities"), "bool"),
        Col("protected_identity", QT_TRANSLATE_NOOP(S, "Protected identity"), "bool"),
        Col("notes", QT_TRANSLATE_NOOP(S, "Notes")))),
    Area("consent", QT_TRANSLATE_NOOP(S, "Consents"), models.Consent, (
        _id(), _ref("participant_id", QT_TRANSLATE_NOOP(S, "Person"), "participant"),
        _code("given_by", QT_TRANSLATE_NOOP(S, "Given by"), cat.CONSENT_GIVERS),
        Col("given_on", QT_TRANSLATE_NOOP(S, "Given on"), "date"),
        Col("photo_internal", QT_TRANSLATE_NOOP(S, "Photos inside the school"), "bool"),
        Col("photo_public", QT_TRANSLATE_NOOP(S, "Photos in print for the public"), "bool"),
        Col("photo_online", QT_TRANSLATE_NOOP(S, "Photos online"), "bool"),
        Col("story_internal", QT_TRANSLATE_NOOP(S, "Stories inside the school"), "bool"),
        Col("story_public", QT_TRANSLATE_NOOP(S, "Stories in print for the public"), "bool"),
        Col("story_online", QT_TRANSLATE_NOOP(S, "Stories online"), "bool"),
        _code("name_display", QT_TRANSLATE_NOOP(S, "Name shown as"), cat.NAME_DISPLAYS),
        Col("expires_on", QT_TRANSLATE_NOOP(S, "Expires on"), "date"),
        Col("withdrawn_on", QT_TRANSLATE_NOOP(S, "Withdrawn on"), "date"))),
    Area("mobility", QT_TRANSLATE_NOOP(S, "Mobilities"), models.Mobility, (
        _id(), _ref("project_id", QT_TRANSLATE_NOOP(S, "Project"), "project"),
        Col("bm_id", QT_TRANSLATE_NOOP(S, "Beneficiary Module ID")),
        _code("activity_type", QT_TRANSLATE_NOOP(S, "Activity type"), cat.ACTIVITY_TYPES),
        Col("topic", QT_TRANSLATE_NOOP(S, "Topic")),
        Col("host_organisation", QT_TRANSLATE_NOOP(S, "Host organisation")),
        Col("city", QT_TRANSLATE_NOOP(S, "City")),
        Col("country", QT_TRANSLATE_NOOP(S, "Country"), "country"),
        Col("start_date", QT_TRANSLATE_NOOP(S, "First day"), "date"),
        Col("end_date", QT_TRANSLATE_NOOP(S, "Last day"), "date"),
        Col("travel_days", QT_TRANSLATE_NOOP(S, "Travel days"), "int"),
        _code("transport", QT_TRANSLATE_NOOP(S, "Main transport"), cat.TRANSPORTS),
        Col("transport_description", QT_TRANSLATE_NOOP(S, "Sustainable means, described")),
        _code("status", QT_TRANSLATE_NOOP(S, "Status"), cat.MOBILITY_STATUSES),
        Col("learning_outcomes", QT_TRANSLATE_NOOP(S, "Learning outcomes")),
        Col("passed_on", QT_TRANSLATE_NOOP(S, "Passed on to colleagues")),
        _code("report_status", QT_TRANSLATE_NOOP(S, "Participant reports"),
              cat.REPORT_STATUSES))),
    Area("mobility_participant", QT_TRANSLATE_NOOP(S, "Who went"), models.MobilityParticipant, (
        _ref("mobility_id", QT_TRANSLATE_NOOP(S, "Mobility"), "mobility"),
        _ref("participant_id", QT_TRANSLATE_NOOP(S, "Person"), "participant"),
        _code("role", QT_TRANSLATE_NOOP(S, "Role on the trip"), cat.MOBILITY_ROLES)),
        link=True),
    Area("story", QT_TRANSLATE_NOOP(S, "Stories"), models.Story, (
        _id(), _ref("mobility_id", QT_TRANSLATE_NOOP(S, "Mobility"), "mobility"),
        Col("title", QT_TRANSLATE_NOOP(S, "Title")),
        Col("text", QT_TRANSLATE_NOOP(S, "Story")),
        Col("quote", QT_TRANSLATE_NOOP(S, "Quote")),
        Col("language", QT_TRANSLATE_NOOP(S, "Language"), "language"),
        Col("benefit_tags", QT_TRANSLATE_NOOP(S, "What it brought"), "codes",
            cat.BENEFIT_TAGS),
        _code("status", QT_TRANSLATE_NOOP(S, "Status"), cat.STORY_STATUSES))),
    Area("story_author", QT_TRANSLATE_NOOP(S, "Story authors"), models.StoryAuthor, (
        _ref("story_id", QT_TRANSLATE_NOOP(S, "Story"), "story"),
        _ref("participant_id", QT_TRANSLATE_NOOP(S, "Person"), "participant")), link=True),
    Area("dissemination_action", QT_TRANSLATE_NOOP(S, "Dissemination"),
         models.DisseminationAction, (
             _id(), _ref("project_id", QT_TRANSLATE_NOOP(S, "Project"), "project"),
             _ref("result_id", QT_TRANSLATE_NOOP(S, "Result"), "result"),
             Col("title", QT_TRANSLATE_NOOP(S, "Title")),
             _code("channel", QT_TRANSLATE_NOOP(S, "Channel"), cat.CHANNELS),
             _code("target_group", QT_TRANSLATE_NOOP(S, "Target group"), cat.TARGET_GROUPS),
             _code("level", QT_TRANSLATE_NOOP(S, "Level"), cat.LEVELS),
             _code("quality_part", QT_TRANSLATE_NOOP(S, "Quality standard"),
                   cat.QUALITY_PARTS),
             _code("purpose", QT_TRANSLATE_NOOP(S, "Purpose"), cat.PURPOSES),
             Col("planned_date", QT_TRANSLATE_NOOP(S, "Planned for"), "date"),
             Col("done_date", QT_TRANSLATE_NOOP(S, "Done on"), "date"),
             _code("status", QT_TRANSLATE_NOOP(S, "Status"), cat.ACTION_STATUSES),
             Col("people_reached", QT_TRANSLATE_NOOP(S, "People reached"), "int"),
             Col("responsible", QT_TRANSLATE_NOOP(S, "Responsible")),
             Col("evidence", QT_TRANSLATE_NOOP(S, "Evidence (link or file)")),
             Col("notes", QT_TRANSLATE_NOOP(S, "Notes")))),
)

BY_TABLE = {area.table: area for area in AREAS}
TABLES = tuple(BY_TABLE)
