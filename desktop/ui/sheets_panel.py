"""Settings › Spreadsheets: the whole database as one workbook, and the guided import.

The workbook names people as their consent allows (role and initials for anyone whose
consent does not cover use inside the school), unless the user ticks the explicit choice
to export for the data protection officer, which names everyone. That choice is never
remembered: each export starts with it off.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import QCheckBox, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.domain.validation import fill
from desktop.ui.context import AppContext
from desktop.ui.dialogs import tell
from desktop.ui.flow import FlowLayout
from desktop.ui.forms import make_label
from desktop.ui.save_as import ask_save_path

C = "SheetsPanel"
log = logging.getLogger(__name__)


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(C, text, None, n)


class WorkbookWorker(QThread):
    """Writes the workbook from its own read-only connection; `done(summary)` or
    `failed(message)` arrive on the window's thread."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, db_path: Path, out: Path, language: str, for_dpo: bool):
        super().__init__()
        self.db_path, self.out, self.language, self.for_dpo = db_path, out, language, for_dpo

    def run(self) -> None:
        from desktop.sheets.workbook import export_workbook
        from desktop.store import Store
        from desktop.store.errors import StoreError

        try:
            with Store(self.db_path, read_only=True) as store:
                summary = export_workbook(store, self.out, self.language,
                                          for_dpo=self.for_dpo)
        except (OSError, sqlite3.Error, StoreError, UnicodeError) as error:
            log.warning("workbook not written to %s", self.out, exc_info=True)
            self.failed.emit(str(error))
            return
        self.done.emit(summary)


_RUNNING: set[QThread] = set()  # workers alive until they end, whatever closes meanwhile


def start(worker: QThread) -> None:
    """Start a worker that outlives its panel, and is waited for when the program ends."""
    _RUNNING.add(worker)
    worker.finished.connect(lambda: _RUNNING.discard(worker))
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(worker.wait)
    worker.start()


class SheetsPanel(QWidget):
    written = Signal(str)  # the workbook's path, once written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.intro = make_label(object_name="hint")
        self.for_dpo = QCheckBox(objectName="forDpo")
        self.dpo_hint = make_label(object_name="hint")
        self.for_dpo.toggled.connect(lambda _on: self._dpo_hint())
        self.export_button = QPushButton(objectName="exportWorkbook")
        self.import_button = QPushButton(objectName="importSheet")
        self.export_button.clicked.connect(lambda: self.export_workbook())
        self.import_button.clicked.connect(self.import_sheet)
        self.import_button.setEnabled(not ctx.store.read_only)
        self.status = make_label(object_name="formStatus")
        self.status.hide()
        self._status: Callable[[], str] | None = None
        buttons = QWidget()
        row = FlowLayout(buttons)
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.intro)
        box.addWidget(self.for_dpo)
        box.addWidget(self.dpo_hint)
        box.addWidget(buttons)
        box.addWidget(self.status)
        self.retranslate_ui()

    def export_workbook(self, path: Path | None = None) -> Path | None:
        """Ask where (unless `path` is given) and write every area as one workbook, on a
        worker with its own read-only connection (a large school takes seconds)."""
        if path is None:
            name = f"Vidare {dt.date.today().isoformat()}.xlsx"
            path = ask_save_path(self.window(), self.ctx.settings, tr("Export everything"),
                                 name, [(tr("Excel workbook (*.xlsx)"), ".xlsx")])
        if path is None:
            return None
        for_dpo = self.for_dpo.isChecked()
        worker = WorkbookWorker(self.ctx.store.path, path, self.ctx.language, for_dpo)
        worker.done.connect(lambda summary: self._written(path, for_dpo, summary))
        worker.failed.connect(self._not_written)
        self.export_button.setEnabled(False)
        self._status = lambda: fill(tr("Writing %1…"), (str(path),))
        self.status.setText(self._status())
        self.status.show()
        self.for_dpo.setChecked(False)  # naming everyone is chosen anew each time
        start(worker)
        return path

    def _not_written(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self._status = None
        self.status.hide()
        tell(self.window(), QMessageBox.Icon.Warning, tr("Export everything"),
             fill(tr("The workbook was not written: %1"), (message,)))

    def _written(self, path: Path, for_dpo: bool, summary: Any) -> None:
        self.export_button.setEnabled(True)
        rows, unnamed = sum(summary.rows.values()), summary.unnamed

        def said() -> str:
            lines = [fill(tr("%n row(s) written to %1.", rows), (str(path),))]
            if for_dpo:
                lines.append(tr("Everyone is named in it: keep it as safely as the database, "
                                "and delete it when it is no longer needed."))
            elif unnamed:
                lines.append(tr("%n person(s) are shown by role and initials only, as their "
                                "consent asks.", unnamed))
            return " ".join(lines)

        self._status = said
        self.status.setText(said())
        self.status.show()
        self.written.emit(str(path))

    def import_sheet(self) -> None:
        from desktop.ui.sheet_import import open_sheet_import

        open_sheet_import(self.ctx, self.window())

    def _dpo_hint(self) -> None:
        self.dpo_hint.setText(
            tr("Everyone is named, whatever their consent says. Keep the file as safely as "
               "the database.") if self.for_dpo.isChecked() else
            tr("Off: people whose consent does not cover use inside the school appear by "
               "role and initials only."))

    def retranslate_ui(self) -> None:
        self.intro.setText(tr("Write everything in Vidare to one Excel workbook, one sheet "
                              "per area, or bring in a list from a spreadsheet: the pupils "
                              "of a trip, the staff, a Beneficiary Module export."))
        self.for_dpo.setText(tr("For the data protection officer: with everyone's name"))
        self._dpo_hint()
        self.export_button.setText(tr("Export everything…"))
        self.import_button.setText(tr("Import from a spreadsheet…"))
        if self._status is not None:
            self.status.setText(self._status())
