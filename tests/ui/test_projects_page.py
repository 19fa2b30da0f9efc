"""The planning poster's content typed in: a project, a result, its target groups."""

from __future__ import annotations

import pytest

from desktop.ui.pages.projects_page import ProjectsPage
from tests.ui.helpers import (
    answer_next_question,
    choose,
    click,
    set_date,
    type_into,
    type_text_area,
    wait_for_rows,
)


@pytest.fixture
def page(qtbot, ctx, school):
    page = ProjectsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def test_create_a_project_with_a_result_and_a_target_group(qtbot, page, store):
    click(page.new_button)
    form = page.editor.form
    assert not page.editor.tabs.isTabEnabled(1)  # results need a saved project
    assert [form.labels[n].text() for n in ("title", "start_date", "end_date")] == [
        "Title *", "Start *", "End *"]  # marked before anything is typed
    type_into(qtbot, form.title, "Reading together")
    # A title alone cannot be saved: no error yet for dates nobody has visited…
    assert form.error_text("start_date") == ""
    assert store.projects.find("Reading together") is None
    assert "Still needed: Start and End" in form.status.text()
    choose(form.action, "KA210-SCH")
    set_date(qtbot, form.start, "2026-9-1")
    set_date(qtbot, form.end, "31/8/2027")
    project_id = form.record.id
    saved = store.projects.get(project_id)
    assert (saved.action, saved.start_date, saved.end_date) == (
        "KA210-SCH", "2026-09-01", "2027-08-31")
    assert page.editor.tabs.isTabEnabled(1)
    assert page.ctx.drafts.for_table("project") == []  # the draft went once it was saved

    page.editor.tabs.setCurrentIndex(1)
    click(page.editor.results.add_button)
    result_form = page.editor.result_form
    type_into(qtbot, result_form.title, "Reading circles in every class")
    choose(result_form.kind, "intangible")
    type_text_area(qtbot, result_form.message, "Reading aloud works for all ages.")
    type_into(qtbot, result_form.indicator, "Classes with a reading circle")
    type_into(qtbot, result_form.target, "12")
    results = store.projects.results(project_id)
    assert [(r.title, r.kind, r.indicator_target) for r in results] == [
        ("Reading circles in every class", "intangible", "12")]
    assert results[0].message == "Reading aloud works for all ages."

    groups = result_form.groups
    click(groups.add_button)
    row = groups.rows[0]
    choose(row.who, "parents")
    type_into(qtbot, row.names, "Parents' council")
    click(groups.add_button)
    saved_groups = store.projects.target_groups(results[0].id)
    assert [(g.group_code, g.priority, g.representatives) for g in saved_groups] == [
        ("parents", "primary", "Parents' council"), ("pupils", "secondary", "")]


def test_a_result_without_a_title_stays_as_a_draft(qtbot, page, store, school):
    page.select_id(school["p1"])
    page.editor.tabs.setCurrentIndex(1)
    click(page.editor.results.add_button)
    result_form = page.editor.result_form
    type_text_area(qtbot, result_form.fields["description"],
                   "A bank of outdoor lessons, by subject.")
    page.editor.results.reload()  # as when the project is shown again
    texts = [page.editor.results.list.item(i).text()
             for i in range(page.editor.results.list.count())]
    assert any(text.startswith("✎") and "1 Result" in text for text in texts), texts
    assert len(store.projects.results(school["p1"])) == 1


def test_projects_filter_and_delete(qtbot, page, store, school):
    qtbot.keyClicks(page.filter_edit, "languages")
    wait_for_rows(qtbot, page)
    assert page.model.rowCount() == 1
    page.select_row(0)
    seen = answer_next_question("Delete")
    page.delete_current()
    assert store.projects.get(school["p2"]) is None
    assert "1 mobility" in seen[1]
    assert page.model.rowCount() == 0
