"""A person's consent: who gave it, when, for which uses, until when, and the scanned form."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop.domain import catalogues as cat
from desktop.domain.models import Consent
from desktop.domain.validation import Problem, any_use
from desktop.ui.choosers import CodeCombo
from desktop.ui.context import AppContext
from desktop.ui.date_field import DateField
from desktop.ui.flow import FlowLayout
from desktop.ui.forms import Field, RecordForm, make_label
from desktop.ui.labels import PlainLabel
from desktop.ui.media import AttachmentField
from desktop.ui.text import QT_TRANSLATE_NOOP, one_line

CC = "ConsentEditor"


class ConsentUses(QWidget):
    """The six boxes: photos and stories, each inside the school, in public print, online.
    A field whose value is the six columns of the consent."""

    edited = Signal()
    left = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.headers: list[tuple[PlainLabel, str]] = []
        self.boxes: dict[str, QCheckBox] = {}
        for column, use in enumerate(cat.CONSENT_USES, start=1):
            label = make_label(object_name="hint")
            grid.addWidget(label, 0, column)
            self.headers.append((label, use.label))
        for row, kind in enumerate(cat.CONSENT_KINDS, start=1):
            label = PlainLabel()
            grid.addWidget(label, row, 0)
            self.headers.append((label, kind.label))
            for column, use in enumerate(cat.CONSENT_USES, start=1):
                box = QCheckBox()
                box.setObjectName(f"{kind.code}_{use.code}")
                box.toggled.connect(lambda _on: (self.edited.emit(), self.left.emit()))
                grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignCenter)
                self.boxes[f"{kind.code}_{use.code}"] = box
        self.columns = tuple(self.boxes)
        self.retranslate_ui()

    def value(self) -> dict[str, bool]:
        return {name: box.isChecked() for name, box in self.boxes.items()}

    def set_value(self, value: Any) -> None:
        for name, box in self.boxes.items():
            with QSignalBlocker(box):
                box.setChecked(bool((value or {}).get(name)))

    def problem(self) -> Problem | None:
        return None

    def raw(self) -> str | None:
        return None

    def set_raw(self, text: str) -> None:
        pass

    def note(self) -> str:
        return ""

    def retranslate_ui(self) -> None:
        for label, source in self.headers:
            label.setText(QCoreApplication.translate("Catalogue", source))


def _date(ctx: AppContext) -> DateField:
    return DateField(lambda: ctx.language)


class ConsentEditor(RecordForm):
    CONTEXT = CC
    TABLE = "consent"
    RECORD = Consent
    FIELDS = (
        Field("given_by", QT_TRANSLATE_NOOP(CC, "Given by"),
              lambda ctx: CodeCombo(cat.CONSENT_GIVERS)),
        Field("uses", QT_TRANSLATE_NOOP(CC, "May appear"), lambda ctx: ConsentUses(),
              spread=True),
        Field("given_on", QT_TRANSLATE_NOOP(CC, "Given on"), _date),
        Field("name_display", QT_TRANSLATE_NOOP(CC, "Name shown as"),
              lambda ctx: CodeCombo(cat.NAME_DISPLAYS)),
        Field("expires_on", QT_TRANSLATE_NOOP(CC, "Expires on"), _date),
        Field("withdrawn_on", QT_TRANSLATE_NOOP(CC, "Withdrawn on"), _date),
        Field("form_file", QT_TRANSLATE_NOOP(CC, "Scanned form"),
              lambda ctx: AttachmentField(ctx.store.media_dir, "consent")),
    )

    withdrawn = Signal()  # the user recorded a withdrawal: time for the take-down list

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        f = self.fields
        self.heading = PlainLabel(objectName="sectionTitle")
        self.given_by, self.uses, self.given_on = f["given_by"], f["uses"], f["given_on"]
        self.boxes = self.uses.boxes
        self.name_display, self.expires_on = f["name_display"], f["expires_on"]
        self.withdrawn_on, self.attachment = f["withdrawn_on"], f["form_file"]
        self.open_button = self.attachment.open_button
        self.expires_on.near = self.given_on.iso
        # A use ticked without a date: the date is asked for at once.
        self.uses.edited.connect(self._use_ticked)
        self.person_name = ""
        self._undo: str | None = None
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_consent)
        self.withdraw_button = QPushButton()
        self.withdraw_button.clicked.connect(self.withdraw_today)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_withdrawal)
        self.undo_button.hide()
        buttons = QWidget()
        flow = FlowLayout(buttons)
        flow.addWidget(self.withdraw_button)
        flow.addWidget(self.undo_button)
        flow.addWidget(self.new_button)
        box = self.lay_out(self.heading)
        box.setContentsMargins(0, 8, 0, 0)
        box.addWidget(buttons)
        self.retranslate_ui()

    def is_required(self, name: str) -> bool:
        if name == "given_on":
            return any(self.uses.value().values())
        return super().is_required(name)

    def _use_ticked(self) -> None:
        if any(self.uses.value().values()) and not self.given_on.value():
            self.touch("given_on")

    def persist(self, record: Consent, extras: dict[str, Any]) -> None:
        self.ctx.store.people.save_consent(record)

    def blank_like(self, record: Consent) -> Consent:
        return Consent(participant_id=record.participant_id, given_by=record.given_by)

    def after_fill(self) -> None:
        record = self.record
        stored = record is not None and bool(record.id)
        self.withdraw_button.setEnabled(stored and not self.withdrawn_on.iso())
        self.new_button.setEnabled(stored)

    def commit(self, tried: bool = False) -> bool:
        # A new consent that allows nothing and holds no date or form is not a consent yet:
        # choosing who gives it or how the name shows saves nothing on its own.
        if self.is_new() and not any_use(self.collect()) and not any(
                self.fields[name].value() for name in ("given_on", "expires_on",
                                                       "withdrawn_on", "form_file")):
            return True
        done = super().commit(tried)
        self.after_fill()
        return done

    def new_consent(self) -> None:
        """A new consent form replaces the current one from the day it was given."""
        record = self.record
        if record is not None and record.participant_id:
            self.load(Consent(participant_id=record.participant_id, given_by=record.given_by),
                      is_new=True)
            self.given_on.setFocus()

    def withdraw_today(self) -> None:
        """Asks first; the withdrawal can be undone until another record is shown."""
        record = self.record
        if record is None or not record.id:
            return
        tr = QCoreApplication.translate
        box = QMessageBox(self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr(CC, "Consent withdrawn"))
        # The name stands alone after a colon, so that no case ending depends on it.
        box.setText(tr(CC, "Record that this consent was withdrawn today? Person: %1")
                    .replace("%1", one_line(self.person_name, 120)))
        box.setInformativeText(tr(CC, "From today this person's photos, stories and name are "
                                      "left out of every document, and the take-down list "
                                      "shows where they have appeared."))
        record_it = box.addButton(tr(CC, "Record the withdrawal"),
                                  QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not record_it:
            return
        previous = self.withdrawn_on.value()
        self.withdrawn_on.set_value(dt.date.today().isoformat())
        if self.commit_now():
            self._undo = previous
            self.undo_button.show()
            self.withdrawn.emit()

    def undo_withdrawal(self) -> None:
        if self._undo is None:
            return
        self.withdrawn_on.set_value(self._undo)
        if self.commit_now():
            self._undo = None
            self.undo_button.hide()

    def load(self, record: Any, is_new: bool = False) -> None:
        self._undo = None
        self.undo_button.hide()
        super().load(record, is_new)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        tr = QCoreApplication.translate
        self.heading.setText(tr(CC, "Consent"))
        self.new_button.setText(tr(CC, "Record a new consent"))
        self.withdraw_button.setText(tr(CC, "Withdrawn today…"))
        self.undo_button.setText(tr(CC, "Undo the withdrawal"))
