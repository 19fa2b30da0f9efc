"""Hostile backups and archives never reach the disk: each attack reproduced, then refused.

From the report: a restore that writes anywhere (a manifest naming `../../x`); photo and
logo rows pointing a poster at any file; a view shadowing a table or an endless trigger
that hung the import while holding the write lock; 1,000 entries of zeros accepted as
1 GB of orphan media; a 15000×11900 PNG past the 80 Mpx limit; wrong column types and
invalid UTF-8 ending in tracebacks.
"""

import hashlib
import json
import sqlite3
import struct
import threading
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image

from desktop.documents.gather import gather_stories, header
from desktop.domain.models import Consent, Mobility, Participant, Project, Story
from desktop.store import Store
from desktop.store.archive import ArchiveRefused, export_archive, import_archive
from desktop.store.backups import (
    MANIFEST,
    NotABackup,
    list_backups,
    make_backup,
    read_backup,
    restore_backup,
)


def png(path: Path, colour=(200, 30, 30), size=(40, 30)) -> Path:
    Image.new("RGB", size, colour).save(path)
    return path


def school(store: Store, tmp_path: Path) -> dict:
    project = store.projects.save(Project(title="Natur", action="KA122-SCH",
                                          start_date="2025-09-01", end_date="2027-08-31"))
    pupil = store.people.save(Participant(name="Ola Nordmann", role="pupil"))
    trip = Mobility(project_id=project.id, activity_type="SM-JOB-SHDW", city="Kraków",
                    country="PL", start_date="2026-03-02", end_date="2026-03-06",
                    transport="train", status="done")
    store.mobilities.save(trip)
    story = store.stories.save(Story(mobility_id=trip.id, title="Resan", language="sv",
                                     status="approved"), [pupil.id])
    photo = store.stories.add_photo(story.id, png(tmp_path / "p.png"))
    return dict(project=project, pupil=pupil, story=story, photo=photo)


@pytest.fixture
def setting(tmp_path):
    """A target database and a good archive of another laptop of the same school."""
    with Store(tmp_path / "a" / "vidare.db", create=True) as a:
        data = school(a, tmp_path)
    good = export_archive(tmp_path / "a" / "vidare.db", tmp_path / "good.zip")
    with Store(tmp_path / "t" / "vidare.db", create=True) as t:
        t.people.save(Participant(name="Stays", role="teacher"))
    return tmp_path / "t" / "vidare.db", good, data


def state(db: Path) -> dict:
    """What an import must not change when it refuses: the file, media, backups, temp."""
    folder = db.parent
    return {"db": hashlib.sha256(db.read_bytes()).hexdigest(),
            "files": sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                            if not p.name.endswith(("-wal", "-shm")))}


