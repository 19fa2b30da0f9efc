"""Recording trips as a coordinator does: type, choose, add people; problems by the field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.ui.pages.mobilities_page import MobilitiesPage
from tests.ui.helpers import answer_next_question, choose, click, set_date, type_into, wait_for_rows


@pytest.fixture
def page(qtbot, ctx, school):
    page = MobilitiesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def test_record_a_mobility_with_two_participants(qtbot, page, store, school):
    click(page.new_button)
    editor = page.editor
    assert editor.transport.value() == "", "no transport until one is chosen"
    choose(editor.activity, "SM-JOB-SHDW")
    type_into(qtbot, editor.topic, "Assessment for learning")
    type_into(qtbot, editor.host, "Szkola Podstawowa nr 5")
    type_into(qtbot, editor.city, "Gdansk")
    type_into(qtbot, editor.country, "Poland")
    set_date(qtbot, editor.start, "13/4/2026")  # English writes the day first
    set_date(qtbot, editor.end, "2026-4-17")
    choose(editor.transport, "bus")
    assert editor.green.text() == "Green travel"
    for name in ("Anna Lind", "Eva Sund"):
        type_into(qtbot, editor.people.chooser, name)
    assert editor.record.id, editor.problems()
    saved = store.mobilities.get(editor.record.id)
    assert (saved.city, saved.country, saved.start_date, saved.end_date, saved.transport) == (
        "Gdansk", "PL", "2026-04-13", "2026-04-17", "bus")
    people = {p.name: link.role for link, p in store.mobilities.participants(saved.id)}
    assert people == {"Anna Lind": "participant", "Eva Sund": "participant"}
    assert editor.status.text() == "All changes saved."
    assert page.model.row_of(saved.id) >= 0
    # A role chosen in the list is saved at once.
    choose(editor.people.table.cellWidget(1, 2), "accompanying")
    roles = sorted(link.role for link, _ in store.mobilities.participants(saved.id))
    assert roles == ["accompanying", "participant"]


def test_a_pupil_trip_is_saved_before_its_pupils_exist(qtbot, page, store, school):
    before = store.db["mobility"].count
    click(page.new_button)
    editor = page.editor
    choose(editor.activity, "LM-GRP-PUPIL")
    type_into(qtbot, editor.city, "Oslo")
    type_into(qtbot, editor.country, "Norway")
    set_date(qtbot, editor.start, "4.5.2026")
    set_date(qtbot, editor.end, "8.5.2026")
    assert store.db["mobility"].count == before + 1
    trip = store.mobilities.get(editor.record.id)
    assert (trip.activity_type, trip.start_date, trip.end_date) == (
        "LM-GRP-PUPIL", "2026-05-04", "2026-05-08")
    assert "No pupils" in editor.error_text("participants")
    assert editor.status.text() == "All changes saved."
    # The pupils are added later, typed in by name: the one not yet known is created.
    type_into(qtbot, editor.people.chooser, "Anna Nowak")
    assert editor.people.add_button.text() == "Add"  # Enter already added her
    people = {p.name: (p.role, link.role) for link, p in store.mobilities.participants(trip.id)}
    assert people == {"Anna Nowak": ("pupil", "participant")}
    assert editor.error_text("participants") == ""


def test_typing_an_unknown_name_offers_to_add_that_person(qtbot, page, store, school):
    page.select_id(school["m1"])
    chooser = page.editor.people.chooser
    click(chooser)
    qtbot.keyClicks(chooser, "Zofia Kowalska")
    assert page.editor.people.add_button.text() == "Add as a new person: “Zofia Kowalska”"
    click(page.editor.people.add_button)
    names = {p.name for _link, p in store.mobilities.participants(school["m1"])}
    assert names == {"Anna Lind", "Bo Ek", "Zofia Kowalska"}
    zofia = next(p for p in store.people.all() if p.name == "Zofia Kowalska")
    assert zofia.role == "teacher"  # not a pupil trip


def test_unusual_duration_is_a_warning_and_still_saved(qtbot, page, store, school):
    page.select_id(school["m1"])
    set_date(qtbot, page.editor.end, "20/12/2025")
    assert "outside the usual" in page.editor.error_text("end_date")
    assert store.mobilities.get(school["m1"]).end_date == "2025-12-20"


def test_end_before_start_saves_nothing_and_keeps_a_draft(qtbot, page, store, school):
    page.select_id(school["m1"])
    set_date(qtbot, page.editor.end, "1/10/2025")
    assert page.editor.error_text("end_date") == "The end date is before the start date."
    assert store.mobilities.get(school["m1"]).end_date == "2025-10-10"
    assert "Kept as a draft" in page.editor.status.text()
    assert page.ctx.drafts.for_record("mobility", school["m1"]).data["record"]["end_date"] \
        == "2025-10-01"


def test_filter_and_sort_the_table(qtbot, page):
    qtbot.keyClicks(page.filter_edit, "krak")
    wait_for_rows(qtbot, page)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "Kraków, Poland"
    page.filter_edit.clear()
    wait_for_rows(qtbot, page)
    assert page.model.rowCount() == 3
    header = page.view.horizontalHeader()
    header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)  # what a click on the header does
    wait_for_rows(qtbot, page)
    assert [page.model.index(r, 1).data() for r in range(3)] == [
        "Aarhus, Denmark", "Kraków, Poland", "Tampere, Finland"]


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


def test_a_draft_is_deleted_after_a_question_that_calls_it_a_draft(qtbot, page, store,
                                                                  school):
    click(page.new_button)
    type_into(qtbot, page.editor.city, "Lublin")  # no dates yet: kept as a draft
    assert page.model.row_id(0).startswith("draft:")
    page.select_row(0)
    seen = answer_next_question("Delete")
    click(page.delete_button)
    assert seen[0] == "Delete this draft?"
    assert page.ctx.drafts.for_table("mobility") == []
    assert not (page.model.row_id(0) or "").startswith("draft:")
