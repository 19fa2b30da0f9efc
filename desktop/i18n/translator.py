"""Translating Vidare's strings for one language from the compiled Qt catalogues.

Uses QtCore's QTranslator only (no widgets), so documents built in a worker thread or
on the command line translate with the same catalogues as the window.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from desktop.domain.validation import fill
from desktop.paths import translations_dir

SUPPORTED = ("sv", "nb", "pl", "en")


def detect_language(locale_name: str | None) -> str:
    """Vidare's language for an OS locale such as "sv_SE" or "nn_NO.UTF-8"; English otherwise."""
    code = (locale_name or "").replace("-", "_").split(".")[0].split("_")[0].lower()
    if code in ("no", "nb", "nn"):
        return "nb"
    return code if code in SUPPORTED else "en"


class Translator:
    """Vidare's messages in one language; English (the source) needs no catalogue."""

    def __init__(self, language: str):
        self.language = language if language in SUPPORTED else "en"
        self.qt = QTranslator()
        if self.language != "en":
            self.qt.load(f"vidare_{self.language}", str(translations_dir()))

    def tr(self, context: str, text: str, n: int = -1) -> str:
        translated = self.qt.translate(context, text, None, n) if self.language != "en" else ""
        result = translated or text
        return result.replace("%n", str(n)) if n >= 0 else result

    def fill(self, context: str, text: str, params: tuple[str, ...] | list[str] = (),
             n: int = -1) -> str:
        """Translate, then put `params` into %1, %2…"""
        return fill(self.tr(context, text, n), params)
