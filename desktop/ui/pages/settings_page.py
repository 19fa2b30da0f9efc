"""The Settings page: interface language, the school's details and logo, where the data lives."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.models import School
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.i18n import LANGUAGES
from desktop.i18n.formatting import language_name
from desktop.ui.backups_panel import BackupsPanel
from desktop.ui.context import AppContext
from desktop.ui.dialogs import show_about
from desktop.ui.fields import ChoiceCombo, CountryCombo
from desktop.ui.forms import RecordForm, field_layout, make_label
from desktop.ui.media import copy_into_media, media_path, open_local
from desktop.ui.thumbnails import ThumbnailCache

C = "SchoolForm"


class SchoolForm(RecordForm):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        form = field_layout(labels_beside=True)
        add = self.add_field
        self.name = add(form, "name", C, QT_TRANSLATE_NOOP(C, "Name"), QLineEdit())
        self.country = add(form, "country", C, QT_TRANSLATE_NOOP(C, "Country"),
                           CountryCombo(ctx.language))
        self.city = add(form, "city", C, QT_TRANSLATE_NOOP(C, "City"), QLineEdit())
        self.oid = add(form, "oid", C, QT_TRANSLATE_NOOP(C, "Erasmus+ organisation ID (OID)"),
                       QLineEdit())
        self.oid.setPlaceholderText("E10000000")
        self.default_language = add(form, "default_language", C,
                                    QT_TRANSLATE_NOOP(C, "Language of documents"), ChoiceCombo())
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(96, 96)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setObjectName("badge")
        self.logo_button = QPushButton()
        self.logo_button.clicked.connect(self.choose_logo)
        logo_row = QWidget()
        logo_box = QHBoxLayout(logo_row)
        logo_box.setContentsMargins(0, 0, 0, 0)
        logo_box.addWidget(self.logo_preview)
        logo_box.addWidget(self.logo_button)
        logo_box.addStretch(1)
        add(form, "logo", C, QT_TRANSLATE_NOOP(C, "Logo"), logo_row)
        self._logo = ""
        self.thumbs = ThumbnailCache(limit=4)
        self.lay_out(form)
        self.retranslate_ui()

    def fill_fields(self, s: School | None) -> None:
        s = s or School()
        self.name.setText(s.name)
        self.country.set_code(s.country)
        self.city.setText(s.city)
        self.oid.setText(s.oid)
        self.default_language.set_value(s.default_language)
        self._logo = s.logo
        self._show_logo()

    def collect(self) -> School:
        return dataclasses.replace(self.record, name=self.name.text().strip(),
                                   country=self.country.code(), city=self.city.text().strip(),
                                   oid=self.oid.text().strip(),
                                   default_language=self.default_language.value() or "en",
                                   logo=self._logo)

    def persist(self, record: School) -> None:
        self.ctx.store.school.save(record)

    def choose_logo(self) -> None:
        tr = QCoreApplication.translate
        path, _ = QFileDialog.getOpenFileName(self, tr(C, "Choose the school's logo"), "",
                                              tr(C, "Images (*.png *.jpg *.jpeg)"))
        if path:
            self.attach_logo(path)

    def attach_logo(self, path: str) -> None:
        from desktop.domain.validation import ValidationError
        from desktop.store.media import inspect_image

        try:
            inspect_image(Path(path))
            self._logo = copy_into_media(self.ctx.store.media_dir, Path(path), "logo")
        except (ValidationError, OSError, ValueError):
            QMessageBox.warning(self, QCoreApplication.translate(C, "Logo"),
                                QCoreApplication.translate(C, "This file cannot be used as "
                                                              "a logo."))
            return
        self._show_logo()
        self.commit_now()

    def _show_logo(self) -> None:
        path = media_path(self.ctx.store.media_dir, self._logo)
        if path is None:
            self.logo_preview.clear()
            self.logo_preview.setText(QCoreApplication.translate(C, "No logo"))
        else:
            self.logo_preview.setPixmap(self.thumbs.get(path, 88))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.default_language.set_choices([(code, language_name(code, self.ctx.language))
                                           for code in LANGUAGES])
        if self.record is not None:
            self.default_language.set_value(self.record.default_language)
        self.country.set_language(self.ctx.language)
        self.logo_button.setText(QCoreApplication.translate(C, "Choose…"))
        self._show_logo()



class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel(objectName="pageHeading")
        self.language_group = QGroupBox()
        self.language = QComboBox(objectName="interfaceLanguage")
        for code in LANGUAGES:
            self.language.addItem(language_name(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.language)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language.setMaximumWidth(360)
        self.language_hint = make_label(object_name="hint")
        lang_box = QVBoxLayout(self.language_group)
        lang_box.addWidget(self.language)
        lang_box.addWidget(self.language_hint)
        self.school_group = QGroupBox()
        self.school = SchoolForm(ctx)
        self.school.load(ctx.store.school.get() or School(default_language=ctx.language),
                         is_new=ctx.store.school.get() is None)
        self.school.saved.connect(self._school_saved)
        QVBoxLayout(self.school_group).addWidget(self.school)
        self.data_group = QGroupBox()
        self.database_label = make_label()
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(lambda: open_local(ctx.store.path.parent))
        self.other_database = QPushButton()
        self.other_database.clicked.connect(self._choose_database)
        data_buttons = QHBoxLayout()
        data_buttons.addWidget(self.open_folder)
        data_buttons.addWidget(self.other_database)
        data_buttons.addStretch(1)
        self.about_button = QPushButton()
        self.about_button.clicked.connect(lambda: show_about(self))
        data_buttons.addWidget(self.about_button)
        data_box = QVBoxLayout(self.data_group)
        data_box.addWidget(self.database_label)
        data_box.addLayout(data_buttons)
        self.backups_group = QGroupBox(objectName="backupsGroup")
        backups_box = QVBoxLayout(self.backups_group)
        backups_box.addWidget(BackupsPanel(ctx.store, ctx))
        content = QWidget()
        content.setMaximumWidth(900)
        box = QVBoxLayout(content)
        box.setContentsMargins(20, 16, 20, 16)
        box.setSpacing(14)
        box.addWidget(self.heading)
        box.addWidget(self.language_group)
        box.addWidget(self.school_group)
        box.addWidget(self.data_group)
        box.addWidget(self.backups_group)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate_ui()

    def _language_chosen(self) -> None:
        code = str(self.language.currentData())
        self.ctx.settings.setValue("language", code)
        if self.ctx.switcher is not None:
            self.ctx.switcher.set_language(code)

    def _school_saved(self, _school_id: str) -> None:
        window = self.window()
        update = getattr(window, "update_school", None)
        if update is not None:
            update()

    def _choose_database(self) -> None:
        tr = QCoreApplication.translate
        path, _ = QFileDialog.getOpenFileName(self, tr("SettingsPage", "Open another database"),
                                              str(self.ctx.store.path.parent),
                                              tr("SettingsPage", "Vidare databases (*.db)"))
        if path:
            self.ctx.settings.setValue("database", path)
            QMessageBox.information(self, tr("SettingsPage", "Another database"),
                                    tr("SettingsPage", "Vidare opens %1 the next time it "
                                                       "starts.").replace("%1", path))

    def refresh(self) -> None:
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        tr = QCoreApplication.translate
        store = self.ctx.store
        self.heading.setText(tr("SettingsPage", "Settings"))
        self.language_group.setTitle(tr("SettingsPage", "Interface language"))
        self.language_hint.setText(tr("SettingsPage", "The window changes language at once. "
                                                      "Each document chooses its own language "
                                                      "when it is printed."))
        with QSignalBlocker(self.language):
            self.language.setCurrentIndex(max(0, self.language.findData(self.ctx.language)))
        self.school_group.setTitle(tr("SettingsPage", "School"))
        self.data_group.setTitle(tr("SettingsPage", "Data folder"))
        self.database_label.setText("\n".join([
            tr("SettingsPage", "Database: %1").replace("%1", str(store.path)),
            tr("SettingsPage", "Photos and attached files: %1").replace("%1",
                                                                        str(store.media_dir)),
        ]))
        self.open_folder.setText(tr("SettingsPage", "Open the data folder"))
        self.other_database.setText(tr("SettingsPage", "Open another database…"))
        self.about_button.setText(tr("SettingsPage", "About Vidare…"))
        self.backups_group.setTitle(tr("SettingsPage", "Backups"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
