"""The demo school: every figure, edge case and language the rest of Vidare is tested against."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from desktop.demo import DemoRefused, create_demo
from desktop.domain import catalogues as cat
from desktop.domain.models import School
from desktop.domain.validation import validate_mobility
from desktop.store import Store
from desktop.store.overview import school_year

TODAY = dt.date(2026, 3, 15)
COUNTRIES = ("SE", "NO", "PL")
LANGUAGE = {"SE": "sv", "NO": "nb", "PL": "pl"}
# Words every story of that language uses, and words that would betray another language.
MARKERS = {"sv": {"och", "att", "vi", "jag"}, "nb": {"og", "å", "vi", "jeg"},
           "pl": {"i", "się", "w", "na", "z"}}
FOREIGN = {"sv": {"og", "ikke", "się"}, "nb": {"och", "inte", "się"}, "pl": {"och", "og"}}


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Store]:
    stores = {}
    for country in COUNTRIES:
        store = Store(tmp_path_factory.mktemp(country) / "demo.db", create=True)
        create_demo(store, country, today=TODAY)
        stores[country] = store
    yield stores
    for store in stores.values():
        store.close()


def rows(store: Store, sql: str, params: tuple = ()) -> list[dict]:
    return list(store.db.query(sql, list(params)))


def column(store: Store, sql: str, params: tuple = ()) -> list:
    return [row[0] for row in store.db.execute(sql, list(params)).fetchall()]


@pytest.mark.parametrize("country", COUNTRIES)
def test_school_and_projects(demos: dict[str, Store], country: str) -> None:
    store = demos[country]
    school = store.school.get()
    assert school is not None and school.country == country
    assert school.default_language == LANGUAGE[country]
    assert re.fullmatch(r"E1\d{7}", school.oid)
    assert school.logo and (store.media_dir / school.logo).is_file()
    projects = store.projects.all()
    actions = {p.action for p in projects}
    assert len(projects) >= 2 and len(actions) >= 2
    assert actions & {"KA121-SCH", "KA122-SCH"} and actions & {"KA210-SCH", "KA220-SCH"}
    year_start, year_end = school_year(TODAY)
    for project in projects:
        assert re.fullmatch(rf"\d{{4}}-1-{country}01-{project.action}-\d{{9}}", project.reference)
        assert project.start_date <= year_start and project.end_date >= year_end
        assert project.needs_analysis and project.objectives and project.management_involvement
        assert store.projects.partners(project.id)


@pytest.mark.parametrize("country", COUNTRIES)
def test_results_have_target_groups(demos: dict[str, Store], country: str) -> None:
    store = demos[country]
    for project in store.projects.all():
        results = store.projects.results(project.id)
        assert {r.kind for r in results} == {"tangible", "intangible"}
        for result in results:
            assert result.message and result.sustainability and result.evaluation_notes
            assert result.indicator and result.indicator_target
            groups = store.projects.target_groups(result.id)
            assert groups and all(g.representatives for g in groups)
            assert {g.priority for g in groups} == {"primary", "secondary"}


@pytest.mark.parametrize("country", COUNTRIES)
def test_mobilities(demos: dict[str, Store], country: str) -> None:
    store = demos[country]
    trips = [m for p in store.projects.all() for m in store.mobilities.for_project(p.id)]
    assert len(trips) >= 12
    countries = {m.country for m in trips}
    assert len(countries) >= 6 and country not in countries
    assert {m.activity_type for m in trips} == set(cat.codes(cat.ACTIVITY_TYPES))
    statuses = [m.status for m in trips]
    assert set(statuses) == {"done", "planned", "cancelled"} and statuses.count("cancelled") == 1
    green = {t.code for t in cat.TRANSPORTS if t.green}
    assert {m.transport in green for m in trips} == {True, False}
    other = [m for m in trips if m.transport == "other_green"]
    assert other and all(0 < len(m.transport_description) <= 300 for m in other)
    today = TODAY.isoformat()
    for trip in trips:
        people = store.mobilities.participants(trip.id)
        roles = [person.role for _, person in people]
        assert people and validate_mobility(trip, roles, check_pupils=True) == []
        assert trip.host_organisation and trip.topic and trip.city
        assert (trip.end_date < today) == (trip.status != "planned")
        if trip.status == "done":
            assert trip.learning_outcomes and trip.passed_on


@pytest.mark.parametrize("country", COUNTRIES)
def test_people_and_consent(demos: dict[str, Store], country: str) -> None:
    store = demos[country]
    people = store.people.all()
    assert len(people) >= 40
    assert {p.role for p in people} == {"teacher", "other_staff", "pupil"}
    assert any(p.fewer_opportunities for p in people)
    assert sum(p.protected_identity for p in people) == 1
    consents = store.people.current_consents([p.id for p in people])
    assert len(consents) >= len(people) * 3 // 4
    assert len(people) - len(consents) >= 1  # some without any consent
    withdrawn = [c for c in consents.values() if c.withdrawn_on]
    assert len(withdrawn) == 1 and withdrawn[0].withdrawn_on < TODAY.isoformat()
    soon = (TODAY + dt.timedelta(days=30)).isoformat()
    assert any(TODAY.isoformat() <= c.expires_on <= soon for c in consents.values())
    pupils = {p.id for p in people if p.role == "pupil"}
    assert any(c.given_by == "guardian" for pid, c in consents.items() if pid in pupils)
    scopes = {(c.photo_internal, c.photo_public, c.photo_online, c.story_internal,
               c.story_public, c.story_online, c.name_display) for c in consents.values()}
    assert len(scopes) >= 4


@pytest.mark.parametrize("country", COUNTRIES)
def test_stories_and_photos(demos: dict[str, Store], country: str) -> None:
    store = demos[country]
    stories = store.stories.all()
    assert len(stories) >= 10
    assert {s.status for s in stories} == {"approved", "draft"}
    for story in stories:
        assert story.language == LANGUAGE[country] and story.mobility_id
        assert story.text.count("\n\n") >= 2 and 0 < len(story.quote) <= 200
        assert story.benefit_tags and store.stories.author_ids(story.id)
        photos = store.stories.photos(story.id)
        assert 1 <= len(photos) <= 3
        for photo in photos:
            path = store.stories.photo_path(photo)
            assert path.parent == store.media_dir and path.is_file()
            assert (photo.width, photo.height) == (1200, 800)
    assert len({p["sha256"] for p in rows(store, "SELECT sha256 FROM photo")}) >= 15
    shown = set(column(store, "SELECT participant_id FROM photo_person"))
    people = {p.id: p for p in store.people.all()}
    consents = store.people.current_consents(list(people))
    assert any(people[pid].protected_identity for pid in shown)
    assert any(pid not in consents for pid in shown)
    assert any(consents[pid].withdrawn_on for pid in shown if pid in consents)


@pytest.mark.parametrize("country", COUNTRIES)
def test_story_language(demos: dict[str, Store], country: str) -> None:
    language = LANGUAGE[country]
    for story in demos[country].stories.all():
        words = set(re.findall(r"\w+", story.text.lower()))
        assert words & MARKERS[language], story.title
        assert not words & FOREIGN[language], story.title


@pytest.mark.parametrize("country", COUNTRIES)
def test_dissemination(demos: dict[str, Store], country: str) -> None:
    store = demos[country]
    actions = [a for p in store.projects.all() for a in store.dissemination.for_project(p.id)]
    assert len(actions) >= 25
    assert {a.status for a in actions} == set(cat.codes(cat.ACTION_STATUSES))
    assert {a.level for a in actions} == set(cat.codes(cat.LEVELS))
    assert {a.quality_part for a in actions} == set(cat.codes(cat.QUALITY_PARTS))
    assert {a.purpose for a in actions} == set(cat.codes(cat.PURPOSES))
    assert len({a.channel for a in actions}) >= 12
    done = [a for a in actions if a.status == "done"]
    with_evidence = [a for a in done if a.evidence.startswith("https://")]
    assert len(with_evidence) >= len(done) * 3 // 4 and all(a.people_reached for a in done)
    overdue = [a for a in actions if a.status == "planned" and a.planned_date < TODAY.isoformat()]
    assert 1 <= len(overdue) <= 2
    assert any(a.result_id for a in actions)


def test_search_finds_krakow(demos: dict[str, Store]) -> None:
    found = demos["SE"].stories.search("krakow")
    assert found
    assert all("Kraków" in demos["SE"].stories.get(f["id"]).text for f in found)


def test_refuses_a_database_that_is_not_empty(tmp_path: Path) -> None:
    with Store(tmp_path / "school.db", create=True) as store:
        store.school.save(School(name="Our school", country="SE"))
        with pytest.raises(DemoRefused, match="only written into an empty database"):
            create_demo(store, "SE")
        assert store.counts()["school"] == 1 and store.counts()["project"] == 0


def test_refuses_unknown_country_and_scale(tmp_path: Path) -> None:
    with Store(tmp_path / "demo.db", create=True) as store:
        with pytest.raises(ValueError):
            create_demo(store, "DK")
        with pytest.raises(ValueError):
            create_demo(store, "SE", scale=0)
        assert store.is_empty()


def test_scale_repeats_the_history(tmp_path: Path, demos: dict[str, Store]) -> None:
    single = demos["NO"].counts()
    with Store(tmp_path / "demo.db", create=True) as store:
        create_demo(store, "NO", scale=3, today=TODAY)
        counts = store.counts()
        assert counts["school"] == 1
        assert all(counts[t] == 3 * n for t, n in single.items() if t != "school")
        starts = column(store, "SELECT start_date FROM mobility")
        assert len(set(starts)) == len(starts) == 3 * single["mobility"]
        references = column(store, "SELECT reference FROM project")
        assert len(set(references)) == len(references)
        assert column(store, "SELECT count(*) FROM story_search") == [counts["story"]]
        assert len(store.stories.search("krakow")) == 3 * len(demos["NO"].stories.search("krakow"))
        files = {p.name for p in store.media_dir.iterdir()}
        assert files == {p.name for p in demos["NO"].media_dir.iterdir()}
        assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.parametrize("today", [dt.date(2025, 8, 1), dt.date(2026, 1, 31),
                                   dt.date(2028, 7, 31)])
def test_any_day_of_the_school_year(tmp_path: Path, demos: dict[str, Store],
                                    today: dt.date) -> None:
    """Trips fall inside their projects, and projects hold the school year, whatever the day."""
    with Store(tmp_path / "demo.db", create=True) as store:
        create_demo(store, "SE", today=today)
        year_start, year_end = school_year(today)
        for project in store.projects.all():
            assert project.start_date <= year_start and project.end_date >= year_end
            for trip in store.mobilities.for_project(project.id):
                assert project.start_date <= trip.start_date <= trip.end_date <= project.end_date
        # The photos are painted from seeds: the same pictures every time.
        shas = set(column(store, "SELECT sha256 FROM photo"))
        assert shas == set(column(demos["SE"], "SELECT sha256 FROM photo"))
