"""The database: round trips for every table, tombstones, migrations, search, file checks."""

import sqlite3

import pytest
from PIL import Image

from desktop.domain.models import (
    Consent,
    DisseminationAction,
    Mobility,
    Participant,
    Partner,
    Project,
    Publication,
    Result,
    School,
    Story,
    TargetGroup,
)
from desktop.domain.validation import ValidationError
from desktop.store import Store
from desktop.store.connection import APPLICATION_ID, connect
from desktop.store.errors import DatabaseMissing, NotVidareDatabase
from desktop.store.migrations import DATA_TABLES, LATEST


def project(store: Store) -> Project:
    return store.projects.save(Project(
        reference="2025-1-SE01-KA122-SCH-000123456", title="Språk och natur i Europa",
        action="KA122-SCH", start_date="2025-09-01", end_date="2027-08-31"))


def person(store: Store, name: str = "Åsa Øberg", role: str = "teacher") -> Participant:
    return store.people.save(Participant(name=name, role=role))


def photo_file(tmp_path, name="p.jpg", size=(64, 48)):
    path = tmp_path / name
    Image.new("RGB", size, (20, 90, 160)).save(path)
    return path


def test_new_database_is_ours_with_wal_and_full_sync(store):
    assert store.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert set(DATA_TABLES) <= set(store.db.table_names())


def test_round_trip_school_project_partner_result_target_group(store):
    school = store.school.save(School(name="Vidaregymnasiet", country="SE", city="Umeå",
                                      oid="E10123456", default_language="sv"))
    assert store.school.get() == school
    p = project(store)
    assert store.projects.get(p.id) == p
    assert store.projects.find("2025-1-SE01-KA122-SCH-000123456") == p
    partner = store.projects.save_partner(Partner(project_id=p.id, organisation="Szkoła nr 5",
                                                  country="PL", city="Łódź"))
    assert store.projects.partners(p.id) == [partner]
    result = store.projects.save_result(Result(project_id=p.id, title="Utomhuspedagogik",
                                               kind="intangible", message="Ut och lär!"))
    assert store.projects.results(p.id) == [result]
    group = store.projects.save_target_group(TargetGroup(
        result_id=result.id, group_code="own_staff", priority="primary",
        representatives="Arbetslag 7–9"))
    assert store.projects.target_groups(result.id) == [group]


def test_round_trip_mobility_with_participants(store):
    p = project(store)
    teacher, pupil = person(store), person(store, "Łucja Żółć", "pupil")
    trip = Mobility(project_id=p.id, activity_type="LM-GRP-PUPIL", city="Kraków", country="PL",
                    start_date="2026-04-13", end_date="2026-04-17", transport="train")
    store.mobilities.save_with_participants(trip, [(teacher.id, "lead_accompanying"),
                                                   (pupil.id, "participant")])
    assert store.mobilities.get(trip.id) == trip
    roles = {person.name: link.role for link, person in store.mobilities.participants(trip.id)}
    assert roles == {"Åsa Øberg": "lead_accompanying", "Łucja Żółć": "participant"}


def test_pupil_mobility_without_pupils_is_saved_with_a_warning(store):
    p = project(store)
    teacher = person(store)
    trip = Mobility(project_id=p.id, activity_type="LM-GRP-PUPIL", city="Oslo", country="NO",
                    start_date="2026-04-13", end_date="2026-04-17")
    warnings = store.mobilities.save_with_participants(trip, [(teacher.id, "participant")])
    assert [(w.field, w.warning) for w in warnings] == [("participants", True)]
    assert store.db["mobility"].count == 1


