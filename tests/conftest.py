"""Shared test set-up: the installed package under test, offscreen Qt, a fresh database
per test."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
CHECKOUT = Path(__file__).resolve().parent.parent
FROM_SOURCE = os.environ.get("VIDARE_TEST_SOURCE") == "1"


def _installed_package() -> Path:
    """The suite tests what a user installs (tools/run_tests.py builds and installs the
    wheel): stop at once if `desktop` came from this checkout instead. VIDARE_TEST_SOURCE=1
    allows a quick run from the source tree while working."""
    import desktop

    where = Path(desktop.__file__).resolve().parent
    if not FROM_SOURCE and CHECKOUT in where.parents:
        pytest.exit(f"desktop was imported from the checkout ({where}), not from the "
                    "installed package: run the tests with `python3 tools/run_tests.py`, or "
                    "set VIDARE_TEST_SOURCE=1 for a quick run from the source tree.",
                    returncode=3)
    if not FROM_SOURCE:
        # Programs the tests start (`python -m desktop …` in this folder) must not find the
        # checkout's package either.
        os.environ["PYTHONSAFEPATH"] = "1"
    return where


INSTALLED = _installed_package()
# For a program a test starts with an environment of its own: the same package as the test.
CHILD_PATH = {"PYTHONPATH": str(CHECKOUT)} if FROM_SOURCE else {"PYTHONSAFEPATH": "1"}

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
