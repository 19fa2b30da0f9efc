"""In-process measurements with the real MainWindow: pages, filter keystrokes, sorting.

Each is timed until Qt has processed the events it caused (the rows are in the model and
the view has been laid out and painted), beside the SQL our code sent, run bare.
"""

from __future__ import annotations

import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.benchmarks.results import Results, timed
from tests.benchmarks.sqlfloor import SqlFloor, Statement, recording, selects

PAGE_BUDGET_MS = 150.0
FILTER_BUDGET_MS = 50.0
SEARCH_BUDGET_MS = 30.0
STALL_BUDGET_MS = 16.0  # one frame at 60 Hz
STALL_KEYS = 20
STALL_KEY_MS = 80.0  # a quick typist
TABLE_PAGES = ("projects", "mobilities", "people", "stories", "dissemination")
# The field whose words a user types into each table's filter.
TYPED_FIELD = {"projects": "title", "mobilities": "city", "people": "name",
               "stories": "title", "dissemination": "title"}
SQL_FLOOR = "the SQL it sent, run bare with sqlite3"


class FetchSpy:
    """The SQL a table page's queries send, on the query worker and on the GUI thread."""

    def __init__(self, page, db):  # noqa: ANN001
        self.page, self.db = page, db
        self.statements: list[Statement] = []
        self.worker = page.ctx.query_worker
        self.worker.tracer = self._seen

    def _seen(self, sql: str, params: Any) -> None:
        self.statements.append((sql, params))

    def reset(self) -> None:
        self.statements = []

    def remove(self) -> None:
        self.worker.tracer = None


class Gui:
    """The application, a context on the store, and windows made on demand."""

    def __init__(self, store, floor: SqlFloor):  # noqa: ANN001
        from desktop.i18n.qt import LanguageSwitcher
        from desktop.ui.app import make_application

        self.app = make_application()
        self.switcher = LanguageSwitcher(self.app)
        self.switcher.set_language("en")
        self.store, self.floor = store, floor
        self.ctx: Any = None  # the AppContext of the newest window
        self._folder = tempfile.TemporaryDirectory(prefix="vidare-bench-ui-")

    def window(self, start_page: str):  # noqa: ANN201
        from PySide6.QtCore import QSettings

        from desktop.ui.context import AppContext
        from desktop.ui.main_window import MainWindow

        settings = QSettings(str(Path(self._folder.name) / "settings.ini"),
                             QSettings.Format.IniFormat)
        settings.setValue("window/page", start_page)
        self.ctx = AppContext(store=self.store, settings=settings, switcher=self.switcher)
        window = MainWindow(self.ctx)
        window.resize(1280, 800)
        window.show()
        window.preload()  # what it does in its first idle moment, not inside a measurement
        self.settle()
        return window

    def settle(self) -> None:
        self.app.processEvents()

    def close(self, window) -> None:  # noqa: ANN001
        from PySide6.QtCore import QCoreApplication, QEvent

        window.close()
        window.deleteLater()
        self.settle()
        # Gone now, not when an event loop next runs: a window of a closed store must not
        # hear the next scale's language change.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def act(self, action: Callable[[], Any], done: Callable[[], bool] = lambda: True,
            ) -> tuple[float, list[Statement]]:
        """Milliseconds until the action's events are processed and `done()` holds (a
        deferred filter has run), and the SQL it sent."""

        def run() -> None:
            action()
            self.settle()
            deadline = time.monotonic() + 10
            while not done():
                if time.monotonic() > deadline:
                    raise RuntimeError("the page did not finish within 10 s")
                time.sleep(0.001)
                self.settle()

        self.quiet()
        worker = self.ctx.query_worker if self.ctx is not None else None
        with recording(self.store.db) as seen:
            if worker is not None and worker.tracer is None:  # what it sends counts too
                worker.tracer = lambda sql, params: seen.append((sql, params))
                try:
                    ms, _ = timed(run)
                finally:
                    worker.tracer = None
            else:
                ms, _ = timed(run)
        return ms, seen

    def quiet(self) -> None:
        """Let what the last action asked of the query worker (a count, the Overview's
        figures) arrive before the next is timed, so that each is timed alone."""
        worker = self.ctx.query_worker if self.ctx is not None else None
        deadline = time.monotonic() + 10
        while worker is not None and worker.busy() and time.monotonic() < deadline:
            time.sleep(0.001)
            self.settle()
        self.settle()

    def finish(self) -> None:
        self._folder.cleanup()


