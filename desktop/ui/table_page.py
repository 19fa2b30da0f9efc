"""The shape shared by the list pages: a filter, a table, and the editor of the chosen row.

The table lists the stored records and, first, the drafts (records that cannot be saved
yet), each marked with what is still needed. When nothing is chosen the editor's place
says what to do instead of showing an empty, greyed form.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.context import AppContext
from desktop.ui.dialogs import confirm_delete
from desktop.ui.fitted_view import FittedTableView
from desktop.ui.forms import RecordForm, make_label
from desktop.ui.labels import PlainLabel
from desktop.ui.list_export import ListTools
from desktop.ui.models import DraftRows, PagedTableModel
from desktop.ui.page import PAGE_MARGINS, Page
from desktop.ui.text import translate

FILTER_DELAY_MS = 0  # typing is asked for on the next turn of the event loop
DRAFT_PREFIX = "draft:"
T = "TablePage"


class TablePage(Page):
    """Subclasses set `self.model`, `self.form` (the chosen row's form) and `self.editor`
    (what holds it), call `build()`, and implement `fetch`, `blank`, `describe` and
    `delete_record`; `EMPTY` says what to do when there is no record yet."""

    EMPTY = ""  # English source in the page's context: the first step on an empty page
    CONTEXT = T

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.heading = PlainLabel(objectName="pageHeading")
        self.filter_edit = QLineEdit(objectName="filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(objectName="newButton")
        self.delete_button = QPushButton(objectName="deleteButton")
        self.count_label = PlainLabel(objectName="countLabel")
        self.only_banner = QWidget(objectName="onlyBanner")
        self.only_label = make_label()
        self.show_all_button = QPushButton()
        banner = QHBoxLayout(self.only_banner)
        banner.setContentsMargins(10, 6, 10, 6)
        banner.addWidget(self.only_label, 1)
        banner.addWidget(self.show_all_button)
        self.only_banner.hide()
        self.view = FittedTableView()
        self.view.setSortingEnabled(False)
        self.view.setAlternatingRowColors(True)
        # Filter choosers sit in a grid, three a row, so that long words still fit.
        self.filters_row = QGridLayout()
        self.filters_row.setHorizontalSpacing(8)
        self.filters_row.setVerticalSpacing(6)
        self.editor_area = QScrollArea()
        self.editor_area.setWidgetResizable(True)
        self.editor_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.editor_area.setObjectName("editorArea")
        self.empty_panel = QWidget(objectName="emptyPanel")
        self.empty_text = make_label(object_name="plainMessage")
        self.empty_new = QPushButton(objectName="newButton")
        self.empty_new.clicked.connect(self.new_record)
        empty_box = QVBoxLayout(self.empty_panel)
        empty_box.setContentsMargins(24, 24, 24, 24)
        empty_box.addWidget(self.empty_text)
        empty_box.addWidget(self.empty_new, 0, Qt.AlignmentFlag.AlignLeft)
        empty_box.addStretch(1)
        self.editor_stack = QStackedWidget()
        self.model: PagedTableModel | None = None
        self.form: RecordForm | None = None
        self._selecting = False
        # What is typed is asked for on the next turn of the event loop: keys typed
        # meanwhile make one request, and the rows come from the query worker.
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(lambda: self._filter())
        # The chosen row's form is loaded on a turn of its own after new rows are shown,
        # so that neither waits for the other.
        self._form_timer = QTimer(self)
        self._form_timer.setSingleShot(True)
        self._form_timer.setInterval(0)
        self._form_timer.timeout.connect(self._show_current)
        self._drafts_timer = QTimer(self)
        self._drafts_timer.setSingleShot(True)
        self._drafts_timer.setInterval(0)
        self._drafts_timer.timeout.connect(self._drafts_changed)

    def build(self, editor: QWidget) -> None:
        """Lay out the page once the subclass has made its model, form and editor."""
        assert self.model is not None and self.form is not None
        self.view.setModel(self.model)
        self.view.stretch = next((n for n, c in enumerate(self.model.columns) if c.stretch),
                                 None)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._sort)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.doubleClicked.connect(lambda _index: self.focus_editor())
        self.filter_edit.textChanged.connect(self._filter_typed)
        self.new_button.clicked.connect(self.new_record)
        self.delete_button.clicked.connect(self.delete_current)
        self.show_all_button.clicked.connect(lambda: self.show_only(None))
        self.model.use_worker(self.ctx.query_worker)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.total_changed.connect(self._update_count)
        self.form.saved.connect(self.record_saved)
        self.form.drafted.connect(self._drafts_timer.start)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
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
        self.list_tools = ListTools(self)  # the count, "Export list…" (list_export.py)
        left_box.addWidget(self.list_tools)
        editor.setObjectName("editorPanel")
        self.editor_stack.addWidget(editor)
        self.editor_stack.addWidget(self.empty_panel)
        self.editor_area.setWidget(self.editor_stack)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor_area)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.editor_area.setMinimumWidth(max(420, self.fontMetrics().averageCharWidth() * 58))
        self.splitter.setSizes([560, 520])
        box = QVBoxLayout(self)
        box.setContentsMargins(*PAGE_MARGINS)
        box.setSpacing(12)
        box.addLayout(top)
        box.addWidget(self.splitter, 1)
        self.model.refresh(now=True)
        column = self.model.sort_column()
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        if column >= 0:
            header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if self.model.descending
                                    else Qt.SortOrder.AscendingOrder)
        else:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self.retranslate_ui()  # measures the columns on the rows just read
        self.model.modelReset.connect(self.view.rows_arrived)
        if self.model.rowCount():
            self.select_row(0)
        else:
            self.show_record(None)

    # What a subclass says
    def fetch(self, record_id: str) -> Any:
        raise NotImplementedError

    def blank(self) -> Any:
        """A new record, with the choices a new one starts with."""
        raise NotImplementedError

    def describe(self, record_id: str) -> tuple[str, dict[str, int]]:
        raise NotImplementedError

    def delete_record(self, record_id: str) -> None:
        raise NotImplementedError

    def loaded(self) -> None:
        """After the form shows a record (or none): the rest of the editor follows."""

    def draft_row(self, values: dict[str, Any]) -> dict[str, Any]:
        """A draft's values as a row of this page's table (derived columns added)."""
        return values

    def first_field(self) -> QWidget | None:
        return next(iter(self.form.fields.values()), None) if self.form else None

    # Drafts in the list
    def draft_rows(self) -> DraftRows:
        rows = DraftRows()
        if self.form is None or not self.form.TABLE:
            return rows
        for draft in self.ctx.drafts.for_table(self.form.TABLE):
            note = self.draft_note(draft)
            if draft.record_id:
                rows.notes[draft.record_id] = note
            else:
                values = dict(draft.data.get("record", {}))
                values["id"] = DRAFT_PREFIX + draft.id
                row = self.draft_row(values)
                rows.new.append(row)
                rows.notes[row["id"]] = note
        return rows

    def draft_note(self, draft: Any) -> str:
        assert self.form is not None
        return self.form.draft_note(draft)

    def _drafts_changed(self) -> None:
        """A draft was kept or dropped: the list shows it, the record stays chosen."""
        assert self.model is not None
        editing = self.editing_id()
        self._selecting = True
        try:
            self.model.refresh(keep_loaded=True, now=True)
            row = self.model.row_of(editing) if editing else -1
            if row >= 0:
                self.select_row(row)
        finally:
            self._selecting = False
        self._update_count()

    # Filtering, sorting, selecting
    def _filter_typed(self, _text: str) -> None:
        """Each keystroke asks for the rows on the next turn of the event loop; the list
        says it is searching meanwhile, and the window never waits for the query."""
        self._filter_timer.start()
        self._update_count()

    def _filter(self, text: str | None = None) -> None:
        assert self.model is not None
        text = self.filter_edit.text() if text is None else text
        current = self.current_id()
        self.model.set_search(text)
        self.model.after_rows(lambda: self._reselect(current))
        self._update_count()  # "Searching…" until the rows come (or at once: no new query)

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        assert self.model is not None
        current = self.current_id()
        self.model.sort(column, order)
        self.model.after_rows(lambda: self._reselect(current))

    def _reselect(self, record_id: str | None) -> None:
        """New rows are shown (typed, sorted, filtered). The record in the editor stays
        there: chosen in the list when it is among the rows, else with no row chosen, so
        that typing never reloads a form. An empty editor gets the first row, loaded on
        the next turn of the event loop."""
        assert self.model is not None
        editing = self.editing_id() or record_id
        row = self.model.row_of(editing) if editing else -1
        self._selecting = True
        try:
            if row >= 0:
                self.select_row(row)
            elif editing is None and self.model.rowCount() and not self._writing_new():
                self.select_row(0)
                self._form_timer.start()
            else:
                self.view.selectionModel().clear()
        finally:
            self._selecting = False
        self._retranslate_empty()

    def _writing_new(self) -> bool:
        form = self.form
        return form is not None and form.record is not None and not getattr(
            form.record, "id", "")

    def _show_current(self) -> None:
        """Show the chosen row's record in the form, unless it already does."""
        record_id = self.current_id()
        if record_id and record_id == self.editing_id():
            return
        if record_id is None and self._writing_new():
            return  # a new record being written stays
        self.flush()
        self.show_record(record_id)

    def settled(self) -> bool:
        """Nothing typed or asked for is still on its way (tests and the benchmark)."""
        assert self.model is not None
        return not (self._filter_timer.isActive() or self.model.searching
                    or self._form_timer.isActive())

    def _update_count(self, *_: object) -> None:
        assert self.model is not None
        tr = QCoreApplication.translate
        if self.model.searching or self._filter_timer.isActive():
            self.count_label.setText(tr(T, "Searching…"))
            return
        if not self.model.counted:
            self.count_label.setText(tr(T, "Counting…"))
            return
        parts = [tr(T, "%n record(s)", None, self.model.total)]
        drafts = len(self.model.draft_rows)
        if drafts:
            parts.append(tr(T, "%n draft(s) not saved yet", None, drafts))
        self.count_label.setText(" · ".join(parts))

    def select_row(self, row: int) -> None:
        index = self.view.model().index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    def select_id(self, record_id: str) -> bool:
        assert self.model is not None
        self.model.wait()
        row = self.model.row_of(record_id)
        while row < 0 and self.model.canFetchMore():
            before = len(self.model.rows)
            self.model.fetch_more_now()
            if len(self.model.rows) == before:
                break
            row = self.model.row_of(record_id)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def current_id(self) -> str | None:
        assert self.model is not None
        index = self.view.selectionModel().currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def editing_id(self) -> str | None:
        """The id of the row the form shows: a record's id, "draft:…", or None (new)."""
        form = self.form
        if form is None or form.record is None:
            return None
        if getattr(form.record, "id", ""):
            return form.record.id
        return DRAFT_PREFIX + form.draft.id if form.draft is not None else None

    def _row_changed(self, current, _previous) -> None:  # noqa: ANN001
        if self._selecting:
            return
        assert self.model is not None
        record_id = self.model.row_id(current.row()) if current.isValid() else None
        if record_id and record_id == self.editing_id():
            return
        self.flush()
        self.show_record(record_id)

    def show_record(self, record_id: str | None) -> None:
        """Show a stored record, a draft ("draft:…"), or nothing."""
        assert self.form is not None
        if record_id and record_id.startswith(DRAFT_PREFIX):
            draft = self.ctx.drafts.get(record_id[len(DRAFT_PREFIX):])
            if draft is not None:
                stored = self.fetch(draft.record_id) if draft.record_id else None
                self.form.load_draft(draft, stored)
                self._show_editor(True)
                self.loaded()
                return
            record_id = None
        record = self.fetch(record_id) if record_id else None
        self.form.load(record)
        self._show_editor(record is not None)
        self.loaded()

    def _show_editor(self, shown: bool) -> None:
        self.editor_stack.setCurrentIndex(0 if shown else 1)
        self.delete_button.setEnabled(shown and not self.ctx.store.read_only)
        self._retranslate_empty()

    def show_only(self, ids: list[str] | None) -> None:
        """Narrow the table to these records (a warning's subject), or show all again."""
        assert self.model is not None
        self.flush()
        self.model.set_only_ids(ids)
        self.only_banner.setVisible(ids is not None)
        self._retranslate_banner()
        self.model.after_rows(self._show_first)

    def _show_first(self) -> None:
        assert self.model is not None
        if self.model.rowCount():
            self.select_row(0)
        else:
            self.show_record(None)

    def open_records(self, table: str, ids: list[str]) -> None:
        self.show_only(list(ids))

    def record_saved(self, record_id: str) -> None:
        """After a save: refresh the rows and keep the saved record selected."""
        assert self.model is not None
        self._selecting = True
        try:
            self.model.refresh(keep_loaded=True, now=True)
            self.select_id(record_id)
        finally:
            self._selecting = False
        self._update_count()
        self.saved_hook(record_id)

    def saved_hook(self, record_id: str) -> None:
        """After the form saved its record (titles and badges follow)."""

    def new_record(self) -> None:
        assert self.form is not None
        if self.ctx.store.read_only:
            return
        self.flush()
        self.clear_selection()
        self.form.load(self.blank(), is_new=True)
        self._show_editor(True)
        self.loaded()
        first = self.first_field()
        if first is not None:
            first.setFocus()

    def focus_editor(self) -> None:
        first = self.first_field()
        if first is not None:
            first.setFocus()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def table_has_focus(self) -> bool:
        return self.view.hasFocus()

    def flush(self) -> None:
        if self.form is not None:
            self.form.flush()

    def refresh(self) -> None:
        """Read the rows again; the record being edited stays chosen."""
        assert self.model is not None
        editing = self.editing_id()
        self._selecting = True
        try:
            self.model.refresh(keep_loaded=True, now=True)
            row = self.model.row_of(editing) if editing else -1
            if row >= 0:
                self.select_row(row)
        finally:
            self._selecting = False
        self._update_count()
        if editing and self.model.row_of(editing) < 0 and not editing.startswith(
                DRAFT_PREFIX) and self.fetch(editing) is None:
            self.show_record(None)  # deleted elsewhere (an erasure, an import)

    def reload(self) -> None:
        """The data changed underneath (an import, a restore): the record shown is read again."""
        self.refresh()
        self.show_record(self.editing_id())

    def delete_current(self) -> None:
        record_id = self.current_id()
        if not record_id or self.ctx.store.read_only:
            return
        assert self.model is not None and self.form is not None
        if record_id.startswith(DRAFT_PREFIX):
            question = QCoreApplication.translate(T, "Delete this draft?")
            if not confirm_delete(self, "", {}, question):
                return
            draft_id = record_id[len(DRAFT_PREFIX):]
            if self.form.draft is not None and self.form.draft.id == draft_id:
                self.form.discard_draft()  # not load(None): leaving would keep it again
            else:
                self.ctx.drafts.discard(draft_id)
        else:
            what, dependents = self.describe(record_id)
            if not confirm_delete(self, what, dependents):
                return
            self.form.draft = None
            self.form.load(None)
            self.delete_record(record_id)
            if self.form.TABLE:
                self.ctx.drafts.discard_for_record(self.form.TABLE, record_id)
        row = max(0, self.view.selectionModel().currentIndex().row())
        self.model.refresh(keep_loaded=True, now=True)
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))
        else:
            self.show_record(None)

    def add_filter(self, widget: QWidget) -> None:
        count = self.filters_row.count()
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.filters_row.addWidget(widget, count // 3, count % 3)

    def clear_selection(self) -> None:
        """No row chosen (a new record is being written), without touching the editor."""
        self._selecting = True
        try:
            self.view.selectionModel().clear()
        finally:
            self._selecting = False

    # Language
    def retranslate_ui(self) -> None:
        tr = QCoreApplication.translate
        self.filter_edit.setPlaceholderText(tr(T, "Filter…"))
        self.new_button.setText(tr(T, "New"))
        self.new_button.setToolTip(tr(T, "Add a new record (Ctrl+N)"))
        self.delete_button.setText(tr(T, "Delete"))
        self.delete_button.setToolTip(tr(T, "Delete the chosen record (Delete)"))
        self.show_all_button.setText(tr(T, "Show all"))
        self.empty_new.setText(tr(T, "New"))
        self._retranslate_banner()
        if self.model is not None:
            self.model.retranslate()
            self._update_count()
            self.view.measure()
        if self.form is not None:
            self.form.retranslate_ui()
        self._retranslate_empty()

    def _retranslate_empty(self) -> None:
        tr = QCoreApplication.translate
        if self.model is None:
            return
        if self.model.rowCount():
            text = tr(T, "Choose a row in the list to see it here, or press New.")
        elif self.filter_edit.text() or self.model.only_ids is not None:
            text = tr(T, "Nothing matches. Clear the filter to see everything.")
        else:
            text = self.empty_message()
        self.empty_text.setText(text)
        self.empty_new.setVisible(not self.ctx.store.read_only)

    def empty_message(self) -> str:
        """What to do on a page with no record yet."""
        return translate(self.CONTEXT, self.EMPTY) if self.EMPTY else ""

    def _retranslate_banner(self) -> None:
        count = len(self.model.only_ids or []) if self.model else 0
        self.only_label.setText(QCoreApplication.translate(
            T, "Showing only the %n record(s) the warning is about.", None, count))
