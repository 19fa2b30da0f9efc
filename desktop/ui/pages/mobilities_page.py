"""The Mobilities page: every trip, filtered and sorted in SQL, and the trip editor."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain import catalogues as cat
from desktop.domain.models import Mobility, Participant
from desktop.domain.validation import Problem, duration_days
from desktop.i18n import formatting
from desktop.ui.choosers import ChoiceCombo, CodeCombo, CountryCombo
from desktop.ui.context import AppContext
from desktop.ui.date_field import DateField
from desktop.ui.fields import LineField, NumberField, TextArea
from desktop.ui.forms import Field, RecordForm, make_label
from desktop.ui.labels import ElidedLabel
from desktop.ui.models import Column, PagedTableModel, catalogue_label
from desktop.ui.people_picker import RolePeopleEditor
from desktop.ui.style import restyle
from desktop.ui.table_page import TablePage
from desktop.ui.text import QT_TRANSLATE_NOOP

C = "MobilityEditor"
M = "MobilityModel"


class MobilityModel(PagedTableModel):
    """Dates, destination, kind, people and status: upcoming trips first."""

    CONTEXT = M
    COLUMNS = [
        Column("start_date", QT_TRANSLATE_NOOP(M, "Dates"), "start_date", "period",
               end="end_date"),
        Column("destination", QT_TRANSLATE_NOOP(M, "Destination"), "city", "destination",
               stretch=True),
        Column("activity_type", QT_TRANSLATE_NOOP(
            M, "Activity", "the kind of mobility (job shadowing, a course…), not a "
            "dissemination action"),
               "activity_type",
               "catalogue", cat.ACTIVITY_TYPES),
        Column("participants", QT_TRANSLATE_NOOP(M, "People"), "participants", "number"),
        Column("status", QT_TRANSLATE_NOOP(M, "Status"), "status", "catalogue",
               cat.MOBILITY_STATUSES),
    ]

    def __init__(self, ctx: AppContext, parent=None, drafts=None):  # noqa: ANN001
        super().__init__(ctx.store.mobilities.page, self.COLUMNS, lambda: ctx.language,
                         "upcoming", False, parent, drafts)

    def display(self, row: dict[str, Any], column: Column) -> str:
        if column.kind == "destination":
            country = formatting.country_name(row.get("country") or "", self._language())
            return ", ".join(x for x in (row.get("city") or "", country) if x)
        return super().display(row, column)


def _people(ctx: AppContext) -> RolePeopleEditor:
    store = ctx.store

    def lookup(ids: list[str]) -> dict[str, tuple[str, str]]:
        found = (store.people.get(pid) for pid in ids)
        return {p.id: (p.name, p.role) for p in found if p is not None}

    editor = RolePeopleEditor(lookup)
    editor.set_loader(lambda: [(p.id, p.name, p.role) for p in store.people.all()])
    return editor


class MobilityEditor(RecordForm):
    CONTEXT = C
    TABLE = "mobility"
    RECORD = Mobility
    FIELDS = (
        Field("project_id", QT_TRANSLATE_NOOP(C, "Project"), lambda ctx: ChoiceCombo(),
              required=True),
        Field("activity_type", QT_TRANSLATE_NOOP(
            C, "Activity type", "the kind of mobility (job shadowing, a course…), not a "
            "dissemination action"),
              lambda ctx: CodeCombo(cat.ACTIVITY_TYPES), required=True),
        Field("topic", QT_TRANSLATE_NOOP(C, "Topic"), lambda ctx: LineField()),
        Field("host_organisation", QT_TRANSLATE_NOOP(C, "Host organisation"),
              lambda ctx: LineField()),
        Field("city", QT_TRANSLATE_NOOP(C, "City"), lambda ctx: LineField()),
        Field("country", QT_TRANSLATE_NOOP(C, "Country"),
              lambda ctx: CountryCombo(lambda: ctx.language), required=True),
        Field("start_date", QT_TRANSLATE_NOOP(C, "First day"),
              lambda ctx: DateField(lambda: ctx.language), required=True),
        Field("end_date", QT_TRANSLATE_NOOP(C, "Last day"),
              lambda ctx: DateField(lambda: ctx.language), required=True),
        Field("travel_days", QT_TRANSLATE_NOOP(C, "Travel days"), lambda ctx: NumberField(14)),
        Field("transport", QT_TRANSLATE_NOOP(C, "Main transport"), lambda ctx: CodeCombo(
            cat.TRANSPORTS, allow_none=True, none_text=(C, "(not chosen yet)"))),
        Field("transport_description", QT_TRANSLATE_NOOP(C, "Sustainable means, described"),
              lambda ctx: LineField()),
        Field("status", QT_TRANSLATE_NOOP(C, "Status"),
              lambda ctx: CodeCombo(cat.MOBILITY_STATUSES)),
        Field("learning_outcomes", QT_TRANSLATE_NOOP(C, "Learning outcomes"),
              lambda ctx: TextArea()),
        Field("passed_on", QT_TRANSLATE_NOOP(C, "Passed on to colleagues"),
              lambda ctx: TextArea()),
        Field("report_status", QT_TRANSLATE_NOOP(C, "Participant reports"),
              lambda ctx: CodeCombo(cat.REPORT_STATUSES)),
        Field("participants", QT_TRANSLATE_NOOP(C, "Participants"), _people, extra=True),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        f = self.fields
        self.title = ElidedLabel(objectName="editorTitle")
        self.project, self.activity = f["project_id"], f["activity_type"]
        self.topic, self.host, self.city = f["topic"], f["host_organisation"], f["city"]
        self.country, self.start, self.end = f["country"], f["start_date"], f["end_date"]
        self.travel, self.transport = f["travel_days"], f["transport"]
        self.transport_text, self.status_combo = f["transport_description"], f["status"]
        self.people: RolePeopleEditor = f["participants"]
        self.people.create_person = self._create_person
        self.start.near = self._near_start
        self.end.near = self.start.iso
        self.duration = make_label(object_name="hint")
        self.add_below("end_date", self.duration)
        self.green = make_label(object_name="greenBadge")
        self.add_below("transport", self.green)
        self.lay_out(self.title, margins=12, stretch=True)
        self.retranslate_ui()

    def refresh_choices(self) -> None:
        self.project.set_choices(self.ctx.store.projects.choices())
        self.people.set_loader(lambda: [(p.id, p.name, p.role)
                                        for p in self.ctx.store.people.all()])

    def _near_start(self) -> str:
        """A new trip's calendar opens within its project when today is outside it."""
        project = self.ctx.store.projects.get(self.project.value() or "")
        today = dt.date.today().isoformat()
        if project is not None and not project.start_date <= today <= project.end_date:
            return project.start_date
        return today

    def _create_person(self, name: str) -> tuple[str, str]:
        """"Add 'Anna Nowak' as a new person": a pupil on a pupil trip, else a teacher."""
        activity = cat.find(cat.ACTIVITY_TYPES, self.activity.value())
        role = "pupil" if isinstance(activity, cat.ActivityType) and activity.pupils \
            else "teacher"
        person = self.ctx.store.people.save(Participant(name=name, role=role))
        return person.id, role

    def load_extras(self, record: Mobility) -> dict[str, Any]:
        pairs = self.ctx.store.mobilities.participants(record.id) if record.id else []
        return {"participants": [(link.participant_id, link.role) for link, _ in pairs]}

    def persist(self, record: Mobility, extras: dict[str, Any]) -> list[Problem]:
        return self.ctx.store.mobilities.save_with_participants(
            record, [tuple(pair) for pair in extras["participants"]])

    def blank_like(self, record: Mobility) -> Mobility:
        return Mobility(project_id=record.project_id)

    def after_fill(self) -> None:
        tr = QCoreApplication.translate
        transport = cat.find(cat.TRANSPORTS, self.transport.value())
        if isinstance(transport, cat.Transport):
            green = transport.green
            self.green.setText(tr(C, "Green travel", "this trip's transport is sustainable")
                               if green else tr(C, "Not green travel"))
        else:
            green = False
            self.green.setText(tr(C, "Choose the main transport once it is known."))
        self.green.setProperty("green", green)
        restyle(self.green)
        needs = isinstance(transport, cat.Transport) and transport.needs_description
        self.transport_text.setEnabled(needs)
        days = duration_days(self.start.iso(), self.end.iso())
        activity = cat.find(cat.ACTIVITY_TYPES, self.activity.value())
        if days and days > 0 and isinstance(activity, cat.ActivityType):
            self.duration.setText(
                tr(C, "%n day(s) abroad; usual for this activity: %1–%2 days.", None, days)
                .replace("%1", str(activity.min_days)).replace("%2", str(activity.max_days)))
        else:
            self.duration.setText("")
        self.duration.setVisible(bool(self.duration.text()))
        self._title()

    def _title(self) -> None:
        tr = QCoreApplication.translate
        m = self.record
        if m is None:
            self.title.set_full_text("")
        elif not m.id and self.draft is None:
            self.title.set_full_text(tr(C, "New mobility"))
        else:
            place = ", ".join(x for x in (self.city.value(), formatting.country_name(
                self.country.value(), self.ctx.language)) if x)
            self.title.set_full_text(place or catalogue_label(cat.ACTIVITY_TYPES,
                                                              self.activity.value()))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.after_fill()


