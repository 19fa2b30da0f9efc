"""The shape shared by the list pages: a filter, a table, and the editor of the chosen row."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.context import AppContext
from desktop.ui.dialogs import confirm_delete
from desktop.ui.models import PagedTableModel

SLOW_FILTER_MS = 60  # above this a query waits for a pause in typing


class TablePage(QWidget):
    """Subclasses set `self.model` and `self.editor`, and implement new/delete/describe."""

    navigate = Signal(str, list)  # table name and ids, for links between pages

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel(objectName="pageHeading")
        self.filter_edit = QLineEdit(objectName="filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(objectName="newButton")
        self.delete_button = QPushButton(objectName="deleteButton")
        self.count_label = QLabel(objectName="countLabel")
        self.only_banner = QWidget(objectName="onlyBanner")
        self.only_label = QLabel()
        self.only_label.setWordWrap(True)
        self.show_all_button = QPushButton()
        banner = QHBoxLayout(self.only_banner)
        banner.setContentsMargins(10, 6, 10, 6)
        banner.addWidget(self.only_label, 1)
        banner.addWidget(self.show_all_button)
        self.only_banner.hide()
        self.view = QTableView()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 12)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.horizontalHeader().setSectionsClickable(True)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Filter choosers sit in a grid, three a row, so that long words still fit.
        self.filters_row = QGridLayout()
        self.filters_row.setHorizontalSpacing(8)
        self.filters_row.setVerticalSpacing(6)
        self.editor_area = QScrollArea()
        self.editor_area.setWidgetResizable(True)
        self.editor_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.editor_area.setObjectName("editorArea")
        self.model: PagedTableModel | None = None
        self._selecting = False
        self._last_filter_ms = 0.0
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)
        self._filter_timer.timeout.connect(lambda: self._filter())

    def build(self, editor: QWidget) -> None:
        """Lay out the page once the subclass has made its model and editor."""
        assert self.model is not None
        self.view.setModel(self.model)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._sort)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.doubleClicked.connect(lambda _index: self.focus_editor())
        self.filter_edit.textChanged.connect(self._filter_typed)
        self.new_button.clicked.connect(self.new_record)
        self.delete_button.clicked.connect(self.delete_current)
        self.show_all_button.clicked.connect(lambda: self.show_only(None))
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        filters = QVBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.filter_edit)
        filters.addLayout(self.filters_row)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.setSpacing(8)
        left_box.addLayout(filters)
        left_box.addWidget(self.only_banner)
        left_box.addWidget(self.view, 1)
        left_box.addWidget(self.count_label)
        self.editor_area.setWidget(editor)
        editor.setObjectName("editorPanel")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor_area)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.editor_area.setMinimumWidth(max(420, self.fontMetrics().averageCharWidth() * 58))
        self.splitter.setSizes([560, 520])
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 16, 20, 12)
        box.setSpacing(12)
        box.addLayout(top)
        box.addWidget(self.splitter, 1)
        self.model.refresh()
        column = self.model.sort_column()
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if self.model.descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self.retranslate_ui()
        self.resize_columns()
        if self.model.rowCount():
            self.select_row(0)
        else:
            self.show_record(None)

    def resize_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.view.fontMetrics()
        for column in range(self.model.columnCount() if self.model else 0):
            sample = [self.model.index(r, column).data() or ""
                      for r in range(min(30, self.model.rowCount()))]
            title = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            width = max([metrics.horizontalAdvance(str(s)) for s in sample]
                        + [metrics.horizontalAdvance(title) + 24])
            header.resizeSection(column, min(max(width + 20, 70), 320))

    # Filtering, sorting, selecting
    def _filter_typed(self, text: str) -> None:
        """Filter at each keystroke while the query is quick; when it is slow (a very large
        school), wait until typing pauses so that keys never queue up behind queries."""
        if not text or self._last_filter_ms < SLOW_FILTER_MS:
            self._filter_timer.stop()
            self._filter(text)
        else:
            self._filter_timer.start()

    def _filter(self, text: str | None = None) -> None:
        assert self.model is not None
        text = self.filter_edit.text() if text is None else text
        current = self.current_id()
        started = time.perf_counter()
        self.model.set_search(text)
        self._last_filter_ms = (time.perf_counter() - started) * 1000
        self._reselect(current)

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        assert self.model is not None
        current = self.current_id()
        self.model.sort(column, order)
        self._reselect(current)

    def _reselect(self, record_id: str | None) -> None:
        assert self.model is not None
        row = self.model.row_of(record_id) if record_id else -1
        if row >= 0:
            self.select_row(row)
        elif self.model.rowCount():
            self.select_row(0)
        else:
            self.show_record(None)

    def _update_count(self, *_: object) -> None:
        assert self.model is not None
        self.count_label.setText(QCoreApplication.translate(
            "TablePage", "%n record(s)", None, self.model.total).replace(
                "%n", str(self.model.total)))

    def select_row(self, row: int) -> None:
        index = self.view.model().index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    def select_id(self, record_id: str) -> bool:
        assert self.model is not None
        row = self.model.row_of(record_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(record_id)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def current_id(self) -> str | None:
        assert self.model is not None
        index = self.view.selectionModel().currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def _row_changed(self, current, _previous) -> None:  # noqa: ANN001
        if self._selecting:
            return
        assert self.model is not None
        record_id = self.model.row_id(current.row()) if current.isValid() else None
        if record_id and record_id == self.editing_id():
            return
        self.show_record(record_id)

    def show_only(self, ids: list[str] | None) -> None:
        """Narrow the table to these records (a warning's subject), or show all again."""
        assert self.model is not None
        self.model.set_only_ids(ids)
        self.only_banner.setVisible(ids is not None)
        self._retranslate_banner()
        if self.model.rowCount():
            self.select_row(0)
        else:
            self.show_record(None)

    def record_saved(self, record_id: str) -> None:
        """After a save: refresh the rows and keep the saved record selected."""
        assert self.model is not None
        self._selecting = True
        try:
            self.model.refresh(keep_loaded=True)
            self.select_id(record_id)
        finally:
            self._selecting = False
        self._update_count()

    def focus_editor(self) -> None:
        self.editor_area.widget().setFocus()
        first = self.editor_area.widget().focusNextPrevChild(True)
        del first

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def delete_current(self) -> None:
        record_id = self.current_id()
        if not record_id or self.ctx.store.read_only:
            return
        what, dependents = self.describe(record_id)
        if not confirm_delete(self, what, dependents):
            return
        self.delete_record(record_id)
        assert self.model is not None
        row = max(0, self.view.selectionModel().currentIndex().row())
        self.model.refresh(keep_loaded=True)
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))
        else:
            self.show_record(None)

    def add_filter(self, widget: QWidget) -> None:
        count = sum(1 for i in range(self.filters_row.count()))
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.filters_row.addWidget(widget, count // 3, count % 3)

    def clear_selection(self) -> None:
        """No row chosen (a new record is being written), without touching the editor."""
        self._selecting = True
        try:
            self.view.selectionModel().clear()
        finally:
            self._selecting = False

    # For subclasses
    def editing_id(self) -> str | None:
        return None

    def show_record(self, record_id: str | None) -> None:
        raise NotImplementedError

    def new_record(self) -> None:
        raise NotImplementedError

    def describe(self, record_id: str) -> tuple[str, dict[str, int]]:
        raise NotImplementedError

    def delete_record(self, record_id: str) -> None:
        raise NotImplementedError

    # Language
    def retranslate_ui(self) -> None:
        tr = QCoreApplication.translate
        self.filter_edit.setPlaceholderText(tr("TablePage", "Filter…"))
        self.new_button.setText(tr("TablePage", "New"))
        self.new_button.setToolTip(tr("TablePage", "Add a new record (Ctrl+N)"))
        self.delete_button.setText(tr("TablePage", "Delete"))
        self.delete_button.setToolTip(tr("TablePage", "Delete the chosen record (Delete)"))
        self.show_all_button.setText(tr("TablePage", "Show all"))
        self._retranslate_banner()
        if self.model is not None:
            self.model.retranslate()
            self._update_count()

    def _retranslate_banner(self) -> None:
        count = len(self.model.only_ids or []) if self.model else 0
        self.only_label.setText(QCoreApplication.translate(
            "TablePage", "Showing only the %n record(s) the warning is about.", None, count)
            .replace("%n", str(count)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
