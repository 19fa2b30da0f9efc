"""Archives: round trip, merge by id with conflicts and deletions, double import, hostile zips."""

import os
import sqlite3
import stat
import zipfile

import pytest
from PIL import Image

from desktop.domain.models import Mobility, Participant, Project, Story
from desktop.domain.validation import ValidationError
from desktop.store import Store
from desktop.store.archive import ArchiveRefused, export_archive, import_archive
from desktop.store.backups import list_backups


def photo(tmp_path, name, colour):
    path = tmp_path / name
    Image.new("RGB", (30, 20), colour).save(path)
    return path


def school_data(store: Store, tmp_path):
    project = store.projects.save(Project(
        reference="2025-1-SE01-KA122-SCH-000123456", title="Natur utan gränser",
        action="KA122-SCH", start_date="2025-09-01", end_date="2027-08-31"))
    teacher = store.people.save(Participant(name="Åsa Öberg", role="teacher"))
    trip = Mobility(project_id=project.id, activity_type="SM-JOB-SHDW", city="Kraków",
                    country="PL", start_date="2026-03-02", end_date="2026-03-06",
                    transport="train")
    store.mobilities.save_with_participants(trip, [(teacher.id, "participant")])
    story = store.stories.save(Story(mobility_id=trip.id, title="Skuggning i Kraków",
                                     text="Utomhuspedagogik varje dag", language="sv"),
                               [teacher.id])
    added = store.stories.add_photo(story.id, photo(tmp_path, "k.png", (200, 30, 30)))
    return project, teacher, trip, story, added


def snapshot(db_path):
    conn = sqlite3.connect(db_path)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE '%_search%' "
        "AND name NOT IN ('meta', 'sync_peer', 'search_key')")]
    data = {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in tables}
    conn.close()
    return data


@pytest.fixture
def laptops(tmp_path):
    """Two databases: the coordinator's (A) and a new laptop that got A's archive (B)."""
    a = Store(tmp_path / "a" / "vidare.db", create=True)
    data = school_data(a, tmp_path)
    archive = export_archive(a.path, tmp_path / "a.zip")
    b = Store(tmp_path / "b" / "vidare.db", create=True)
    import_archive(b.path, archive)
    yield a, b, data
    a.close()
    b.close()


def test_export_then_import_into_an_empty_database(tmp_path):
    with Store(tmp_path / "a" / "vidare.db", create=True) as a:
        project, teacher, trip, story, added = school_data(a, tmp_path)
    archive = export_archive(tmp_path / "a" / "vidare.db", tmp_path / "school.zip")
    names = zipfile.ZipFile(archive).namelist()
    assert "vidare.db" in names and f"media/{added.file}" in names
    if os.name == "posix":
        assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    with Store(tmp_path / "b" / "vidare.db", create=True) as b:
        report = import_archive(b.path, archive)
        assert report.inserted["story"] == 1 and report.media_added == 1
        assert b.projects.get(project.id).title == "Natur utan gränser"
        assert [p.name for _, p in b.mobilities.participants(trip.id)] == ["Åsa Öberg"]
        assert b.stories.search("utomhuspedagogik")[0]["id"] == story.id  # FTS refreshed
        assert b.stories.photo_path(b.stories.get_photo(added.id)).read_bytes() == \
            (tmp_path / "a" / "vidare-media" / added.file).read_bytes()
    a_rows, b_rows = snapshot(tmp_path / "a" / "vidare.db"), snapshot(tmp_path / "b" / "vidare.db")
    assert {t: rows for t, rows in a_rows.items() if t != "school"} == \
        {t: rows for t, rows in b_rows.items() if t != "school"}


def rename(repo_get, repo_save, record_id, **values):
    record = repo_get(record_id)
    for name, value in values.items():
        setattr(record, name, value)
    repo_save(record)


