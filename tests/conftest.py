"""Shared test set-up: offscreen Qt, and a fresh database per test."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.store import Store  # noqa: E402

# Fails the run if anything in Vidare opens a network socket.
pytest_plugins = ["tests.conftest_network"]


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "vidare.db", create=True) as opened:
        yield opened


@pytest.fixture(autouse=True)
def no_window_outlives_its_test():
    """A window left open would get the next test's language changes with its store closed."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
