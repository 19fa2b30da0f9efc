"""desktop.ui.splash: the executable's splash goes when the first window of any kind shows.

The splash itself lives in the executable's bootloader; in-process, its Python side
(`pyi_splash`) is stood in for by a module that records what it is asked to do.
"""

from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from desktop.ui import splash


class _Bootloader(types.ModuleType):
    def __init__(self) -> None:
        super().__init__("pyi_splash")
        self.alive, self.closed = True, 0

    def is_alive(self) -> bool:
        return self.alive

    def close(self) -> None:
        self.closed += 1
        self.alive = False


@pytest.fixture
def bootloader(monkeypatch):
    module = _Bootloader()
    monkeypatch.setitem(sys.modules, "pyi_splash", module)
    return module


def test_without_the_executable_there_is_no_splash(monkeypatch):
    monkeypatch.delitem(sys.modules, "pyi_splash", raising=False)
    monkeypatch.delenv("_PYI_SPLASH_IPC", raising=False)
    assert not splash.has_boot_splash()
    splash.close_boot_splash()  # nothing to do, nothing raised


def test_the_first_dialog_closes_the_splash_once(qtbot, bootloader):
    app = QApplication.instance()
    splash.close_splash_with_first_window(app)
    dialog = QDialog()
    QLabel("inside", dialog)  # a child shows with its window: not a window of its own
    qtbot.addWidget(dialog)
    assert bootloader.closed == 0
    dialog.show()
    qtbot.waitExposed(dialog)
    assert bootloader.closed == 1
    later = QWidget()
    qtbot.addWidget(later)
    later.show()
    assert bootloader.closed == 1  # the watcher has gone


def test_no_watcher_when_there_is_no_splash(qtbot, bootloader):
    bootloader.alive = False
    app = QApplication.instance()
    before = len(app.children())
    splash.close_splash_with_first_window(app)
    assert len(app.children()) == before
