"""The Settings page: interface language, the school's details and logo, where the data lives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import schoolyear
from desktop.domain.models import School
from desktop.domain.validation import Problem, fill
from desktop.i18n import LANGUAGES, formatting
from desktop.i18n.formatting import language_name
from desktop.ui.backups_panel import BackupsPanel
from desktop.ui.choosers import ChoiceCombo, CountryCombo
from desktop.ui.conflicts_panel import ConflictsPanel
from desktop.ui.context import AppContext
from desktop.ui.dialogs import show_about, tell
from desktop.ui.fields import LineField
from desktop.ui.forms import Field, RecordForm, make_label
from desktop.ui.labels import PlainLabel
from desktop.ui.media import copy_into_media, media_path, open_local
from desktop.ui.page import PAGE_MARGINS, Page
from desktop.ui.sheets_panel import SheetsPanel
from desktop.ui.style import restyle
from desktop.ui.text import QT_TRANSLATE_NOOP
from desktop.ui.thumbnails import ThumbnailCache

C = "SchoolForm"


class LogoField(QWidget):
    """The school's logo: a thumbnail and a button to choose the image (copied in)."""

    edited = Signal()
    left = Signal()
    CHOOSE = QT_TRANSLATE_NOOP(C, "Choose the school's logo")
    NOTHING = QT_TRANSLATE_NOOP(C, "No logo")
    REFUSED = QT_TRANSLATE_NOOP(C, "This file cannot be used as a logo.")
    PREVIEW = (96, 96)  # the thumbnail's box, in pixels
    REMOVABLE = False

    def __init__(self, media_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.media_dir = media_dir
        self._logo = ""
        self._error = ""
        self.thumbs = ThumbnailCache(limit=4)
        self.preview = PlainLabel()
        self.preview.setFixedSize(*self.PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.preview.setObjectName("badge")
        self.button = QPushButton()
        self.button.clicked.connect(self.choose)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.preview)
        box.addWidget(self.button)
        box.addWidget(self.remove_button)
        box.addStretch(1)
        self.remove_button.setVisible(self.REMOVABLE)
        self.retranslate_ui()

    def value(self) -> str:
        return self._logo

    def set_value(self, value: Any) -> None:
        self._logo = str(value or "")
        self._error = ""
        self._show()

    def problem(self) -> Problem | None:
        return None

    def raw(self) -> str | None:
        return None

    def set_raw(self, text: str) -> None:
        pass

    def note(self) -> str:
        return self._error

    def choose(self) -> None:
        tr = QCoreApplication.translate
        path, _ = QFileDialog.getOpenFileName(self, tr(C, self.CHOOSE), "",
                                              tr(C, "Images (*.png *.jpg *.jpeg)"))
        if path:
            self.attach(path)

    def attach(self, path: str) -> None:
        """Check the picture by the picture rules and copy it into the media folder."""
        from desktop.domain.validation import ValidationError
        from desktop.store.media import inspect_image

        try:
            inspect_image(Path(path))
            self._logo = copy_into_media(self.media_dir, Path(path), "logo")
            self._error = ""
        except (ValidationError, OSError, ValueError):
            self._error = QCoreApplication.translate(C, self.REFUSED)
            self.left.emit()
            return
        self._show()
        self.edited.emit()
        self.left.emit()

    def remove(self) -> None:
        """No picture any more (the file stays until nothing uses it)."""
        if not self._logo:
            return
        self._logo, self._error = "", ""
        self._show()
        self.edited.emit()
        self.left.emit()

    def _show(self) -> None:
        path = media_path(self.media_dir, self._logo)
        if path is None:
            self.preview.clear()
            self.preview.setText(QCoreApplication.translate(C, self.NOTHING))
        else:
            width, height = self.PREVIEW
            self.preview.setPixmap(self.thumbs.get(path, max(width, height) - 8).scaled(
                width - 8, height - 8, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.remove_button.setEnabled(bool(self._logo))

    def retranslate_ui(self) -> None:
        self.button.setText(QCoreApplication.translate(C, "Choose…"))
        self.remove_button.setText(QCoreApplication.translate(C, "Remove"))
        self._show()


class FersArtworkField(LogoField):
    """The official FERS set of signs the school adds once: printed as it is on the
    documents of FERS projects (Vidare cannot ship it)."""

    CHOOSE = QT_TRANSLATE_NOOP(C, "Choose the official FERS artwork")
    NOTHING = QT_TRANSLATE_NOOP(C, "No artwork")
    REFUSED = QT_TRANSLATE_NOOP(C, "This file cannot be used as the FERS artwork.")
    PREVIEW = (240, 72)
    REMOVABLE = True


class StartMonthCombo(ChoiceCombo):
    """The month the school year starts in: first "as usual in the country", then the
    twelve months in the interface language."""

    def __init__(self, ctx: AppContext, country: Callable[[], str]):
        super().__init__(empty=None, objectName="schoolYearStart")
        self.ctx, self.country = ctx, country
        self.fill()

    def fill(self) -> None:
        """The entries again, in the interface language, for the country shown now."""
        language, country = self.ctx.language, self.country()
        usual = schoolyear.start_month(country)
        first = QCoreApplication.translate(
            C, "As usual in %1 (%2)", "the school year starts in the month usual in the "
            "school's country: %1 is the country's name, %2 the month; rephrase so the "
            "name needs no case ending (\"Jak zwykle w kraju: %1 (%2)\")")
        first = fill(first, (formatting.country_name(country, language),
                             formatting.month_name(usual, language))) if country else \
            QCoreApplication.translate(C, "As usual in the school's country")
        self.set_choices([(None, first), *((month, formatting.month_name(month, language,
                                                                          menu=True))
                                           for month in range(1, 13))])

class SchoolForm(RecordForm):
    CONTEXT = C
    TABLE = "school"
    RECORD = School
    FIELDS = (
        Field("name", QT_TRANSLATE_NOOP(C, "Name", "the school's name"), lambda ctx: LineField(),
              required=True),
        Field("country", QT_TRANSLATE_NOOP(C, "Country"),
              lambda ctx: CountryCombo(lambda: ctx.language), required=True),
        Field("city", QT_TRANSLATE_NOOP(C, "City"), lambda ctx: LineField()),
        Field("oid", QT_TRANSLATE_NOOP(C, "Erasmus+ organisation ID (OID)"),
              lambda ctx: LineField("E10000000")),
        Field("default_language", QT_TRANSLATE_NOOP(C, "Language of documents"),
              lambda ctx: ChoiceCombo()),
        Field("logo", QT_TRANSLATE_NOOP(C, "Logo"), lambda ctx: LogoField(ctx.store.media_dir)),
        Field("school_year_start_month", QT_TRANSLATE_NOOP(C, "School year starts in"),
              lambda ctx: StartMonthCombo(ctx, lambda: "")),
        Field("fers_artwork", QT_TRANSLATE_NOOP(C, "FERS marking"),
              lambda ctx: FersArtworkField(ctx.store.media_dir)),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent, labels_beside=True)
        f = self.fields
        self.name, self.country, self.city = f["name"], f["country"], f["city"]
        self.oid, self.default_language = f["oid"], f["default_language"]
        self.logo = f["logo"]
        self.start_month, self.fers_artwork = f["school_year_start_month"], f["fers_artwork"]
        # The first entry names the country chosen above, as it is chosen.
        self.start_month.country = lambda: str(self.country.value() or "")
        self.country.edited.connect(self._country_edited)
        self.fers_hint = make_label(object_name="hint")
        self.fers_note = make_label(object_name="fieldError")
        self.fers_note.setProperty("warning", True)
        restyle(self.fers_note)
        self.add_below("fers_artwork", self.fers_note)
        self.add_below("fers_artwork", self.fers_hint)  # above the note
        self.lay_out()
        self.retranslate_ui()

    def _country_edited(self) -> None:
        was, self._loading = self._loading, True
        try:
            self.start_month.fill()
        finally:
            self._loading = was

    def after_fill(self) -> None:
        self.start_month.fill()
        self.show_fers_note()

    def show_fers_note(self) -> None:
        """While the school has a FERS project and no artwork, say what its documents
        carry until the artwork is added."""
        waiting = not self.fers_artwork.value() and self.ctx.store.projects.any_funded_by("fers")
        self.fers_note.setVisible(waiting)

    def persist(self, record: School, extras: dict[str, Any]) -> None:
        self.ctx.store.school.save(record)

    def attach_logo(self, path: str) -> None:
        self.logo.attach(path)

    def retranslate_ui(self) -> None:
        current = self.default_language.value()
        was, self._loading = self._loading, True
        try:
            self.default_language.set_choices([(code, language_name(code, self.ctx.language))
                                               for code in LANGUAGES])
            self.default_language.set_value(current)
            self.start_month.fill()
        finally:
            self._loading = was
        tr = QCoreApplication.translate
        self.fers_hint.setText(tr(C, "For projects funded through FERS: the programme's "
                                     "official set of signs, as a PNG or JPEG picture. "
                                     "Vidare cannot include it; add it once here."))
        self.fers_note.setText(tr(C, "The school has a FERS project: until the official "
                                     "artwork is added here, its documents carry the EU "
                                     "emblem and the funding statement alone."))
        self.show_fers_note()
        super().retranslate_ui()


class SettingsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.heading = PlainLabel(objectName="pageHeading")
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
        self.backups = BackupsPanel(ctx.store, ctx)
        self.backups.data_replaced.connect(ctx.events.data_changed.emit)
        backups_box.addWidget(self.backups)
        self.sheets_group = QGroupBox(objectName="sheetsGroup")
        self.sheets = SheetsPanel(ctx)
        QVBoxLayout(self.sheets_group).addWidget(self.sheets)
        # Settings › Import: what an archive import left for the user to choose.
        self.import_group = QGroupBox(objectName="importGroup")
        self.conflicts = ConflictsPanel(ctx)
        self.conflicts.resolved.connect(ctx.events.data_changed.emit)
        QVBoxLayout(self.import_group).addWidget(self.conflicts)
        content = QWidget()
        content.setMaximumWidth(900)
        box = QVBoxLayout(content)
        box.setContentsMargins(*PAGE_MARGINS)
        box.setSpacing(14)
        box.addWidget(self.heading)
        box.addWidget(self.language_group)
        box.addWidget(self.school_group)
        box.addWidget(self.data_group)
        box.addWidget(self.backups_group)
        box.addWidget(self.import_group)
        box.addWidget(self.sheets_group)
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
        self.ctx.events.school_changed.emit()

    def _choose_database(self) -> None:
        tr = QCoreApplication.translate
        path, _ = QFileDialog.getOpenFileName(self, tr("SettingsPage", "Open another database"),
                                              str(self.ctx.store.path.parent),
                                              tr("SettingsPage", "Vidare databases (*.db)"))
        if path:
            self.ctx.settings.setValue("database", path)
            tell(self, QMessageBox.Icon.Information, tr("SettingsPage", "Another database"),
                                    tr("SettingsPage", "Vidare opens %1 the next time it "
                                                       "starts.").replace("%1", path))

    def refresh(self) -> None:
        self.retranslate_ui()

    def reload(self) -> None:
        """After a restore or an import the school's details may be others."""
        school = self.ctx.store.school.get()
        if school is not None and not self.school.dirty():
            self.school.load(school)
        self.ctx.events.school_changed.emit()
        self.refresh()

    def flush(self) -> None:
        self.school.flush()

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
        self.import_group.setTitle(tr("SettingsPage", "Import", "the group of settings where "
                                                            "an imported archive's changes "
                                                            "are chosen"))
        self.sheets_group.setTitle(tr("SettingsPage", "Spreadsheets"))
        self.school.retranslate_ui()
        self.backups.retranslate_ui()
        self.sheets.retranslate_ui()
        self.conflicts.retranslate_ui()
