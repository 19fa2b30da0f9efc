"""The Mobilities page: every trip, filtered and sorted in SQL, and the trip editor."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from desktop.domain import catalogues as cat
from desktop.domain.models import Mobility
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.domain.validation import Problem
from desktop.i18n import formatting
from desktop.ui.context import AppContext
from desktop.ui.fields import ChoiceCombo, CodeCombo, CountryCombo, DateField, TextArea
from desktop.ui.forms import RecordForm, field_layout, make_label
from desktop.ui.models import Column, PagedTableModel, catalogue_label
from desktop.ui.people_picker import RolePeopleEditor
from desktop.ui.style import restyle
from desktop.ui.table_page import TablePage

C = "MobilityEditor"


class MobilityModel(PagedTableModel):
    CONTEXT = "MobilityModel"
    COLUMNS = [
        Column("start_date", QT_TRANSLATE_NOOP("MobilityModel", "Start"), "start_date", "date"),
        Column("activity_type", QT_TRANSLATE_NOOP("MobilityModel", "Activity"),
               "activity_type", "catalogue", cat.ACTIVITY_TYPES),
        Column("city", QT_TRANSLATE_NOOP("MobilityModel", "City"), "city"),
        Column("country", QT_TRANSLATE_NOOP("MobilityModel", "Country"), "country", "country"),
        Column("host_organisation", QT_TRANSLATE_NOOP("MobilityModel", "Host"),
               "host_organisation"),
        Column("participants", QT_TRANSLATE_NOOP("MobilityModel", "People"), "participants",
               "number"),
        Column("status", QT_TRANSLATE_NOOP("MobilityModel", "Status"), "status", "catalogue",
               cat.MOBILITY_STATUSES),
        Column("project_title", QT_TRANSLATE_NOOP("MobilityModel", "Project"), "project"),
    ]

    def __init__(self, ctx: AppContext, parent=None):  # noqa: ANN001
        super().__init__(ctx.store.mobilities.page, self.COLUMNS, lambda: ctx.language,
                         "start_date", True, parent)


class MobilityEditor(RecordForm):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.title = QLabel(objectName="editorTitle")
        form = field_layout()
        add = self.add_field
        self.project = add(form, "project_id", C, QT_TRANSLATE_NOOP(C, "Project"), ChoiceCombo())
        self.activity = add(form, "activity_type", C, QT_TRANSLATE_NOOP(C, "Activity type"),
                            CodeCombo(cat.ACTIVITY_TYPES))
        self.topic = add(form, "topic", C, QT_TRANSLATE_NOOP(C, "Topic"), QLineEdit())
        self.host = add(form, "host_organisation", C, QT_TRANSLATE_NOOP(C, "Host organisation"),
                        QLineEdit())
        self.city = add(form, "city", C, QT_TRANSLATE_NOOP(C, "City"), QLineEdit())
        self.country = add(form, "country", C, QT_TRANSLATE_NOOP(C, "Country"),
                           CountryCombo(ctx.language))
        self.start = add(form, "start_date", C, QT_TRANSLATE_NOOP(C, "First day"),
                         DateField(optional=True))
        self.end = add(form, "end_date", C, QT_TRANSLATE_NOOP(C, "Last day"),
                       DateField(optional=True))
        self.duration = make_label(object_name="hint")
        form.addRow(self.duration)
        spin = QSpinBox()
        spin.setRange(0, 99)
        self.travel = add(form, "travel_days", C, QT_TRANSLATE_NOOP(C, "Travel days"), spin)
        self.transport = add(form, "transport", C, QT_TRANSLATE_NOOP(C, "Main transport"),
                             CodeCombo(cat.TRANSPORTS))
        self.green = make_label(object_name="greenBadge")
        form.addRow(self.green)
        self.transport_text = add(form, "transport_description", C,
                                  QT_TRANSLATE_NOOP(C, "Sustainable means, described"),
                                  QLineEdit())
        self.status_combo = add(form, "status", C, QT_TRANSLATE_NOOP(C, "Status"),
                                CodeCombo(cat.MOBILITY_STATUSES))
        self.outcomes = add(form, "learning_outcomes", C,
                            QT_TRANSLATE_NOOP(C, "Learning outcomes"), TextArea())
        self.passed_on = add(form, "passed_on", C,
                             QT_TRANSLATE_NOOP(C, "Passed on to colleagues"), TextArea())
        self.report = add(form, "report_status", C,
                          QT_TRANSLATE_NOOP(C, "Participant reports"),
                          CodeCombo(cat.REPORT_STATUSES))
        self.people = RolePeopleEditor()
        add(form, "participants", C, QT_TRANSLATE_NOOP(C, "Participants"), self.people)
        self.people.changed.connect(self.commit_now)
        self.transport.currentIndexChanged.connect(self._update_hints)
        self.start.dateChanged.connect(self._update_hints)
        self.end.dateChanged.connect(self._update_hints)
        self.activity.currentIndexChanged.connect(self._update_hints)
        self.lay_out(form, self.title, margins=12, stretch=True)
        self.retranslate_ui()

    def refresh_choices(self) -> None:
        store = self.ctx.store
        self.project.set_choices(store.projects.choices())
        self.people.set_loader(lambda: [(p.id, p.name, p.role) for p in store.people.all()])

    def fill_fields(self, m: Mobility | None) -> None:
        m = m or Mobility()
        self.project.set_value(m.project_id)
        self.activity.set_code(m.activity_type)
        self.topic.setText(m.topic)
        self.host.setText(m.host_organisation)
        self.city.setText(m.city)
        self.country.set_code(m.country)
        self.start.set_iso(m.start_date)
        self.end.set_iso(m.end_date)
        self.travel.setValue(int(m.travel_days or 0))
        self.transport.set_code(m.transport)
        self.transport_text.setText(m.transport_description)
        self.status_combo.set_code(m.status)
        self.outcomes.setText(m.learning_outcomes)
        self.passed_on.setText(m.passed_on)
        self.report.set_code(m.report_status)
        pairs = self.ctx.store.mobilities.participants(m.id) if m.id else []
        self.people.set_links([(link.participant_id, link.role) for link, _ in pairs],
                              {p.id: (p.name, p.role) for _, p in pairs})
        self._update_hints()

    def collect(self) -> Mobility:
        return dataclasses.replace(
            self.record, project_id=self.project.value() or "",
            activity_type=self.activity.code() or "", topic=self.topic.text().strip(),
            host_organisation=self.host.text().strip(), city=self.city.text().strip(),
            country=self.country.code(), start_date=self.start.iso(), end_date=self.end.iso(),
            travel_days=self.travel.value(), transport=self.transport.code() or "",
            transport_description=self.transport_text.text().strip(),
            status=self.status_combo.code() or "", learning_outcomes=self.outcomes.text(),
            passed_on=self.passed_on.text(), report_status=self.report.code() or "")

    def persist(self, record: Mobility) -> list[Problem]:
        return self.ctx.store.mobilities.save_with_participants(record, self.people.links())

    def _update_hints(self, *_: object) -> None:
        tr = QCoreApplication.translate
        transport = cat.find(cat.TRANSPORTS, self.transport.code())
        green = isinstance(transport, cat.Transport) and transport.green
        self.green.setText(tr(C, "Green travel") if green else tr(C, "Not green travel"))
        self.green.setProperty("green", green)
        restyle(self.green)
        needs = isinstance(transport, cat.Transport) and transport.needs_description
        self.transport_text.setEnabled(needs)
        from desktop.domain.validation import duration_days

        days = duration_days(self.start.iso(), self.end.iso())
        activity = cat.find(cat.ACTIVITY_TYPES, self.activity.code())
        if days and days > 0 and isinstance(activity, cat.ActivityType):
            self.duration.setText(tr(C, "%1 days abroad; usual for this activity: %2–%3 days.")
                                  .replace("%1", str(days)).replace("%2", str(activity.min_days))
                                  .replace("%3", str(activity.max_days)))
        else:
            self.duration.setText("")

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        m = self.record
        tr = QCoreApplication.translate
        if m is None:
            self.title.setText(tr(C, "No mobility chosen"))
        elif not m.id:
            self.title.setText(tr(C, "New mobility"))
        else:
            place = ", ".join(x for x in (m.city, formatting.country_name(
                m.country, self.ctx.language)) if x)
            self.title.setText(place or catalogue_label(cat.ACTIVITY_TYPES, m.activity_type))
        self.country.set_language(self.ctx.language)
        self._update_hints()

    def load(self, record, is_new: bool = False) -> None:  # noqa: ANN001
        super().load(record, is_new)
        self.retranslate_ui()


class MobilitiesPage(TablePage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.model = MobilityModel(ctx, self)
        self.editor = MobilityEditor(ctx)
        self.editor.refresh_choices()
        self.editor.saved.connect(self._saved)
        self.build(self.editor)

    def _saved(self, record_id: str) -> None:
        self.record_saved(record_id)
        self.editor.retranslate_ui()

    def editing_id(self) -> str | None:
        return self.editor.record.id if self.editor.record is not None else None

    def show_record(self, record_id: str | None) -> None:
        record = self.ctx.store.mobilities.get(record_id) if record_id else None
        self.editor.load(record)

    def new_record(self) -> None:
        self.editor.refresh_choices()
        projects = self.ctx.store.projects.choices()
        self.clear_selection()
        self.editor.load(Mobility(project_id=projects[0][0] if projects else ""), is_new=True)
        self.editor.topic.setFocus()

    def describe(self, record_id: str) -> tuple[str, dict[str, int]]:
        m = self.ctx.store.mobilities.get(record_id)
        what = ", ".join(x for x in (m.city, formatting.format_date(
            m.start_date, self.ctx.language, "medium")) if x) if m else record_id
        return what, self.ctx.store.mobilities.dependents(record_id)

    def delete_record(self, record_id: str) -> None:
        self.ctx.store.mobilities.delete(record_id)

    def refresh(self) -> None:
        self.editor.refresh_choices()
        self.model.refresh(keep_loaded=True)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.heading.setText(self.tr("Mobilities"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
