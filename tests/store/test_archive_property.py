"""A pass that looks for more: Hypothesis builds hostile archives and imports them.

Random manifests, entry paths, schemas, values and sizes, mixed into a good archive.
Whatever comes, an import either merges cleanly or refuses with one sentence; it never
raises anything else, never writes outside the data folder, never leaves a refused
database or its media changed, and never takes long. A fixed seed and a bounded number
of examples keep it the same, and quick, in every CI run.
"""

import hashlib
import json
import shutil
import sqlite3
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from PIL import Image

from desktop.domain.models import Mobility, Participant, Project, Story
from desktop.store import Store
from desktop.store.archive import ArchiveRefused, export_archive, import_archive
from desktop.store.errors import OtherSchool
from desktop.store.media import is_media_name

EXAMPLES = 60
SECONDS_PER_IMPORT = 10


@pytest.fixture(scope="module")
def parts(tmp_path_factory):
    """A good archive's database and media, and a target database to import into."""
    root = tmp_path_factory.mktemp("property")
    with Store(root / "a" / "vidare.db", create=True) as a:
        project = a.projects.save(Project(title="Natur", action="KA122-SCH",
                                          start_date="2025-09-01", end_date="2027-08-31"))
        pupil = a.people.save(Participant(name="Ola Nordmann", role="pupil"))
        trip = Mobility(project_id=project.id, activity_type="SM-JOB-SHDW", city="Kraków",
                        country="PL", start_date="2026-03-02", end_date="2026-03-06",
                        transport="train")
        a.mobilities.save(trip)
        story = a.stories.save(Story(mobility_id=trip.id, title="Resan", language="sv"),
                               [pupil.id])
        Image.new("RGB", (40, 30), (200, 30, 30)).save(root / "p.png")
        a.stories.add_photo(story.id, root / "p.png")
    good = export_archive(root / "a" / "vidare.db", root / "good.zip")
    with zipfile.ZipFile(good) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    with Store(root / "template" / "vidare.db", create=True) as t:
        t.people.save(Participant(name="Stays", role="teacher"))
    return root, entries


NAMES = st.one_of(
    st.sampled_from(["vidare.db", "manifest.json", "media/", "../x", "/etc/x", "C:/x",
                     "media\\..\\x", "media/../../x", "media/a/b.png", "media/.png",
                     "media/" + "0" * 24 + ".png", "media/" + "a" * 24,
                     "media/" + "f" * 24 + ".exe", "media/\x00.png", "media/" + "é" * 24]),
    st.text(min_size=1, max_size=60).map(lambda t: "media/" + t),
    st.text(min_size=1, max_size=30))
PAYLOADS = st.one_of(
    st.binary(max_size=2048),
    st.integers(0, 300_000).map(lambda n: b"\0" * n),
    st.just(b"\x89PNG\r\n\x1a\n" + b"\0" * 100))
SQL_VALUES = st.one_of(
    st.none(), st.integers(-2**63, 2**63 - 1), st.floats(allow_nan=False),
    st.text(max_size=200), st.binary(max_size=50),
    st.sampled_from(["../../etc/passwd", "2099-01-01T00:00:00.000000Z", "", "x" * 30000,
                     "not json", "[1,2]", "<img src=/etc/passwd>", "\u202egnp.exe"]))
CELLS = st.sampled_from([  # (table, column) pairs that have rows in the good archive
    ("participant", "name"), ("participant", "role"), ("participant", "notes"),
    ("participant", "id"), ("participant", "updated_at"), ("participant", "created_at"),
    ("participant", "fewer_opportunities"), ("project", "title"), ("project", "start_date"),
    ("project", "action"), ("mobility", "country"), ("mobility", "travel_days"),
    ("mobility", "project_id"), ("story", "text"), ("story", "benefit_tags"),
    ("story", "language"), ("story", "mobility_id"), ("story_author", "participant_id"),
    ("photo", "file"), ("photo", "width"), ("photo", "sha256"), ("photo", "story_id"),
    ("meta", "value"), ("meta", "key")])
