"""The planning poster's content typed in: a project, a result, its target groups."""

from __future__ import annotations

import pytest

from desktop.ui.pages.projects_page import ProjectsPage
from tests.ui.helpers import answer_next_question, choose, set_date, type_into, type_text_area


@pytest.fixture
def page(qtbot, ctx, school):
    page = ProjectsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def test_create_a_project_with_a_result_and_a_target_group(qtbot, page, store):
    page.new_button.click()
    form = page.editor.form
    assert not page.editor.tabs.isTabEnabled(1)  # results need a saved project
    type_into(qtbot, form.title, "Reading together")
    assert "Enter a date." in form.error_text("start_date")
    assert store.projects.find("Reading together") is None
    choose(form.action, "KA210-SCH")
    set_date(qtbot, form.start, "2026-09-01")
    set_date(qtbot, form.end, "2027-08-31")
    project_id = form.record.id
    assert project_id and store.projects.get(project_id).action == "KA210-SCH"
    assert page.editor.tabs.isTabEnabled(1)

    page.editor.tabs.setCurrentIndex(1)
    page.editor.results.add_button.click()
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
    groups.add_button.click()
    row = groups.rows[0]
    choose(row.who, "parents")
    type_into(qtbot, row.names, "Parents' council")
    groups.add_button.click()
    saved = store.projects.target_groups(results[0].id)
    assert [(g.group_code, g.priority, g.representatives) for g in saved] == [
        ("parents", "primary", "Parents' council"), ("pupils", "secondary", "")]


def test_projects_filter_and_delete(qtbot, page, store, school):
    qtbot.keyClicks(page.filter_edit, "languages")
    assert page.model.rowCount() == 1
    page.select_row(0)
    seen = answer_next_question("Delete")
    page.delete_current()
    assert store.projects.get(school["p2"]) is None
    assert "1 mobility" in seen[1]
    assert page.model.rowCount() == 0
