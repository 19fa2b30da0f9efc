"""Counted phrases with real plural forms: "19 pupils", "19 uczniów", "1 lärare".

A number followed by a catalogue label ("19 Pupil") is wrong in every language; these
phrases carry %n so each language picks its own form (Polish has three). They live in
context "Counts"; the window translates them with
`QCoreApplication.translate(CONTEXT, phrase(...), None, n)`, documents with
`Translator(lang).tr(CONTEXT, phrase(...), n)` — or both through `counted()`.
On paper, `printed()` writes the number in the language's digits ("5 202") and ties it
to its words with a no-break space; `printed_parts()` gives the words before and after
it, for a figure set large above its label.
"""

from __future__ import annotations

from functools import lru_cache

from desktop.domain.text import QT_TRANSLATE_NOOP

CONTEXT = "Counts"

PHRASES: dict[str, dict[str, str]] = {
    # participant.role
    "participant_role": {
        "teacher": QT_TRANSLATE_NOOP("Counts", "%n teacher(s)"),
        "other_staff": QT_TRANSLATE_NOOP("Counts", "%n other staff member(s)"),
        "pupil": QT_TRANSLATE_NOOP("Counts", "%n pupil(s)"),
    },
    # mobility_participant.role
    "mobility_role": {
        "participant": QT_TRANSLATE_NOOP("Counts", "%n participant(s)"),
        "accompanying": QT_TRANSLATE_NOOP("Counts", "%n accompanying person(s)"),
        "lead_accompanying": QT_TRANSLATE_NOOP("Counts", "%n lead accompanying person(s)"),
    },
    "figure": {
        "mobilities": QT_TRANSLATE_NOOP("Counts", "%n mobility(ies)"),
        "trips": QT_TRANSLATE_NOOP("Counts", "%n trip(s)"),
        "participants": QT_TRANSLATE_NOOP("Counts", "%n participant(s)"),
        "countries": QT_TRANSLATE_NOOP("Counts", "%n country(ies)"),
        "stories": QT_TRANSLATE_NOOP("Counts", "%n story(ies)"),
        "photos": QT_TRANSLATE_NOOP("Counts", "%n photo(s)"),
        "days": QT_TRANSLATE_NOOP("Counts", "%n day(s)"),
        "days_abroad": QT_TRANSLATE_NOOP("Counts", "%n day(s) abroad in all"),
        "actions": QT_TRANSLATE_NOOP("Counts", "%n dissemination action(s)"),
        "actions_planned": QT_TRANSLATE_NOOP("Counts", "%n still planned"),
        "actions_done": QT_TRANSLATE_NOOP("Counts", "%n done"),
        "people_reached": QT_TRANSLATE_NOOP("Counts", "%n person(s) reached"),
        "results": QT_TRANSLATE_NOOP("Counts", "%n result(s)"),
        "projects": QT_TRANSLATE_NOOP("Counts", "%n project(s)"),
    },
}


def phrase(kind: str, code: str) -> str:
    """The English source with %n for a code ("pupil") of a kind ("participant_role")."""
    return PHRASES[kind][code]


def counted(kind: str, code: str, n: int, language: str | None = None) -> str:
    """The phrase for `n` in `language` (documents), or in the window's installed
    language when `language` is None."""
    if language is None:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(CONTEXT, phrase(kind, code), None, n)
    from desktop.i18n import pseudo

    return _translator(language, pseudo.enabled()).tr(CONTEXT, phrase(kind, code), n)


@lru_cache(maxsize=16)
def _translator(language: str, pseudo: bool):  # noqa: ANN202 - Translator, imported late
    from desktop.i18n.translator import Translator

    return Translator(language, pseudo=pseudo)


NBSP = "\u00a0"


def template(language: str, source: str, n: int, context: str = CONTEXT) -> str:
    """The translated message for `n` with its %n still in it (the source if none)."""
    from desktop.i18n import pseudo

    translator = _translator(language, pseudo.enabled())
    if translator.pseudo:
        return pseudo.pseudo(source)
    found = translator.qt.translate(context, source, getattr(source, "disambiguation", None),
                                    n) if translator.loaded else ""
    return (found or source).replace("%Ln", "%n")


def printed_parts(language: str, source: str, n: int,
                  context: str = CONTEXT) -> tuple[str, str, str]:
    """(words before, the number, words after) of a count message, the number written
    as the language writes it: ("", "5 202", "odbiorców"), ("łącznie", "272", "dni…")."""
    from desktop.i18n.formatting import format_number

    before, _, after = template(language, source, n, context).partition("%n")
    return before.strip(), format_number(n, language), after.strip()


def printed(language: str, source: str, n: int, context: str = CONTEXT) -> str:
    """A count message for paper: "25 uczestników", "5 202 odbiorców", the number held
    to the words beside it by no-break spaces."""
    from desktop.i18n.formatting import format_number

    text = template(language, source, n, context)
    text = text.replace("%n ", f"%n{NBSP}").replace(" %n", f"{NBSP}%n")
    return text.replace("%n", format_number(n, language))