def test_a_record_changed_in_one_copy_only_takes_that_copys_version(laptops, tmp_path):
    a, b, (project, teacher, trip, story, added) = laptops
    rename(a.stories.get, a.stories.save, story.id, title="Skuggning, A:s rubrik")
    rename(b.projects.get, b.projects.save, project.id, title="Natur, B:s titel")
    report = import_archive(b.path, export_archive(a.path, tmp_path / "a2.zip"))
    assert b.stories.get(story.id).title == "Skuggning, A:s rubrik"
    assert b.stories.search("rubrik")[0]["id"] == story.id
    assert b.projects.get(project.id).title == "Natur, B:s titel"  # B's change stays
    assert report.updated == {"story": 1} and report.conflicts == []
    report = import_archive(a.path, export_archive(b.path, tmp_path / "b2.zip"))
    assert a.projects.get(project.id).title == "Natur, B:s titel"
    assert a.stories.get(story.id).title == "Skuggning, A:s rubrik"
    assert report.conflicts == [] and a.conflicts.count() == 0


def test_a_record_changed_in_both_copies_is_a_conflict_chosen_field_by_field(laptops,
                                                                           tmp_path):
    a, b, (project, teacher, trip, story, added) = laptops
    rename(a.stories.get, a.stories.save, story.id, title="A:s rubrik", text="A:s text")
    rename(b.stories.get, b.stories.save, story.id, title="B:s rubrik", quote="B:s citat")
    archive = export_archive(b.path, tmp_path / "b.zip")
    report = import_archive(a.path, archive)
    assert report.conflicts == [("story", story.id)]
    assert a.stories.get(story.id).title == "A:s rubrik"  # this laptop's version is kept
    [conflict] = a.conflicts.open()
    assert (conflict.table, conflict.row_id, conflict.source) == ("story", story.id, "b.zip")
    fields = {f.field: (f.ours, f.theirs) for f in a.conflicts.fields(conflict.id)}
    assert fields == {"title": ("A:s rubrik", "B:s rubrik"),
                      "text": ("A:s text", "Utomhuspedagogik varje dag"),
                      "quote": ("", "B:s citat")}
    with pytest.raises(ValidationError):
        a.db.execute("UPDATE conflict SET theirs = json_set(theirs, '$.title', '')")
        a.conflicts.resolve(conflict.id, {"title"})  # an empty title breaks the rules
    a.db.execute("UPDATE conflict SET theirs = json_set(theirs, '$.title', 'B:s rubrik')")
    a.conflicts.resolve(conflict.id, {"title", "quote"})
    chosen = a.stories.get(story.id)
    assert (chosen.title, chosen.text, chosen.quote) == ("B:s rubrik", "A:s text", "B:s citat")
    assert a.stories.search("B:s rubrik")[0]["id"] == story.id
    assert a.conflicts.open() == []
    # The same archive again brings nothing new: both copies' meeting is remembered.
    again = import_archive(a.path, archive)
    assert again.conflicts == [] and a.stories.get(story.id).title == "B:s rubrik"


def test_this_databases_own_older_archive_brings_no_old_version_back(laptops, tmp_path):
    a, b, (project, teacher, trip, story, added) = laptops
    old = export_archive(a.path, tmp_path / "a-old.zip")
    rename(a.stories.get, a.stories.save, story.id, title="Edited after the export")
    report = import_archive(a.path, old)
    assert a.stories.get(story.id).title == "Edited after the export"
    assert report.conflicts == [] and report.changes() == 0


def test_deletions_are_never_undone(laptops, tmp_path):
    a, b, (project, teacher, trip, story, added) = laptops
    b.people.delete(teacher.id)
    pupil = a.people.save(Participant(name="Łucja Żółć", role="pupil"))
    rename(a.people.get, a.people.save, teacher.id, notes="edited after B deleted her")
    report = import_archive(b.path, export_archive(a.path, tmp_path / "a2.zip"))
    assert b.people.get(teacher.id) is None  # not resurrected by A's later edit
    assert b.people.get(pupil.id).name == "Łucja Żółć"
    assert report.inserted["participant"] == 1 and report.skipped["participant"] == 1
    report = import_archive(a.path, export_archive(b.path, tmp_path / "b2.zip"))
    assert a.people.get(teacher.id) is None  # and B's deletion reaches A
    assert report.deleted["participant"] == 1
    assert a.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_importing_twice_changes_nothing(laptops, tmp_path):
    a, b, _ = laptops
    a.people.save(Participant(name="New pupil", role="pupil"))
    archive = export_archive(a.path, tmp_path / "again.zip")
    first = import_archive(b.path, archive)
    assert first.changes() > 0
    before = snapshot(b.path)
    second = import_archive(b.path, archive)
    assert second.changes() == 0
    assert snapshot(b.path) == before


