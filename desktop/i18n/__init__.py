"""The four languages: translators from the Qt catalogues, and the language to start in."""

from __future__ import annotations

from desktop.i18n.translator import (
    Translator,
    detect_language,
    env_language,
    language_from_list,
    system_language,
)

LANGUAGES = ("sv", "nb", "pl", "en")

__all__ = ["LANGUAGES", "Translator", "detect_language", "env_language", "language_from_list",
           "system_language"]
