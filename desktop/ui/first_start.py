"""The first start: language, the school's name and country; or the demo school instead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import LANGUAGES
from desktop.i18n.formatting import language_name
from desktop.ui.choosers import CountryCombo
from desktop.ui.forms import make_label
from desktop.ui.labels import PlainLabel
from desktop.ui.style import style_tree

DEFAULT_COUNTRY = {"sv": "SE", "nb": "NO", "pl": "PL"}


def country_for(language: str) -> str:
    """The country a language suggests: Sweden for Swedish…; for English, the system's own
    country when it names one, else none (the user chooses)."""
    if language in DEFAULT_COUNTRY:
        return DEFAULT_COUNTRY[language]
    from PySide6.QtCore import QLocale

    from desktop.domain.validation import country_codes

    code = QLocale.system().name().partition("_")[2][:2].upper()
    return code if code in country_codes() else ""


class FirstStartDialog(QDialog):
    """`choice` is "create" (with language, name, country) or "demo" after exec()."""

    def __init__(self, language: str, switcher=None, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.switcher = switcher
        self.choice = ""
        self.heading = PlainLabel(objectName="pageHeading")
        self.intro = make_label(object_name="plainMessage")
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(language_name(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.name = QLineEdit()
        self.country = CountryCombo(language)
        self._suggested = country_for(language)
        self.country.set_code(self._suggested)
        self.error = make_label(object_name="fieldError")
        self.error.hide()
        self.form = QFormLayout()
        self.language_label, self.name_label, self.country_label = (PlainLabel(), PlainLabel(),
                                                                    PlainLabel())
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.country_label, self.country)
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.demo_button = QPushButton()
        self.buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.clicked.connect(self._create)
        self.demo_button.clicked.connect(self._demo)
        self.language.currentIndexChanged.connect(self._language_changed)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(12)
        box.addWidget(self.heading)
        box.addWidget(self.intro)
        box.addLayout(self.form)
        box.addWidget(self.error)
        box.addStretch(1)
        box.addWidget(self.buttons)
        self.setMinimumWidth(520)
        style_tree(self)
        self.retranslate_ui()

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _language_changed(self) -> None:
        language = self.chosen_language()
        if self.switcher is not None:
            self.switcher.set_language(language)
        self.country.set_language(language)
        # The country follows the language until the user chose one of their own.
        if self.country.code() in ("", self._suggested):
            self._suggested = country_for(language)
            self.country.set_code(self._suggested)

    def _create(self) -> None:
        tr = QCoreApplication.translate
        from desktop.domain.validation import country_codes

        if not self.name.text().strip():
            self.error.setText(tr("FirstStartDialog", "Enter the school's name."))
        elif self.country.code() not in country_codes():
            self.error.setText(tr("FirstStartDialog", "Choose the school's country."))
        else:
            self.choice = "create"
            self.accept()
            return
        self.error.show()

    def _demo(self) -> None:
        self.choice = "demo"
        self.accept()

    def retranslate_ui(self) -> None:
        tr = QCoreApplication.translate
        self.setWindowTitle(tr("FirstStartDialog", "Welcome to Vidare"))
        self.heading.setText(tr("FirstStartDialog", "Welcome to Vidare"))
        self.intro.setText(tr("FirstStartDialog", "Vidare keeps your school's Erasmus+ trips, "
                                                  "stories and dissemination on this computer. "
                                                  "Tell it which school it is for."))
        self.language_label.setText(tr("FirstStartDialog", "Language"))
        self.name_label.setText(tr("FirstStartDialog", "School name"))
        self.country_label.setText(tr("FirstStartDialog", "Country"))
        self.create_button.setText(tr("FirstStartDialog", "Start", "button: begin using Vidare"))
        self.demo_button.setText(tr("FirstStartDialog", "Look at the demo school first"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
