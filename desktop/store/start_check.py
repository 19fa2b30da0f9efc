"""The start integrity check beside the window, with every write held until its verdict.

Checking a large file (`PRAGMA quick_check` and `foreign_key_check`) takes most of a second
for ten years of a big school's data, so the window does not wait for it: a store opened
with `check_later` runs only the cheap checks (header, application id, version) and starts
this check on a thread of its own. That thread first takes the database's write lock
(BEGIN IMMEDIATE on its own connection) and keeps it until the verdict, so a save made
meanwhile waits for it (SQLite's busy wait) instead of writing into a file not yet checked.
A damaged file keeps the lock until `release()`: the window stops writing first
(`Store.stop_writing`), so nothing is ever written into it.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from desktop.store.connection import connect, integrity_problems

log = logging.getLogger(__name__)


class StartCheck:
    def __init__(self, path: Path, hold_writes: bool = True):
        self.path, self.hold_writes = Path(path), hold_writes
        self.problem: str | None = None
        self._holding = threading.Event()
        self._done = threading.Event()
        self._released = threading.Event()
        self._guard = threading.Lock()
        self._listeners: list[Callable[[str | None], None]] = []
        self._thread = threading.Thread(target=self._run, name="start-check", daemon=True)

    def start(self) -> StartCheck:
        """Start checking; returns once the write lock is held (a few milliseconds)."""
        self._thread.start()
        self._holding.wait()
        return self

    def _run(self) -> None:
        db = None
        try:
            db = connect(self.path, read_only=not self.hold_writes)
            if self.hold_writes:
                try:
                    db.conn.execute("BEGIN IMMEDIATE")
                except sqlite3.OperationalError:
                    # Another program holds the lock for longer than the busy wait: check
                    # all the same, without holding writes back.
                    log.warning("the start check could not hold writes back", exc_info=True)
            self._holding.set()
            found = integrity_problems(db)
            self._publish(found[0] if found else None)
            if self.problem is not None and db.conn.in_transaction:
                self._released.wait()
        except sqlite3.Error as error:
            self._publish(str(error))
        finally:
            self._holding.set()
            if db is not None:
                db.conn.close()  # rolls back: the check's transaction never wrote

    def _publish(self, problem: str | None) -> None:
        with self._guard:
            self.problem = problem
            self._done.set()
            listeners, self._listeners = self._listeners, []
        for listener in listeners:
            listener(problem)

    def when_done(self, listener: Callable[[str | None], None]) -> None:
        """Call `listener(problem)` with the verdict (None: the file is sound): at once if
        it is known, otherwise from the checking thread when it is."""
        with self._guard:
            if not self._done.is_set():
                self._listeners.append(listener)
                return
        listener(self.problem)

    def wait(self) -> str | None:
        """The verdict, once known: the first problem found, or None."""
        self._done.wait()
        return self.problem

    def release(self) -> None:
        """Let a damaged file's lock go (after the window has stopped writing)."""
        self._released.set()

    def finish(self) -> None:
        self.release()
        self._thread.join()
