"""Every copy holds every committed row, even from a read-only folder; copies are proved.

The attack: a database in a folder the user may not write, with committed rows still in
its -wal after a crash. A read-only open that adds `immutable=1` ignores the WAL, so
`backup --to` and `export` left those rows out and still called the copy verified, and
`check` showed the old counts. These run the real command line as an ordinary user (root
drops its override capability with setpriv).
"""

import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop.domain.models import Participant
from desktop.store import Store
from desktop.store.backups import BackupFailed, list_backups, make_backup, read_backup
from desktop.store.copying import CopyMismatch, copy_database

ROOT = Path(__file__).resolve().parents[2]

CRASHING_WRITER = """
import os, sys
from desktop.domain.models import Participant
from desktop.store import Store
store = Store(sys.argv[1])
store.db.execute("PRAGMA wal_autocheckpoint = 0")
for name in ("Only in the WAL 1", "Only in the WAL 2", "Only in the WAL 3"):
    store.people.save(Participant(name=name, role="pupil"))
os._exit(0)  # a crash: the -wal keeps the committed rows, nothing is checkpointed
"""


def unprivileged(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv")
        return ["setpriv", "--bounding-set=-all", "--inh-caps=-all", *command]
    return command


def vidare(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(unprivileged([sys.executable, "-m", "desktop", "--lang", "en",
                                        *args]), capture_output=True, text=True, timeout=120,
                          cwd=ROOT, env={**os.environ, "LANG": "C", "PYTHONPATH": str(ROOT)})


def names_in(db: Path) -> set[str]:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM participant")}
    finally:
        conn.close()


@pytest.fixture
def crashed(tmp_path):
    folder = tmp_path / "readonly"
    with Store(folder / "vidare.db", create=True) as store:
        store.people.save(Participant(name="Checkpointed", role="teacher"))
    done = subprocess.run([sys.executable, "-c", CRASHING_WRITER, str(folder / "vidare.db")],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert Path(f"{folder / 'vidare.db'}-wal").stat().st_size > 0
    return folder


@pytest.mark.skipif(os.name != "posix", reason="POSIX folder permissions")
@pytest.mark.parametrize("index_file", ["kept", "gone"])
def test_backup_export_and_check_hold_the_rows_in_the_wal_of_a_read_only_folder(
        crashed, tmp_path, index_file):
    db = crashed / "vidare.db"
    if index_file == "gone":  # copied from a USB stick, say: the -shm did not come along
        Path(f"{db}-shm").unlink()
    everyone = {"Checkpointed", "Only in the WAL 1", "Only in the WAL 2", "Only in the WAL 3"}
    before = {p.name: p.read_bytes() for p in crashed.iterdir() if p.name != "vidare.db-shm"}
    crashed.chmod(0o500)
    try:
        backup = vidare("backup", "--db", str(db), "--to", str(tmp_path / "usb"))
        archive = tmp_path / "out.zip"
        export = vidare("export", "--db", str(db), "--out", str(archive))
        check = vidare("check", "--db", str(db))
    finally:
        crashed.chmod(0o700)
    assert backup.returncode == 0, backup.stderr
    assert export.returncode == 0, export.stderr
    assert check.returncode == 0, check.stderr
    assert "4 participants" in check.stdout
    made = list_backups(db, tmp_path / "usb")[0]
    assert names_in(made.database) == everyone
    assert made.counts["participant"] == 4 and made.tables["participant"][0] == 4
    with zipfile.ZipFile(archive) as zf:
        zf.extract("vidare.db", tmp_path / "unzipped")
    assert names_in(tmp_path / "unzipped" / "vidare.db") == everyone
    # The database and its WAL are as they were (readers only mark the -shm index).
    assert {p.name: p.read_bytes() for p in crashed.iterdir()
            if p.name != "vidare.db-shm"} == before


def test_a_copy_missing_rows_is_not_called_verified(tmp_path, monkeypatch):
    """The check compares counts and a checksum per table, not only integrity_check."""
    import desktop.store.copying as copying

    with Store(tmp_path / "vidare.db", create=True) as store:
        for name in ("Ann", "Bo", "Cy"):
            store.people.save(Participant(name=name, role="pupil"))
    real_sums = copying.file_sums

    def copy_loses_a_row(path):
        conn = sqlite3.connect(path)
        conn.execute("DELETE FROM participant WHERE name = 'Cy'")
        conn.commit()
        conn.close()
        return real_sums(path)
    monkeypatch.setattr(copying, "file_sums", copy_loses_a_row)
    with pytest.raises(CopyMismatch, match="participant has 2 rows instead of 3"):
        copy_database(tmp_path / "vidare.db", tmp_path / "copy.db")
    with pytest.raises(BackupFailed, match="participant has 2 rows instead of 3"):
        make_backup(tmp_path / "vidare.db")
    assert list_backups(tmp_path / "vidare.db") == []


def test_a_backup_whose_content_changed_fails_verification(tmp_path):
    with Store(tmp_path / "vidare.db", create=True) as store:
        store.people.save(Participant(name="Ann", role="pupil"))
    made = make_backup(tmp_path / "vidare.db")
    conn = sqlite3.connect(made.database)
    conn.execute("UPDATE participant SET name = 'Someone else'")  # still a healthy file
    conn.commit()
    conn.close()
    from desktop.store.backups import verify_backup

    assert verify_backup(read_backup(made.folder)) == ["table participant differs in content"]


def test_partial_backups_left_by_a_stopped_backup_are_cleaned_by_the_next(tmp_path):
    with Store(tmp_path / "vidare.db", create=True) as store:
        store.people.save(Participant(name="Ann", role="pupil"))
    folder = tmp_path / "vidare-backups"
    stopped = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                             capture_output=True, text=True, check=True)
    import socket

    host = "".join(c for c in socket.gethostname() if c.isalnum())[:40]
    left = folder / f"vidare-20260101T000000000000Z.{host}.{stopped.stdout.strip()}.partial"
    old_style = folder / "vidare-20250101T000000000000Z.partial"
    for partial in (left, old_style):
        (partial / "media").mkdir(parents=True)
        (partial / "database.db").write_bytes(b"a full copy of the pupils' data")
    make_backup(tmp_path / "vidare.db")
    assert not left.exists() and not old_style.exists()
    assert len(list_backups(tmp_path / "vidare.db")) == 1
