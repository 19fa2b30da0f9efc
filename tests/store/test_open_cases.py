"""Opening a database: each case told apart, with what the user can do next."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.domain.models import Participant
from desktop.store import Store
from desktop.store.backups import list_backups, make_backup, restore_backup
from desktop.store.errors import (
    DamagedDatabase,
    DatabaseMissing,
    NewerDatabase,
    NotVidareDatabase,
    SyncedFolder,
)
from desktop.store.locations import synced_folder
from desktop.store.lock import DatabaseLock, DatabaseLocked, lock_path_for, read_owner
from desktop.store.migrations import LATEST
from desktop.store.startup import open_store


def make_db(path, names=("Åsa",)):
    with Store(path, create=True) as store:
        for name in names:
            store.people.save(Participant(name=name, role="teacher"))
    return path


def test_missing_database(tmp_path):
    with pytest.raises(DatabaseMissing):
        open_store(tmp_path / "nothing.db")


def test_new_database_is_created_private_with_a_lock(tmp_path):
    store = open_store(tmp_path / "data" / "vidare.db", create=True)
    assert lock_path_for(store.path).exists()
    owner = read_owner(store.path)
    assert owner.pid == os.getpid() and owner.user and owner.host
    store.close()
    assert not lock_path_for(store.path).exists()
    if os.name == "posix":
        assert oct(store.path.stat().st_mode & 0o777) == oct(0o600)
        assert oct((tmp_path / "data").stat().st_mode & 0o777) == oct(0o700)
        assert oct(store.media_dir.stat().st_mode & 0o777) == oct(0o700)


def test_an_existing_database_is_made_private_when_opened(tmp_path):
    if os.name != "posix":
        pytest.skip("POSIX file modes")
    db = make_db(tmp_path / "vidare.db")
    db.chmod(0o644)
    media = tmp_path / "vidare-media"
    media.mkdir(mode=0o755)
    media.chmod(0o755)
    with open_store(db) as store:
        assert oct(store.path.stat().st_mode & 0o777) == oct(0o600)
        assert oct(Path(f"{db}-wal").stat().st_mode & 0o777) == oct(0o600)
    assert oct(media.stat().st_mode & 0o777) == oct(0o700)


def test_not_a_vidare_database(tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("shopping list")
    with pytest.raises(NotVidareDatabase):
        open_store(text)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotVidareDatabase) as caught:
        open_store(other)
    assert "is not a Vidare database" in str(caught.value)
    assert text.read_text() == "shopping list"


def test_newer_database_opens_read_only_and_says_so(tmp_path):
    db = make_db(tmp_path / "vidare.db")
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {LATEST + 3}")
    conn.close()
    with pytest.raises(NewerDatabase) as caught:
        open_store(db)
    assert f"data version {LATEST + 3}" in str(caught.value)
    assert not lock_path_for(db).exists()
    store = open_store(db, accept_read_only=True)
    assert store.read_only
    assert [p.name for p in store.people.all()] == ["Åsa"]
    with pytest.raises(sqlite3.OperationalError):
        store.people.save(Participant(name="Nope", role="teacher"))
    store.close()


def test_damaged_database_is_kept_and_the_newest_good_backup_offered(tmp_path):
    db = make_db(tmp_path / "vidare.db", ["Åsa", "Bo"])
    good = make_backup(db)
    with Store(db) as store:
        store.people.save(Participant(name="After the backup", role="pupil"))
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    data[4096:4096 * 3] = os.urandom(8192)
    db.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase) as caught:
        open_store(db)
    offered = caught.value.backup
    assert offered.folder == good.folder
    assert db.read_bytes() == bytes(data)  # nothing overwritten yet
    result = restore_backup(db, offered)
    assert result.set_aside.read_bytes() == bytes(data)  # the damaged file is kept aside
    assert ".damaged-" in result.set_aside.name
    with open_store(db) as store:
        assert sorted(p.name for p in store.people.all()) == ["Bo", "Åsa"]


def test_damaged_database_with_no_backup_offers_none(tmp_path):
    db = make_db(tmp_path / "vidare.db")
    data = bytearray(db.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    db.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase) as caught:
        open_store(db, start_backup=False)
    assert caught.value.backup is None


UNWRITABLE_CHILD = """
import sys
from pathlib import Path
from desktop.store.startup import open_store
from desktop.store.errors import FolderNotWritable
folder = Path(sys.argv[1])
for args in ((folder / "new.db", dict(create=True)), (folder / "vidare.db", {}),
             (folder / "vidare.db", dict(accept_read_only=True))):
    try:
        store = open_store(args[0], **args[1])
        print("opened", "read-only" if store.read_only else "writable",
              [p.name for p in store.people.all()])
        store.close()
    except FolderNotWritable as error:
        print("FolderNotWritable", error)
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX folder permissions")
def test_folder_that_cannot_be_written(tmp_path):
    """Run as an ordinary user would (root drops its override capability for this)."""
    import shutil

    folder = tmp_path / "readonly"
    make_db(folder / "vidare.db")
    folder.chmod(0o500)
    command = [sys.executable, "-c", UNWRITABLE_CHILD, str(folder)]
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv")
        command = ["setpriv", "--bounding-set=-all", "--inh-caps=-all"] + command
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60,
                              cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    finally:
        folder.chmod(0o700)
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stderr
    assert lines[0] == f"FolderNotWritable The folder {folder} cannot be written to."
    assert lines[1] == f"FolderNotWritable The folder {folder} cannot be written to."
    assert lines[2] == "opened read-only ['Åsa']"


