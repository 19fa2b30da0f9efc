"""The integrity check beside the window: the window does not wait for it, yet nothing is
written into a file before it passed, and nothing ever into a file it found damaged."""

import os
import sqlite3
import time

import pytest

from desktop.domain.models import Participant
from desktop.store import Store
from desktop.store.erasure import erase
from desktop.store.errors import DamagedDatabase


def people_db(path, count=3000):
    """A database whose people fill many pages, checkpointed into the file itself."""
    with Store(path, create=True) as store:
        store.db.conn.execute("BEGIN")
        for n in range(count):
            store.people.save(Participant(name=f"Person {n:05d} " + "x" * 80, role="pupil"))
        store.db.conn.execute("COMMIT")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def damage_a_data_page(path) -> bytes:
    """Random bytes over one page in the middle of the file, far from the schema page, so
    that the file opens and only the full check finds the damage."""
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle:middle + page] = os.urandom(page)
    path.write_bytes(bytes(data))
    return bytes(data)


def can_write_now(path) -> bool:
    conn = sqlite3.connect(path, timeout=0)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError as error:
        assert "locked" in str(error)
        return False
    finally:
        conn.close()


def test_a_damaged_file_opens_at_once_but_is_never_written(tmp_path):
    db = people_db(tmp_path / "vidare.db")
    damaged = damage_a_data_page(db)
    with pytest.raises(DamagedDatabase):
        Store(db).close()  # the check that does not wait finds it too
    assert db.read_bytes() == damaged
    store = Store(db, check_later=True)
    problem = store.start_check.wait()
    assert problem and problem != "ok"
    assert not can_write_now(db)  # the check holds writes back until the window stops them
    store.stop_writing()
    store.start_check.release()
    with pytest.raises(sqlite3.OperationalError):
        store.people.save(Participant(name="Typed in the first second", role="teacher"))
    store.close()
    assert db.read_bytes() == damaged
    assert not (tmp_path / "vidare.db-wal").exists() or not (
        tmp_path / "vidare.db-wal").stat().st_size


def test_a_save_made_while_the_check_runs_waits_for_its_verdict(tmp_path):
    db = people_db(tmp_path / "vidare.db", count=20000)
    store = Store(db, check_later=True)
    heard = []
    store.start_check.when_done(lambda problem: heard.append((problem, time.monotonic())))
    assert not can_write_now(db)
    store.people.save(Participant(name="Saved at once", role="teacher"))
    saved = time.monotonic()
    assert heard and heard[0][0] is None and heard[0][1] <= saved
    assert can_write_now(db)
    store.close()
    with Store(db) as again:
        assert [p.name for p in again.people.all() if p.name == "Saved at once"]


def test_someone_erased_is_erased_again_only_after_the_check(tmp_path):
    """An erased person back after a restore is erased at opening: that writes, so the
    opening waits for the check, and a damaged file is refused unwritten."""
    db = people_db(tmp_path / "vidare.db", count=2000)
    copy = tmp_path / "before.db"
    with Store(db) as store:
        target = next(p for p in store.people.all() if p.name.startswith("Person 01000"))
        src = sqlite3.connect(db)
        dst = sqlite3.connect(copy)
        src.backup(dst)
        src.close()
        dst.close()
        erase(store.db, store.media_dir, store.path, target.id)
    os.replace(copy, db)  # the old copy is back, with the person in it
    damaged = damage_a_data_page(db)
    with pytest.raises(DamagedDatabase):
        Store(db, check_later=True)
    assert db.read_bytes() == damaged
