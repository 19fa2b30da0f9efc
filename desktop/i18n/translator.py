"""Translating Vidare's strings for one language, and choosing the language to start in.

Uses QtCore's QTranslator only (no widgets, no QApplication), so documents built in a
worker thread or on the command line translate with the same catalogues as the window,
plural forms included.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QTranslator

from desktop.domain.validation import fill
from desktop.i18n import pseudo as pseudo_language
from desktop.paths import translations_dir

SUPPORTED = ("sv", "nb", "pl", "en")


def detect_language(locale_name: str | None) -> str:
    """Vidare's language for a locale such as "sv_SE", "nn-NO" or "nb_NO.UTF-8"; else English.

    Norwegian in any written form (no, nb, nn) gets Bokmål, the only Norwegian Vidare has.
    No name at all (Windows and macOS set no LANG) asks the operating system instead.
    """
    if not locale_name:
        return system_language()
    code = locale_name.replace("-", "_").split(".")[0].split("@")[0]
    code = code.split("_")[0].lower()
    if code in ("no", "nb", "nn"):
        return "nb"
    return code if code in SUPPORTED else "en"


def _supported(locale_name: str) -> str | None:
    if not locale_name:
        return None
    language = detect_language(locale_name)
    if language != "en":
        return language
    code = locale_name.replace("-", "_").split("_")[0].lower()
    return "en" if code == "en" else None


def language_from_list(preferred: Iterable[str]) -> str:
    """The first of the user's preferred languages that Vidare speaks, else English."""
    for name in preferred:
        found = _supported(name)
        if found:
            return found
    return "en"


def env_language(environ: Mapping[str, str] | None = None) -> str:
    """The language for the command line, from the POSIX locale variables.

    LANGUAGE (a colon-separated preference list) counts only when a real locale is set,
    as gettext does; then LC_ALL, LC_MESSAGES, LANG, first one set wins.
    """
    env = os.environ if environ is None else environ
    locale_name = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    if not locale_name and environ is None:
        return system_language()  # Windows and macOS: no POSIX variables, ask the system
    if locale_name in ("", "C", "POSIX", "C.UTF-8"):
        return "en"
    preferences = [p for p in env.get("LANGUAGE", "").split(":") if p]
    return language_from_list([*preferences, locale_name])


def system_language() -> str:
    """The language for the window: the operating system's UI languages, in order."""
    from PySide6.QtCore import QLocale

    return language_from_list(QLocale.system().uiLanguages())


class Translator:
    """Vidare's messages in one language; English is the source (its catalogue holds
    only the plural forms).

    `pseudo=None` follows the VIDARE_PSEUDO environment variable.
    """

    def __init__(self, language: str, pseudo: bool | None = None):
        self.language = language if language in SUPPORTED else "en"
        self.pseudo = pseudo_language.enabled() if pseudo is None else pseudo
        self.qt = QTranslator()
        self.loaded = False
        if not self.pseudo:
            # English too: its catalogue holds the plural forms ("1 record", "2 records").
            self.loaded = self.qt.load(f"vidare_{self.language}", str(translations_dir()))

    def tr(self, context: str, text: str, n: int = -1) -> str:
        if self.pseudo:
            result = pseudo_language.pseudo(text)
        else:
            disambiguation = getattr(text, "disambiguation", None)  # QT_TRANSLATE_NOOP's 3rd
            translated = self.qt.translate(context, text, disambiguation, n) \
                if self.loaded else ""
            result = translated or text
        if n >= 0:
            # QCoreApplication.translate does this for the window; QTranslator does not.
            from desktop.i18n.formatting import format_number

            result = result.replace("%Ln", format_number(n, self.language))
            result = result.replace("%n", str(n))
        return result

    def fill(self, context: str, text: str, params: tuple[str, ...] | list[str] = (),
             n: int = -1) -> str:
        """Translate, then put `params` into %1, %2…"""
        return fill(self.tr(context, text, n), params)
