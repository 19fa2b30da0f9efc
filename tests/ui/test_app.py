"""Starting the window from the command line's arguments, and the demo school."""

from __future__ import annotations

import argparse
import sys

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui.app import run_window
from desktop.ui.main_window import MainWindow


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("VIDARE_HOME", str(tmp_path / "home"))
    hook = sys.excepthook
    yield tmp_path / "home"
    sys.excepthook = hook


def close_window_soon(seen: list) -> None:
    def close() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(50, close)
            return
        seen.append(windows[0])
        seen.append(windows[0].ctx.store.school.get())
        windows[0].show_page("people")
        windows[0].close()
        windows[0].deleteLater()  # its store is closed when run_window returns
        # Closing the last window ends the loop; quit too, as other tests' windows may live.
        QTimer.singleShot(0, QApplication.quit)

    QTimer.singleShot(0, close)


def test_window_opens_the_given_database_and_remembers_the_page(qapp, home, store, school):
    path = store.path
    store.close()
    seen: list = []
    close_window_soon(seen)
    assert run_window(argparse.Namespace(db=path, lang="en", demo=False)) == 0
    assert seen and seen[0].ctx.store.path == path
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value("window/page") == "people"
    assert settings.value("language") == "en"
    from desktop.store.backups import list_backups

    assert [b.reason for b in list_backups(path)] == ["start"]  # nothing changed since


def test_demo_school_is_created_in_the_user_folder(qapp, home):
    seen: list = []
    close_window_soon(seen)
    # English: the application's translators stay installed for the other tests.
    assert run_window(argparse.Namespace(db=None, lang="en", demo=True)) == 0
    assert (home / "demo.db").exists()
    school = seen[1]
    assert school is not None and school.country == "SE"  # English gets the Swedish demo
