"""The school's own settings (the month its school year starts in, its FERS artwork): kept
by the store, carried by archives and backups, absent from older archives without harm."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import zipfile

import pytest
import sqlite_utils
from PIL import Image

from desktop.domain.fold import fold
from desktop.domain.models import Project, School
from desktop.domain.validation import ValidationError
from desktop.store import Store
from desktop.store.archive import export_archive, import_archive
from desktop.store.backups import make_backup, restore_backup
from desktop.store.connection import APPLICATION_ID, new_id, now
from desktop.store.media import add_attachment
from desktop.store.migrations import LATEST, STEPS

OLDER = 5  # the last data version without the school's own settings


def picture(path, size=(1200, 200), colour=(11, 59, 122)):
    Image.new("RGB", size, colour).save(path)
    return path


def older_database(path, with_logo: str = "") -> str:
    """A database as Vidare of data version 5 left it: a school and a project; returns
    the school's id."""
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn)
    conn.create_function("fold", 1, fold, deterministic=True)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for step in STEPS[:OLDER]:
        step(db)
    conn.execute(f"PRAGMA user_version = {OLDER}")
    stamp, school_id = now(), new_id()
    conn.execute("INSERT INTO school (id, created_at, updated_at, name, country, logo) "
                 "VALUES (?, ?, ?, 'Szkoła w Lesie', 'PL', ?)",
                 [school_id, stamp, stamp, with_logo])
    conn.execute("INSERT INTO project (id, created_at, updated_at, title, action, start_date, "
                 "end_date, funding_source) VALUES (?, ?, ?, 'Las', 'KA122-SCH', "
                 "'2026-09-01', '2027-08-31', 'fers')", [new_id(), stamp, stamp])
    conn.close()
    return school_id


def test_the_store_keeps_the_month_and_refuses_one_that_is_none(store):
    store.school.save(School(name="Skolan", country="SE"))
    assert store.overview.current_school_year(dt.date(2026, 12, 2)).iso() == \
        ("2026-08-01", "2027-07-31")  # as usual in Sweden
    school = store.school.get()
    store.school.save(dataclasses.replace(school, school_year_start_month=1))
    assert store.db.execute("SELECT school_year_start_month FROM school").fetchone()[0] == 1
    assert store.overview.current_school_year(dt.date(2026, 12, 2)).iso() == \
        ("2026-01-01", "2026-12-31")
    for wrong in (0, 13, True):
        with pytest.raises(ValidationError):
            store.school.save(dataclasses.replace(store.school.get(),
                                                  school_year_start_month=wrong))
    with pytest.raises(ValidationError):
        store.school.save(dataclasses.replace(store.school.get(), fers_artwork="../fers.png"))


def test_an_older_database_gains_the_columns_empty(tmp_path):
    older_database(tmp_path / "old.db")
    with Store(tmp_path / "old.db") as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == LATEST
        school = store.school.get()
        assert school.school_year_start_month is None and school.fers_artwork == ""
        assert store.overview.current_school_year(dt.date(2026, 12, 2)).iso() == \
            ("2026-09-01", "2027-08-31")  # Poland's


def test_an_older_archive_without_the_columns_imports(tmp_path):
    (tmp_path / "old").mkdir()
    logo = add_attachment(tmp_path / "old" / "vidare-media",
                          picture(tmp_path / "logo.png", (200, 200)), "logo")
    school_id = older_database(tmp_path / "old" / "vidare.db", with_logo=logo)
    archive = export_archive(tmp_path / "old" / "vidare.db", tmp_path / "old.zip")
    assert f"media/{logo}" in zipfile.ZipFile(archive).namelist()
    # Into an empty database: the school comes with the settings unset.
    with Store(tmp_path / "new" / "vidare.db", create=True) as new:
        report = import_archive(new.path, archive)
        assert report.inserted["school"] == 1 and report.inserted["project"] == 1
        school = new.school.get()
        assert school.id == school_id and school.logo == logo
        assert school.school_year_start_month is None and school.fers_artwork == ""
        assert new.media_file(logo) is not None
        # The school then sets both; the same older archive again takes neither away.
        artwork = add_attachment(new.media_dir, picture(tmp_path / "fers.png"), "logo")
        new.school.save(dataclasses.replace(school, school_year_start_month=1,
                                            fers_artwork=artwork))
        import_archive(new.path, archive)
        school = new.school.get()
        assert (school.school_year_start_month, school.fers_artwork) == (1, artwork)


def test_the_artwork_and_the_month_travel_in_an_archive(tmp_path):
    with Store(tmp_path / "a" / "vidare.db", create=True) as a:
        artwork = add_attachment(a.media_dir, picture(tmp_path / "fers.png"), "logo")
        a.school.save(School(name="Szkoła", country="PL", school_year_start_month=8,
                             fers_artwork=artwork))
        a.projects.save(Project(title="Las", start_date="2026-09-01", end_date="2027-08-31",
                                funding_source="fers"))
    archive = export_archive(tmp_path / "a" / "vidare.db", tmp_path / "a.zip")
    assert f"media/{artwork}" in zipfile.ZipFile(archive).namelist()
    with Store(tmp_path / "b" / "vidare.db", create=True) as b:
        import_archive(b.path, archive)
        school = b.school.get()
        assert (school.school_year_start_month, school.fers_artwork) == (8, artwork)
        assert b.media_file(artwork).read_bytes() == (tmp_path / "fers.png").read_bytes()


def test_the_artwork_comes_back_with_a_backup(store, tmp_path):
    artwork = add_attachment(store.media_dir, picture(tmp_path / "fers.png"), "logo")
    store.school.save(School(name="Szkoła", country="PL", fers_artwork=artwork,
                             school_year_start_month=10))
    backup = make_backup(store.path, reason="manual")
    assert (backup.folder / "media" / artwork).is_file()
    store.school.save(dataclasses.replace(store.school.get(), fers_artwork="",
                                          school_year_start_month=None))
    store.media_file(artwork).unlink()
    restore_backup(store.path, backup.folder)
    school = store.school.get()
    assert (school.school_year_start_month, school.fers_artwork) == (10, artwork)
    assert store.media_file(artwork).read_bytes() == (tmp_path / "fers.png").read_bytes()
