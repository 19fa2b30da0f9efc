"""Closing the executable's start-up splash once Vidare's first window is on screen.

The single executable (Windows, Linux) shows a small picture while it unpacks itself;
it stays until the program says a window is there. From the source, there is none.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget


def has_boot_splash() -> bool:
    """True in the executable while its splash is up."""
    # The bootloader passes "_PYI_SPLASH_IPC" only when its splash came up; without it,
    # importing pyi_splash would complain on stderr.
    if "pyi_splash" not in sys.modules and "_PYI_SPLASH_IPC" not in os.environ:
        return False
    try:
        import pyi_splash  # type: ignore[import-not-found]  # exists only in the executable
    except ImportError:
        return False
    return bool(pyi_splash.is_alive())


def close_boot_splash() -> None:
    """Close the start-up splash if this process has one; safe to call more than once."""
    if not has_boot_splash():
        return
    import pyi_splash

    try:
        pyi_splash.close()
    except (RuntimeError, ConnectionError):
        pass  # closed meanwhile (the fallback timer of the executable's start-up hook)


class _FirstWindowWatcher(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                and watched.isWindow()):
            close_boot_splash()
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self.deleteLater()
        return False


def close_splash_with_first_window(app: QApplication) -> None:
    """Close the splash as the first window of any kind appears: the first-start dialog,
    a message about the database, or the main window. Call once, after creating `app`."""
    if has_boot_splash():
        app.installEventFilter(_FirstWindowWatcher(app))
