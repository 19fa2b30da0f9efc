"""Dissemination actions: every field, filters, evidence kept in the media folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.ui.pages.dissemination_page import DisseminationPage
from tests.ui.helpers import choose, set_date, type_into, wait_for_rows


@pytest.fixture
def page(qtbot, ctx, school):
    page = DisseminationPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    return page


def test_record_an_action_with_evidence(qtbot, page, store, school, tmp_path):
    page.new_button.click()
    editor = page.editor
    type_into(qtbot, editor.title, "Open lesson for parents")
    action_id = editor.record.id
    assert action_id
    choose(editor.result, school["r1"])
    choose(editor.channel, "open_event")
    choose(editor.target, "parents")
    choose(editor.part, "others_public")
    choose(editor.status_combo, "done")
    assert editor.error_text("done_date") == "Enter the date the action was done."
    set_date(qtbot, editor.done, "2026-02-12")
    editor.reached.setValue(45)
    qtbot.keyClick(editor.reached, "\r")
    evidence = tmp_path / "photo-of-board.pdf"
    evidence.write_bytes(b"%PDF-1.4 evidence")
    editor.attach_file(str(evidence))
    saved = store.dissemination.get(action_id)
    assert (saved.result_id, saved.channel, saved.status, saved.done_date,
            saved.people_reached) == (school["r1"], "open_event", "done", "2026-02-12", 45)
    kept = editor.evidence_file()
    assert kept is not None and Path(kept).read_bytes() == b"%PDF-1.4 evidence"
    assert kept.parent == store.media_dir
    assert editor.open_button.isEnabled() and editor.open_button.text() == "Open"
    type_into(qtbot, editor.evidence, "https://example.org/report")
    assert store.dissemination.get(action_id).evidence == "https://example.org/report"
    assert editor.open_button.text() == "Copy link"


def test_filter_by_status_channel_and_text(qtbot, page, school):
    assert page.model.rowCount() == 2
    choose(page.filter_combos["status"], "done")
    wait_for_rows(qtbot, page)
    assert [page.model.row_id(r) for r in range(page.model.rowCount())] == [school["a1"]]
    choose(page.filter_combos["status"], None)
    wait_for_rows(qtbot, page)
    choose(page.filter_combos["channel"], "local_press")
    wait_for_rows(qtbot, page)
    assert [page.model.row_id(r) for r in range(page.model.rowCount())] == [school["a2"]]
    choose(page.filter_combos["channel"], None)
    wait_for_rows(qtbot, page)
    choose(page.result_filter, school["r1"])
    wait_for_rows(qtbot, page)
    assert page.model.rowCount() == 1
    choose(page.result_filter, None)
    wait_for_rows(qtbot, page)
    qtbot.keyClicks(page.filter_edit, "tidning")
    wait_for_rows(qtbot, page)
    assert page.model.rowCount() == 1


def test_sort_by_people_reached(qtbot, page, school):
    from PySide6.QtCore import Qt

    column = [c.key for c in page.model.columns].index("people_reached")
    page.view.horizontalHeader().setSortIndicator(column, Qt.SortOrder.DescendingOrder)
    wait_for_rows(qtbot, page)
    assert page.model.row_id(0) == school["a1"]
    page.view.horizontalHeader().setSortIndicator(column, Qt.SortOrder.AscendingOrder)
    wait_for_rows(qtbot, page)
    assert page.model.row_id(0) == school["a2"]