def test_database_open_in_another_vidare_names_who(tmp_path):
    db = make_db(tmp_path / "vidare.db")
    other = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from desktop.store.lock import DatabaseLock; "
         "DatabaseLock(sys.argv[1]).acquire(); print('locked', flush=True); time.sleep(60)",
         str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseLocked) as caught:
            open_store(db)
        assert caught.value.owner.pid == other.pid and caught.value.running
        assert "already open in another Vidare" in str(caught.value)
        # A Vidare running right now is never overridden: one writer, always.
        with pytest.raises(DatabaseLocked):
            open_store(db, take_over_lock=True)
    finally:
        other.kill()
        other.wait()


def test_stale_lock_after_a_crash_is_taken_over(tmp_path):
    db = make_db(tmp_path / "vidare.db")
    crashed = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                             capture_output=True, text=True, check=True)
    lock = DatabaseLock(db)
    lock_path_for(db).write_text(json.dumps({**lock.owner.__dict__,
                                             "pid": int(crashed.stdout)}))
    with open_store(db) as store:
        assert read_owner(db).pid == os.getpid()
        assert store.people.all()
    # A lock from another computer is never assumed stale.
    lock_path_for(db).write_text(json.dumps({"user": "anna", "host": "staffroom-pc",
                                             "pid": 1, "since": "2026-11-27 08:00 UTC"}))
    with pytest.raises(DatabaseLocked) as caught:
        open_store(db)
    assert "anna" in str(caught.value) and "staffroom-pc" in str(caught.value)


@pytest.mark.parametrize("path, service", [
    ("C:/Users/anna/OneDrive - Skolan/Vidare/vidare.db", "OneDrive"),
    ("/Users/anna/Dropbox/vidare.db", "Dropbox"),
    ("/Users/anna/Google Drive/My Drive/vidare.db", "Google Drive"),
    ("/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/vidare.db", "iCloud"),
    ("\\\\server\\share\\vidare.db", "a network share"),
    ("//server/share/vidare.db", "a network share"),
])
def test_synced_folders_are_recognised(path, service):
    assert synced_folder(path) == service


def test_local_folder_is_not_synced(tmp_path):
    assert synced_folder(tmp_path / "vidare.db") is None
    assert synced_folder("/home/anna/Documents/dropboxes.db") is None


def test_synced_folder_warns_and_can_be_accepted(tmp_path):
    folder = tmp_path / "OneDrive - Skolan"
    db = make_db(folder / "vidare.db")
    with pytest.raises(SyncedFolder) as caught:
        open_store(db)
    assert caught.value.service == "OneDrive"
    with open_store(db, accept_synced=True) as store:
        assert store.people.all()


def test_synced_folder_move_to_local(tmp_path):
    from desktop.store.startup import move_database

    folder = tmp_path / "Dropbox"
    db = make_db(folder / "vidare.db", ["Åsa", "Bo"])
    target = move_database(db, tmp_path / "local")
    assert target == tmp_path / "local" / "vidare.db"
    with open_store(target) as store:
        assert sorted(p.name for p in store.people.all()) == ["Bo", "Åsa"]
    assert not db.exists()  # the old one was renamed so nobody keeps using it
    assert list(folder.glob("vidare.db.moved-*"))


def migrations_module():
    import desktop.store.migrations as migrations

    return migrations


def test_start_backup_is_made_when_due_and_before_migration(tmp_path):
    db = make_db(tmp_path / "vidare.db")
    with open_store(db):
        pass
    assert [b.reason for b in list_backups(db)] == ["start"]
    with open_store(db):
        pass
    assert len(list_backups(db)) == 1  # nothing changed: no new backup
    conn = sqlite3.connect(db)
    older = migrations_module().LATEST - 1
    conn.execute(f"PRAGMA user_version = {older}")  # pretend it is an older database
    conn.close()
    calls = []
    import desktop.store.migrations as migrations

    original = migrations.STEPS

    def no_op(database):
        calls.append(True)
    migrations.STEPS = original[:-1] + (no_op,)
    try:
        with open_store(db):
            pass
    finally:
        migrations.STEPS = original
    assert calls
    assert f"before-migration-{older}" in [b.reason for b in list_backups(db)]
