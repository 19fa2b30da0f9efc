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


def test_first_start_country_follows_the_language_until_one_is_chosen(qtbot, qapp):
    from desktop.ui.first_start import FirstStartDialog
    from tests.ui.helpers import choose, type_into

    dialog = FirstStartDialog("sv")
    qtbot.addWidget(dialog)
    dialog.show()
    for language, country in (("pl", "PL"), ("nb", "NO"), ("sv", "SE")):
        choose(dialog.language, language)
        assert dialog.country.code() == country, language
    type_into(qtbot, dialog.country, "Finland")
    assert dialog.country.code() == "FI"
    choose(dialog.language, "pl")
    assert dialog.country.code() == "FI"  # the user's own choice stays


def test_empty_pages_say_what_to_do(qtbot, store, tmp_path, qapp):
    from PySide6.QtCore import QSettings

    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow
    from tests.ui.helpers import click

    ctx = AppContext(store=store, settings=QSettings(str(tmp_path / "s.ini"),
                                                     QSettings.Format.IniFormat))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    for name in ("projects", "mobilities", "people", "stories", "dissemination"):
        page = window.show_page(name)
        assert page.editor_stack.currentWidget() is page.empty_panel, name
        assert ("Press New" in page.empty_text.text()
                or "Record the project first" in page.empty_text.text()), name
    page = window.show_page("projects")
    click(page.empty_new)
    assert page.editor_stack.currentWidget() is page.editor
    assert page.form.is_new() and page.form.title.hasFocus()
    # The overview's first step opens the Projects page ready for a new project.
    window.show_page("overview")
    overview = window.pages["overview"]
    qtbot.waitUntil(overview.settled)
    click(overview.steps.links[2])
    assert window.current_name() == "mobilities"
    assert window.pages["mobilities"].form.is_new()
