"""The People page: participants, their consent, and a badge saying where they may appear."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from desktop.domain import catalogues as cat
from desktop.domain.models import Consent, Participant
from desktop.i18n import formatting
from desktop.ui.choosers import CodeCombo
from desktop.ui.consent_badge import person_badge, show_badge
from desktop.ui.context import AppContext
from desktop.ui.fields import CheckField, LineField, TextArea
from desktop.ui.flow import FlowLayout
from desktop.ui.forms import Field, RecordForm, make_label
from desktop.ui.labels import ElidedLabel
from desktop.ui.models import Column, PagedTableModel
from desktop.ui.pages.consent_editor import ConsentEditor
from desktop.ui.table_page import TablePage
from desktop.ui.text import QT_TRANSLATE_NOOP

C = "PersonEditor"
PM = "PeopleModel"
SOON_DAYS = 60  # a consent expiring within this is named with its date in the list


class PeopleModel(PagedTableModel):
    CONTEXT = PM
    COLUMNS = [
        Column("name", QT_TRANSLATE_NOOP(PM, "Name"), "name", stretch=True),
        Column("role", QT_TRANSLATE_NOOP(PM, "Role"), "role", "catalogue",
               cat.PARTICIPANT_ROLES),
        Column("consent_given_on", QT_TRANSLATE_NOOP(PM, "Consent"), "consent", "consent"),
        Column("mobilities", QT_TRANSLATE_NOOP(PM, "Trips"), "mobilities", "number"),
        Column("fewer_opportunities", QT_TRANSLATE_NOOP(
            PM, "Fewer opportunities", "column: the person has fewer opportunities (yes)"),
            "fewer_opportunities", "bool"),
    ]

    def __init__(self, ctx: AppContext, parent=None, drafts=None):  # noqa: ANN001
        super().__init__(ctx.store.people.page, self.COLUMNS, lambda: ctx.language, "name",
                         False, parent, drafts)

    def display(self, row: dict[str, Any], column: Column) -> str:
        if column.kind == "consent":
            return consent_words(row, self._language())
        return super().display(row, column)


def consent_words(row: dict[str, Any], language: str, today: dt.date | None = None) -> str:
    """The consent in force, in words: missing, withdrawn, expired, expires 3 Jan, given."""
    tr = QCoreApplication.translate
    today = today or dt.date.today()
    on = today.isoformat()
    if row.get("protected_identity"):
        return tr(PM, "never shown (protected)")
    if row.get("id", "").startswith("draft:"):
        return ""
    given, withdrawn = row.get("consent_given_on") or "", row.get("consent_withdrawn_on") or ""
    expires = row.get("consent_expires_on") or ""
    if withdrawn and withdrawn <= on:
        return tr(PM, "withdrawn")
    if not given:
        return tr(PM, "missing")
    if expires and expires < on:
        return tr(PM, "expired")
    soon = (today + dt.timedelta(days=SOON_DAYS)).isoformat()
    if expires and expires <= soon:
        return tr(PM, "expires %1").replace("%1", formatting.format_day_month(expires,
                                                                               language))
    return tr(PM, "given")


class PersonEditor(RecordForm):
    CONTEXT = C
    TABLE = "participant"
    RECORD = Participant
    FIELDS = (
        Field("name", QT_TRANSLATE_NOOP(C, "Name"), lambda ctx: LineField(), required=True),
        Field("role", QT_TRANSLATE_NOOP(C, "Role"),
              lambda ctx: CodeCombo(cat.PARTICIPANT_ROLES), required=True),
        Field("fewer_opportunities", QT_TRANSLATE_NOOP(C, "Fewer opportunities"),
              lambda ctx: CheckField(C, QT_TRANSLATE_NOOP(C, "Yes"))),
        Field("protected_identity", QT_TRANSLATE_NOOP(C, "Protected identity"),
              lambda ctx: CheckField(C, QT_TRANSLATE_NOOP(C, "Never shown anywhere"))),
        Field("notes", QT_TRANSLATE_NOOP(C, "Notes"), lambda ctx: TextArea(lines=3)),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.title = ElidedLabel(objectName="editorTitle")
        self.name, self.role = self.fields["name"], self.fields["role"]
        self.fewer, self.protected = (self.fields["fewer_opportunities"],
                                      self.fields["protected_identity"])
        self.lay_out(self.title)
        self.retranslate_ui()

    def persist(self, record: Participant, extras: dict[str, Any]) -> None:
        self.ctx.store.people.save(record)

    def after_fill(self) -> None:
        tr = QCoreApplication.translate
        if self.record is None:
            self.title.set_full_text("")
        else:
            self.title.set_full_text(self.name.value() or tr(C, "New person"))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.protected.setToolTip(QCoreApplication.translate(
            C, "Nothing about this person is ever printed or published, whatever the consent "
               "says."))
        self.after_fill()


class PeoplePage(TablePage):
    CONTEXT = "PeoplePage"
    EMPTY = QT_TRANSLATE_NOOP("PeoplePage", "No one yet. Press New and type a name; record "
                                            "the consent for photos and stories below it. "
                                            "People can also be added from a trip.")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.model = PeopleModel(ctx, self, self.draft_rows)
        self.editor = QWidget()
        self.person = PersonEditor(ctx)
        self.form = self.person
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
        privacy = FlowLayout(self.privacy_row)
        privacy.addWidget(self.takedown_button)
        privacy.addWidget(self.export_button)
        privacy.addWidget(self.erase_button)
        box = QVBoxLayout(self.editor)
        box.setContentsMargins(12, 12, 12, 12)
        box.addWidget(self.person)
        box.addWidget(self.badge)
        box.addWidget(self.privacy_row)
        box.addWidget(self.no_consent_hint)
        box.addWidget(self.consent)
        box.addStretch(1)
        self.consent.saved.connect(self._consent_saved)
        self.consent.withdrawn.connect(self.show_takedown)
        self.build(self.editor)
        self.list_tools.add_import()  # a list from a spreadsheet

    def fetch(self, record_id: str) -> Participant | None:
        return self.ctx.store.people.get(record_id)

    def blank(self) -> Participant:
        return Participant()

    def flush(self) -> None:
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

        person_id = self._person_id()
        if person_id and erase_person_asking(self.ctx.store, person_id, self):
            self.person.draft = None  # the erasure took the person out of every draft
            self.person.load(None)
            self.model.refresh(keep_loaded=True, now=True)
            if self.model.rowCount():
                self.select_row(0)
            else:
                self.show_record(None)

    def saved_hook(self, record_id: str) -> None:
        consent = self.consent
        # A consent not yet begun follows the person (a pupil's is given by a guardian).
        if consent.record is None or not consent.record.participant_id or (
                consent.is_new() and not consent.dirty() and consent.draft is None):
            self._load_consent(record_id)
        self._update_badge()

    def _consent_saved(self, _consent_id: str) -> None:
        participant_id = self.consent.record.participant_id
        self.record_saved(participant_id)
        self._update_badge()

    def loaded(self) -> None:
        self._load_consent(self._person_id() or None)
        self._update_badge()

    def _load_consent(self, participant_id: str | None) -> None:
        if not participant_id:
            self.consent.load(None)
            self.consent.hide()
            return
        self.consent.show()
        person = self.person.record
        self.consent.person_name = person.name if person is not None else ""
        drafts = [d for d in self.ctx.drafts.for_table("consent") if not d.record_id
                  and d.data.get("record", {}).get("participant_id") == participant_id]
        current = self.ctx.store.people.consent(participant_id)
        if drafts and current is None:
            self.consent.load_draft(drafts[0])
        elif current is None:
            # A pupil's consent is given by a guardian; anyone else's by the person.
            giver = "guardian" if person is not None and person.role == "pupil" else "person"
            self.consent.load(Consent(participant_id=participant_id, given_by=giver),
                              is_new=True)
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

    def describe(self, record_id: str) -> tuple[str, dict[str, int]]:
        person = self.ctx.store.people.get(record_id)
        found = self.ctx.store.people.dependents(record_id)
        # A person's links go with them; the trips and stories themselves stay.
        renamed = {"mobilities": "trip_places", "stories": "authorships"}
        return (person.name if person else record_id,
                {renamed.get(key, key): count for key, count in found.items()})

    def delete_record(self, record_id: str) -> None:
        self.ctx.store.people.delete(record_id)
        self.ctx.drafts.forget_person(record_id)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.heading.setText(self.tr("People"))
        self.takedown_button.setText(self.tr("Take-down list…"))
        self.takedown_button.setToolTip(self.tr("Where this person's photos, stories or "
                                                "name have been printed"))
        self.export_button.setText(self.tr("Export their data…"))
        self.erase_button.setText(self.tr("Erase…"))
        self.consent.retranslate_ui()
        self._update_badge()
