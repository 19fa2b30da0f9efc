"""The overview: figures of the school year, and a timeline that shows bunching at the end."""

from __future__ import annotations

from desktop.ui.pages.overview_page import OverviewPage
from desktop.ui.timeline import TimelineWidget


def test_timeline_puts_late_actions_in_the_last_weeks(qtbot):
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    actions = [{"status": "planned", "planned_date": "2026-08-20", "done_date": ""}] * 5 + [
        {"status": "done", "planned_date": "2025-09-20", "done_date": "2025-10-01"}]
    timeline.set_data("2025-09-01", "2026-08-31", actions, "en")
    planned, done, weeks = timeline._bins()
    assert weeks == 53
    assert planned == {50: 5}
    assert done == {4: 1}
    timeline.resize(700, 200)
    image = timeline.grab().toImage()
    assert not image.isNull()


def test_overview_shows_this_school_years_figures(qtbot, ctx, school):
    page = OverviewPage(ctx)
    qtbot.addWidget(page)
    captions = [card.caption.text() for card in page.cards]
    assert captions[:3] == ["Mobilities", "Participants", "Countries"]
    assert all(card.value.text() for card in page.cards)
    assert page.project.count() == 2


def test_a_project_warning_selects_the_project(qtbot, ctx, school):
    from desktop.ui.pages.projects_page import ProjectsPage

    page = ProjectsPage(ctx)
    qtbot.addWidget(page)
    page.open_records("project", [school["p2"]])
    assert page.current_id() == school["p2"]
    page.open_records("result", [school["r1"]])
    assert page.current_id() == school["p1"]
    assert page.editor.tabs.currentIndex() == 1
    assert page.editor.result_form.record.id == school["r1"]
