"""kill -9 at each step of an import and a restore: nothing half done, nothing left behind.

The attacks: a kill between the merge and the search rebuild left the imported stories
unfindable for good (and re-importing added 0 rows); a killed import left
`vidare-import-*` with a full copy of the database in the system's temporary folder; a
killed restore over a damaged file left a half-written file called "not a Vidare
database", with no backup offered.

Each run is a real process running the real command line; a step is reached by wrapping
the function that does it, which then waits to be killed.
"""

import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PIL import Image

from desktop.domain.models import Mobility, Participant, Project, Story
from desktop.store import Store
from desktop.store.archive import export_archive, import_archive
from desktop.store.backups import list_backups, make_backup
from desktop.store.errors import DamagedDatabase
from desktop.store.startup import open_store

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")]

ROOT = Path(__file__).resolve().parents[2]

STOP_AT = """
import importlib, sys, time
module_name, attribute, when = sys.argv[1:4]
module = importlib.import_module(module_name)
original = getattr(module, attribute)

def wrapped(*args, **kwargs):
    if when == "before":
        print("reached", flush=True)
        time.sleep(120)
    result = original(*args, **kwargs)
    if when == "after":
        print("reached", flush=True)
        time.sleep(120)
    return result

setattr(module, attribute, wrapped)
from desktop.cli import run
sys.exit(run(sys.argv[4:]))
"""


