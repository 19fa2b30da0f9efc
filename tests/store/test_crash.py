"""Crash safety: a writer killed (SIGKILL) mid-save loses at most that save, never the database.

The writer is this file run as a program: it opens the database the way the window does
(lock file and all), saves through the real repositories, and prints each save's id only
after the save returned (committed). The test kills it at random moments, again and again,
and then checks the database is healthy and every acknowledged save is there, whole.
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KILLS = 32


def writer(db_path: str) -> None:
    from desktop.domain.models import Consent, Participant, Story
    from desktop.store.startup import open_store

    store = open_store(db_path, create=True, start_backup=False)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        if n % 3 == 0:
            # Story and its search row in one transaction; a long text makes the write longer.
            story = store.stories.save(Story(title=f"Story {n}", text=f"berättelse {n} " * 400,
                                             language="sv"))
            print(f"story {story.id}", flush=True)
        else:
            person = store.people.save(Participant(name=f"Person {n}", role="pupil",
                                                   notes="x" * 2000))
            store.people.save_consent(Consent(participant_id=person.id, given_on="2026-01-01",
                                              photo_internal=True))
            print(f"participant {person.id}", flush=True)


@pytest.mark.slow
def test_killed_writer_loses_at_most_one_save(tmp_path):
    if os.name != "posix":
        pytest.skip("SIGKILL is POSIX")
    db = tmp_path / "vidare.db"
    acknowledged: dict[str, list[str]] = {"participant": [], "story": []}
    from tests.conftest import CHILD_PATH  # not at the top: this file also runs as the writer

    rng = random.Random(20261127)
    started = time.monotonic()
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, __file__, str(db)], cwd=ROOT,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 env={**os.environ, **CHILD_PATH})
        assert child.stdout is not None
        first = child.stdout.readline()
        assert first == "ready\n", child.stderr.read() if child.stderr else first
        time.sleep(rng.uniform(0.01, 0.35))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        assert child.returncode == -signal.SIGKILL
        for line in out.splitlines(keepends=True):
            if line.endswith("\n"):  # a line cut by the kill was never acknowledged
                kind, row_id = line.split()
                acknowledged[kind].append(row_id)
    print(f"{KILLS} kills in {time.monotonic() - started:.1f} s")

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    people = {r[0] for r in conn.execute("SELECT id FROM participant")}
    stories = {r[0] for r in conn.execute("SELECT id FROM story")}
    searchable = {r[0] for r in conn.execute(
        "SELECT k.id FROM story_search s JOIN search_key k ON k.key = s.rowid")}
    consents = {r[0] for r in conn.execute("SELECT participant_id FROM consent")}
    conn.close()
    assert len(acknowledged["participant"]) > KILLS  # the writer really got work done
    assert set(acknowledged["participant"]) <= people
    assert set(acknowledged["participant"]) <= consents  # the whole save, not half of it
    assert set(acknowledged["story"]) <= stories
    assert stories == searchable  # a story and its search row are saved together or not at all
    # At most the save in flight at each kill is missing acknowledgement.
    assert len(people - set(acknowledged["participant"])) <= KILLS
    # The lock left by each killed writer was taken over by the next one (same computer).
    from desktop.store.lock import is_stale, read_owner

    owner = read_owner(db)
    assert owner is not None and is_stale(owner)


if __name__ == "__main__":
    writer(sys.argv[1])
