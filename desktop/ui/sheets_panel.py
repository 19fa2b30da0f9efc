"""Settings › Spreadsheets: the whole database as one workbook, and the guided import.

The workbook names people as their consent allows (role and initials for anyone whose
consent does not cover use inside the school), unless the user ticks the explicit choice
to export for the data protection officer, which names everyone. That choice is never
remembered: each export starts with it off.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.domain.validation import fill
from desktop.ui.backups_panel import Busy
from desktop.ui.context import AppContext
from desktop.ui.dialogs import tell
from desktop.ui.flow import FlowLayout
from desktop.ui.forms import make_label
from desktop.ui.save_as import ask_save_path

C = "SheetsPanel"


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(C, text, None, n)


class SheetsPanel(QWidget):
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
        """Ask where (unless `path` is given) and write every area as one workbook."""
        from desktop.sheets.workbook import export_workbook

        if path is None:
            name = f"Vidare {dt.date.today().isoformat()}.xlsx"
            path = ask_save_path(self.window(), self.ctx.settings, tr("Export everything"),
                                 name, [(tr("Excel workbook (*.xlsx)"), ".xlsx")])
        if path is None:
            return None
        for_dpo = self.for_dpo.isChecked()
        try:
            with Busy():
                summary = export_workbook(self.ctx.store, path, self.ctx.language,
                                          for_dpo=for_dpo)
        except OSError as error:
            tell(self.window(), QMessageBox.Icon.Warning, tr("Export everything"),
                 fill(tr("The workbook was not written: %1"), (str(error),)))
            return None
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
        self.for_dpo.setChecked(False)  # naming everyone is chosen anew each time
        return path

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
        self.for_dpo.setText(tr("For the data protection officer: name everyone"))
        self._dpo_hint()
        self.export_button.setText(tr("Export everything…"))
        self.import_button.setText(tr("Import from a spreadsheet…"))
        if self._status is not None:
            self.status.setText(self._status())