def forge(archive: Path, tmp_path: Path, sql: list[str] = (), entries: dict | None = None,
          drop: tuple[str, ...] = ()) -> Path:
    """The archive with its database changed by `sql` and entries added or dropped."""
    work = tmp_path / f"forge-{len(list(tmp_path.glob('forge-*')))}"
    work.mkdir()
    with zipfile.ZipFile(archive) as zf:
        zf.extract("vidare.db", work)
        kept = {i.filename: zf.read(i) for i in zf.infolist()
                if i.filename != "vidare.db" and i.filename not in drop}
    conn = sqlite3.connect(work / "vidare.db", isolation_level=None)
    for statement in sql:
        conn.execute(statement)
    conn.close()
    out = work / "forged.zip"
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.write(work / "vidare.db", "vidare.db")
        for name, data in {**kept, **(entries or {})}.items():
            stored = data.startswith(b"\x89PNG") and len(data) > 100_000  # as export does
            zf.writestr(name, data,
                        compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
    return out


def refused(db: Path, archive: Path, *words: str, seconds: float = 10.0) -> str:
    before = state(db)
    started = time.monotonic()
    with pytest.raises(ArchiveRefused) as caught:
        import_archive(db, archive)
    assert time.monotonic() - started < seconds
    for word in words:
        assert word in str(caught.value)
    assert "\n" not in str(caught.value)
    assert state(db) == before
    return str(caught.value)


# -- A restore that writes anywhere ---------------------------------------------------------

@pytest.mark.parametrize("name", ["../../../../../escaped.png", "/tmp/vidare-escaped.png",
                                  "..\\..\\escaped.png", "sub/dir.png", "escaped.png"])
def test_a_backup_manifest_naming_a_path_is_refused_before_a_byte_is_written(tmp_path, name):
    db = tmp_path / "data" / "vidare.db"
    with Store(db, create=True) as store:
        school(store, tmp_path)
    backup = make_backup(db)
    manifest = json.loads((backup.folder / MANIFEST).read_text())
    payload = b"written outside the data folder"
    digest = hashlib.sha256(payload).hexdigest()
    manifest["media"][name] = {"size": len(payload), "sha256": digest, "mtime_ns": 0}
    (backup.folder / MANIFEST).write_text(json.dumps(manifest))
    source = (backup.folder / "media" / name)
    if "\\" not in name and not name.startswith("/"):
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_bytes(payload)
    before = state(db)
    with pytest.raises(NotABackup):
        restore_backup(db, backup.folder)
    assert state(db) == before
    for where in (tmp_path / "escaped.png", Path("/tmp/vidare-escaped.png"),
                  tmp_path / "data" / "vidare-media" / "sub"):
        assert not where.exists()
    assert backup.folder not in [b.folder for b in list_backups(db)]  # not offered either
    with pytest.raises(NotABackup):
        read_backup(backup.folder)


# -- Paths from an archive or an outside edit -----------------------------------------------

def test_photo_and_logo_rows_pointing_outside_the_media_folder_are_refused(setting, tmp_path):
    db, good, data = setting
    secret = png(tmp_path / "secret.png", (1, 2, 3))
    school_row = ("INSERT INTO school (id, created_at, updated_at, name, country, logo) "
                  "VALUES ('s1', '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z', "
                  "'Skolan', 'SE', '{}')")
    artwork_row = school_row.replace(", logo)", ", fers_artwork)")
    for sql in (f"UPDATE photo SET file = '{secret}'",
                "UPDATE photo SET file = '../../secret.png'",
                school_row.format("../secret.png"), school_row.format(secret),
                artwork_row.format("../secret.png"), artwork_row.format(secret)):
        refused(db, forge(good, tmp_path, [sql]), "breaks a rule",
                "is not a file of the media folder")


def test_documents_never_read_a_path_outside_the_media_folder(tmp_path):
    """An outside edit (a tool, an old version) put paths in the rows: nothing is embedded."""
    from desktop.domain.models import School

    with Store(tmp_path / "vidare.db", create=True) as store:
        data = school(store, tmp_path)
        store.school.save(School(name="Skolan", country="SE"))
        secret = png(tmp_path / "secret.png", (9, 9, 9), (500, 400))
        store.db.execute("UPDATE photo SET file = ?", [str(secret)])
        store.db.execute("UPDATE school SET logo = ?, fers_artwork = ?",
                         ["../secret.png", str(secret)])
        assert store.stories.photo_path(store.stories.get_photo(data["photo"].id)) is None
        from desktop.documents.jobs import Request, for_school

        assert for_school(store, Request("plan", "pl")).fers_artwork is None
        assert store.media_file("../secret.png") is None
        assert store.media_file(str(secret)) is None
        assert header(store, data["project"]).logo is None
        cards = gather_stories(store, data["project"], "internal").cards
        assert all(card.photo is None for card in cards)


# -- Archives are data, not code ------------------------------------------------------------

def endless_view(table: str) -> list[str]:
    return [f"ALTER TABLE {table} RENAME TO {table}_hidden",
            f"CREATE VIEW {table} AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
            f"FROM n) SELECT * FROM {table}_hidden, n"]


def test_a_view_shadowing_a_table_is_refused_at_once_and_holds_no_lock(setting, tmp_path):
    db, good, _ = setting
    forged = forge(good, tmp_path, endless_view("participant"))
    result: dict = {}

    def writer():  # the live database stays writable meanwhile
        time.sleep(0.2)
        with Store(db) as store:
            started = time.monotonic()
            store.people.save(Participant(name="Written meanwhile", role="pupil"))
            result["write"] = time.monotonic() - started
    thread = threading.Thread(target=writer)
    thread.start()
    message = refused(db, forged, "holds a view that Vidare did not make (participant)",
                      seconds=5)
    thread.join()
    assert result["write"] < 2
    assert message.endswith("the database inside holds a view that Vidare did not make "
                            "(participant).")


def test_an_endless_trigger_an_extra_table_or_a_generated_column_is_refused(setting,
                                                                          tmp_path):
    db, good, _ = setting
    trigger = ("CREATE TRIGGER forever AFTER INSERT ON story BEGIN SELECT count(*) FROM "
               "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
               "SELECT i FROM n); END")
    refused(db, forge(good, tmp_path, [trigger]), "a trigger that Vidare did not make "
                                                  "(forever)")
    refused(db, forge(good, tmp_path, ["CREATE TABLE extra (x)"]),
            "a table that Vidare did not make (extra)")
    refused(db, forge(good, tmp_path, ["ALTER TABLE partner ADD COLUMN g INTEGER "
                                       "GENERATED ALWAYS AS (1) VIRTUAL"]),
            "has a changed or missing table (partner)")
    refused(db, forge(good, tmp_path, ["CREATE INDEX mine ON participant(notes)"]),
            "an index that Vidare did not make (mine)")


def test_a_statement_that_runs_too_long_is_stopped(setting, tmp_path, monkeypatch):
    import desktop.store.incoming as incoming

    db, good, _ = setting
    monkeypatch.setattr(incoming, "STATEMENT_SECONDS", 0.0)
    monkeypatch.setattr(incoming, "_CHECK_EVERY", 1)
    refused(db, good, "reading the database inside took too long.")


def test_wrong_column_types_and_invalid_utf8_are_refused_with_the_record_named(setting,
                                                                             tmp_path):
    db, good, data = setting
    pid = data["pupil"].id
    message = refused(db, forge(good, tmp_path, [
        f"UPDATE participant SET fewer_opportunities = 'yes' WHERE id = '{pid}'"]))
    assert message.endswith(f"the record {pid} in participant has a value of the wrong kind "
                            "in fewer_opportunities.")
    message = refused(db, forge(good, tmp_path, [
        f"UPDATE participant SET name = CAST(x'4f6cc3' AS TEXT) || 'a' WHERE id = '{pid}'"]))
    assert message.endswith(f"the record {pid} in participant holds text that is not valid "
                            "UTF-8 (in name).")


# -- Limits ---------------------------------------------------------------------------------

def test_an_archive_of_zeros_is_refused(setting, tmp_path):
    """1,000 entries of 1 MiB of zeros: a 1.2 MB archive that unpacked to 1 GB."""
    db, good, _ = setting
    zeros = b"\0" * (1024 * 1024)
    named = {f"media/{hashlib.sha256(zeros + bytes([i % 256, i // 256])).hexdigest()[:24]}"
             f".png": zeros for i in range(1000)}
    forged = forge(good, tmp_path, entries=named)
    assert forged.stat().st_size < 6 * 1024 * 1024  # a few MB that would unpack to 1 GB
    refused(db, forged, "would unpack to more data than a Vidare archive can hold")


def test_media_no_record_uses_is_refused(setting, tmp_path):
    db, good, _ = setting
    image = png(tmp_path / "orphan.png", (7, 7, 7)).read_bytes()
    name = f"{hashlib.sha256(image).hexdigest()[:24]}.png"
    refused(db, forge(good, tmp_path, entries={f"media/{name}": image}),
            f"it holds a file that no record uses ({name}).")


def test_a_media_file_must_hold_what_its_name_says(setting, tmp_path):
    db, good, data = setting
    other = png(tmp_path / "other.png", (1, 200, 1)).read_bytes()
    refused(db, forge(good, tmp_path, entries={f"media/{data['photo'].file}": other},
                      drop=(f"media/{data['photo'].file}",)),
            f"the file {data['photo'].file} does not hold what its name says.")


def huge_png(width: int, height: int) -> bytes:
    """A real, valid grey PNG of width × height that compresses to almost nothing."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))
    packer = zlib.compressobj(9)
    row = b"\0" * (width + 1)
    body = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0,
                                                             0, 0, 0))
            + chunk(b"IDAT", body) + chunk(b"IEND", b""))


@pytest.mark.slow
def test_a_picture_past_80_megapixels_is_refused_from_an_archive(setting, tmp_path):
    db, good, data = setting
    big = huge_png(15000, 11900)
    digest = hashlib.sha256(big).hexdigest()
    name = f"{digest[:24]}.png"
    forged = forge(good, tmp_path, [f"UPDATE photo SET file = '{name}', sha256 = '{digest}', "
                                    "width = 15000, height = 11900"],
                   entries={f"media/{name}": big}, drop=(f"media/{data['photo'].file}",))
    refused(db, forged, f"the picture {name} cannot be used: The photo has too many pixels "
                        "to be used safely.")


def test_the_same_picture_rules_when_a_user_adds_a_photo(store, tmp_path):
    from desktop.domain.validation import ValidationError
    from desktop.store.media import MAX_PICTURE_BYTES

    story = store.stories.save(Story(title="Resan", language="sv"))
    big = tmp_path / "big.png"
    big.write_bytes(huge_png(15000, 11900))
    with pytest.raises(ValidationError, match="too many pixels"):
        store.stories.add_photo(story.id, big)
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"\0" * 1000)  # named like a picture, is not one
    with pytest.raises(ValidationError, match="not an image"):
        store.stories.add_photo(story.id, fake)
    heavy = tmp_path / "heavy.png"
    heavy.write_bytes(png(tmp_path / "h.png").read_bytes() + b"\0" * MAX_PICTURE_BYTES)
    with pytest.raises(ValidationError, match="too large"):
        store.stories.add_photo(story.id, heavy)
    assert not store.media_dir.exists() or not any(store.media_dir.iterdir())


def test_one_picture_used_twice_is_stored_once(setting, tmp_path):
    db, good, data = setting
    with Store(tmp_path / "a" / "vidare.db") as a:
        again = a.stories.add_photo(data["story"].id, png(tmp_path / "again.png"))
        assert again.file == data["photo"].file
    archive = export_archive(tmp_path / "a" / "vidare.db", tmp_path / "twice.zip")
    assert sum(n.startswith("media/") for n in zipfile.ZipFile(archive).namelist()) == 1
    report = import_archive(db, archive)
    assert report.media_added == 1
    assert [p.name for p in (db.parent / "vidare-media").iterdir()] == [data["photo"].file]


def test_the_database_inside_may_not_be_far_larger_than_its_records(setting, tmp_path,
                                                                  monkeypatch):
    import desktop.store.archive as archive

    db, good, _ = setting
    monkeypatch.setattr(archive, "DB_BYTES_BASE", 1024)
    monkeypatch.setattr(archive, "DB_BYTES_PER_ROW", 1)
    refused(db, good, "it holds far more data than its records need.")


# -- Read-only and newer databases refuse before writing anything -------------------------

def test_import_into_a_newer_file_is_refused_with_nothing_written(setting, tmp_path):
    from desktop.store.errors import NewerDatabase
    from desktop.store.migrations import LATEST

    db, good, _ = setting
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    before = state(db)
    with pytest.raises(NewerDatabase):
        import_archive(db, good)
    assert state(db) == before
    assert not (db.parent / "vidare-media").exists()
    assert not (db.parent / "vidare-backups").exists()


def test_a_document_from_a_read_only_store_is_not_made_when_it_cannot_be_recorded(
        tmp_path, capsys):
    from desktop.cli import run
    from desktop.store.migrations import LATEST

    db = tmp_path / "vidare.db"
    with Store(db, create=True) as store:
        data = school(store, tmp_path)
        store.people.save_consent(Consent(participant_id=data["pupil"].id,
                                          given_on="2025-01-01", story_internal=True,
                                          photo_internal=True))
        project = data["project"]
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    before = state(db)
    out = tmp_path / "report.pdf"
    assert run(["--lang", "en", "report", "project", "--db", str(db), "--project", project.id,
                "--lang", "en", "--out", str(out)]) == 2
    assert capsys.readouterr().err == (
        f"vidare: {db} can only be read here, so this document, which shows people, could "
        "not be recorded for the take-down list.\n")
    assert not out.exists()
    assert state(db) == before
    assert run(["report", "summary", "--db", str(db), "--lang", "en", "--out",
                str(tmp_path / "summary.pdf")]) == 0  # shows nobody: printed


def test_invalid_utf8_from_an_outside_edit_stops_nothing_and_check_names_it(tmp_path, capsys):
    """Bad bytes in the school's name stopped the window and every document while `check`
    said healthy."""
    from desktop.cli import run
    from desktop.documents.summary import build_summary, gather_summary
    from desktop.domain.models import School

    db = tmp_path / "vidare.db"
    with Store(db, create=True) as store:
        data = school(store, tmp_path)
        store.school.save(School(name="Skolan", country="SE"))
    raw = sqlite3.connect(db)
    raw.execute("UPDATE school SET name = CAST(x'536b6f6cc3' AS TEXT)")  # "Skol" + half a letter
    raw.commit()
    raw.close()
    with Store(db) as store:
        assert store.school.get().name == "Skol\ufffd"
        assert header(store, data["project"]).school == "Skol\ufffd"
        assert build_summary(gather_summary(store), "en").startswith(b"%PDF")
        school_id = store.school.get().id
    assert run(["--lang", "en", "check", "--db", str(db)]) == 1
    assert f"text that is not UTF-8: school {school_id} (name)" in capsys.readouterr().err
