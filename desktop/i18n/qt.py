"""Installing a language into the running Qt application, live: every widget gets LanguageChange."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.i18n.translator import SUPPORTED
from desktop.paths import translations_dir

_QT_LOCALES = {"sv": "sv_SE", "nb": "nb_NO", "pl": "pl_PL", "en": "en_GB"}


class LanguageSwitcher:
    """Owns the installed translators (Vidare's and Qt's own) of one application."""

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.language = "en"
        self._installed: list[QTranslator] = []

    def set_language(self, language: str) -> None:
        """Swap translators; Qt then sends QEvent.LanguageChange to every widget."""
        language = language if language in SUPPORTED else "en"
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(QLocale(_QT_LOCALES[language]))
        if language != "en":
            ours = QTranslator(self.app)
            if ours.load(f"vidare_{language}", str(translations_dir())):
                self._installed.append(ours)
            qt_own = QTranslator(self.app)
            qt_dir = qt_translations_dir()
            if qt_own.load(f"qtbase_{language}", qt_dir) or qt_own.load(
                    f"qtbase_{'no' if language == 'nb' else language}", qt_dir):
                self._installed.append(qt_own)
        for translator in self._installed:
            self.app.installTranslator(translator)
        self.language = language


def qt_translations_dir() -> str:
    """Qt's own catalogues: bundled beside ours when frozen, else where PySide6 keeps them."""
    bundled = translations_dir() / "qt"
    if bundled.is_dir():
        return str(bundled)
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
