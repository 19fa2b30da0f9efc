"""The lists' queries, run on a thread of their own so that typing never waits for SQL.

A `QueryWorker` holds one read-only connection to the store's file, made, used and closed
on its thread. Each asker (a table model) has one slot: a newer request replaces the one
waiting and interrupts the one running (`sqlite3.Connection.interrupt`), so only the latest
is ever worked on. Answers come back to the GUI thread through `replied`, each with the
generation number it was asked with: the asker applies the newest only, so an older or
interrupted query never overwrites a newer one's rows.

A request answers with its rows first and, when asked, the total count after them (the
count grows with the matches; the rows of one page do not).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any

import sqlite_utils
from PySide6.QtCore import QObject, Signal

Run = Callable[[sqlite_utils.Database], Any]


@dataclass
class Reply:
    key: object  # the asker's slot
    generation: int
    kind: str  # "rows" (the value is the store's Page), "count" (an int) or "error"
    value: Any


@dataclass
class _Job:
    key: object
    generation: int
    run: Run
    rows: bool  # answer with the rows (else only the count)
    count: bool  # answer with the total count after the rows


class QueryWorker(QObject):
    """One thread, one read-only connection, one slot per asker; see the module's text."""

    replied = Signal(object)  # a Reply, delivered on the GUI thread

    def __init__(self, open_db: Callable[[], sqlite_utils.Database],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._open = open_db
        self._wake = threading.Condition()
        self._waiting: dict[object, _Job] = {}
        self._running: _Job | None = None
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._closed = False  # the store closed: no request is taken any more
        self._conn: sqlite3.Connection | None = None
        # Called on the worker's thread with its connection: once when it is opened
        # (tests register a slow SQL function there), and before each query.
        self.on_open: list[Callable[[sqlite_utils.Database], None]] = []
        self.before_each: Callable[[sqlite_utils.Database], None] | None = None
        # Sees every statement the worker sends (the benchmark's SQL floor).
        self.tracer: Callable[[str, Any], None] | None = None

    # The GUI thread's side
    def submit(self, key: object, generation: int, run: Run, rows: bool = True,
               count: bool = True) -> None:
        """Ask for `run(db)` (which returns a store Page) in `key`'s slot."""
        with self._wake:
            if self._stopping or self._closed:
                return
            self._waiting[key] = _Job(key, generation, run, rows, count)
            running = self._running
            if running is not None and running.key == key and self._conn is not None:
                self._conn.interrupt()
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="vidare-queries",
                                                daemon=True)
                self._thread.start()
            self._wake.notify()

    def cancel(self, key: object) -> None:
        """Forget what `key` asked for (an answer already sent is ignored by its asker)."""
        with self._wake:
            self._waiting.pop(key, None)
            running = self._running
            if running is not None and running.key == key and self._conn is not None:
                self._conn.interrupt()

    def busy(self) -> bool:
        with self._wake:
            return bool(self._waiting) or self._running is not None

    def stop(self) -> None:
        """Stop the thread and close its connection (the window or the store closes)."""
        with self._wake:
            self._stopping = True
            self._waiting.clear()
            if self._running is not None and self._conn is not None:
                self._conn.interrupt()
            self._wake.notify()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=10)
        with self._wake:
            self._thread = None
            self._stopping = False

    def close(self) -> None:
        """Stop for good: the store it reads is closing."""
        with self._wake:
            self._closed = True
        self.stop()

    # The worker thread's side
    def _loop(self) -> None:
        db = self._open()
        try:
            for action in self.on_open:
                action(db)
            with self._wake:
                self._conn = db.conn
            while True:
                with self._wake:
                    while not self._waiting and not self._stopping:
                        self._wake.wait()
                    if self._stopping:
                        return
                    key = next(iter(self._waiting))
                    job = self._running = self._waiting.pop(key)
                try:
                    self._work(db, job)
                finally:
                    with self._wake:
                        self._running = None
        finally:
            with self._wake:
                self._conn = None
            db.conn.close()

    def _superseded(self, job: _Job) -> bool:
        with self._wake:
            return self._stopping or job.key in self._waiting

    def _work(self, db: sqlite_utils.Database, job: _Job) -> None:
        try:
            with db.tracer(self.tracer) if self.tracer is not None else nullcontext():
                if self.before_each is not None:
                    self.before_each(db)
                page = job.run(db)
                if job.rows and not self._superseded(job):
                    self.replied.emit(Reply(job.key, job.generation, "rows", page))
                if job.count and not self._superseded(job):
                    total = page.total  # counts now, if the page did not know it
                    if not self._superseded(job):
                        self.replied.emit(Reply(job.key, job.generation, "count", total))
        except sqlite3.OperationalError as error:
            if "interrupt" in str(error) or self._superseded(job):
                return  # a newer request took its place
            self.replied.emit(Reply(job.key, job.generation, "error", error))
        except Exception as error:  # noqa: BLE001 - told to the asker, on the GUI thread
            self.replied.emit(Reply(job.key, job.generation, "error", error))
