"""The People page: participants, their consent, and a badge saying where they may appear."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import catalogues as cat
from desktop.domain.models import Consent, Participant
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.ui.consent_badge import person_badge, show_badge
from desktop.ui.context import AppContext
from desktop.ui.fields import CodeCombo, TextArea
from desktop.ui.forms import RecordForm, field_layout, make_label
from desktop.ui.models import Column, PagedTableModel
from desktop.ui.pages.consent_editor import ConsentEditor
from desktop.ui.table_page import TablePage

C = "PersonEditor"


class PeopleModel(PagedTableModel):
    CONTEXT = "PeopleModel"
    COLUMNS = [
        Column("name", QT_TRANSLATE_NOOP("PeopleModel", "Name"), "name"),
        Column("role", QT_TRANSLATE_NOOP("PeopleModel", "Role"), "role", "catalogue",
               cat.PARTICIPANT_ROLES),
        Column("mobilities", QT_TRANSLATE_NOOP("PeopleModel", "Trips"), "mobilities", "number"),
        Column("fewer_opportunities", QT_TRANSLATE_NOOP("PeopleModel", "Fewer opportunities"),
               "fewer_opportunities", "bool"),
        Column("protected_identity", QT_TRANSLATE_NOOP("PeopleModel", "Protected"),
               "protected_identity", "bool"),
        Column("consent_given_on", QT_TRANSLATE_NOOP("PeopleModel", "Consent given"),
               "consent", "date"),
        Column("consent_withdrawn_on", QT_TRANSLATE_NOOP("PeopleModel", "Withdrawn"), None,
               "date"),
    ]

    def __init__(self, ctx: AppContext, parent=None):  # noqa: ANN001
        super().__init__(ctx.store.people.page, self.COLUMNS, lambda: ctx.language, "name",
                         False, parent)


class PersonEditor(RecordForm):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.title = QLabel(objectName="editorTitle")
        form = field_layout()
        self.name = self.add_field(form, "name", C, QT_TRANSLATE_NOOP(C, "Name"), QLineEdit())
        self.role = self.add_field(form, "role", C, QT_TRANSLATE_NOOP(C, "Role"),
                                   CodeCombo(cat.PARTICIPANT_ROLES))
        self.fewer = self.add_field(form, "fewer_opportunities", C,
                                    QT_TRANSLATE_NOOP(C, "Fewer opportunities"), QCheckBox())
        self.protected = self.add_field(form, "protected_identity", C,
                                        QT_TRANSLATE_NOOP(C, "Protected identity"), QCheckBox())
        self.notes = self.add_field(form, "notes", C, QT_TRANSLATE_NOOP(C, "Notes"),
                                    TextArea(lines=3))
        self.layout_box = QVBoxLayout(self)
        self.layout_box.addWidget(self.title)
        self.layout_box.addWidget(self.status)
        self.layout_box.addWidget(self.general_error)
        self.layout_box.addLayout(form)
        self.retranslate_ui()

    def fill_fields(self, p: Participant | None) -> None:
        p = p or Participant()
        self.name.setText(p.name)
        self.role.set_code(p.role)
        self.fewer.setChecked(p.fewer_opportunities)
        self.protected.setChecked(p.protected_identity)
        self.notes.setText(p.notes)

    def collect(self) -> Participant:
        return dataclasses.replace(self.record, name=self.name.text().strip(),
                                   role=self.role.code() or "",
                                   fewer_opportunities=self.fewer.isChecked(),
                                   protected_identity=self.protected.isChecked(),
                                   notes=self.notes.text())

    def persist(self, record: Participant) -> None:
        self.ctx.store.people.save(record)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        tr = QCoreApplication.translate
        if self.record is None:
            self.title.setText(tr(C, "No person chosen"))
        else:
            self.title.setText(self.record.name or tr(C, "New person"))
        self.fewer.setText(tr(C, "Yes"))
        self.protected.setText(tr(C, "Never shown anywhere"))
        self.protected.setToolTip(tr(C, "Nothing about this person is ever printed or "
                                        "published, whatever the consent says."))


class PeoplePage(TablePage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.model = PeopleModel(ctx, self)
        self.editor = QWidget()
        self.person = PersonEditor(ctx)
        self.consent = ConsentEditor(ctx)
        self.badge = make_label(object_name="badge")
        self.no_consent_hint = make_label(object_name="hint")
        self.takedown_button = QPushButton()
        self.export_button = QPushButton()
        self.erase_button = QPushButton()
        self.takedown_button.clicked.connect(self.show_takedown)
        self.export_button.clicked.connect(self.export_data)
        self.erase_button.clicked.connect(self.erase_person)
        self.privacy_row = QWidget()
        privacy = QHBoxLayout(self.privacy_row)
        privacy.setContentsMargins(0, 0, 0, 0)
        privacy.addWidget(self.takedown_button)
        privacy.addWidget(self.export_button)
        privacy.addWidget(self.erase_button)
        privacy.addStretch(1)
        box = QVBoxLayout(self.editor)
        box.setContentsMargins(12, 12, 12, 12)
        box.addWidget(self.person)
        box.addWidget(self.badge)
        box.addWidget(self.privacy_row)
        box.addWidget(self.no_consent_hint)
        box.addWidget(self.consent)
        box.addStretch(1)
        self.person.saved.connect(self._person_saved)
        self.consent.saved.connect(self._consent_saved)
        self.consent.withdrawn.connect(self.show_takedown)
        self.editor.flush = self._flush  # type: ignore[attr-defined]
        self.build(self.editor)

    def _flush(self) -> None:
        self.person.flush()
        self.consent.flush()

    # A person's data-protection rights (the dialogs belong to the privacy module).
    def _person_id(self) -> str:
        record = self.person.record
        return record.id if record is not None else ""

    def show_takedown(self) -> None:
        from desktop.ui.privacy_dialogs import show_takedown_list

        if self._person_id():
            show_takedown_list(self.ctx.store, self._person_id(), self)

    def export_data(self) -> None:
        from desktop.ui.privacy_dialogs import export_person_data

        if self._person_id():
            export_person_data(self.ctx.store, self._person_id(), self)

    def erase_person(self) -> None:
        from desktop.ui.privacy_dialogs import erase_person_asking

        if self._person_id() and erase_person_asking(self.ctx.store, self._person_id(), self):
            self.model.refresh(keep_loaded=True)
            if self.model.rowCount():
                self.select_row(0)
            else:
                self.show_record(None)

    def _person_saved(self, record_id: str) -> None:
        self.record_saved(record_id)
        self.person.retranslate_ui()
        if self.consent.record is None or not self.consent.record.participant_id:
            self._load_consent(record_id)
        self._update_badge()

    def _consent_saved(self, _consent_id: str) -> None:
        participant_id = self.consent.record.participant_id
        self.record_saved(participant_id)
        self._update_badge()

    def editing_id(self) -> str | None:
        return self.person.record.id if self.person.record is not None else None

    def show_record(self, record_id: str | None) -> None:
        self._flush()
        person = self.ctx.store.people.get(record_id) if record_id else None
        self.person.load(person)
        self.person.retranslate_ui()
        self._load_consent(record_id)
        self._update_badge()

    def _load_consent(self, participant_id: str | None) -> None:
        if not participant_id:
            self.consent.load(None)
            self.consent.hide()
            return
        self.consent.show()
        current = self.ctx.store.people.consent(participant_id)
        if current is None:
            self.consent.load(Consent(participant_id=participant_id,
                                      given_on=dt.date.today().isoformat()), is_new=True)
        else:
            self.consent.load(current)

    def _update_badge(self) -> None:
        person = self.person.record
        consent = None
        if person is not None and person.id:
            consent = self.ctx.store.people.consent(person.id)
        text, level = person_badge(person if person and person.id else None, consent)
        show_badge(self.badge, text, level)
        self.no_consent_hint.setText(QCoreApplication.translate(
            "PeoplePage", "Consent can be recorded once the person is saved.")
            if person is not None and not person.id else "")
        self.no_consent_hint.setVisible(person is not None and not person.id)
        self.privacy_row.setVisible(person is not None and bool(person.id)
                                    and not self.ctx.store.read_only)

    def new_record(self) -> None:
        self._flush()
        self.clear_selection()
        self.person.load(Participant(), is_new=True)
        self.person.retranslate_ui()
        self._load_consent(None)
        self._update_badge()
        self.person.name.setFocus()

    def describe(self, record_id: str) -> tuple[str, dict[str, int]]:
        person = self.ctx.store.people.get(record_id)
        found = self.ctx.store.people.dependents(record_id)
        # A person's links go with them; the trips and stories themselves stay.
        renamed = {"mobilities": "trip_places", "stories": "authorships"}
        return (person.name if person else record_id,
                {renamed.get(key, key): count for key, count in found.items()})

    def delete_record(self, record_id: str) -> None:
        self.ctx.store.people.delete(record_id)

    def refresh(self) -> None:
        self.model.refresh(keep_loaded=True)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.heading.setText(self.tr("People"))
        if hasattr(self, "person"):
            self.takedown_button.setText(self.tr("Take-down list…"))
            self.takedown_button.setToolTip(self.tr("Where this person's photos, stories or "
                                                    "name have been printed"))
            self.export_button.setText(self.tr("Export their data…"))
            self.erase_button.setText(self.tr("Erase…"))
            self._update_badge()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
