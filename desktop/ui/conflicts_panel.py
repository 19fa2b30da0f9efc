"""Settings › Import: records that both this computer and an imported archive changed.

The import kept this computer's version; the other copy's waits here. The panel lists
them; for the one chosen it shows each differing field with both values side by side,
and the user chooses field by field. The result passes the same rules as typed input:
a problem shows under its field, as the editors show theirs.
"""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.validation import ValidationError, fill
from desktop.i18n import formatting
from desktop.store.conflicts import Conflict, FieldChoice
from desktop.ui.conflict_words import Describer, field_label
from desktop.ui.context import AppContext
from desktop.ui.forms import make_label, problem_text
from desktop.ui.labels import ElidedLabel, PlainLabel
from desktop.ui.style import style_tree
from desktop.ui.text import QT_TRANSLATE_NOOP, one_line, plain_tooltip, shorten

C = "Conflicts"
log = logging.getLogger(__name__)
SHOWN = 400  # characters of a value shown beside its choice; the tooltip shows more


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(C, text, None, n)


class ChoiceCell(QWidget):
    """A radio button and the value it keeps, wrapped; a click on the words chooses too."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.radio = QRadioButton()
        self.text = make_label(shorten(text, SHOWN))
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if len(text) > SHOWN:
            self.text.setToolTip(plain_tooltip(text))
        self.text.installEventFilter(self)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.radio, 0, Qt.AlignmentFlag.AlignTop)
        box.addWidget(self.text, 1, Qt.AlignmentFlag.AlignTop)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text and event.type() == QEvent.Type.MouseButtonRelease:
            self.radio.setChecked(True)
            return True
        return super().eventFilter(watched, event)


class ConflictsPanel(QWidget):
    """The conflicts waiting for a choice; `resolved` after one was decided."""

    resolved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.describe = Describer(ctx)
        self.conflicts: list[Conflict] = []
        self.choices: list[FieldChoice] = []
        self.groups: dict[str, QButtonGroup] = {}
        self.cells: dict[str, tuple[ChoiceCell, ChoiceCell]] = {}
        self.errors: dict[str, PlainLabel] = {}
        self.intro = make_label(object_name="hint")
        self.summary = make_label(object_name="sectionTitle")
        self.table = QTableWidget(0, 3, objectName="conflictsTable")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.detail = QWidget(objectName="conflictDetail")
        self.detail_title = ElidedLabel(objectName="editorTitle")
        self.detail_hint = make_label(object_name="hint")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.general_error = make_label(object_name="fieldError")
        self.general_error.hide()
        self.apply_button = QPushButton(objectName="applyChoices")
        self.apply_button.clicked.connect(self.apply)
        self.ours_all = QPushButton()
        self.theirs_all = QPushButton()
        self.ours_all.clicked.connect(lambda: self._choose_all(theirs=False))
        self.theirs_all.clicked.connect(lambda: self._choose_all(theirs=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.ours_all)
        buttons.addWidget(self.theirs_all)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        detail_box = QVBoxLayout(self.detail)
        detail_box.setContentsMargins(0, 8, 0, 0)
        detail_box.addWidget(self.detail_title)
        detail_box.addWidget(self.detail_hint)
        detail_box.addLayout(self.grid)
        detail_box.addWidget(self.general_error)
        detail_box.addLayout(buttons)
        self.status = make_label(object_name="formStatus")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.intro)
        box.addWidget(self.summary)
        box.addWidget(self.table)
        box.addWidget(self.detail)
        box.addWidget(self.status)
        self._status_text: tuple[str, str] | None = None  # (source, the record's words)
        self.retranslate_ui()  # reads the conflicts too

    # Reading
    def refresh(self) -> None:
        """Read the waiting conflicts again; the one chosen stays chosen if it still waits."""
        chosen = self.current()
        try:
            self.conflicts = self.ctx.store.conflicts.open()
        except sqlite3.Error:  # an older database opened read-only keeps no conflicts
            log.warning("conflicts could not be read", exc_info=True)
            self.conflicts = []
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            when = formatting.format_date(conflict.found_at[:10], self.ctx.language, "medium")
            for column, text in enumerate((self.describe.record(conflict),
                                           one_line(conflict.source, 80), when)):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tooltip(text) if len(text) > 30 else "")
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self._fit_height()
        self._summary()
        ids = [c.id for c in self.conflicts]
        if chosen is not None and chosen.id in ids:
            self.table.selectRow(ids.index(chosen.id))
        elif self.conflicts:
            self.table.selectRow(0)
        self._chosen()

    def _fit_height(self) -> None:
        """As tall as its rows (up to six), so that no empty space sits under one row."""
        shown = min(max(1, self.table.rowCount()), 6)
        rows = sum(self.table.rowHeight(r) for r in range(min(shown, self.table.rowCount())))
        rows = rows or self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + rows
                                  + 2 * self.table.frameWidth())

    def count(self) -> int:
        return len(self.conflicts)

    def current(self) -> Conflict | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() \
            else []
        if rows and rows[0].row() < len(self.conflicts):
            return self.conflicts[rows[0].row()]
        return None

    def _summary(self) -> None:
        count = len(self.conflicts)
        self.summary.setText(tr("%n record(s) wait for your choice.", count) if count
                             else tr("No record waits for a choice."))
        self.table.setVisible(bool(count))

    # One conflict
    def _chosen(self) -> None:
        conflict = self.current()
        self._clear_grid()
        self.detail.setVisible(conflict is not None)
        if conflict is None:
            return
        self.detail_title.set_full_text(self.describe.record(conflict))
        read_only = self.ctx.store.read_only
        for button in (self.apply_button, self.ours_all, self.theirs_all):
            button.setEnabled(not read_only)
        try:
            self.choices = self.ctx.store.conflicts.fields(conflict.id)
        except KeyError:  # decided or deleted meanwhile
            self.choices = []
        heads = (QCoreApplication.translate(C, "Field", "one field of a record: its title, "
                                                     "a date…"),
                 tr("This computer"), tr("The other copy"))
        for column, text in enumerate(heads):
            head = PlainLabel(text, objectName="sectionTitle")
            self.grid.addWidget(head, 0, column)
        for number, choice in enumerate(self.choices):
            row = 1 + number * 2
            label = make_label(field_label(conflict.table, choice.field))
            ours = ChoiceCell(self.describe.value(conflict.table, choice.field, choice.ours))
            theirs = ChoiceCell(self.describe.value(conflict.table, choice.field,
                                                    choice.theirs))
            ours.setObjectName(f"ours_{choice.field}")
            theirs.setObjectName(f"theirs_{choice.field}")
            group = QButtonGroup(self)
            group.addButton(ours.radio, 0)
            group.addButton(theirs.radio, 1)
            ours.radio.setChecked(True)  # this computer's version is what is kept now
            group.idToggled.connect(lambda _id, _on: self._changed())
            error = make_label(object_name="fieldError")
            error.hide()
            self.grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(ours, row, 1)
            self.grid.addWidget(theirs, row, 2)
            self.grid.addWidget(error, row + 1, 1, 1, 2)
            self.groups[choice.field] = group
            self.cells[choice.field] = (ours, theirs)
            self.errors[choice.field] = error
        style_tree(self.detail)

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for group in self.groups.values():
            group.deleteLater()
        self.groups, self.cells, self.errors = {}, {}, {}
        self.general_error.hide()

    def _changed(self) -> None:
        for error in self.errors.values():
            error.hide()
        self.general_error.hide()

    def _choose_all(self, theirs: bool) -> None:
        for ours_cell, theirs_cell in self.cells.values():
            (theirs_cell if theirs else ours_cell).radio.setChecked(True)

    def take_theirs(self) -> set[str]:
        return {name for name, group in self.groups.items() if group.checkedId() == 1}

    def choose(self, field: str, theirs: bool) -> ChoiceCell:
        """The cell a person clicks to keep this computer's or the other copy's value."""
        ours_cell, theirs_cell = self.cells[field]
        return theirs_cell if theirs else ours_cell

    def apply(self) -> bool:
        """Keep what is chosen; a problem shows under its field and nothing is saved."""
        conflict = self.current()
        if conflict is None or self.ctx.store.read_only:
            return False
        try:
            self.ctx.store.conflicts.resolve(conflict.id, take_theirs=self.take_theirs())
        except ValidationError as error:
            general = []
            for problem in error.problems:
                label = self.errors.get(problem.field)
                if label is not None:
                    label.setText(problem_text(problem))
                    label.show()
                else:
                    general.append(problem_text(problem))
            self.general_error.setText("\n".join(general))
            self.general_error.setVisible(bool(general))
            return False
        except KeyError:  # decided elsewhere meanwhile
            pass
        self._status_text = (QT_TRANSLATE_NOOP(C, "Decided: %1."),
                             self.describe.record(conflict))
        self._show_status()
        self.refresh()
        self.resolved.emit()
        return True

    def _show_status(self) -> None:
        if self._status_text is None:
            self.status.setText("")
            self.status.hide()
            return
        source, words = self._status_text
        self.status.setText(fill(tr(source), (words,)))
        self.status.show()

    # Language
    def retranslate_ui(self) -> None:
        self.intro.setText(tr("When an imported archive and this computer have both changed "
                              "the same record, Vidare keeps this computer's version and the "
                              "other waits here. Choose field by field what to keep; fields "
                              "not listed are the same in both."))
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate(C, "Record", "a stored record (a project, a person, a "
                                                    "trip…), not the verb"),
            QCoreApplication.translate(C, "From the archive", "a column: the file name of "
                                                              "the imported archive"),
            QCoreApplication.translate(C, "Found on", "a column: the day the import found "
                                                      "the two versions")])
        self.detail_hint.setText(tr("Nothing changes until you press the button below."))
        self.ours_all.setText(tr("All from this computer"))
        self.theirs_all.setText(tr("All from the other copy"))
        self.apply_button.setText(tr("Keep what is chosen"))
        self._show_status()
        self.refresh()