class MobilitiesPage(TablePage):
    CONTEXT = "MobilitiesPage"
    EMPTY = QT_TRANSLATE_NOOP("MobilitiesPage", "No trip yet. Press New and type where and "
                                                "when: the people can be added later.")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.model = MobilityModel(ctx, self, self.draft_rows)
        self.editor = MobilityEditor(ctx)
        self.form = self.editor
        self.editor.refresh_choices()
        self.build(self.editor)
        self.list_tools.add_import()  # a list from a spreadsheet

    def fetch(self, record_id: str) -> Mobility | None:
        return self.ctx.store.mobilities.get(record_id)

    def blank(self) -> Mobility:
        self.editor.refresh_choices()
        projects = self.ctx.store.projects.choices()
        return Mobility(project_id=projects[0][0] if projects else "")

    def first_field(self) -> QWidget:
        return self.editor.activity

    def draft_row(self, values: dict[str, Any]) -> dict[str, Any]:
        return {**values, "participants": None}

    def empty_message(self) -> str:
        if not self.ctx.store.projects.choices():
            return QCoreApplication.translate(
                "MobilitiesPage", "Record the project first, on the Projects page: everything "
                                  "here belongs to a project.")
        return super().empty_message()

    def describe(self, record_id: str) -> tuple[str, dict[str, int]]:
        m = self.ctx.store.mobilities.get(record_id)
        what = ", ".join(x for x in (m.city, formatting.format_date(
            m.start_date, self.ctx.language, "medium")) if x) if m else record_id
        return what, self.ctx.store.mobilities.dependents(record_id)

    def delete_record(self, record_id: str) -> None:
        self.ctx.store.mobilities.delete(record_id)

    def refresh(self) -> None:
        self.editor.refresh_choices()
        super().refresh()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.heading.setText(self.tr("Mobilities"))
