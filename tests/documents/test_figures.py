"""Figures that agree: every chart adds up to its headline, and every document counts
participants, accompanying persons and days abroad the one way the store defines."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.demo import create_demo
from desktop.documents.common import Words
from desktop.documents.gather import gather_stories, project_figures
from desktop.documents.project_report import gather_report
from desktop.documents.summary import build_summary, gather_summary, summary_charts
from desktop.domain import catalogues as cat
from desktop.i18n.counts import phrase
from desktop.store import Store
from desktop.store.overview import school_year
from tests.documents.pdfread import glyph_runs, text_of


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """The Polish demo school at `--scale 100`."""
    folder = tmp_path_factory.mktemp("figures-PL-100")
    with Store(folder / "vidare.db", create=True) as store:
        create_demo(store, "PL", scale=100)
        yield store


def _periods(store: Store) -> list[tuple[str, str]]:
    first, last = store.db.execute(
        "SELECT min(start_date), max(end_date) FROM project").fetchone()
    school = store.school.get()
    return [school_year(country=school.country), (first, last)]


def _check_charts(store: Store, language: str) -> None:
    words = Words(language)
    for date_from, date_to in _periods(store):
        data = gather_summary(store, date_from, date_to)
        f = data.figures
        charts = summary_charts(f, words)
        headlines = [f.mobilities, f.mobilities, f.participants, f.people_reached]
        for chart, headline in zip(charts, headlines, strict=True):
            assert chart.total == headline, chart.heading
            assert sum(value for _, value in chart.rows) == chart.total, chart.heading
            assert len(chart.rows) <= 8
            values = [value for _, value in chart.rows[:len(chart.rows) - (1 if chart.other
                                                                              else 0)]]
            assert values == sorted(values, reverse=True), chart.heading  # ranked
        pdf = build_summary(data, language)
        text = text_of(pdf)
        for total in {f.mobilities, f.participants, f.people_reached}:
            assert words.number(total).replace("\u00a0", " ") in text.replace("\u00a0", " ")
        # Each headline figure sits whole on one line of its tile (set larger than the
        # charts' 9.7 pt headings): no run of figures there is a piece of one.
        whole = {words.number(n).replace("\u00a0", " ") for n in (
            f.mobilities, f.participants, len(f.countries), f.people_reached)}
        for run in glyph_runs(pdf):
            shown = run.text.strip().replace("\u00a0", " ")
            if run.size > 10 and shown and all(c.isdigit() or c in " ,." for c in shown):
                assert shown in whole, shown


@pytest.mark.parametrize("country", ["SE", "NO", "PL"])
def test_every_summary_chart_adds_up_to_its_headline(demos, country):
    _check_charts(demos[country], "en")


@pytest.mark.slow
def test_every_summary_chart_adds_up_at_scale_100(big):
    _check_charts(big, "pl")
    charts = summary_charts(gather_summary(big, *_periods(big)[1]).figures, Words("pl"))
    assert any(chart.other for chart in charts)  # the "Other (n)" row is exercised


def test_the_widest_reach_is_on_the_reach_chart(demos):
    """The chart used to keep the channels with most actions, dropping local press (the
    widest reach) while the highlights named it."""
    store = demos["NO"]
    f = gather_summary(store, *_periods(store)[1]).figures
    best = max(f.reach_by_channel.items(), key=lambda kv: kv[1])[0]
    reach = summary_charts(f, Words("en"))[3]
    assert reach.rows[0][0] == Words("en").label(cat.CHANNELS, best)


@pytest.mark.parametrize("country", ["SE", "NO", "PL"])
def test_documents_and_overview_count_people_and_days_one_way(demos, country):
    store = demos[country]
    for project in store.projects.all():
        f = project_figures(store, project)
        assert f.participants == sum(f.participants_by_role.values())
        stories = gather_stories(store, project, "public")
        assert (stories.participants, stories.accompanying, stories.days_abroad,
                stories.mobilities, len(stories.countries), stories.people_reached) == (
            f.participants, f.accompanying, f.days_abroad, f.mobilities, len(f.countries),
            f.people_reached)
        report = gather_report(store, project)
        assert report.figures == f
        # The same definition the overview uses, over the project's whole period.
        whole = store.overview.figures("0001-01-01", "9999-12-31", project.id, done_only=True)
        assert whole.days_abroad == f.days_abroad
        days, trips, countries, incoming = 0, 0, set(), 0
        for trip in store.mobilities.for_project(project.id):
            if trip.status != "done":
                continue
            if cat.find(cat.ACTIVITY_TYPES, trip.activity_type).incoming:
                incoming += 1  # people came to the school: no trip, no day abroad
                continue
            trips += 1
            countries.add(trip.country)
            span = (dt.date.fromisoformat(trip.end_date)
                    - dt.date.fromisoformat(trip.start_date)).days + 1
            days += (span + trip.travel_days) * len(store.mobilities.participants(trip.id))
        assert f.days_abroad == days
        assert (f.mobilities, set(f.countries), f.incoming) == (trips, countries, incoming)


def test_visits_to_the_school_are_not_trips_abroad(demos):
    """An invited expert and hosted teachers come to the school: the demo has both, and
    neither is a trip, a day abroad, a participant who went or a country "we went" to."""
    assert set(cat.INCOMING) == {"OA-INV-EXP", "OA-HOS-TTT"}
    store = demos["SE"]
    visits = [m for p in store.projects.all() for m in store.mobilities.for_project(p.id)
              if m.activity_type in cat.INCOMING and m.status == "done"]
    assert visits
    visited = {m.project_id for m in visits}
    for project in store.projects.all():
        if project.id not in visited:
            continue
        f = project_figures(store, project)
        assert not set(f.mobilities_by_type) & set(cat.INCOMING)
        outgoing = {m.country for m in store.mobilities.for_project(project.id)
                    if m.status == "done" and m.activity_type not in cat.INCOMING}
        assert set(f.countries) == outgoing
        stories = gather_stories(store, project, "public")
        assert set(stories.countries) == outgoing


def test_the_report_and_poster_print_the_same_participants(demos):
    from desktop.documents.project_report import build_project_report
    from desktop.documents.stories_poster import build_stories_poster

    store = demos["PL"]
    project = store.projects.all()[0]
    f = project_figures(store, project)
    words = Words("en")
    participants = words.count(phrase("figure", "participants"), f.participants,
                               context="Counts").replace("\u00a0", " ")
    poster = text_of(build_stories_poster(gather_stories(store, project, "public"), "en"))
    report = text_of(build_project_report(gather_report(store, project), "en"))
    assert words.number(f.participants) in poster
    assert participants in report.replace("\u00a0", " ")
    # Days abroad and trips alike in both (trips abroad only).
    days = words.count(phrase("figure", "days"), f.days_abroad,
                       context="Counts").replace("\u00a0", " ")
    assert days in report.replace("\u00a0", " ")
    assert words.number(f.days_abroad) in poster