def kill_at(module: str, attribute: str, when: str, *command: str) -> int:
    """Run `vidare COMMAND` and kill -9 it once it reaches the step; returns its pid."""
    child = subprocess.Popen([sys.executable, "-c", STOP_AT, module, attribute, when,
                              *command], cwd=ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    if line != "reached\n":
        child.kill()
        raise AssertionError(f"step {attribute} not reached: {child.stderr.read()}")
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    return child.pid


def left_in_system_temp(pid: int) -> list[str]:
    """Vidare's folders in the system's temporary folder from that process (or named the
    way a killed import used to leave its copy of the database)."""
    return [p.name for p in Path(tempfile.gettempdir()).glob("vidare-*")
            if f"-{pid}-" in p.name or p.name.startswith("vidare-import-")]


def healthy(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def next_start_leaves_nothing(db: Path) -> None:
    """The next start of Vidare removes what a killed one left in the data folder."""
    with open_store(db, start_backup=False):
        pass
    assert not (db.parent / f"{db.stem}-temp").exists()
    media = db.parent / f"{db.stem}-media"
    assert not media.exists() or not list(media.glob("*.part"))


@pytest.fixture
def exchange(tmp_path):
    """Laptop B, and an archive of laptop A with a story, a photo and a deletion for B."""
    a = tmp_path / "a" / "vidare.db"
    with Store(a, create=True) as store:
        project = store.projects.save(Project(title="Natur", action="KA122-SCH",
                                              start_date="2025-09-01", end_date="2027-08-31"))
        gone = store.people.save(Participant(name="Leaves", role="pupil"))
    b = tmp_path / "b" / "vidare.db"
    with Store(b, create=True):
        pass
    import_archive(b, export_archive(a, tmp_path / "first.zip"))
    with Store(a) as store:
        trip = Mobility(project_id=project.id, activity_type="SM-JOB-SHDW", city="Kraków",
                        country="PL", start_date="2026-03-02", end_date="2026-03-06",
                        transport="train")
        store.mobilities.save(trip)
        story = store.stories.save(Story(mobility_id=trip.id, title="Zanzibarfärjan",
                                         text="Vi tog färjan till Zanzibar.", language="sv"))
        path = tmp_path / "z.png"
        Image.new("RGB", (60, 40), (10, 200, 90)).save(path)
        store.stories.add_photo(story.id, path)
        store.people.delete(gone.id)
    return b, export_archive(a, tmp_path / "second.zip"), story.id, gone.id


IMPORT_STEPS = [
    ("desktop.store.archive", "check_archive", "after"),  # unpacked and checked
    ("desktop.store.archive", "make_backup", "after"),  # backed up
    ("desktop.store.archive", "copy_media_in", "after"),  # media in place
    ("desktop.store.archive", "merge", "after"),  # rows written, not yet committed
    ("desktop.store.erasure", "remove_unused_files", "before"),  # committed
]


@pytest.mark.parametrize("module, attribute, when", IMPORT_STEPS,
                         ids=[s[1] for s in IMPORT_STEPS])
def test_import_killed_at_each_step(exchange, module, attribute, when):
    b, archive, story_id, gone_id = exchange
    pid = kill_at(module, attribute, when, "import", "--db", str(b), str(archive))
    healthy(b)
    with Store(b) as store:
        merged = store.stories.get(story_id) is not None
        assert merged == (attribute == "remove_unused_files")
        # All of it or none of it: the story, its search words and the deletion together.
        assert bool(store.stories.search("zanzibarfarjan")) == merged
        assert (store.people.get(gone_id) is None) == merged
        if merged:
            assert store.stories.photo_path(store.stories.photos(story_id)[0]) is not None
    assert left_in_system_temp(pid) == []  # no copy of the database in the system's temp
    next_start_leaves_nothing(b)
    report = import_archive(b, archive)  # importing again completes it
    assert (sum(report.inserted.values()) > 0) == (not merged)
    with Store(b) as store:
        assert [r["id"] for r in store.stories.search("zanzibar")] == [story_id]
        assert store.people.get(gone_id) is None
        assert store.stories.photo_path(store.stories.photos(story_id)[0]) is not None


@pytest.fixture
def restoring(tmp_path):
    db = tmp_path / "vidare.db"
    with Store(db, create=True) as store:
        for name in ("Ann", "Bo"):
            store.people.save(Participant(name=name, role="pupil"))
    older = make_backup(db)
    with Store(db) as store:
        for name in ("Cy", "Di"):
            store.people.save(Participant(name=name, role="pupil"))
    return db, older


def names(db: Path) -> list[str]:
    with Store(db, read_only=True) as store:
        return sorted(p.name for p in store.people.all())


RESTORE_STEPS = [
    ("desktop.store.backups", "restore_media", "after"),
    ("desktop.store.backups", "make_backup", "after"),  # what it replaces, backed up
    ("desktop.store.backups", "build_beside", "after"),  # the restored copy complete
    ("desktop.store.backups", "replace_contents", "after"),  # in place
    ("desktop.store.erasure", "reapply", "before"),
]


@pytest.mark.parametrize("module, attribute, when", RESTORE_STEPS,
                         ids=[s[1] for s in RESTORE_STEPS])
def test_restore_killed_at_each_step(restoring, module, attribute, when):
    db, older = restoring
    kill_at(module, attribute, when, "restore", "--db", str(db), "--from", str(older.folder))
    healthy(db)
    replaced = attribute in ("replace_contents", "reapply")
    assert names(db) == (["Ann", "Bo"] if replaced else ["Ann", "Bo", "Cy", "Di"])
    next_start_leaves_nothing(db)


def damage(db: Path) -> bytes:
    with Store(db) as store:
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    data[4096:4096 * 3] = b"\xa5" * 8192
    db.write_bytes(bytes(data))
    return bytes(data)


DAMAGED_STEPS = [
    ("desktop.store.backups", "build_beside", "after"),
    ("desktop.store.backups", "keep_aside", "after"),  # kept beside, not yet replaced
    ("desktop.store.erasure", "reapply", "before"),  # replaced
]


@pytest.mark.parametrize("module, attribute, when", DAMAGED_STEPS,
                         ids=[s[1] for s in DAMAGED_STEPS])
def test_restore_over_a_damaged_file_killed_at_each_step(restoring, module, attribute, when):
    db, older = restoring
    damaged = damage(db)
    kill_at(module, attribute, when, "restore", "--db", str(db), "--from", str(older.folder))
    kept = [p for p in db.parent.glob("vidare.db.damaged-*") if not p.name.endswith(
        ("-wal", "-shm"))]
    if attribute == "reapply":
        healthy(db)
        assert names(db) == ["Ann", "Bo"]
        assert [p.read_bytes() for p in kept] == [damaged]
    else:
        assert db.read_bytes() == damaged  # still the damaged file, whole
        with pytest.raises(DamagedDatabase) as caught:
            open_store(db, start_backup=False)
        assert caught.value.backup is not None  # and the good backup is offered
        assert caught.value.backup.folder == list_backups(db)[-1].folder
    assert not (db.parent / "vidare-temp").exists() or not any(
        p for p in (db.parent / "vidare-temp").iterdir()
        if not p.name.startswith("restore-"))