def test_round_trip_consent_story_photo_action_publication(store, tmp_path):
    p = project(store)
    pupil = person(store, "Ola Nordmann", "pupil")
    consent = store.people.save_consent(Consent(participant_id=pupil.id, given_by="guardian",
                                                given_on="2025-09-01", photo_internal=True,
                                                story_public=True, name_display="first"))
    assert store.people.consent(pupil.id) == consent
    story = store.stories.save(Story(title="Tromsø i mørketida", text="Nordlys!", quote="Kaldt",
                                     language="nb", benefit_tags=["motivation"]), [pupil.id])
    assert store.stories.get(story.id) == story
    assert store.stories.author_ids(story.id) == [pupil.id]
    photo = store.stories.add_photo(story.id, photo_file(tmp_path), "Nordlys")
    assert (photo.width, photo.height) == (64, 48)
    assert store.stories.photo_path(photo).is_file()
    store.stories.set_people_in_photo(photo.id, [pupil.id])
    assert store.stories.people_in_photo(photo.id) == [pupil.id]
    assert store.stories.photos(story.id) == [photo]
    action = store.dissemination.save(DisseminationAction(
        project_id=p.id, channel="staff_meeting", title="Berätta på APT", status="done",
        done_date="2026-01-15", people_reached=34, evidence="https://example.org/apt"))
    assert store.dissemination.get(action.id) == action
    pub = store.publications.record(Publication(kind="stories-poster", created_on="2026-02-01",
                                                language="sv", participant_ids=[pupil.id]))
    assert store.publications.showing(pupil.id) == [pub]


def test_a_file_that_is_not_an_image_is_refused(store, tmp_path):
    story = store.stories.save(Story(title="t", language="sv"))
    fake = tmp_path / "photo.jpg"
    fake.write_text("not really a photo")
    with pytest.raises(ValidationError):
        store.stories.add_photo(story.id, fake)
    assert store.db["photo"].count == 0


def test_edits_update_the_timestamp_and_keep_created(store):
    p = project(store)
    created, first = p.created_at, p.updated_at
    p.title = "Nytt namn"
    store.projects.save(p)
    again = store.projects.get(p.id)
    assert again.created_at == created and again.updated_at > first


def test_deletions_leave_tombstones_for_children_too(store):
    p = project(store)
    teacher = person(store)
    trip = Mobility(project_id=p.id, activity_type="SM-COUR-TRAIN", city="Göteborg",
                    country="SE", start_date="2026-04-13", end_date="2026-04-17")
    store.mobilities.save_with_participants(trip, [(teacher.id, "participant")])
    link_id = store.mobilities.participants(trip.id)[0][0].id
    store.projects.delete(p.id)
    stones = dict(store.db.execute("SELECT id, table_name FROM tombstone").fetchall())
    assert stones == {p.id: "project", trip.id: "mobility", link_id: "mobility_participant"}
    assert store.db["participant"].count == 1  # people outlive the project


def test_tombstones_survive_reopening(tmp_path):
    path = tmp_path / "v.db"
    with Store(path, create=True) as first:
        gone = project(first)
        first.projects.delete(gone.id)
    with Store(path) as second:
        assert second.db.execute("SELECT table_name FROM tombstone WHERE id = ?",
                                 [gone.id]).fetchone() == ("project",)


@pytest.mark.parametrize("typed,stored", [("krakow", "Kraków"), ("tromso", "Tromsø"),
                                          ("goteborg", "Göteborg"), ("LODZ", "Łódź"),
                                          ("baerum", "Bærum")])
def test_story_search_ignores_case_and_accents(store, typed, stored):
    store.stories.save(Story(title="Resan", text=f"Vi åkte till {stored} i maj.", language="sv"))
    store.stories.save(Story(title="Annat", text="Ingenting här.", language="sv"))
    found = store.stories.search(typed)
    assert [row["title"] for row in found] == ["Resan"]


def test_story_search_takes_prefixes_and_never_fails_on_syntax(store):
    store.stories.save(Story(title="Lärarutbyte", text="Skuggning i Kraków", language="sv"))
    assert len(store.stories.search("skugg")) == 1
    assert store.stories.search('"AND OR (NEAR* -') == []


def test_table_filter_is_accent_insensitive_and_sorts_in_sql(store):
    p = project(store)
    for city, country, start in (("Kraków", "PL", "2026-01-10"), ("Tromsø", "NO", "2026-02-10"),
                                 ("Århus", "DK", "2026-03-10")):
        store.mobilities.save(Mobility(project_id=p.id, city=city, country=country,
                                       start_date=start, end_date=start))
    page = store.mobilities.page("tromso")
    assert [r["city"] for r in page.rows] == ["Tromsø"] and page.total == 1
    ordered = store.mobilities.page(sort="city", descending=False).rows
    assert [r["city"] for r in ordered] == ["Århus", "Kraków", "Tromsø"] or \
        [r["city"] for r in ordered] == ["Kraków", "Tromsø", "Århus"]
    assert store.mobilities.page(limit=2).total == 3
    assert len(store.mobilities.page(limit=2).rows) == 2