def test_import_backs_up_first(laptops, tmp_path):
    a, b, _ = laptops
    import_archive(b.path, export_archive(a.path, tmp_path / "x.zip"))
    assert "before-import" in [x.reason for x in list_backups(b.path)]


# Hostile and broken archives: refused before anything is written.

HASH = "0123456789abcdef01234567"  # a media name's form: 24 hex digits of its SHA-256

def hostile(tmp_path, good_archive, name, extra=None, drop_db=False, replace_db=None):
    path = tmp_path / f"hostile-{len(list(tmp_path.iterdir()))}.zip"
    with zipfile.ZipFile(good_archive) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            if info.filename == "vidare.db" and (drop_db or replace_db is not None):
                if replace_db is not None:
                    dst.writestr("vidare.db", replace_db)
                continue
            dst.writestr(info, src.read(info))
        if extra is not None:
            extra(dst)
    return path


@pytest.fixture
def target(tmp_path):
    with Store(tmp_path / "t" / "vidare.db", create=True) as store:
        store.people.save(Participant(name="Stays", role="teacher"))
    with Store(tmp_path / "a" / "vidare.db", create=True) as a:
        school_data(a, tmp_path)
    good = export_archive(tmp_path / "a" / "vidare.db", tmp_path / "good.zip")
    return tmp_path / "t" / "vidare.db", good


def assert_refused(db, archive, words):
    before = snapshot(db)
    media = db.parent / "vidare-media"
    with pytest.raises(ArchiveRefused) as caught:
        import_archive(db, archive)
    assert words in str(caught.value)
    assert snapshot(db) == before
    assert not media.exists() or list(media.iterdir()) == []
    assert list_backups(db) == []  # refused before even the backup
    assert not (db.parent.parent / "evil.txt").exists()
    return caught.value


def test_path_traversal_is_refused(target, tmp_path):
    db, good = target
    bad = hostile(tmp_path, good, "", lambda z: z.writestr("media/../../evil.txt", "x"))
    assert_refused(db, bad, "outside the media folder")


def test_absolute_and_drive_letter_and_backslash_paths_are_refused(target, tmp_path):
    db, good = target
    for name in ("/tmp/evil.txt", "C:/evil.txt", "media\\..\\evil.txt", "evil.txt",
                 "media/sub/evil.txt"):
        bad = hostile(tmp_path, good, "", lambda z, n=name: z.writestr(n, "x"))
        assert_refused(db, bad, "outside the media folder")


def test_symlink_is_refused(target, tmp_path):
    db, good = target

    def link(z):
        info = zipfile.ZipInfo(f"media/{HASH}.png")  # a well-formed name, but a link
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        z.writestr(info, "/etc/passwd")
    assert_refused(db, hostile(tmp_path, good, "", link), "link")


def test_zip_bomb_is_refused(target, tmp_path):
    db, good = target

    def bomb(z):
        z.writestr(zipfile.ZipInfo(f"media/{HASH}.png"), b"\0" * (50 * 1024 * 1024),
                   compress_type=zipfile.ZIP_DEFLATED)
    bad = hostile(tmp_path, good, "", bomb)
    assert bad.stat().st_size < 1024 * 1024
    assert_refused(db, bad, "more data than")