def measure_pages(gui: Gui, results: Results) -> None:
    """Each page opened for the first time, then shown again (which refreshes it)."""
    from desktop.ui.main_window import PAGE_NAMES

    def visit(window, name: str, label: str) -> None:  # noqa: ANN001
        # Until the page shows what it asked for (the Overview's figures, a list's rows).
        ms, seen = gui.act(lambda: window.show_page(name),
                           lambda: getattr(window.pages[name], "settled", lambda: True)())
        results.add(f"page {name} ({label})", ms, PAGE_BUDGET_MS,
                    floor=gui.floor.run(selects(seen)), floor_name=SQL_FLOOR)

    window = gui.window("settings")
    for name in PAGE_NAMES:
        if name != "settings":
            visit(window, name, "first open")
    gui.close(window)
    window = gui.window("overview")
    visit(window, "settings", "first open")
    for name in PAGE_NAMES:
        window.show_page("settings" if name != "settings" else "overview")
        gui.settle()
        visit(window, name, "again")
    gui.close(window)


def typed_prefix(page) -> str:  # noqa: ANN001
    """Four letters a user might type: the start of a word from a row in the middle."""
    rows = page.model.rows
    field = TYPED_FIELD[page_name(page)]
    for row in rows[len(rows) // 2:] + rows[:len(rows) // 2]:
        words = re.findall(r"[^\W\d_]{4,}", str(row.get(field) or ""))
        if words:
            return max(words, key=len)[:4].lower()
    return "anna"


def page_name(page) -> str:  # noqa: ANN001
    return type(page).__name__.removesuffix("Page").lower()


def measure_tables(gui: Gui, results: Results, story_words: dict[str, str]) -> None:
    window = gui.window("overview")
    for name in TABLE_PAGES:
        page = window.show_page(name)
        gui.settle()
        spy = FetchSpy(page, gui.store.db)
        try:
            _keystrokes(gui, results, page, spy, name)
            _stall(gui, results, page, name)
            _sorts(gui, results, page, spy, name)
            if name == "stories":
                _story_filter(gui, results, page, spy, story_words)
        finally:
            spy.remove()
    gui.close(window)


def press_key(widget, letter: str) -> None:  # noqa: ANN001
    """One key press and release typing `letter` (any letter, as a keyboard layout sends it).

    Real key events, sent as the window system's would be; not QTest.sendKeyEvent, which in
    PySide6 6.10 passes "ö" on as the two Latin-1 characters of its UTF-8 bytes."""
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, letter))


def _keystroke(gui: Gui, page, spy: FetchSpy, text: str) -> tuple[float, float]:  # noqa: ANN001
    """(ms from the key press to its rows shown, ms of the bare SQL) for one filter text:
    a key typed at the end of the filter (or the filter cleared, or set to a word)."""
    before = page.filter_edit.text()
    spy.reset()

    def press() -> None:
        if text and text.startswith(before) and len(text) == len(before) + 1:
            press_key(page.filter_edit, text[-1])
        else:
            page.filter_edit.setText(text)

    ms, _ = gui.act(press, lambda: page.settled() and page.model.search == text)
    if text and not page.model.rowCount():
        raise RuntimeError(f"the filter {text!r} found nothing on the {page_name(page)} page")
    return ms, gui.floor.run(selects(spy.statements))


def _keystrokes(gui: Gui, results: Results, page, spy: FetchSpy, name: str) -> None:  # noqa: ANN001
    prefix = typed_prefix(page)
    for length in range(1, len(prefix) + 1):
        ms, floor = _keystroke(gui, page, spy, prefix[:length])
        results.add(f"filter {name}: a keystroke", ms, FILTER_BUDGET_MS, floor=floor,
                    floor_name=SQL_FLOOR, note=f"typing {prefix!r}, key press to rows shown")
    ms, floor = _keystroke(gui, page, spy, "")
    results.add(f"filter {name}: cleared", ms, FILTER_BUDGET_MS, floor=floor,
                floor_name=SQL_FLOOR)


