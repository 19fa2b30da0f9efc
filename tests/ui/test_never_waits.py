"""Typing into a list's filter never makes the window wait, however slow the query.

The lists' queries run on the query worker (desktop/ui/query_worker.py). Here the worker's
own connection is made slow on purpose (a sleeping SQL function it runs before each query)
on the demo school at `--scale 100`, and a zero-interval timer probes the GUI thread while
a person types into each page's filter: no gap between two ticks may reach 50 ms.
"""

from __future__ import annotations

import re
import time

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.store import Store
from desktop.ui.context import AppContext
from desktop.ui.query_worker import Reply
from tests.ui.helpers import wait_for_rows

TABLE_PAGES = ("projects", "mobilities", "people", "stories", "dissemination")
TYPED_FIELD = {"projects": "title", "mobilities": "city", "people": "name",
               "stories": "title", "dissemination": "title"}
SLOW_QUERY = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60) "
              "SELECT count(nap(0.005)) FROM n")  # 0.3 s, and a newer request can stop it
STALL_LIMIT_MS = 50


def nap(seconds: float) -> int:
    time.sleep(seconds)
    return 1


@pytest.fixture(scope="module")
def demo_100(tmp_path_factory):
    """The demo school at `--scale 100`, built once (cached as the benchmark caches it)."""
    from tests.benchmarks.demo_cache import cached_demo, default_cache

    db, _ = cached_demo(100, default_cache(), log=lambda _text: None)
    return db


@pytest.fixture
def demo_store(demo_100, tmp_path):
    from tests.benchmarks.demo_cache import working_copy

    db, folder = working_copy(demo_100)
    try:
        with Store(db) as store:
            yield store
    finally:
        folder.cleanup()


def words_to_type(page, name: str) -> str:  # noqa: ANN001
    """What a person types: the start of a word found in a row of the list."""
    for row in page.model.rows[len(page.model.rows) // 2:]:
        found = re.findall(r"[A-Za-z]{5,}", str(row.get(TYPED_FIELD[name]) or ""))
        if found:
            return max(found, key=len)[:6]
    raise AssertionError(f"no word to type on the {name} page")


def type_watching(page, text: str, key_ms: int = 40) -> tuple[float, float]:  # noqa: ANN001
    """Type `text` one key at a time, as a quick typist does, until its rows are shown.
    Returns the longest gap between two ticks of a zero-interval timer (ms) and the time
    from the last key to the rows (ms)."""
    app = QApplication.instance()
    ticks: list[float] = []
    probe = QTimer()
    probe.setInterval(0)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    probe.start()
    last_key = 0.0
    try:
        for letter in text:
            started = time.perf_counter()
            QTest.keyClick(page.filter_edit, letter)
            last_key = time.perf_counter()
            while time.perf_counter() - started < key_ms / 1000:
                app.processEvents()
        deadline = time.monotonic() + 20
        while not (page.settled() and page.model.search == text):
            assert time.monotonic() < deadline, "the rows never came"
            app.processEvents()
        shown = time.perf_counter()
        for _ in range(20):  # the turns after the rows (the form of the first row)
            app.processEvents()
    finally:
        probe.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    return max(gaps) * 1000, (shown - last_key) * 1000


@pytest.mark.slow
def test_typing_never_waits_for_a_slow_query(qtbot, demo_store, tmp_path):
    from desktop.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(store=demo_store, settings=settings, switcher=None)
    worker = ctx.query_worker
    worker.on_open.append(lambda db: db.conn.create_function("nap", 1, nap))
    worker.before_each = lambda db: db.execute(SLOW_QUERY).fetchall()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        for name in TABLE_PAGES:
            page = window.show_page(name)
            wait_for_rows(qtbot, page)
            text = words_to_type(page, name)
            page.filter_edit.setFocus()
            qtbot.wait(300)  # the page's first paint and layout are not typing
            stall, waited = type_watching(page, text)
            assert waited >= 250, f"{name}: the query was not slow ({waited:.0f} ms)"
            assert stall < STALL_LIMIT_MS, f"{name}: the window stalled {stall:.0f} ms"
            words = text.casefold()
            assert page.model.rows, name
            assert all(words in " ".join(str(v) for v in row.values()).casefold()
                       or name in ("mobilities", "dissemination", "stories")
                       for row in page.model.rows), name
            QTest.keyClick(page.filter_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClick(page.filter_edit, Qt.Key.Key_Delete)
            wait_for_rows(qtbot, page)
    finally:
        window.close()
    assert not worker.busy()


def test_an_older_answer_never_replaces_a_newer_one(qtbot, ctx, school):
    from desktop.ui.pages.people_page import PeoplePage

    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.show()
    worker = ctx.query_worker
    worker.on_open.append(lambda db: db.conn.create_function("nap", 1, nap))
    # The first request is slow (and interrupted by the second); later ones are quick.
    asked: list[str] = []

    def slow_first(db) -> None:  # noqa: ANN001
        asked.append("query")
        if len(asked) == 1:
            db.execute(SLOW_QUERY).fetchall()

    worker.before_each = slow_first
    page.model.set_search("anna")
    old_generation = page.model.generation
    page.model.set_search("berg")
    wait_for_rows(qtbot, page)
    assert [row["name"] for row in page.model.rows] == ["Cia Berg"]
    # The answer to "anna" arriving now (however late) changes nothing.
    worker.replied.emit(Reply(page.model, old_generation, "rows",
                              ctx.store.people.page("anna", limit=200)))
    worker.replied.emit(Reply(page.model, old_generation, "count", 99))
    QApplication.processEvents()
    assert [row["name"] for row in page.model.rows] == ["Cia Berg"]
    assert page.model.total == 1
    assert page.count_label.text() == QCoreApplication.translate(
        "TablePage", "%n record(s)", None, 1)
    worker.stop()
    assert not worker.busy()
