"""Below a list page's table: how many records, "Export list…", and where a list can be
brought in, "Import from a spreadsheet…".

The export writes exactly what the page shows (its filter and sort, its columns with the
headers in the user's language) as XLSX or CSV; people whose consent does not cover use
inside the school are written by role and initials only, as in every document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.domain.validation import fill
from desktop.ui.dialogs import Busy, tell
from desktop.ui.flow import FlowLayout
from desktop.ui.forms import make_label
from desktop.ui.save_as import ask_save_path

if TYPE_CHECKING:
    from desktop.ui.table_page import TablePage

C = "ListTools"
XLSX, CSV = ".xlsx", ".csv"


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(C, text, None, n)


def file_types() -> list[tuple[str, str]]:
    return [(tr("Excel workbook (*.xlsx)"), XLSX),
            (tr("CSV, for any spreadsheet program (*.csv)"), CSV)]


def write_list(page: TablePage, path: Path) -> int:
    """Write what `page` shows to `path` (XLSX or CSV by its ending); the rows written."""
    from desktop.sheets.privacy import NameMask
    from desktop.sheets.views import write_model

    ctx = page.ctx
    mask = NameMask(ctx.store, for_dpo=False, language=ctx.language)
    if page.model is not None:
        page.model.load_all()  # every row that matches, not only those scrolled to
    return write_model(page.view.model(), path, title=page.heading.text(),
                       language=ctx.language, mask=mask.text)


class ButtonRow(QWidget):
    """Buttons side by side when there is room, wrapping under each other when not."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.flow = FlowLayout(self)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        widths = [self.flow.itemAt(i).sizeHint() for i in range(self.flow.count())]
        width = sum(w.width() for w in widths) + self.flow.spacing() * max(0, len(widths) - 1)
        return QSize(width, max((w.height() for w in widths), default=0))


class ListTools(QWidget):
    """The row under a list: its count, then the page's buttons (wrapping when long)."""

    def __init__(self, page: TablePage, parent: QWidget | None = None):
        super().__init__(parent)
        self.page = page
        self.export_button = QPushButton(objectName="exportList")
        self.export_button.clicked.connect(lambda: self.export_list())
        self.import_button: QPushButton | None = None
        self.done = make_label(object_name="hint")
        self.done.hide()
        self._done: Callable[[], str] | None = None  # what was written, in any language
        buttons = ButtonRow()
        self.buttons = buttons.flow
        self.buttons.addWidget(self.export_button)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(page.count_label, 1)
        row.addWidget(buttons, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(row)
        box.addWidget(self.done)
        page.ctx.events.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def add_import(self) -> QPushButton:
        """"Import from a spreadsheet…" on a page whose records a list can bring in."""
        self.import_button = QPushButton(objectName="importSheet")
        self.import_button.clicked.connect(self.import_sheet)
        self.import_button.setEnabled(not self.page.ctx.store.read_only)
        export = self.buttons.takeAt(0)  # the import comes first, the export last
        self.buttons.addWidget(self.import_button)
        if export is not None:
            self.buttons.addItem(export)
        self.retranslate_ui()
        return self.import_button

    def import_sheet(self) -> None:
        from desktop.ui.sheet_import import open_sheet_import

        self.page.flush()  # what is typed is saved before the import changes the data
        open_sheet_import(self.page.ctx, self.window())

    def export_list(self, path: Path | None = None) -> Path | None:
        """Ask where (unless `path` is given) and write the list as the page shows it."""
        page = self.page
        if path is None:
            name = f"{page.heading.text() or 'Vidare'} {dt.date.today().isoformat()}.xlsx"
            path = ask_save_path(self.window(), page.ctx.settings, tr("Export list"), name,
                                 file_types())
        if path is None:
            return None
        try:
            with Busy():
                rows = write_list(page, path)
        except OSError as error:
            tell(self.window(), QMessageBox.Icon.Warning, tr("Export list"),
                 fill(tr("The list was not written: %1"), (str(error),)))
            return None
        self._done = lambda: fill(tr("%n row(s) written to %1.", rows), (str(path),))
        self._show_done()
        return path

    def _show_done(self) -> None:
        if self._done is None:
            self.done.hide()
            return
        self.done.setText(self._done())
        self.done.show()

    def retranslate_ui(self) -> None:
        self.export_button.setText(tr("Export list…"))
        self.export_button.setToolTip(tr("Write the list as shown here, filtered and sorted, "
                                         "to an Excel or CSV file"))
        if self.import_button is not None:
            self.import_button.setText(tr("Import from a spreadsheet…"))
        self._show_done()
