"""The guided spreadsheet import: choose a file and what it holds, match its columns,
see each row as it will be stored (with what is wrong), then import.

A Vidare workbook skips the matching step: its hidden code row says what each column is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import catalogues as cat
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.i18n import formatting
from desktop.sheets import importing, values
from desktop.sheets.fields import BY_KEY, HOLDS, best_holds, guess, missing
from desktop.sheets.mappings import Mappings
from desktop.sheets.reading import SheetRefused, Spreadsheet, read_spreadsheet
from desktop.sheets.rejects import describe, field_names, write_rejects
from desktop.sheets.restore import is_vidare_workbook, restore_workbook
from desktop.ui.context import AppContext

C = "SheetImport"
CHOOSE, MATCH, PREVIEW, DONE = range(4)
PREVIEW_ROWS = 500  # the table shows the first rows; the counts cover them all
STATUS = {importing.NEW: QT_TRANSLATE_NOOP(C, "New"),
          importing.EXISTING: QT_TRANSLATE_NOOP(C, "Already in Vidare"),
          importing.INVALID: QT_TRANSLATE_NOOP(C, "Cannot be imported")}


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(C, text, None, n).replace("%n", str(n))


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class SheetImportDialog(QDialog):
    imported = Signal()  # the window refreshes its pages

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 mappings: Mappings | None = None, backups_dir: Path | None = None):
        super().__init__(parent)
        self.setObjectName("sheetImport")
        self.ctx, self.mappings, self.backups_dir = ctx, mappings or Mappings(), backups_dir
        self.spreadsheet: Spreadsheet | None = None
        self.outcome: Any = None
        self.stack = QStackedWidget()
        self.steps = [QLabel(objectName="stepTitle") for _ in range(4)]
        for step in self.steps:
            font = step.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.2)
            step.setFont(font)
        self.stack.addWidget(self._choose_page())
        self.stack.addWidget(self._match_page())
        self.stack.addWidget(self._preview_page())
        self.stack.addWidget(self._done_page())
        self.back_button = QPushButton(objectName="backButton")
        self.next_button = QPushButton(objectName="nextButton")
        self.import_button = QPushButton(objectName="importButton")
        self.close_button = QPushButton(objectName="closeButton")
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.import_button.clicked.connect(self._import)
        self.close_button.clicked.connect(self.accept)
        for button in (self.browse_button, self.back_button, self.import_button,
                       self.close_button):
            button.setAutoDefault(False)  # Enter goes on to the next step, nothing else
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for button in (self.next_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        box = QVBoxLayout(self)
        box.addWidget(self.stack, 1)
        box.addLayout(buttons)
        self.resize(900, 600)
        self.retranslate_ui()
        self._show(CHOOSE)

    # Step 1: the file and what it holds
    def _choose_page(self) -> QWidget:
        page = QWidget()
        self.path_edit = QLineEdit(objectName="path")
        self.browse_button = QPushButton(objectName="browse")
        self.browse_button.clicked.connect(self._browse)
        self.path_edit.textChanged.connect(lambda _t: self._forget_file())
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.holds_combo = QComboBox(objectName="holds")
        self.project_combo = QComboBox(objectName="project")
        self.role_combo = QComboBox(objectName="role")
        self.trip_combo = QComboBox(objectName="trip")
        self.sheet_combo = QComboBox(objectName="sheet")
        self.holds_combo.currentIndexChanged.connect(lambda _i: self._holds_changed())
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        for label, field in zip(self.labels, (row, self.sheet_combo, self.holds_combo,
                                              self.project_combo, self.role_combo,
                                              self.trip_combo), strict=True):
            self.form.addRow(label, field)
        self.labels[1].hide()
        self.sheet_combo.hide()  # shown when the workbook has more than one sheet
        self.choose_problem = _plain("")
        self.choose_problem.setObjectName("problem")
        box = QVBoxLayout(page)
        box.addWidget(self.steps[CHOOSE])
        box.addLayout(self.form)
        box.addWidget(self.choose_problem)
        box.addStretch(1)
        return page

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, tr("Choose a spreadsheet"), self.path_edit.text(),
            tr("Spreadsheets (*.xlsx *.csv)"))
        if chosen:
            self.path_edit.setText(chosen)

    def _forget_file(self) -> None:
        self.spreadsheet = None
        self.choose_problem.clear()

    def _fill_choices(self) -> None:
        store = self.ctx.store
        self.holds_combo.blockSignals(True)
        current = self.holds_combo.currentData()
        self.holds_combo.clear()
        for holds in HOLDS:
            self.holds_combo.addItem(QCoreApplication.translate("Sheets", holds.label),
                                     holds.key)
        self.holds_combo.setCurrentIndex(max(0, self.holds_combo.findData(current)))
        self.holds_combo.blockSignals(False)
        for combo, choices, none in (
                (self.project_combo, store.projects.choices(with_reference=True),
                 tr("The project each row names")),
                (self.trip_combo, self._trips(), tr("None"))):
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(none, "")
            for key, label in choices:
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        chosen = self.role_combo.currentData() or "pupil"
        self.role_combo.clear()
        for entry in cat.PARTICIPANT_ROLES:
            self.role_combo.addItem(QCoreApplication.translate("Catalogue", entry.label),
                                    entry.code)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(chosen)))
        self._holds_changed()

    def _trips(self) -> list[tuple[str, str]]:
        rows = self.ctx.store.mobilities.page(limit=200).rows
        return [(r["id"], " · ".join(p for p in (
            r["topic"] or r["city"], formatting.format_date(r["start_date"], self.ctx.language,
                                                            "medium")) if p)) for r in rows]

    def _holds_changed(self) -> None:
        holds = self.holds_combo.currentData()
        for label, widget, visible in (
                (self.labels[3], self.project_combo, holds in ("mobilities", "actions")),
                (self.labels[4], self.role_combo, holds == "people"),
                (self.labels[5], self.trip_combo, holds == "people")):
            label.setVisible(visible)
            widget.setVisible(visible)

    def _open(self) -> bool:
        """Read the file chosen (refusing a hostile one with its sentence)."""
        if self.spreadsheet is not None:
            return True
        path = self.path_edit.text().strip()
        if not path:
            self.choose_problem.setText(tr("Choose a file first."))
            return False
        try:
            self.spreadsheet = read_spreadsheet(Path(path))
        except SheetRefused as refused:
            self.choose_problem.setText(refused.sentence(QCoreApplication.translate))
            return False
        self.sheet_combo.clear()
        for sheet in self.spreadsheet.sheets:
            self.sheet_combo.addItem(sheet.name)
        visible = len(self.spreadsheet.sheets) > 1 and not self.is_workbook()
        self.labels[1].setVisible(visible)
        self.sheet_combo.setVisible(visible)
        headers = self._headers()
        remembered = self.mappings.recall(headers)
        holds = remembered.holds if remembered else best_holds(headers).key
        self.holds_combo.setCurrentIndex(self.holds_combo.findData(holds))
        return True

    def is_workbook(self) -> bool:
        return self.spreadsheet is not None and is_vidare_workbook(self.spreadsheet)

    def _rows(self) -> list[list[Any]]:
        assert self.spreadsheet is not None
        return self.spreadsheet.sheets[max(0, self.sheet_combo.currentIndex())].rows

    def _header_row(self) -> int:
        return next((n for n, row in enumerate(self._rows()) if row), 0)

    def _headers(self) -> list[Any]:
        rows = self._rows()
        return rows[self._header_row()] if rows else []

    # Step 2: matching columns to fields
    def _match_page(self) -> QWidget:
        page = QWidget()
        self.match_hint = _plain("")
        self.match_table = QTableWidget(0, 3, objectName="matchTable")
        self.match_table.verticalHeader().hide()
        self.match_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.match_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.match_problem = _plain("")
        self.match_problem.setObjectName("problem")
        box = QVBoxLayout(page)
        box.addWidget(self.steps[MATCH])
        box.addWidget(self.match_hint)
        box.addWidget(self.match_table, 1)
        box.addWidget(self.match_problem)
        return page

    def _fill_match(self) -> None:
        holds = BY_KEY[self.holds_combo.currentData()]
        headers = self._headers()
        remembered = self.mappings.recall(headers)
        mapping = remembered.mapping if remembered and remembered.holds == holds.key \
            else guess(holds, headers)
        samples = importing.data_rows(self._rows(), self._header_row())[:3]
        self.match_table.setRowCount(len(headers))
        for number, header in enumerate(headers):
            item = QTableWidgetItem(values.text(header))
            self.match_table.setItem(number, 0, item)
            shown = ", ".join(values.text(row[number]) for _, row in samples
                              if number < len(row) and row[number] not in (None, ""))
            self.match_table.setItem(number, 1, QTableWidgetItem(shown))
            combo = QComboBox(objectName=f"map{number}")
            combo.addItem(tr("(not imported)"), "")
            for field in holds.fields:
                combo.addItem(QCoreApplication.translate("Sheets", field.label), field.key)
            combo.setCurrentIndex(max(0, combo.findData(mapping[number] if number < len(
                mapping) else "")))
            combo.currentIndexChanged.connect(lambda _i: self.match_problem.clear())
            self.match_table.setCellWidget(number, 2, combo)
        self.match_table.resizeRowsToContents()

    def mapping(self) -> list[str]:
        return [self.match_table.cellWidget(n, 2).currentData() or ""
                for n in range(self.match_table.rowCount())]

    # Step 3: each row as it will be stored
    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.summary = _plain("")
        self.summary.setObjectName("summary")
        self.preview_table = QTableWidget(0, 0, objectName="previewTable")
        self.preview_table.verticalHeader().hide()
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setWordWrap(True)
        box = QVBoxLayout(page)
        box.addWidget(self.steps[PREVIEW])
        box.addWidget(self.summary)
        box.addWidget(self.preview_table, 1)
        return page

    def _options(self) -> importing.Options:
        return importing.Options(project_id=self.project_combo.currentData() or "",
                                 role=self.role_combo.currentData() or "pupil",
                                 mobility_id=self.trip_combo.currentData() or "",
                                 header_row=self._header_row())

    def _fill_preview(self, outcome: Any) -> None:
        self.outcome = outcome
        if self.is_workbook():
            results = [(sheet, row) for sheet, row in
                       ((t.sheet, r) for t in outcome.tables.values() for r in t.rows)]
            columns = [tr("Sheet"), tr("Row"), tr("Status"), tr("What is wrong")]
            names: dict[str, str] = {}
        else:
            holds = BY_KEY[self.holds_combo.currentData()]
            results = [("", row) for row in outcome.rows]
            keys = list(dict.fromkeys(k for _, r in results for k in r.record))
            names = field_names(holds, self._headers(), self.mapping(),
                                QCoreApplication.translate)
            columns = [tr("Row"), tr("Status"), tr("What is wrong")] + [
                names.get(k) or k for k in keys]
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(columns))
        self.preview_table.setHorizontalHeaderLabels(columns)
        shown = results[:PREVIEW_ROWS]
        self.preview_table.setRowCount(len(shown))
        for line, (sheet, row) in enumerate(shown):
            cells = [str(row.number), tr(STATUS[row.status]),
                     describe(row.problems, QCoreApplication.translate, names)]
            if self.is_workbook():
                cells.insert(0, sheet)
            else:
                cells += [self._shown(k, row.record.get(k)) for k in keys]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.status == importing.INVALID:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.preview_table.setItem(line, column, item)
        self.preview_table.resizeColumnsToContents()
        for column in range(len(columns)):
            self.preview_table.setColumnWidth(column, min(
                self.preview_table.columnWidth(column), 320 if column == 2 else 220))
        self.preview_table.resizeRowsToContents()
        self.summary.setText(" ".join((
            tr("%n row(s) will be added.", outcome.count(importing.NEW)),
            tr("%n row(s) are already in Vidare and add nothing.",
               outcome.count(importing.EXISTING)),
            tr("%n row(s) cannot be imported; they will be listed in a file to fix.",
               outcome.count(importing.INVALID)))))

    def _shown(self, key: str, value: Any) -> str:
        """A stored value in the user's words: dates, countries and choices."""
        if value in (None, ""):
            return ""
        if isinstance(value, bool):
            return tr("Yes") if value else tr("No")
        text = str(value)
        if key.endswith("_date") and len(text) == 10:
            return formatting.format_date(text, self.ctx.language, "medium")
        if key == "country" and len(text) == 2:
            return formatting.country_name(text, self.ctx.language)
        if key == "project_id":
            project = self.ctx.store.projects.get(text)
            return project.title if project else text
        for catalogue in (cat.ACTIVITY_TYPES, cat.PARTICIPANT_ROLES, cat.CHANNELS,
                          cat.TARGET_GROUPS, cat.LEVELS, cat.QUALITY_PARTS, cat.PURPOSES,
                          cat.MOBILITY_STATUSES):
            entry = cat.find(catalogue, text)
            if entry is not None and key in ("activity_type", "role", "channel", "target_group",
                                              "level", "quality_part", "purpose", "status"):
                return QCoreApplication.translate("Catalogue", entry.label)
        return text

    # Step 4: done
    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_text = _plain("")
        self.done_text.setObjectName("doneText")
        self.done_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QVBoxLayout(page)
        box.addWidget(self.steps[DONE])
        box.addWidget(self.done_text)
        box.addStretch(1)
        return page

    # Moving between steps
    def _show(self, step: int) -> None:
        if step == CHOOSE:
            self._fill_choices()
        self.stack.setCurrentIndex(step)
        self.back_button.setVisible(step in (MATCH, PREVIEW))
        self.next_button.setVisible(step in (CHOOSE, MATCH))
        self.import_button.setVisible(step == PREVIEW)
        self.import_button.setEnabled(step == PREVIEW and self.outcome is not None
                                      and self.outcome.count(importing.NEW) > 0)
        self.close_button.setText(tr("Close") if step == DONE else tr("Cancel"))
        if step == CHOOSE:
            self.path_edit.setFocus()

    def _back(self) -> None:
        step = self.stack.currentIndex()
        self._show(CHOOSE if step == MATCH or self.is_workbook() else MATCH)

    def _next(self) -> None:
        step = self.stack.currentIndex()
        if step == CHOOSE:
            if not self._open():
                return
            if self.is_workbook():
                self._fill_preview(restore_workbook(self.ctx.store, self.spreadsheet,
                                                    commit=False))
                self._show(PREVIEW)
                return
            self._fill_match()
            self._show(MATCH)
        elif step == MATCH:
            holds = BY_KEY[self.holds_combo.currentData()]
            absent = missing(holds, self.mapping())
            if absent:
                self.match_problem.setText(tr("Match a column to: %1").replace("%1", ", ".join(
                    QCoreApplication.translate("Sheets", f.label) for f in absent)))
                return
            self._fill_preview(importing.preview(self.ctx.store, self._rows(), holds,
                                                 self.mapping(), self._options()))
            self._show(PREVIEW)

    def _import(self) -> None:
        assert self.spreadsheet is not None
        if self.is_workbook():
            outcome = restore_workbook(self.ctx.store, self.spreadsheet,
                                       backups_dir=self.backups_dir)
            rejects = None
        else:
            holds = BY_KEY[self.holds_combo.currentData()]
            headers, mapping = self._headers(), self.mapping()
            self.mappings.remember(headers, holds.key, mapping)
            outcome = importing.apply(self.ctx.store, self._rows(), holds, mapping,
                                      self._options(), self.backups_dir)
            names = field_names(holds, headers, mapping, QCoreApplication.translate)
            rejects = write_rejects(self.spreadsheet, headers, outcome.invalid(),
                                    QCoreApplication.translate, names) \
                if outcome.invalid() else None
        lines = [tr("%n row(s) added.", outcome.count(importing.NEW)),
                 tr("%n row(s) were already in Vidare.", outcome.count(importing.EXISTING))]
        if getattr(outcome, "links_added", 0):
            lines.append(tr("%n person(s) put on the trip.", outcome.links_added))
        if rejects is not None:
            lines.append(tr("%n row(s) were not imported. They are listed, with what is wrong, "
                            "in %1; fix them there and import that file.",
                            outcome.count(importing.INVALID)).replace("%1", str(rejects)))
        if outcome.backup is not None:
            lines.append(tr("The state before the import is kept in a backup."))
        self.done_text.setText("\n\n".join(lines))
        self._show(DONE)
        self.imported.emit()

    # Language
    def retranslate_ui(self) -> None:
        self.setWindowTitle(tr("Import a spreadsheet"))
        for label, text in zip(self.steps, (
                tr("1. Choose the file and what it holds"), tr("2. Match the columns"),
                tr("3. Check each row as it will be stored"), tr("4. Imported")), strict=True):
            label.setText(text)
        for label, text in zip(self.labels, (
                tr("File (XLSX or CSV)"), tr("Sheet"), tr("It holds"),
                tr("Project"), tr("Role, when the list gives none"),
                tr("Put everyone on the trip")), strict=True):
            label.setText(text)
        self.browse_button.setText(tr("Choose…"))
        self.match_hint.setText(tr("Vidare has matched what it recognised. Choose a field for "
                                   "each column you want, or leave it not imported."))
        self.match_table.setHorizontalHeaderLabels([tr("Column"), tr("First values"),
                                                    tr("Goes into")])
        self.back_button.setText(tr("Back"))
        self.next_button.setText(tr("Next"))
        self.import_button.setText(tr("Import"))
        self.close_button.setText(tr("Close") if self.stack.currentIndex() == DONE
                                  else tr("Cancel"))
        if self.stack.currentIndex() == CHOOSE:
            self._fill_choices()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def open_sheet_import(ctx: AppContext, parent: QWidget | None = None) -> SheetImportDialog:
    """The guided import as the window opens it: every page reads its data again after
    rows were imported (`ctx.events.data_changed`)."""
    dialog = SheetImportDialog(ctx, parent=parent)
    dialog.imported.connect(ctx.events.data_changed.emit)
    dialog.exec()
    return dialog
