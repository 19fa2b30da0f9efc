"""One sense per source string, and every count in its language's plural forms.

The faults a native reader found were not in the catalogues' words but in how the code
used them: "Action" meant the project's key action on one screen and a dissemination
action in the report ("Projekttyp" above a column of talks and articles), and numbers
were joined to labels ("25 uczestnicy", "7 kraje"). These checks read the catalogues the
way that fault would show.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import QTranslator

from tools.i18n.refresh import catalogue_path
from tools.i18n.tsfile import read_ts

LANGUAGES = ("sv", "nb", "pl")
# Contexts whose words are printed on paper; every other context but the shared
# catalogues is a screen (or the terminal). The shared ones (codes' words, counts,
# validation messages) are one sense wherever they appear, by design.
PAPER = {"Documents"}
SHARED = {"Catalogue", "Counts", "Validation"}


def messages(language: str):  # noqa: ANN201
    return read_ts(catalogue_path(language)).active()


def translation(message) -> tuple[str, ...]:  # noqa: ANN001
    return tuple(message.forms) if message.numerus else (message.translation,)


def test_a_word_shared_by_paper_and_screen_says_which_sense_it_is():
    """The same English text on a document and on a screen is two messages only if their
    disambiguations differ: otherwise one translation serves both, unexplained."""
    by_source = defaultdict(list)
    for message in messages("sv"):
        by_source[message.source].append(message)
    unexplained = []
    for source, found in by_source.items():
        paper = {m.comment for m in found if m.context in PAPER}
        screen = {m.comment for m in found if m.context not in PAPER | SHARED}
        if paper & screen:
            unexplained.append(source)
    assert unexplained == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_sense_has_one_translation_everywhere(language):
    """Messages with the same text and disambiguation in different contexts are one sense:
    a translator who wrote two different words for them found two senses, which need two
    disambiguations (as "Start" the button and "Start" the date now have)."""
    groups = defaultdict(list)
    for message in messages(language):
        if message.finished():
            groups[(message.source, message.comment)].append(message)
    differing = {key: sorted({(m.context, translation(m)) for m in found})
                 for key, found in groups.items()
                 if len({translation(m) for m in found}) > 1}
    assert differing == {}


# n → the plural form Qt must choose: Swedish, Norwegian and English have one and other;
# Polish has one (1), few (2–4, 22–24…, not 12–14) and many (0, 5–21, 25…).
NUMBERS = (0, 1, 2, 5, 12, 22)
FORM = {
    "sv": {0: 1, 1: 0, 2: 1, 5: 1, 12: 1, 22: 1},
    "nb": {0: 1, 1: 0, 2: 1, 5: 1, 12: 1, 22: 1},
    "en": {0: 1, 1: 0, 2: 1, 5: 1, 12: 1, 22: 1},
    "pl": {0: 2, 1: 0, 2: 1, 5: 2, 12: 2, 22: 1},
}


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_every_count_message_takes_the_right_form_for_each_number(language):
    """Each plural message, run through the compiled catalogue as the program runs it,
    for 0, 1, 2, 5, 12 and 22: the form the language's grammar asks for."""
    compiled = QTranslator()
    assert compiled.load(str(catalogue_path(language).with_suffix(".qm")))
    checked, wrong = 0, []
    for message in messages(language):
        if not (message.numerus and message.finished()):
            continue
        for n in NUMBERS:
            expected = message.forms[FORM[language][n]]
            got = compiled.translate(message.context, message.source,
                                     message.comment or None, n)
            checked += 1
            if got != expected:
                wrong.append((message.source, n, got, expected))
    assert checked > 100 and wrong == []


# What a reader sees, for the counts the issue names: whole phrases, per number.
EXPECTED = {
    ("pl", "%n participant(s)"): {1: "1 uczestnik", 2: "2 uczestników", 5: "5 uczestników",
                                  12: "12 uczestników", 22: "22 uczestników"},
    ("pl", "%n country(ies)"): {1: "1 kraj", 2: "2 kraje", 5: "5 krajów", 12: "12 krajów",
                                22: "22 kraje"},
    ("pl", "%n story(ies)"): {1: "1 historia", 2: "2 historie", 5: "5 historii",
                              22: "22 historie"},
    ("sv", "%n participant(s)"): {1: "1 deltagare", 5: "5 deltagare"},
    ("sv", "%n pupil(s)"): {1: "1 elev", 19: "19 elever"},
    ("nb", "%n country(ies)"): {1: "1 land", 7: "7 land"},
    ("nb", "%n pupil(s)"): {1: "1 elev", 19: "19 elever"},
}


@pytest.mark.parametrize("language,source", sorted(EXPECTED))
def test_counts_read_as_a_native_writes_them(language, source):
    from desktop.i18n import Translator

    tr = Translator(language, pseudo=False)
    for n, phrase in EXPECTED[(language, source)].items():
        assert tr.tr("Counts", source, n) == phrase
