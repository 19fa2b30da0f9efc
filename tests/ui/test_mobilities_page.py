"""Recording trips as a coordinator does: type, choose, add people; refusals by the field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.ui.pages.mobilities_page import MobilitiesPage
from tests.ui.helpers import answer_next_question, choose, set_date, type_into


@pytest.fixture
def page(qtbot, ctx, school):
    page = MobilitiesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def test_record_a_mobility_with_two_participants(qtbot, page, store, school):
    page.new_button.click()
    editor = page.editor
    choose(editor.activity, "SM-JOB-SHDW")
    type_into(qtbot, editor.topic, "Assessment for learning")
    type_into(qtbot, editor.host, "Szkola Podstawowa nr 5")
    type_into(qtbot, editor.city, "Gdansk")
    editor.country.lineEdit().setFocus()
    type_into(qtbot, editor.country.lineEdit(), "Poland")
    set_date(qtbot, editor.start, "2026-04-13")
    set_date(qtbot, editor.end, "2026-04-17")
    choose(editor.transport, "bus")
    assert editor.green.text() == "Green travel"
    for name in ("Anna Lind", "Eva Sund"):
        type_into(qtbot, editor.people.chooser, name)
        editor.people.add_button.click()
    assert editor.record.id, editor.problems()
    saved = store.mobilities.get(editor.record.id)
    assert (saved.city, saved.country, saved.start_date, saved.end_date) == (
        "Gdansk", "PL", "2026-04-13", "2026-04-17")
    people = {p.name: link.role for link, p in store.mobilities.participants(saved.id)}
    assert people == {"Anna Lind": "participant", "Eva Sund": "participant"}
    assert "All changes saved." in editor.status.text()
    assert page.model.row_of(saved.id) >= 0
    # A role chosen in the list is saved at once.
    editor.people.table.cellWidget(1, 2).setCurrentIndex(1)
    roles = sorted(link.role for link, _ in store.mobilities.participants(saved.id))
    assert roles == ["accompanying", "participant"]


def test_pupil_mobility_without_pupils_is_refused_next_to_the_field(qtbot, page, store,
                                                                    school):
    before = store.db["mobility"].count
    page.new_button.click()
    editor = page.editor
    choose(editor.activity, "LM-GRP-PUPIL")
    type_into(qtbot, editor.city, "Oslo")
    type_into(qtbot, editor.country.lineEdit(), "Norway")
    set_date(qtbot, editor.start, "2026-05-04")
    set_date(qtbot, editor.end, "2026-05-08")
    type_into(qtbot, editor.people.chooser, "Anna Lind")
    editor.people.add_button.click()
    assert editor.error_text("participants") == (
        "A pupil mobility needs at least one pupil among its participants.")
    assert "Not saved" in editor.status.text()
    assert store.db["mobility"].count == before
    type_into(qtbot, editor.people.chooser, "Cia Berg")
    editor.people.add_button.click()
    assert editor.error_text("participants") == ""
    assert store.db["mobility"].count == before + 1


def test_unusual_duration_is_a_warning_and_still_saved(qtbot, page, store, school):
    page.select_id(school["m1"])
    set_date(qtbot, page.editor.end, "2025-12-20")
    assert "outside the usual" in page.editor.error_text("end_date")
    assert store.mobilities.get(school["m1"]).end_date == "2025-12-20"


def test_end_before_start_saves_nothing(qtbot, page, store, school):
    page.select_id(school["m1"])
    set_date(qtbot, page.editor.end, "2025-10-01")
    assert page.editor.error_text("end_date") == "The end date is before the start date."
    assert store.mobilities.get(school["m1"]).end_date == "2025-10-10"


def test_filter_and_sort_the_table(qtbot, page):
    qtbot.keyClicks(page.filter_edit, "krak")
    assert page.model.rowCount() == 1
    assert page.model.index(0, 2).data() == "Kraków"
    page.filter_edit.clear()
    assert page.model.rowCount() == 3
    header = page.view.horizontalHeader()
    header.setSortIndicator(2, Qt.SortOrder.AscendingOrder)  # what a click on "City" does
    assert [page.model.index(r, 2).data() for r in range(3)] == ["Aarhus", "Kraków", "Tampere"]


def test_delete_asks_and_says_what_goes_with_it(qtbot, page, store, school):
    page.select_id(school["m1"])
    seen = answer_next_question("Cancel")
    page.delete_current()
    assert store.mobilities.get(school["m1"]) is not None
    assert "2 participant link" in seen[1] and "1 stor" in seen[1]  # with or without plural forms
    answer_next_question("Delete")
    page.delete_current()
    assert store.mobilities.get(school["m1"]) is None
    assert page.model.row_of(school["m1"]) == -1
