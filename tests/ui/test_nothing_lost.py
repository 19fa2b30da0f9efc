"""Nothing typed is lost: drafts outlive the window, and the form never claims a save it
has not made."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from tests.ui.helpers import click, focus, set_date, type_into


def open_window(store, tmp_path, qtbot) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(store=store, settings=settings))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def test_a_draft_is_kept_across_closing_and_reopening_the_window(qtbot, store, school,
                                                                tmp_path):
    window = open_window(store, tmp_path, qtbot)
    page = window.show_page("mobilities")
    before = store.db["mobility"].count
    click(page.new_button)
    type_into(qtbot, page.editor.city, "Lublin")
    type_into(qtbot, page.editor.country, "Poland")
    type_into(qtbot, page.editor.fields["topic"], "Maths outdoors")
    window.close()
    assert store.db["mobility"].count == before  # it could not be saved: no dates yet

    window = open_window(store, tmp_path, qtbot)
    page = window.show_page("mobilities")
    first = page.model.index(0, 0).data()
    assert first.startswith("✎") and "still needed: First day and Last day" in first, first
    assert page.model.index(0, 1).data() == "Lublin, Poland"
    page.select_row(0)
    editor = page.editor
    assert (editor.city.value(), editor.country.value(), editor.fields["topic"].value()) == (
        "Lublin", "PL", "Maths outdoors")
    assert "Still needed: First day and Last day" in editor.status.text()
    set_date(qtbot, editor.start, "7/9/2026")
    set_date(qtbot, editor.end, "11/9/2026")
    assert store.db["mobility"].count == before + 1
    saved = store.mobilities.get(editor.record.id)
    assert (saved.city, saved.topic, saved.start_date) == ("Lublin", "Maths outdoors",
                                                          "2026-09-07")
    assert page.ctx.drafts.for_table("mobility") == []
    assert not page.model.index(0, 0).data().startswith("✎")


def test_an_action_switched_to_done_without_a_date_is_not_dropped(qtbot, store, school,
                                                                  tmp_path):
    window = open_window(store, tmp_path, qtbot)
    page = window.show_page("dissemination")
    page.select_id(school["a2"])
    from tests.ui.helpers import choose

    choose(page.editor.status_combo, "done")
    assert page.editor.error_text("done_date") == "Enter the date the action was done."
    assert page.editor.labels["done_date"].text().endswith("*")
    window.show_page("overview")  # leaving the page
    assert store.dissemination.get(school["a2"]).status == "planned"
    draft = page.ctx.drafts.for_record("dissemination_action", school["a2"])
    assert draft.data["record"]["status"] == "done"
    page = window.show_page("dissemination")
    page.select_id(school["a2"])
    assert page.editor.status_combo.value() == "done"
    set_date(qtbot, page.editor.done, "3/5/2026")
    saved = store.dissemination.get(school["a2"])
    assert (saved.status, saved.done_date) == ("done", "2026-05-03")


def screen_is_stored(form, read) -> bool:  # noqa: ANN001
    """Whether what the form shows is exactly what the database holds."""
    stored = read()
    record = form.collect()
    return all(getattr(record, f.name) == getattr(stored, f.name)
               for f in dataclasses.fields(record)
               if f.name not in ("created_at", "updated_at"))


@pytest.mark.parametrize("kind", ["projects", "mobilities", "people", "dissemination"])
def test_all_changes_saved_only_while_the_screen_is_the_database(qtbot, store, school,
                                                                 tmp_path, kind):
    window = open_window(store, tmp_path, qtbot)
    page = window.show_page(kind)
    page.select_row(0)
    form = page.form
    record_id = form.record.id
    read = {"projects": store.projects.get, "mobilities": store.mobilities.get,
            "people": store.people.get, "dissemination": store.dissemination.get}[kind]
    name = {"projects": "title", "mobilities": "city", "people": "name",
            "dissemination": "title"}[kind]
    field = form.fields[name]
    focus(field)
    QTest.keyClick(field, Qt.Key.Key_End)
    for key in " (revised, typed slowly)" + "\b" * 9:
        if key == "\b":
            QTest.keyClick(field, Qt.Key.Key_Backspace)
        else:
            QTest.keyClicks(field, key)
        qtbot.wait(5)
        if form.status.text() == "All changes saved.":
            assert screen_is_stored(form, lambda: read(record_id)), key
        else:
            assert not screen_is_stored(form, lambda: read(record_id)) or \
                form.state() != "saved"
    qtbot.waitUntil(lambda: form.status.text() == "All changes saved.", timeout=3000)
    assert screen_is_stored(form, lambda: read(record_id))
    # Typed, not yet saved: the form says so, and the database still has the old text.
    QTest.keyClicks(field, "!")
    assert form.status.text() == "Changes not saved yet."
    assert not getattr(read(record_id), name).endswith("!")
    QTest.keyClick(field, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert getattr(read(record_id), name).endswith("!")
    assert form.status.text() == "All changes saved."