def test_migration_from_an_empty_file(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    with Store(path, create=True) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert store.is_empty()


def test_newer_database_opens_read_only(tmp_path):
    path = tmp_path / "newer.db"
    Store(path, create=True).close()
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {LATEST + 1}")
    raw.close()
    with Store(path) as store:
        assert store.read_only
        with pytest.raises(sqlite3.OperationalError):
            store.projects.save(Project(title="x", start_date="2026-01-01",
                                        end_date="2026-02-01"))


def test_foreign_and_missing_files_are_told_apart(tmp_path):
    jpeg = photo_file(tmp_path, "school.jpg").rename(tmp_path / "school.db")
    with pytest.raises(NotVidareDatabase):
        Store(jpeg)
    with pytest.raises(DatabaseMissing):
        Store(tmp_path / "nothing.db")
    other = tmp_path / "other.db"
    raw = sqlite3.connect(other)
    raw.execute("CREATE TABLE t (x)")
    raw.close()
    with pytest.raises(NotVidareDatabase):
        Store(other)


def test_database_file_is_private(tmp_path):
    path = tmp_path / "v.db"
    Store(path, create=True).close()
    assert path.stat().st_mode & 0o077 == 0


def test_overview_counts_in_sql(store):
    p = project(store)
    teacher, pupil = person(store), person(store, "Kari", "pupil")
    pupil.fewer_opportunities = True
    store.people.save(pupil)
    trip = Mobility(project_id=p.id, activity_type="LM-GRP-PUPIL", city="Kraków", country="PL",
                    start_date="2026-04-13", end_date="2026-04-17", transport="train",
                    status="done")
    store.mobilities.save_with_participants(trip, [(teacher.id, "accompanying"),
                                                   (pupil.id, "participant")])
    figures = store.overview.figures("2025-08-01", "2026-07-31")
    assert figures.mobilities == 1 and figures.countries == {"PL": 1}
    assert figures.participants_by_role == {"pupil": 1} and figures.accompanying == 1
    assert figures.green_share == 1.0 and figures.fewer_opportunities_share == 1.0
    codes = {w.code for w in store.overview.warnings("2025-08-01", "2026-07-31", "2026-06-01")}
    assert {"no_within_school", "no_eu_funding", "no_story"} <= codes


def test_no_trigger_view_or_index_calls_a_function_only_vidare_defines(store):
    """DB Browser, Datasette, the sqlite3 shell, sqlite-utils: any of them can edit the file."""
    schema = " ".join(r[0] for r in store.db.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall())
    assert "fold(" not in schema
    p = project(store)
    raw = sqlite3.connect(store.path)  # Python's sqlite3, no function registered
    for table, column in (("project", "title"), ("participant", "name"), ("result", "title"),
                          ("mobility", "topic"), ("dissemination_action", "title"),
                          ("story", "text")):
        raw.execute(f"UPDATE {table} SET {column} = {column}")  # fires every trigger
    raw.execute("INSERT INTO participant (id, created_at, updated_at, name, role) "
                "VALUES ('x1', 't', 't', 'Ødegård', 'pupil')")
    raw.execute("DELETE FROM participant WHERE id = 'x1'")
    raw.execute("UPDATE project SET title = 'Łąka' WHERE id = ?", [p.id])
    raw.commit()
    raw.close()
    assert store.projects.page("laka").total == 1


def test_an_edit_made_with_sqlite3_and_no_functions_is_found_at_once(store):
    """An UPDATE from Python's sqlite3 with no functions registered: Vidare's search finds it."""
    p = project(store)
    teacher = person(store)
    trip = Mobility(project_id=p.id, activity_type="SM-JOB-SHDW", city="Kraków", country="PL",
                    start_date="2026-03-02", end_date="2026-03-06", transport="train")
    store.mobilities.save(trip)
    story = store.stories.save(Story(title="Dag ett", text="Vi åkte", language="sv"))
    action = store.dissemination.save(DisseminationAction(project_id=p.id, title="Blogg"))
    raw = sqlite3.connect(store.path)
    raw.execute("UPDATE project SET title = 'Żywa Bærum' WHERE id = ?", [p.id])
    raw.execute("UPDATE participant SET name = 'Øystein Łukasz' WHERE id = ?", [teacher.id])
    raw.execute("UPDATE mobility SET city = 'Tromsø' WHERE id = ?", [trip.id])
    raw.execute("UPDATE story SET text = 'Straße in Łódź' WHERE id = ?", [story.id])
    raw.execute("UPDATE dissemination_action SET notes = 'Æbleskiver' WHERE id = ?",
                [action.id])
    raw.commit()
    raw.close()
    assert [r["id"] for r in store.projects.page("zywa baerum").rows] == [p.id]
    assert store.projects.page("språk").total == 0
    assert [r["id"] for r in store.people.page("oystein lukasz").rows] == [teacher.id]
    assert [r["id"] for r in store.mobilities.page("tromso").rows] == [trip.id]
    assert [r["id"] for r in store.stories.search("strasse lodz")] == [story.id]
    assert [r["id"] for r in store.dissemination.page("aebleskiver").rows] == [action.id]


def test_search_ignores_case_and_accents_both_ways(store):
    p = project(store)
    for typed in ("SPRÅK", "sprak", "Europa", "eur", "språk natur"):
        assert [r["id"] for r in store.projects.page(typed).rows] == [p.id], typed
    assert store.projects.page("språk öken").total == 0
    assert store.projects.page('"; DROP TABLE project; --').total == 0  # text, not syntax


def test_migrating_a_version_2_database_removes_fold_and_keeps_search(tmp_path):
    """A file from the version that put fold() in its triggers: converted when opened."""
    from desktop.domain.fold import fold
    from desktop.store.connection import transaction
    from desktop.store.migrations import STEPS

    path = tmp_path / "v2.db"
    db = connect(path)
    db.conn.create_function("fold", 1, fold)
    with transaction(db):
        STEPS[0](db)
        STEPS[1](db)
        db.execute("PRAGMA user_version = 2")
        db.execute("INSERT INTO project (id, created_at, updated_at, title, action, start_date, "
                   "end_date) VALUES ('p1', 'x', 'x', 'Łąki i Tromsø', 'KA122-SCH', "
                   "'2025-01-01', '2025-12-31')")
    db.conn.close()
    raw = sqlite3.connect(path)
    with pytest.raises(sqlite3.OperationalError, match="no such function: fold"):
        raw.execute("UPDATE project SET title = 'x'")  # what the IT teacher ran into
    raw.close()
    with Store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert [r["id"] for r in store.projects.page("laki tromso").rows] == ["p1"]
    raw = sqlite3.connect(path)
    raw.execute("UPDATE project SET title = 'Fjällen' WHERE id = 'p1'")
    raw.commit()
    raw.close()
    with Store(path) as store:
        assert [r["id"] for r in store.projects.page("fjallen").rows] == ["p1"]


def test_responsible_people_are_linked_records(store):
    p = project(store)
    johan = person(store, "Johan Bergström")
    anna = person(store, "Anna Svensson")
    person(store, "Per Ek")
    person(store, "Per Ek")  # two people of one name: typing it links neither
    action = store.dissemination.save(DisseminationAction(
        project_id=p.id, title="Workshop", responsible="anna svensson, Johan Bergström och "
        "Per Ek"))
    assert store.dissemination.responsible_people(action.id) == [
        (anna.id, "Anna Svensson"), (johan.id, "Johan Bergström")]
    store.dissemination.save(action, responsible_ids=[johan.id])  # chosen from the people
    assert store.dissemination.responsible_people(action.id) == [(johan.id, "Johan Bergström")]
    johan.name = "Johan Berg"
    store.people.save(johan)  # the typed text follows the linked person's name
    assert store.dissemination.get(action.id).responsible.endswith("Johan Berg och Per Ek")


def test_migrating_a_version_1_database_keeps_rows_searchable_and_backs_up_first(tmp_path):
    from desktop.paths import backups_dir_for
    from desktop.store.connection import transaction
    from desktop.store.migrations import STEPS

    path = tmp_path / "old.db"
    db = connect(path)
    with transaction(db):
        STEPS[0](db)
        db.execute("PRAGMA user_version = 1")
        db.execute("INSERT INTO project (id, created_at, updated_at, title, action, start_date, "
                   "end_date) VALUES ('p1', 'x', 'x', 'Łąki i Tromsø', 'KA122-SCH', "
                   "'2025-01-01', '2025-12-31')")
    db.conn.close()
    with Store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert [r["id"] for r in store.projects.page("laki tromso").rows] == ["p1"]
    assert any(backups_dir_for(path).iterdir())
