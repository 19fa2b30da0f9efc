"""The overview: figures of the school year, warnings that open their records, first steps."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from desktop.domain.models import Mobility, Participant, Project
from desktop.i18n.qt import LanguageSwitcher
from desktop.store.overview import school_year
from desktop.ui.context import AppContext
from desktop.ui.pages.overview_page import OverviewPage
from desktop.ui.timeline import TimelineWidget
from tests.ui.helpers import click, wait_for_rows


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
    wait_for_rows(qtbot, page)
    captions = [card.caption.text() for card in page.cards]
    assert captions[:3] == ["Mobilities", "Participants", "Countries"]
    assert all(card.value.text() for card in page.cards)
    assert page.project.count() == 2
    assert not page.steps.isVisibleTo(page)  # the school has begun: no first steps


@pytest.fixture
def this_year(store):
    """A trip in the current school year: 2 pupils, a teacher, an accompanying parent."""
    start, _end = school_year()
    day = dt.date.fromisoformat(start) + dt.timedelta(days=40)
    project = store.projects.save(Project(title="Now", start_date=start,
                                          end_date=(day + dt.timedelta(days=300)).isoformat()))
    people = [store.people.save(Participant(name=name, role=role)) for name, role in (
        ("Ada", "pupil"), ("Bo", "pupil"), ("Cy", "teacher"), ("Di", "other_staff"))]
    trip = Mobility(project_id=project.id, activity_type="LM-GRP-PUPIL", city="Oslo",
                    country="NO", start_date=day.isoformat(),
                    end_date=(day + dt.timedelta(days=4)).isoformat(), transport="train",
                    status="done")
    store.mobilities.save_with_participants(trip, [(people[0].id, "participant"),
                                                   (people[1].id, "participant"),
                                                   (people[2].id, "participant"),
                                                   (people[3].id, "accompanying")])
    return trip


def test_counts_are_plural_messages_in_each_language(qtbot, ctx, store, this_year, qapp,
                                                     monkeypatch):
    monkeypatch.delenv("VIDARE_PSEUDO", raising=False)
    switcher = LanguageSwitcher(qapp)
    page = OverviewPage(AppContext(store=store, settings=ctx.settings, switcher=switcher))
    qtbot.addWidget(page)
    wait_for_rows(qtbot, page)
    expected = {"en": "2 pupils, 1 teacher, 1 accompanying person",
                "sv": "2 elever, 1 lärare, 1 medföljande person",
                "pl": "2 uczniów, 1 nauczyciel, 1 osoba towarzysząca"}
    try:
        for language, text in expected.items():
            switcher.set_language(language)
            page.retranslate_ui()
            assert page.cards[1].detail.text() == text, language
            assert page.cards[1].value.text() == "3"
    finally:
        switcher.set_language("en")


def test_an_upcoming_trip_with_someone_without_consent_is_a_warning(qtbot, ctx, store, school):
    soon = dt.date.today() + dt.timedelta(days=30)
    nobody = store.people.save(Participant(name="No Consent", role="pupil"))
    trip = Mobility(project_id=school["p1"], activity_type="SM-JOB-SHDW", city="Riga",
                    country="LV", start_date=soon.isoformat(),
                    end_date=(soon + dt.timedelta(days=4)).isoformat())
    store.mobilities.save_with_participants(trip, [(nobody.id, "participant"),
                                                   (school["anna"], "participant")])
    page = OverviewPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_for_rows(qtbot, page)
    links = [w for w in page.warning_links if w.property("code") == "trip_without_consent"]
    assert links, [w.text() for w in page.warning_links]
    assert "1 upcoming trip has participants without consent." in links[0].text()
    assert links[0].font().underline()  # it reads as a link
    opened = []
    page.navigate.connect(lambda table, ids: opened.append((table, ids)))
    click(links[0])
    assert opened == [("mobility", [trip.id])]


def test_an_empty_database_shows_the_first_steps(qtbot, store, tmp_path):
    ctx = AppContext(store=store, settings=QSettings(str(tmp_path / "s.ini"),
                                                     QSettings.Format.IniFormat))
    page = OverviewPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_for_rows(qtbot, page)
    assert page.steps.isVisible()
    assert [mark.text() for mark in page.steps.marks] == ["1.", "2.", "3.", "4.", "5."]
    assert not page.timeline_frame.isVisible()  # no project, no timeline
    opened = []
    page.navigate.connect(lambda table, ids: opened.append((table, ids)))
    click(page.steps.links[0])
    assert opened == [("projects", ["new"])]
    store.projects.save(Project(title="First", start_date="2026-09-01",
                                end_date="2027-06-30"))
    page.refresh()
    wait_for_rows(qtbot, page)
    assert page.steps.marks[0].text() == "✓"


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


def test_the_polish_overview_names_the_polish_school_year(qtbot, ctx, store, qapp,
                                                         monkeypatch):
    from desktop.demo import create_demo

    monkeypatch.delenv("VIDARE_PSEUDO", raising=False)
    create_demo(store, "PL", 1)
    switcher = LanguageSwitcher(qapp)
    page = OverviewPage(AppContext(store=store, settings=ctx.settings, switcher=switcher))
    qtbot.addWidget(page)
    wait_for_rows(qtbot, page)
    today = dt.date.today()
    first = today.year if today.month >= 9 else today.year - 1  # Polish schools: 1 Sep
    try:
        switcher.set_language("pl")
        page.retranslate_ui()
        assert page.period.text() == (f"Rok szkolny {first}/{first + 1} (1 września {first}"
                                      f"\u2009–\u200931 sierpnia {first + 1})")
    finally:
        switcher.set_language("en")
