"""Opening never changes a file it refuses: not a byte, not even its journal mode.

The attack: a rollback-journal database (another program's, a damaged one, one from a
newer Vidare) opened by the window or `selftest --db` was switched to WAL, its header
rewritten, before the refusal. Each refused file's SHA-256 is compared before and after,
through the window's path, every command line that takes a database, and `selftest`.
"""

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.domain.models import Participant
from desktop.store import Store
from desktop.store.errors import DamagedDatabase, NewerDatabase, NotVidareDatabase
from desktop.store.migrations import LATEST
from desktop.store.startup import open_store

ROOT = Path(__file__).resolve().parents[2]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def foreign(path: Path) -> Path:
    """Another program's database, in rollback-journal mode (SQLite's default)."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.executemany("INSERT INTO notes (text) VALUES (?)", [("shopping",)] * 100)
    conn.commit()
    conn.close()
    return path


def ours_in_rollback_mode(path: Path, version: int | None = None) -> Path:
    with Store(path, create=True) as store:
        for n in range(60):
            store.people.save(Participant(name=f"Person {n}", role="pupil", notes="x" * 300))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    if version is not None:
        conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    return path


def damaged(path: Path) -> Path:
    ours_in_rollback_mode(path)
    data = bytearray(path.read_bytes())
    data[4096 * 2:4096 * 4] = b"\xa5" * 8192
    path.write_bytes(bytes(data))
    return path


CASES = {
    "another program's": (foreign, NotVidareDatabase),
    "damaged": (damaged, DamagedDatabase),
    "from a newer Vidare": (lambda p: ours_in_rollback_mode(p, LATEST + 1), NewerDatabase),
}


@pytest.fixture(params=sorted(CASES))
def refused(request, tmp_path):
    make, error = CASES[request.param]
    path = make(tmp_path / "file.db")
    assert path.read_bytes()[18:20] == b"\x01\x01"  # a rollback-journal file
    return path, error


def test_the_window_path_leaves_a_refused_file_as_it_was(refused):
    from desktop.ui.open_problems import QUIT, OpenChoice, open_database_asking

    path, error = refused
    before = sha(path)
    with pytest.raises(error):
        open_store(path)
    seen = []
    assert open_database_asking(path, ask=lambda e, *_: seen.append(e) or OpenChoice(QUIT)) \
        is None
    assert isinstance(seen[0], error)
    assert sha(path) == before
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-journal").exists()


@pytest.mark.slow
def test_the_command_line_leaves_a_refused_file_as_it_was(refused, tmp_path):
    path, _error = refused
    before = sha(path)
    archive = tmp_path / "other.zip"
    with Store(tmp_path / "other.db", create=True):
        pass
    from desktop.store.archive import export_archive

    export_archive(tmp_path / "other.db", archive)
    from desktop.store.backups import make_backup

    backup = make_backup(tmp_path / "other.db")
    for command in (["check", "--db", path], ["backup", "--db", path],
                    ["export", "--db", path, "--out", tmp_path / "x.zip"],
                    ["import", "--db", path, archive],
                    ["demo", "--db", path],
                    ["report", "summary", "--db", path, "--lang", "en", "--out",
                     tmp_path / "s.pdf"]):
        done = subprocess.run([sys.executable, "-m", "desktop", *map(str, command)],
                              capture_output=True, text=True, timeout=120, cwd=ROOT,
                              env={**os.environ, "LANG": "C", "QT_QPA_PLATFORM": "offscreen"})
        assert "Traceback" not in done.stderr, (command, done.stderr)
        assert sha(path) == before, command
        assert path.read_bytes()[18:20] == b"\x01\x01", command
    # Restoring a backup in its place keeps the file whole beside, never overwritten.
    done = subprocess.run([sys.executable, "-m", "desktop", "restore", "--db", str(path),
                           "--from", str(backup.folder)], capture_output=True, text=True,
                          timeout=120, cwd=ROOT, env={**os.environ, "LANG": "C"})
    assert "Traceback" not in done.stderr
    kept = [p for p in tmp_path.glob("file.db*") if sha(p) == before]
    assert kept, "the refused file's bytes are gone"


@pytest.mark.slow
def test_selftest_leaves_a_refused_file_as_it_was(refused, tmp_path):
    path, _error = refused
    before = sha(path)
    done = subprocess.run([sys.executable, "-m", "desktop", "selftest", "--db", str(path)],
                          capture_output=True, text=True, timeout=300, cwd=ROOT,
                          env={**os.environ, "LANG": "C", "QT_QPA_PLATFORM": "offscreen"})
    assert "Traceback" not in done.stderr, done.stderr
    assert sha(path) == before
    assert path.read_bytes()[18:20] == b"\x01\x01"


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_file_the_user_made_read_only_stays_read_only(tmp_path):
    """0444 by the user's choice: opened read-only, never chmod-ed, never written."""
    import shutil

    path = ours_in_rollback_mode(tmp_path / "vidare.db")
    path.chmod(0o444)
    before = sha(path)
    child = """
import sys
from pathlib import Path
from desktop.store.errors import ReadOnlyDatabase
from desktop.store.startup import open_store
path = Path(sys.argv[1])
try:
    open_store(path)
except ReadOnlyDatabase as error:
    print("refused:", error)
store = open_store(path, accept_read_only=True)
print("read-only" if store.read_only else "writable", len(store.people.all()))
store.close()
"""
    command = [sys.executable, "-c", child, str(path)]
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv")
        command = ["setpriv", "--bounding-set=-all", "--inh-caps=-all", *command]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"refused: {path} can only be read here, so Vidare changes nothing in it.",
        "read-only 60"]
    assert oct(path.stat().st_mode & 0o777) == oct(0o444)
    assert sha(path) == before
