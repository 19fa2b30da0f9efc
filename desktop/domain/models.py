"""The records Vidare keeps, as plain dataclasses; field names are the database's column names."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Record:
    id: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass
class School(Record):
    name: str = ""
    country: str = ""
    city: str = ""
    oid: str = ""
    logo: str = ""  # file name inside the media folder
    default_language: str = "en"
    school_year_start_month: int | None = None  # 1–12; None: as usual in the country
    fers_artwork: str = ""  # the official FERS set of signs, a file in the media folder


@dataclass
class Project(Record):
    reference: str = ""
    title: str = ""
    action: str = "KA122-SCH"
    start_date: str = ""
    end_date: str = ""
    funding_source: str = "erasmus"
    needs_analysis: str = ""
    objectives: str = ""
    management_involvement: str = ""


@dataclass
class Partner(Record):
    project_id: str = ""
    organisation: str = ""
    country: str = ""
    city: str = ""
    role: str = "partner"


@dataclass
class Result(Record):
    project_id: str = ""
    title: str = ""
    kind: str = "tangible"
    description: str = ""
    open_licence: str = ""
    message: str = ""
    sustainability: str = ""
    indicator: str = ""
    indicator_target: str = ""
    evaluation_notes: str = ""
    position: int = 0


@dataclass
class TargetGroup(Record):
    result_id: str = ""
    group_code: str = "pupils"
    priority: str = "primary"
    representatives: str = ""


@dataclass
class Mobility(Record):
    project_id: str = ""
    activity_type: str = "SM-COUR-TRAIN"
    topic: str = ""
    host_organisation: str = ""
    city: str = ""
    country: str = ""
    start_date: str = ""
    end_date: str = ""
    travel_days: int = 0
    transport: str = ""  # none until the user chooses one (an unknown is not green travel)
    transport_description: str = ""
    status: str = "planned"
    learning_outcomes: str = ""
    passed_on: str = ""
    report_status: str = "not_sent"
    bm_id: str = ""  # the Beneficiary Module's mobility ID, when it came from there


@dataclass
class MobilityParticipant(Record):
    mobility_id: str = ""
    participant_id: str = ""
    role: str = "participant"


@dataclass
class Participant(Record):
    name: str = ""
    role: str = "teacher"
    fewer_opportunities: bool = False
    protected_identity: bool = False
    notes: str = ""


@dataclass
class Consent(Record):
    participant_id: str = ""
    given_by: str = "person"
    given_on: str = ""
    photo_internal: bool = False
    photo_public: bool = False
    photo_online: bool = False
    story_internal: bool = False
    story_public: bool = False
    story_online: bool = False
    name_display: str = "first"
    expires_on: str = ""
    withdrawn_on: str = ""
    form_file: str = ""

    def allows(self, kind: str, use: str, on: str) -> bool:
        """True when this consent covers `kind` ("photo"/"story") for `use` on ISO date `on`."""
        if self.withdrawn_on and self.withdrawn_on <= on:
            return False
        if self.expires_on and self.expires_on < on:
            return False
        if self.given_on and self.given_on > on:
            return False
        return bool(getattr(self, f"{kind}_{use}"))


@dataclass
class Story(Record):
    mobility_id: str | None = None
    title: str = ""
    text: str = ""
    quote: str = ""
    language: str = "en"
    benefit_tags: list[str] = field(default_factory=list)
    status: str = "draft"


@dataclass
class StoryAuthor(Record):
    story_id: str = ""
    participant_id: str = ""


@dataclass
class Photo(Record):
    story_id: str | None = None
    file: str = ""  # name inside the media folder
    caption: str = ""
    width: int = 0
    height: int = 0
    sha256: str = ""
    position: int = 0


@dataclass
class PhotoPerson(Record):
    photo_id: str = ""
    participant_id: str = ""


@dataclass
class DisseminationAction(Record):
    project_id: str = ""
    result_id: str | None = None
    channel: str = "website"
    title: str = ""
    target_group: str = "pupils"
    level: str = "local"
    quality_part: str = ""  # the part of the quality standard, once the user chooses one
    purpose: str = "spread_knowledge"
    planned_date: str = ""
    done_date: str = ""
    status: str = "planned"
    people_reached: int = 0
    responsible: str = ""
    evidence: str = ""  # a link, or a file name inside the media folder
    notes: str = ""


@dataclass
class Publication(Record):
    kind: str = ""
    created_on: str = ""
    language: str = "en"
    project_id: str | None = None
    audience: str = "internal"
    participant_ids: list[str] = field(default_factory=list)
    story_ids: list[str] = field(default_factory=list)
