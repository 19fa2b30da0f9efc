"""Switching the language re-translates open windows, dialogs and table headers at once."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.i18n.qt import LanguageSwitcher

COLUMNS = (QT_TRANSLATE_NOOP("Catalogue", "Participant"),
           QT_TRANSLATE_NOOP("Catalogue", "Accompanying person"))


class RolesModel(QAbstractTableModel):
    """Headers translated when asked; told to repaint them on a language change."""

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Catalogue", "Pupil")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Catalogue", COLUMNS[section])
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)


class Window(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        body = QWidget()
        self.heading = QLabel()
        self.model = RolesModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        box = QVBoxLayout(body)
        box.addWidget(self.heading)
        box.addWidget(self.table)
        self.setCentralWidget(body)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Catalogue", "Job shadowing"))
        self.heading.setText(QCoreApplication.translate("Documents", "Where we went"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class Editor(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.prompt = QLabel()
        self.field = QLineEdit()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        box = QVBoxLayout(self)
        box.addWidget(self.prompt)
        box.addWidget(self.field)
        box.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Catalogue", "Preparatory visit"))
        self.prompt.setText(QCoreApplication.translate("Validation", "Enter a title."))
        self.field.setPlaceholderText(QCoreApplication.translate("Catalogue", "Blog"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


EXPECTED = {
    "en": ("Job shadowing", "Where we went", "Participant", "Preparatory visit",
           "Enter a title.", "Blog", {"Save", "Cancel"}),
    "pl": ("Job shadowing (obserwacja pracy)", "Dokąd pojechaliśmy", "Uczestnik",
           "Wizyta przygotowawcza", "Podaj tytuł.", "Blog", {"Zachowaj", "Anuluj"}),
    "sv": ("Jobbskuggning", "Dit vi reste", "Deltagare", "Förberedande besök",
           "Ange en titel.", "Blogg", {"Spara", "Avbryt"}),
    "nb": ("Jobbskygging", "Dit vi reiste", "Deltaker", "Forberedende besøk",
           "Skriv inn en tittel.", "Blogg", {"Lagre", "Avbryt"}),
}


@pytest.fixture
def switcher(qapp, monkeypatch):
    monkeypatch.delenv("VIDARE_PSEUDO", raising=False)
    switcher = LanguageSwitcher(qapp)
    yield switcher
    switcher.set_language("en")
    qapp.processEvents()


def test_open_window_dialog_and_header_follow_the_language(qtbot, qapp, switcher):
    window = Window()
    qtbot.addWidget(window)
    window.show()
    editor = Editor(window)
    editor.show()
    header_changes = []
    window.model.headerDataChanged.connect(lambda *args: header_changes.append(args))
    for language in ("pl", "sv", "nb", "en"):
        switcher.set_language(language)
        qapp.processEvents()  # Qt posts LanguageChange to each top-level window
        title, heading, column, dialog_title, prompt, hint, buttons = EXPECTED[language]
        assert window.windowTitle() == title
        assert window.heading.text() == heading
        header = window.table.horizontalHeader()
        assert header.model().headerData(0, Qt.Orientation.Horizontal) == column
        assert window.model.data(window.model.index(0, 0)) == \
            QCoreApplication.translate("Catalogue", "Pupil")
        assert editor.windowTitle() == dialog_title
        assert editor.prompt.text() == prompt
        assert editor.field.placeholderText() == hint
        # Qt's own button texts: from qtbase_sv/pl.qm and our qtbase_nb.qm
        assert {b.text() for b in editor.buttons.buttons()} == buttons
    assert header_changes, "the model was never told to repaint its header"


@pytest.mark.parametrize(("language", "undo"), [("sv", "&Ångra"), ("nb", "&Angre"),
                                                 ("pl", "&Cofnij"), ("en", "&Undo")])
def test_context_menu_of_a_text_field_in_each_language(qtbot, qapp, switcher, language, undo):
    switcher.set_language(language)
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    assert menu.actions()[0].text().split("\t")[0] == undo


def test_qt_dates_follow_the_interface_language(qapp, switcher):
    from PySide6.QtCore import QDate, QLocale

    switcher.set_language("pl")
    assert QLocale().toString(QDate(2026, 5, 3), QLocale.FormatType.LongFormat).startswith(
        "niedziela, 3 maja 2026")
    switcher.set_language("nb")
    assert QLocale().monthName(5) == "mai"
