"""The command line as a script or a principal uses it: exit codes and one clear sentence."""

import sqlite3
import subprocess
import sys

import pytest
from PIL import Image

from desktop.store import Store
from desktop.store.migrations import LATEST
from tests.conftest import CHILD_PATH

pytestmark = pytest.mark.smoke


def vidare(*args, lang="en"):
    return subprocess.run([sys.executable, "-m", "desktop", *map(str, args)],
                          capture_output=True, text=True, timeout=120,
                          env={"LANG": lang, "QT_QPA_PLATFORM": "offscreen",
                               "PATH": "/usr/bin:/bin", "HOME": "/nonexistent", **CHILD_PATH})


def test_check_healthy_database(tmp_path):
    db = tmp_path / "school.db"
    Store(db, create=True).close()
    done = vidare("check", "--db", db)
    assert done.returncode == 0, done.stderr
    assert "healthy" in done.stdout and done.stdout.count("\n") == 1


def test_check_jpeg_renamed_to_db(tmp_path):
    jpeg = tmp_path / "photo.jpg"
    Image.new("RGB", (10, 10)).save(jpeg)
    db = jpeg.rename(tmp_path / "photo.db")
    done = vidare("check", "--db", db)
    assert done.returncode == 2
    assert done.stderr.strip() == f"vidare: {db} is not a Vidare database."
    assert "Traceback" not in done.stderr


def test_check_missing_file(tmp_path):
    done = vidare("check", "--db", tmp_path / "gone.db")
    assert done.returncode == 2
    assert "There is no database at" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "gone.db").exists()


def test_check_newer_database(tmp_path):
    db = tmp_path / "newer.db"
    Store(db, create=True).close()
    raw = sqlite3.connect(db)
    raw.execute(f"PRAGMA user_version = {LATEST + 5}")
    raw.close()
    done = vidare("check", "--db", db)
    assert done.returncode == 2
    assert "newer Vidare" in done.stderr and "Traceback" not in done.stderr


def test_bad_usage_exits_2(tmp_path):
    assert vidare("check", "--bogus").returncode == 2
    assert vidare("demo", "--db", tmp_path / "x.db", "--country", "DE").returncode == 2


def test_check_damaged_database_finds_problems(tmp_path):
    db = tmp_path / "damaged.db"
    with Store(db, create=True) as store:
        store.db.execute("CREATE TABLE filler (x)")
        store.db.conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 200)
    data = bytearray(db.read_bytes())
    data[4096 * 3: 4096 * 6] = b"\xff" * (4096 * 3)  # overwrite pages past the header
    db.write_bytes(bytes(data))
    done = vidare("check", "--db", db)
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "damaged" in done.stderr and "Traceback" not in done.stderr


def test_check_reads_an_older_database_without_changing_it(tmp_path):
    from desktop.store.connection import connect, transaction
    from desktop.store.migrations import STEPS

    db_path = tmp_path / "old.db"
    db = connect(db_path)
    with transaction(db):
        STEPS[0](db)
        db.execute("PRAGMA user_version = 1")
    db.conn.close()
    done = vidare("check", "--db", db_path)
    assert done.returncode == 0, done.stderr
    assert "healthy" in done.stdout and "(data version 1)" in done.stdout
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 1  # check never migrates
    raw.close()
