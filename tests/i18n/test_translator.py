"""Translator(lang) answers from the compiled catalogues without any QApplication."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from desktop.domain import catalogues as cat
from desktop.i18n import Translator
from tools.i18n.refresh import project_root

NO_APP = """
import json, sys
from PySide6.QtCore import QCoreApplication
from desktop.i18n import Translator
assert QCoreApplication.instance() is None
out = {}
for lang in ("sv", "nb", "pl", "en"):
    t = Translator(lang, pseudo=False)
    out[lang] = [t.tr("Catalogue", "Staff meeting"), t.tr("Catalogue", "Blog"),
                 [t.tr("Overview", "%n result(s) have no target group.", n)
                  for n in (1, 3, 5, 22, 25, 112)]]
assert QCoreApplication.instance() is None
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def no_app_results() -> dict:
    done = subprocess.run([sys.executable, "-c", NO_APP], capture_output=True, text=True,
                          cwd=project_root(), check=True)
    return json.loads(done.stdout)


def test_lookups_work_without_a_qapplication(no_app_results):
    assert no_app_results["pl"][:2] == ["Rada pedagogiczna", "Blog"]
    assert no_app_results["sv"][:2] == ["Personalmöte", "Blogg"]
    assert no_app_results["nb"][:2] == ["Personalmøte", "Blogg"]
    assert no_app_results["en"][:2] == ["Staff meeting", "Blog"]


def test_polish_plurals_without_a_qapplication(no_app_results):
    one, few, many, few22, many25, many112 = no_app_results["pl"][2]
    assert one == "1 rezultat nie ma grupy docelowej."
    assert few == "3 rezultaty nie mają grupy docelowej."
    assert many == "5 rezultatów nie ma grupy docelowej."
    assert few22 == "22 rezultaty nie mają grupy docelowej."
    assert many25.startswith("25 rezultatów")
    assert many112.startswith("112 rezultatów")


def test_nordic_plurals_without_a_qapplication(no_app_results):
    assert no_app_results["nb"][2][:2] == ["1 resultat har ingen målgruppe.",
                                           "3 resultater har ingen målgruppe."]
    assert no_app_results["sv"][2][0] == "1 resultat saknar målgrupp."
    # English is the source, yet has its own two forms
    assert no_app_results["en"][2][:2] == ["1 result has no target group.",
                                           "3 results have no target group."]


def test_fill_puts_parameters_into_the_translation():
    text = Translator("pl", pseudo=False).fill("Validation", "“%1” is not a known country.",
                                               ["XX"])
    assert text == "Nieznany kraj: „XX”."


@pytest.mark.parametrize("language", ["sv", "nb", "pl"])
def test_every_catalogue_label_is_translated(language):
    """Activity types, channels, target groups…: no label comes back in English."""
    translator = Translator(language, pseudo=False)
    same = {"Film", "Blog", "eTwinning", "Erasmus+", "Partner", "Workshop", "Media",
            "Project Results Platform", "Regional", "Koordinator", "Motivation"}
    untranslated = []
    for name in dir(cat):
        value = getattr(cat, name)
        if isinstance(value, tuple) and value and isinstance(value[0], cat.Entry):
            for entry in value:
                if translator.tr("Catalogue", entry.label) == entry.label \
                        and entry.label not in same:
                    untranslated.append(entry.label)
    assert not untranslated


def test_an_unknown_language_falls_back_to_english():
    translator = Translator("de", pseudo=False)
    assert translator.language == "en"
    assert translator.tr("Catalogue", "Blog") == "Blog"


def test_a_string_without_translation_stays_english():
    assert Translator("sv", pseudo=False).tr("Nowhere", "Not in any catalogue") == \
        "Not in any catalogue"


@pytest.mark.parametrize(("language", "n", "expected"), [
    ("pl", 1, "1 uczeń"), ("pl", 3, "3 uczniów"), ("pl", 2, "2 osoby towarzyszące"),
    ("pl", 5, "5 osób towarzyszących"), ("sv", 19, "19 elever"), ("nb", 1, "1 elev"),
    ("en", 19, "19 pupils"), ("en", 1, "1 pupil")])
def test_counted_phrases_take_the_right_plural(language, n, expected):
    from desktop.i18n.counts import counted

    kind, code = (("mobility_role", "accompanying") if "towarzysz" in expected
                  else ("participant_role", "pupil"))
    assert counted(kind, code, n, language) == expected


def test_every_catalogue_code_of_a_counted_kind_has_a_phrase():
    from desktop.i18n.counts import PHRASES

    assert set(PHRASES["participant_role"]) == set(cat.codes(cat.PARTICIPANT_ROLES))
    assert set(PHRASES["mobility_role"]) == set(cat.codes(cat.MOBILITY_ROLES))
