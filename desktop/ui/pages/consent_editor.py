"""A person's consent: who gave it, when, for which uses, until when, and the scanned form."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop.domain import catalogues as cat
from desktop.domain.models import Consent
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.ui.context import AppContext
from desktop.ui.fields import CodeCombo, DateField
from desktop.ui.forms import RecordForm, field_layout, make_label
from desktop.ui.media import copy_into_media, media_path, open_local

CC = "ConsentEditor"


class ConsentEditor(RecordForm):
    withdrawn = Signal()  # the user recorded a withdrawal: time for the take-down list

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.heading = QLabel(objectName="sectionTitle")
        form = field_layout()
        self.given_by = self.add_field(form, "given_by", CC, QT_TRANSLATE_NOOP(CC, "Given by"),
                                       CodeCombo(cat.CONSENT_GIVERS))
        self.given_on = self.add_field(form, "given_on", CC, QT_TRANSLATE_NOOP(CC, "Given on"),
                                       DateField())
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        self.use_labels: list[tuple[QLabel, str]] = []
        self.boxes: dict[str, QCheckBox] = {}
        for column, use in enumerate(cat.CONSENT_USES, start=1):
            label = make_label(object_name="hint")
            grid.addWidget(label, 0, column)
            self.use_labels.append((label, use.label))
        for row, kind in enumerate(cat.CONSENT_KINDS, start=1):
            label = QLabel()
            grid.addWidget(label, row, 0)
            self.use_labels.append((label, kind.label))
            for column, use in enumerate(cat.CONSENT_USES, start=1):
                box = QCheckBox()
                box.setObjectName(f"{kind.code}_{use.code}")
                grid.addWidget(box, row, column)
                self.boxes[f"{kind.code}_{use.code}"] = box
                self._watch(box)
        self.scope_label = QLabel()
        form.addRow(self.scope_label, grid_holder)
        self.name_display = self.add_field(form, "name_display", CC,
                                           QT_TRANSLATE_NOOP(CC, "Name shown as"),
                                           CodeCombo(cat.NAME_DISPLAYS))
        self.expires_on = self.add_field(form, "expires_on", CC,
                                         QT_TRANSLATE_NOOP(CC, "Expires on"), DateField())
        self.withdrawn_on = self.add_field(form, "withdrawn_on", CC,
                                           QT_TRANSLATE_NOOP(CC, "Withdrawn on"), DateField())
        self.form_label = make_label()
        self.attach_button = QPushButton()
        self.open_button = QPushButton()
        self.attach_button.clicked.connect(self.choose_form_file)
        self.open_button.clicked.connect(self.open_form_file)
        file_row = QWidget()
        file_box = QHBoxLayout(file_row)
        file_box.setContentsMargins(0, 0, 0, 0)
        file_box.addWidget(self.form_label, 1)
        file_box.addWidget(self.attach_button)
        file_box.addWidget(self.open_button)
        self.add_field(form, "form_file", CC, QT_TRANSLATE_NOOP(CC, "Scanned form"), file_row)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_consent)
        self.withdraw_button = QPushButton()
        self.withdraw_button.clicked.connect(self.withdraw_today)
        buttons = QHBoxLayout()
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        self._form_file = ""
        box = self.lay_out(form, self.heading)
        box.setContentsMargins(0, 8, 0, 0)
        box.addLayout(buttons)
        self.retranslate_ui()

    def fill_fields(self, c: Consent | None) -> None:
        c = c or Consent()
        self.given_by.set_code(c.given_by)
        self.given_on.set_iso(c.given_on)
        for name, box in self.boxes.items():
            box.setChecked(bool(getattr(c, name)))
        self.name_display.set_code(c.name_display)
        self.expires_on.set_iso(c.expires_on)
        self.withdrawn_on.set_iso(c.withdrawn_on)
        self._form_file = c.form_file
        self._show_file()

    def collect(self) -> Consent:
        values = {name: box.isChecked() for name, box in self.boxes.items()}
        return dataclasses.replace(self.record, given_by=self.given_by.code() or "",
                                   given_on=self.given_on.iso(),
                                   name_display=self.name_display.code() or "",
                                   expires_on=self.expires_on.iso(),
                                   withdrawn_on=self.withdrawn_on.iso(),
                                   form_file=self._form_file, **values)

    def persist(self, record: Consent) -> None:
        self.ctx.store.people.save_consent(record)

    def new_consent(self) -> None:
        participant_id = self.record.participant_id if self.record else ""
        if participant_id:
            self.load(Consent(participant_id=participant_id,
                              given_on=dt.date.today().isoformat()), is_new=True)

    def withdraw_today(self) -> None:
        if self.record is not None and self.record.id:
            self.withdrawn_on.set_iso(dt.date.today().isoformat())
            self.commit_now()
            if self.record.withdrawn_on:
                self.withdrawn.emit()

    def choose_form_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate(CC, "Choose the scanned consent form"))
        if path:
            self.attach_form_file(path)

    def attach_form_file(self, path: str) -> None:
        try:
            self._form_file = copy_into_media(self.ctx.store.media_dir, path, "consent")
        except (OSError, ValueError) as error:
            QMessageBox.warning(self, QCoreApplication.translate(CC, "Scanned form"),
                                QCoreApplication.translate(CC, "The file could not be copied: "
                                                               "%1").replace("%1", str(error)))
            return
        self._show_file()
        self.commit_now()

    def open_form_file(self) -> None:
        path = media_path(self.ctx.store.media_dir, self._form_file)
        if path is not None:
            open_local(path)

    def _show_file(self) -> None:
        tr = QCoreApplication.translate
        self.form_label.setText(self._form_file or tr(CC, "No scanned form attached"))
        self.open_button.setEnabled(media_path(self.ctx.store.media_dir, self._form_file)
                                    is not None)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        tr = QCoreApplication.translate
        self.heading.setText(tr(CC, "Consent"))
        self.scope_label.setText(tr(CC, "May appear"))
        for label, source in self.use_labels:
            label.setText(tr("Catalogue", source))
        self.attach_button.setText(tr(CC, "Attach…"))
        self.open_button.setText(tr(CC, "Open"))
        self.new_button.setText(tr(CC, "Record a new consent"))
        self.withdraw_button.setText(tr(CC, "Withdrawn today"))
        self._show_file()
