"""One writer, always: three Vidare starting at once over a stale lock, 100 times.

The attack: three starts at once over a lock left by a crash; in 34 of 100 rounds two of
them held it together (each removed the stale file, then the other's new one). Each start
here is a real process (forked) opening the database the way the window does.
"""

import json
import multiprocessing
import os
import socket
import subprocess
import sys
import time

import pytest

from desktop.store import Store
from desktop.store.lock import DatabaseLocked, lock_path_for, read_owner
from desktop.store.startup import open_store

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="forked processes")
ROUNDS = 100


def start(db, barrier, results, release):
    barrier.wait()
    try:
        store = open_store(db, start_backup=False)
    except DatabaseLocked:
        results.put("locked")
        return
    results.put("held")
    release.wait(30)
    store.close()


def dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


@pytest.mark.slow
def test_three_starts_over_a_stale_lock_never_hold_it_together(tmp_path):
    db = tmp_path / "vidare.db"
    Store(db, create=True).close()
    stale = {"user": "anna", "host": socket.gethostname(), "pid": dead_pid(),
             "since": "2026-11-27 08:00 UTC"}
    context = multiprocessing.get_context("fork")
    started = time.monotonic()
    holders = []
    for _round in range(ROUNDS):
        lock_path_for(db).write_text(json.dumps(stale))  # left by a crash
        barrier, results, release = context.Barrier(3), context.Queue(), context.Event()
        starts = [context.Process(target=start, args=(db, barrier, results, release))
                  for _ in range(3)]
        for process in starts:
            process.start()
        outcomes = [results.get(timeout=30) for _ in starts]
        holders.append(outcomes.count("held"))
        release.set()
        for process in starts:
            process.join(30)
            assert process.exitcode == 0
        assert read_owner(db) is None  # the holder released it on closing
    assert holders == [1] * ROUNDS, holders
    print(f"{ROUNDS} rounds in {time.monotonic() - started:.1f} s")