SCHEMA_CHANGES = st.sampled_from([
    "CREATE VIEW v AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
    "SELECT i FROM n",
    "CREATE TRIGGER t AFTER INSERT ON story BEGIN SELECT 1; END",
    "CREATE TABLE extra (x)", "CREATE INDEX extra_index ON participant(notes)",
    "ALTER TABLE participant ADD COLUMN extra TEXT",
    "DROP TABLE publication", "ALTER TABLE story RENAME TO story_old",
    "PRAGMA user_version = 99", "PRAGMA user_version = 0", "PRAGMA application_id = 1",
    "DROP TRIGGER participant_tombstone", "DELETE FROM search_key"])


@st.composite
def hostile_archives(draw):
    sql = []
    for _ in range(draw(st.integers(0, 3))):
        if draw(st.booleans()):
            sql.append((draw(SCHEMA_CHANGES), ()))
        else:
            table, column = draw(CELLS)
            sql.append((f"UPDATE {table} SET {column} = ?", (draw(SQL_VALUES),)))
            if draw(st.booleans()):
                sql.append((f"UPDATE {table} SET {column} = CAST(? AS TEXT)",
                            (draw(st.binary(min_size=1, max_size=20)),)))
    manifest = draw(st.one_of(
        st.none(), st.binary(max_size=200),
        st.dictionaries(st.text(max_size=20), st.one_of(st.text(max_size=20),
                                                        st.integers()), max_size=4)
        .map(lambda d: json.dumps(d).encode())))
    extra = draw(st.one_of(st.just({}), st.just({}), st.dictionaries(NAMES, PAYLOADS,
                                                                     max_size=3)))
    drop_media = draw(st.booleans())
    cut = draw(st.one_of(st.none(), st.none(), st.none(), st.integers(0, 8000)))
    return sql, manifest, extra, drop_media, cut


def build(root: Path, entries: dict, sql, manifest, extra, drop_media, cut) -> Path:
    work = root / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    (work / "vidare.db").write_bytes(entries["vidare.db"])
    conn = sqlite3.connect(work / "vidare.db", isolation_level=None)
    for statement, params in sql:
        try:
            conn.execute(statement, params)
        except sqlite3.Error:
            pass  # a change SQLite itself refuses: the archive just stays as it was
    conn.close()
    database = (work / "vidare.db").read_bytes()
    if cut is not None:
        database = database[:cut]
    archive = work / "hostile.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("vidare.db", database)
        if manifest is not None:
            zf.writestr("manifest.json", manifest)
        for name, data in entries.items():
            if name.startswith("media/") and not drop_media:
                zf.writestr(name, data)
        for name, data in extra.items():
            if name not in ("vidare.db", "manifest.json"):
                try:
                    zf.writestr(name, data)
                except (ValueError, UnicodeEncodeError):
                    pass
    return archive


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()
            and not p.name.endswith(("-wal", "-shm"))}


@seed(20261202)
@settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(hostile_archives())
def test_hostile_archives_are_merged_or_refused_and_nothing_else(parts, case):
    root, entries = parts
    archive = build(root, entries, *case)
    target = root / "target"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(root / "template", target)
    db = target / "vidare.db"
    outside_before = snapshot(root / "a")
    before = snapshot(target)
    started = time.monotonic()
    try:
        import_archive(db, archive)
        refused = False
    except (ArchiveRefused, OtherSchool) as error:
        refused = True
        assert "\n" not in str(error) and str(error).endswith((".", ")"))
    assert time.monotonic() - started < SECONDS_PER_IMPORT
    assert snapshot(root / "a") == outside_before  # nothing written outside the data folder
    assert not (root / "x").exists() and not (root.parent / "x").exists()
    if refused:
        assert snapshot(target) == before
        return
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    media = target / "vidare-media"
    for path in media.iterdir() if media.exists() else ():
        assert is_media_name(path.name) and path.is_file() and not path.is_symlink()
        assert hashlib.sha256(path.read_bytes()).hexdigest()[:24] == path.name[:24]
    assert not (target / "vidare-temp").exists()
