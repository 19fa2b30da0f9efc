"""When something goes wrong: save a report file and say where, instead of vanishing."""

from __future__ import annotations

import datetime as dt
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from desktop import __version__
from desktop.paths import user_data_dir


def write_report(kind: type[BaseException], error: BaseException,
                 trace: TracebackType | None, folder: Path | None = None) -> Path:
    """A plain-text report: the traceback, Vidare's version and the platform, nothing else."""
    folder = folder or user_data_dir() / "crash-reports"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"crash-{stamp}.txt"
    lines = [
        f"Vidare {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"Time {dt.datetime.now(dt.timezone.utc).isoformat()}",
        "",
        "".join(traceback.format_exception(kind, error, trace)),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def install_crash_handler(folder: Path | None = None) -> None:
    """Unexpected errors become a report file and a dialog; the window stays open."""
    previous = sys.excepthook

    def handle(kind: type[BaseException], error: BaseException,
               trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, trace)
            return
        try:
            path = write_report(kind, error, trace, folder)
        except OSError:
            path = None
        traceback.print_exception(kind, error, trace)
        _tell_user(path)

    sys.excepthook = handle


def _tell_user(path: Path | None) -> None:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    tr = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Critical, tr("CrashDialog", "Vidare met an error"),
                      tr("CrashDialog", "Something went wrong inside Vidare. Everything you "
                                        "saved before is safe in the database."))
    if path is not None:
        box.setInformativeText(tr("CrashDialog", "A report was saved as %1. Send it to whoever "
                                                 "helps you with Vidare; it holds no data "
                                                 "beyond the error itself.")
                               .replace("%1", str(path)))
    box.setObjectName("crashDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