def test_too_many_entries_are_refused(target, tmp_path, monkeypatch):
    import desktop.store.archive_files as archive

    db, good = target
    monkeypatch.setattr(archive, "MAX_ENTRIES", 50)

    def many(z):
        for i in range(60):
            z.writestr(f"media/f{i}.png", b"x")
    assert_refused(db, hostile(tmp_path, good, "", many), "too many files")


def test_damaged_zip_is_refused(target, tmp_path):
    db, good = target
    bad = tmp_path / "cut.zip"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert_refused(db, bad, "not a readable zip")
    text = tmp_path / "notes.zip"
    text.write_text("just some notes")
    assert_refused(db, text, "not a readable zip")


def test_damaged_database_inside_is_refused(target, tmp_path):
    db, good = target
    inner = bytearray(zipfile.ZipFile(good).read("vidare.db"))
    inner[4096:12288] = b"\xa5" * 8192
    bad = hostile(tmp_path, good, "", replace_db=bytes(inner))
    assert_refused(db, bad, "damaged")


def test_foreign_database_inside_is_refused(target, tmp_path):
    db, good = target
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE participant (id TEXT, name TEXT)")
    conn.commit()
    conn.close()
    assert_refused(db, hostile(tmp_path, good, "", replace_db=other.read_bytes()),
                   "not a Vidare database")
    assert_refused(db, hostile(tmp_path, good, "", replace_db=b"hello"), "not a Vidare database")
    assert_refused(db, hostile(tmp_path, good, "", drop_db=True), "no Vidare database")


def test_a_lying_size_header_is_caught_while_unpacking(target, tmp_path):
    """Declared sizes pass the checks; what is unpacked must match them, or nothing is merged."""
    import struct

    db, good = target
    data = bytearray(good.read_bytes())
    entry = data.find(b"PK\x01\x02")
    while entry >= 0:
        name_length = struct.unpack_from("<H", data, entry + 28)[0]
        if bytes(data[entry + 46:entry + 46 + name_length]) == b"vidare.db":
            break
        entry = data.find(b"PK\x01\x02", entry + 4)
    assert entry >= 0
    struct.pack_into("<I", data, entry + 24, 1000)  # claims 1000 bytes uncompressed
    bad = tmp_path / "liar.zip"
    bad.write_bytes(bytes(data))
    assert zipfile.ZipFile(bad).getinfo("vidare.db").file_size == 1000
    before = snapshot(db)
    with pytest.raises(ArchiveRefused):
        import_archive(db, bad)
    assert snapshot(db) == before


def test_another_schools_archive_is_refused_unless_accepted(tmp_path):
    from desktop.domain.models import School
    from desktop.store.errors import OtherSchool

    with Store(tmp_path / "a" / "vidare.db", create=True) as a:
        a.school.save(School(name="Vidaregymnasiet", country="SE"))
        school_data(a, tmp_path)
    archive = export_archive(tmp_path / "a" / "vidare.db", tmp_path / "a.zip")
    with Store(tmp_path / "b" / "vidare.db", create=True) as b:
        b.school.save(School(name="Szkoła nr 5", country="PL"))
        before = snapshot(b.path)
        with pytest.raises(OtherSchool) as caught:
            import_archive(b.path, archive)
        assert str(caught.value) == (f"{archive} holds the data of another school "
                                     "(Vidaregymnasiet), not of Szkoła nr 5.")
        assert snapshot(b.path) == before and list_backups(b.path) == []
        import_archive(b.path, archive, accept_other_school=True)  # the user said yes
        assert b.db["school"].count == 1
        assert b.school.get().name == "Szkoła nr 5"
        assert b.projects.all()  # the projects came over
    with Store(tmp_path / "c" / "vidare.db", create=True) as c:
        import_archive(c.path, archive)  # a new laptop with no school yet takes it
        assert c.school.get().name == "Vidaregymnasiet"
    with Store(tmp_path / "d" / "vidare.db", create=True) as d:
        # The same school typed on two laptops before they first met: not another school.
        d.school.save(School(name="VIDAREGYMNASIET ", country="SE"))
        import_archive(d.path, archive)
        assert d.school.get().name == "VIDAREGYMNASIET "
