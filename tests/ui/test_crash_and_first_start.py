"""The crash report file, and the first start's choices."""

from __future__ import annotations

import sys

from desktop.ui.crash import write_report


def test_crash_report_holds_the_traceback_and_version(tmp_path):
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        path = write_report(*sys.exc_info(), folder=tmp_path)
    text = path.read_text(encoding="utf-8")
    assert path.parent == tmp_path
    assert "RuntimeError: boom in a slot" in text
    assert text.startswith("Vidare ")
    assert "Python " in text


def test_first_start_asks_for_name_and_country(qtbot, qapp):
    from desktop.ui.first_start import FirstStartDialog

    dialog = FirstStartDialog("sv")
    qtbot.addWidget(dialog)
    assert dialog.country.code() == "SE"
    dialog.create_button.click()
    assert dialog.choice == "" and "Enter the school's name." in dialog.error.text()
    qtbot.keyClicks(dialog.name, "Vidby skola")
    dialog.create_button.click()
    assert dialog.choice == "create"
    assert dialog.chosen_language() == "sv"


def test_first_start_school_is_written(tmp_path, qapp):
    from desktop.store import Store
    from desktop.ui.app import create_school

    create_school(tmp_path / "v.db", "Vidby skola", "NO", "nb")
    with Store(tmp_path / "v.db") as store:
        school = store.school.get()
        assert (school.name, school.country, school.default_language) == (
            "Vidby skola", "NO", "nb")
