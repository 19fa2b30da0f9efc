"""The pseudo-language stretches every string and keeps its placeholders."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from desktop.i18n import Translator
from desktop.i18n.pseudo import enabled, pseudo
from desktop.i18n.qt import LanguageSwitcher


@pytest.mark.parametrize("text", [
    "Save the project", "%n result(s) have no target group.", "“%1” is not a known country.",
    "Page %1 of %2", "&Open", "OK",
    "This trip lasts %n day(s), outside the usual %1–%2 days for this activity."])
def test_pseudo_stretches_and_keeps_placeholders(text):
    result = pseudo(text)
    assert len(result) >= 1.35 * len(text)
    assert result.startswith("[") and result.endswith("]")
    assert re.findall(r"%L?[1-9n]", result) == re.findall(r"%L?[1-9n]", text)
    assert result.count("&") == text.count("&")
    letters = [ch for ch in result if ch.isalpha()]
    assert not any(ch.isascii() for ch in letters if ch != "n"), result


def test_pseudo_example():
    assert pseudo("Save the project").startswith("[Šàṽé ţĥé ƥŕöĵéçţ ~")


def test_environment_switch():
    assert enabled({"VIDARE_PSEUDO": "1"})
    assert not enabled({"VIDARE_PSEUDO": "0"})
    assert not enabled({})


def test_translator_in_pseudo_mode(monkeypatch):
    monkeypatch.setenv("VIDARE_PSEUDO", "1")
    translator = Translator("pl")
    assert translator.tr("Catalogue", "Blog") == pseudo("Blog")
    text = translator.tr("Overview", "%n trip(s) done without a story.", 4)
    assert text.startswith("[4 ") and "%n" not in text
    assert translator.fill("Documents", "Page %1 of %2", ["1", "3"]) == pseudo(
        "Page %1 of %2").replace("%1", "1").replace("%2", "3")


def test_window_in_pseudo_mode(qapp, monkeypatch):
    monkeypatch.setenv("VIDARE_PSEUDO", "1")
    switcher = LanguageSwitcher(qapp)
    try:
        switcher.set_language("sv")
        label = QLabel(QCoreApplication.translate("Catalogue", "Job shadowing"))
        assert label.text() == pseudo("Job shadowing")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Qt's own strings are stretched too, so nothing English hides in a screenshot.
        assert buttons.buttons()[0].text() == pseudo("Cancel")
    finally:
        monkeypatch.delenv("VIDARE_PSEUDO")
        switcher.pseudo = False  # read from the environment when it was made
        switcher.set_language("en")
