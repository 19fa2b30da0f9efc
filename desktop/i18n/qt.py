"""Installing a language into the running Qt application, live: every widget gets LanguageChange.

Qt sends QEvent.LanguageChange to every top-level widget (and on to its children)
whenever a translator is installed or removed; each widget's `retranslate_ui()` then
sets its texts again, table models emit `headerDataChanged`. Nothing needs a restart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.i18n import pseudo
from desktop.i18n.translator import SUPPORTED
from desktop.paths import translations_dir

_QT_LOCALES = {"sv": "sv_SE", "nb": "nb_NO", "pl": "pl_PL", "en": "en_GB"}


class LanguageSwitcher:
    """Owns the installed translators (Vidare's and Qt's own) of one application."""

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.language = "en"
        self.pseudo = pseudo.enabled()
        self._installed: list[QTranslator] = []

    def set_language(self, language: str) -> None:
        """Swap translators; Qt then sends QEvent.LanguageChange to every widget."""
        language = language if language in SUPPORTED else "en"
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        # Dates, numbers and the calendar in Qt's own widgets follow the interface language.
        QLocale.setDefault(QLocale(_QT_LOCALES[language]))
        if self.pseudo:
            self._installed.append(pseudo.PseudoTranslator(self.app))
        else:
            # English has a catalogue too, for the plural forms of "%n record(s)".
            ours = QTranslator(self.app)
            if ours.load(f"vidare_{language}", str(translations_dir())):
                self._installed.append(ours)
            qt_own = load_qt_catalogue(language, self.app) if language != "en" else None
            if qt_own is not None:
                self._installed.append(qt_own)
        for translator in self._installed:
            self.app.installTranslator(translator)
        self.language = language


def load_qt_catalogue(language: str, parent: QCoreApplication | None = None) -> QTranslator | None:
    """Qt's own strings (buttons, context menus, file dialog) in `language`.

    Qt 6 ships no Bokmål catalogue, so ours (translations/qtbase_nb.qm) is used for nb;
    Qt's Nynorsk one is deliberately not used in its place.
    """
    translator = QTranslator(parent)
    if language == "nb":
        found = translator.load("qtbase_nb", str(translations_dir()))
    else:
        found = translator.load(f"qtbase_{language}", qt_translations_dir())
    return translator if found else None


def qt_translations_dir() -> str:
    """Qt's own catalogues: bundled beside ours when frozen, else where PySide6 keeps them."""
    bundled = translations_dir() / "qt"
    if bundled.is_dir():
        return str(bundled)
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
