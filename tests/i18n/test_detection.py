"""The language at first start follows the operating system when Vidare speaks it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QLocale

from desktop.i18n import detect_language, env_language, language_from_list
from tools.i18n.refresh import project_root

CASES = [("sv_SE", "sv"), ("nb_NO", "nb"), ("nn_NO", "nb"), ("pl_PL", "pl"), ("de_DE", "en")]


@pytest.mark.parametrize(("locale_name", "expected"), CASES)
def test_os_ui_languages_choose_the_language(locale_name, expected):
    # What QLocale.system().uiLanguages() gives for a user with that locale.
    assert language_from_list(QLocale(locale_name).uiLanguages()) == expected


@pytest.mark.parametrize(("locale_name", "expected"), CASES)
def test_the_real_system_locale_is_read(locale_name, expected):
    """A process started with that locale: Qt's system locale, then our choice."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("LC_") and k not in ("LANG", "LANGUAGE")}
    env.update(LANG=f"{locale_name}.UTF-8", LC_ALL=f"{locale_name}.UTF-8")
    code = ("from desktop.i18n import detect_language, system_language, env_language;"
            "print(system_language(), env_language(), detect_language(None))")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, cwd=project_root(), check=True)
    # detect_language(None): no locale name given (as on Windows) asks the system
    assert done.stdout.split() == [expected, expected, expected]


def test_a_later_preference_counts_when_the_first_is_not_ours():
    assert language_from_list(["de-DE", "pl-PL", "en-US"]) == "pl"
    assert language_from_list(["de-DE", "fr-FR"]) == "en"
    assert language_from_list(["en-US", "sv-SE"]) == "en"


@pytest.mark.parametrize(("name", "expected"), [
    ("sv_SE.UTF-8", "sv"), ("no_NO", "nb"), ("nn-NO", "nb"), ("nb", "nb"), ("pl_PL@euro", "pl"),
    ("de_DE", "en"), ("C", "en"), ("POSIX", "en")])
def test_detect_language_from_a_locale_name(name, expected):
    assert detect_language(name) == expected


def test_command_line_environment():
    assert env_language({"LANG": "pl_PL.UTF-8"}) == "pl"
    assert env_language({"LC_ALL": "nn_NO.UTF-8", "LANG": "de_DE.UTF-8"}) == "nb"
    assert env_language({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:sv"}) == "sv"
    assert env_language({"LANG": "C", "LANGUAGE": "pl"}) == "en"
    assert env_language({}) == "en"