def typed_text(page, length: int = STALL_KEYS) -> str:  # noqa: ANN001
    """`length` characters a user might type: a row's text from the middle of the list."""
    rows = page.model.rows
    field = TYPED_FIELD[page_name(page)]
    texts = [str(row.get(field) or "") for row in rows[len(rows) // 2:] + rows]
    text = max((t for t in texts if t.strip()), key=len, default="anna")
    return (text * (length // len(text) + 1))[:length]


def probe_gaps(gui: Gui, keys: str, page, key_ms: float = STALL_KEY_MS) -> float:  # noqa: ANN001
    """The longest gap (ms) between two ticks of a zero-interval timer while `keys` are typed
    into the page's filter one by one, every `key_ms`, until their rows are shown (no keys:
    the same length of time idle)."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    probe = QTimer()
    probe.setInterval(0)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    probe.start()
    try:
        started = time.perf_counter()
        typed = 0
        end = started + (STALL_KEYS * key_ms) / 1000
        while True:
            now = time.perf_counter()
            if typed < len(keys) and now >= started + typed * key_ms / 1000:
                press_key(page.filter_edit, keys[typed])
                typed += 1
            gui.settle()
            if now >= end and typed == len(keys) and (not keys or (
                    page.settled() and page.model.search == page.filter_edit.text())):
                break
            if now > end + 10:
                raise RuntimeError("the typed filter did not finish within 10 s")
    finally:
        probe.stop()
    return max((b - a for a, b in zip(ticks, ticks[1:], strict=False)), default=0.0) * 1000


def _stall(gui: Gui, results: Results, page, name: str) -> None:  # noqa: ANN001
    """The longest the window cannot react while someone types 20 characters."""
    page.filter_edit.setText("")
    gui.act(lambda: None, page.settled)
    page.filter_edit.setFocus()
    text = typed_text(page)
    idle = probe_gaps(gui, "", page)
    stall = probe_gaps(gui, text, page)
    results.add(f"longest GUI stall typing {STALL_KEYS} characters: {name}", stall,
                STALL_BUDGET_MS, floor=idle, floor_name="the same probe, idle",
                note=f"a key every {STALL_KEY_MS:g} ms")
    page.filter_edit.setText("")
    gui.act(lambda: None, page.settled)


def _sorts(gui: Gui, results: Results, page, spy: FetchSpy, name: str) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    header = page.view.horizontalHeader()
    model = page.model
    start_column, start_descending = model.sort_column(), model.descending
    for column_number, column in enumerate(model.columns):
        if column.sort is None:
            continue
        orders = [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder]
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
                column_number, orders[0]):
            orders.reverse()  # setting the order it already has would not sort
        for order in orders:
            spy.reset()
            ms, _ = gui.act(lambda c=column_number, o=order: header.setSortIndicator(c, o),
                            page.settled)
            results.add(f"sort {name} by {column.sort}", ms, FILTER_BUDGET_MS,
                        floor=gui.floor.run(selects(spy.statements)), floor_name=SQL_FLOOR,
                        note="filter's budget")
    header.setSortIndicator(start_column, Qt.SortOrder.DescendingOrder if start_descending
                            else Qt.SortOrder.AscendingOrder)
    gui.act(lambda: None, page.settled)


def _story_filter(gui: Gui, results: Results, page, spy: FetchSpy,  # noqa: ANN001
                  words: dict[str, str]) -> None:
    for kind, word in words.items():
        page.filter_edit.setText("")
        gui.act(lambda: None, page.settled)
        ms, floor = _keystroke(gui, page, spy, word)
        results.add(f"story search, Stories page: {kind}", ms, FILTER_BUDGET_MS, floor=floor,
                    floor_name=SQL_FLOOR, note=repr(word))
    page.filter_edit.setText("")
    gui.act(lambda: None, page.settled)
