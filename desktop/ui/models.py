"""Table models over the store's paged, SQL-sorted and SQL-filtered queries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from desktop.domain import catalogues as cat
from desktop.i18n import formatting
from desktop.store.base import Page, Repository
from desktop.ui.query_worker import QueryWorker, Reply
from desktop.ui.text import one_line, plain_tooltip, translate

PAGE_SIZE = 200
CELL_CACHE_ROWS = 5000  # rows whose shown text is kept across reads
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str  # key in the row dict
    header: str  # English source (marked), translated in the model's context
    sort: str | None = None  # the store's SORTABLE key; None: not sortable
    kind: str = "text"  # text, date, number, country, bool, catalogue, or the model's own
    catalogue: tuple[cat.Entry, ...] = ()
    stretch: bool = False  # takes the room the other columns leave
    end: str = ""  # for a "period": the key of its last day


@dataclass
class DraftRows:
    """Drafts shown in a list: rows of records not yet saved (at the top), and notes on
    stored records that have unsaved changes; each with the words saying what is missing."""

    new: list[dict[str, Any]] = field(default_factory=list)  # rows; "id" is "draft:<id>"
    notes: dict[str, str] = field(default_factory=dict)  # row id → "still needed: …"


DRAFT_BACKGROUND = QColor("#fff6e0")
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_USER = int(Qt.ItemDataRole.UserRole.value)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _BACKGROUND, _ALIGN, _USER))
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


def catalogue_label(catalogue: tuple[cat.Entry, ...], code: str | None) -> str:
    entry = cat.find(catalogue, code)
    return QCoreApplication.translate("Catalogue", entry.label) if entry else (code or "")


class PagedTableModel(QAbstractTableModel):
    """Rows come from `fetch(search, sort, descending, limit, offset, **filters)` in pages.

    Sorting and filtering are done by SQL; the view asks for more rows as it scrolls
    (canFetchMore/fetchMore), so a table of 100,000 rows opens as fast as one of 20.

    With a `QueryWorker` (`use_worker`), a new search, sort or filter is asked of the
    worker and the rows arrive later (`rows_arrived`), the total count after them
    (`total_changed`); only the newest request's answers are applied. `refresh(now=True)`
    reads the first pages at once, for the paths that must show a record straight away
    (after a save): one page, by the index of its order, with the count still counted
    on the worker.
    """

    CONTEXT = "PagedTableModel"
    rows_arrived = Signal()  # the rows of the newest request are in the model
    total_changed = Signal()  # the count of all that match is known (or searching began)

    def __init__(self, fetch: Callable[..., Any], columns: list[Column],
                 language: Callable[[], str], sort: str, descending: bool, parent=None,
                 drafts: Callable[[], DraftRows] | None = None):
        super().__init__(parent)
        self._fetch = fetch
        self.columns = columns
        self._language = language
        self._drafts = drafts
        self.search = ""
        self.sort_key, self.descending = sort, descending
        self.filters: dict[str, str | None] = {}
        self.only_ids: list[str] | None = None
        self.rows: list[dict[str, Any]] = []  # the stored records, in the order asked for
        self.draft_rows: list[dict[str, Any]] = []  # records not yet saved, shown first
        self.draft_notes: dict[str, str] = {}
        self.total = 0
        self.counted = True  # False while the total is being counted: `total` is a floor
        self.searching = False  # a request is out and its rows have not come yet
        self.generation = 0  # of the newest request; answers to older ones are dropped
        self._worker: QueryWorker | None = None
        self._more_asked = False
        self._after: Callable[[], None] | None = None
        self._shown: dict[int, list[str]] = {}  # row number → its cells' text, as shown
        self._cell_cache: dict[tuple, list[str]] = {}  # (language, row's values) → cells

    def use_worker(self, worker: QueryWorker | None) -> None:
        """Ask `worker` for rows from now on (None: read them on the GUI thread)."""
        if self._worker is not None:
            self._worker.replied.disconnect(self._replied)
        self._worker = worker if worker is not None and self._reads_repository() else None
        if self._worker is not None:
            self._worker.replied.connect(self._replied, Qt.ConnectionType.QueuedConnection)

    def _reads_repository(self) -> bool:
        return isinstance(getattr(self._fetch, "__self__", None), Repository)

    def _fetch_on(self, db: Any) -> Callable[..., Page]:
        """The same fetch, reading through the worker's connection."""
        bound: Any = self._fetch  # a repository's method (see use_worker)
        repository: Repository = bound.__self__
        return getattr(repository.on(db), bound.__name__)

    # Loading
    def _read_drafts(self) -> None:
        drafts = self._drafts() if self._drafts is not None and self.only_ids is None \
            else DraftRows()
        words = [w.casefold() for w in self.search.split()]
        self.draft_rows = [row for row in drafts.new if all(
            w in " ".join(str(v) for v in row.values()).casefold() for w in words)]
        self.draft_notes = drafts.notes

    def _request(self, limit: int | None, offset: int) -> Callable[[Any], Page]:
        """What the worker runs: the page asked for now (its words, order and filters)."""
        search, sort, descending = self.search, self.sort_key, self.descending
        filters = dict(self.filters)
        wanted = set(self.only_ids) if self.only_ids is not None else None

        def run(db: Any) -> Page:
            page = self._fetch_on(db)(search, sort, descending,
                                      None if wanted is not None else limit, offset,
                                      **filters)
            if wanted is None:
                return page
            rows = [row for row in page.rows if row["id"] in wanted]
            return Page(rows, len(rows))

        return run

    def refresh(self, keep_loaded: bool = False, now: bool = False) -> None:
        """Read the rows again: on the worker (the answer comes later), or `now`."""
        limit = max(PAGE_SIZE, len(self.rows)) if keep_loaded else PAGE_SIZE
        self.generation += 1
        self._more_asked = False
        self._after = None
        if self._worker is None or now:
            if self._worker is not None:
                self._worker.cancel(self)
            self._refresh_now(limit)
            return
        self.searching = True
        self._worker.submit(self, self.generation, self._request(limit, 0))
        self.total_changed.emit()

    def _refresh_now(self, limit: int) -> None:
        self.beginResetModel()
        self._read_drafts()
        if self.only_ids is not None:
            wanted = set(self.only_ids)
            page = self._fetch(self.search, self.sort_key, self.descending, None, 0,
                               **self.filters)
            self.rows = [row for row in page.rows if row["id"] in wanted]
            self.total, self.counted = len(self.rows), True
        else:
            page = self._fetch(self.search, self.sort_key, self.descending, limit, 0,
                               **self.filters)
            self.rows = page.rows
            self._take_total(page)
        self.searching = False
        self.endResetModel()

    def _take_total(self, page: Page) -> None:
        if page.counted or self._worker is None:
            self.total, self.counted = page.total, True
        else:  # counted on the worker; meanwhile there are at least these
            self.total, self.counted = len(self.rows), False
            self._worker.submit(self, self.generation,
                                self._request(max(PAGE_SIZE, len(self.rows)), 0), rows=False)

    def after_rows(self, action: Callable[[], None]) -> None:
        """Run `action` once the newest request's rows are in (at once if they are)."""
        if self.searching:
            self._after = action
        else:
            action()

    def _replied(self, reply: Reply) -> None:
        if reply.key is not self and reply.key != (id(self), "more"):
            return
        if reply.generation != self.generation:
            return  # an older request's answer: a newer one is on its way or shown
        if reply.kind == "error":
            self.searching = False
            raise reply.value
        if reply.key != self:
            self._more_arrived(reply)
        elif reply.kind == "rows":
            page = reply.value
            self.beginResetModel()
            self._read_drafts()
            self.rows = page.rows
            if page.counted:
                self.total, self.counted = page.total, True
            else:
                self.total, self.counted = len(self.rows), False
            self.searching = False
            self.endResetModel()
            self.rows_arrived.emit()
            after, self._after = self._after, None
            if after is not None:
                after()
            self.total_changed.emit()
        elif reply.kind == "count" and not self.counted:
            self.total, self.counted = max(int(reply.value), len(self.rows)), True
            self.total_changed.emit()

    def wait(self, timeout: float = 10.0) -> None:
        """Block until the newest request's rows are in (exports, tests, the benchmark)."""
        if not self.searching:
            return
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(int(timeout * 1000))
        while self.searching and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def set_search(self, text: str) -> None:
        if text != self.search:
            self.search = text
            self.refresh()

    def set_filter(self, name: str, value: str | None) -> None:
        self.filters[name] = value or None
        self.refresh()

    def set_only_ids(self, ids: list[str] | None) -> None:
        self.only_ids = list(ids) if ids is not None else None
        self.refresh()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self.only_ids is not None or self.searching or self._more_asked:
            return False
        return len(self.rows) < self.total or not self.counted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """The view scrolled to the end: the next page, from the worker when there is one."""
        if parent.isValid() or self.only_ids is not None:
            return
        if self._worker is None:
            self.fetch_more_now()
        elif not self._more_asked:
            self._more_asked = True
            self._worker.submit((id(self), "more"), self.generation,
                                self._request(PAGE_SIZE, len(self.rows)), count=False)

    def _more_arrived(self, reply: Reply) -> None:
        self._more_asked = False
        page = reply.value
        self._append(page.rows, len(self.rows) if not page.rows else None)

    def fetch_more_now(self) -> None:
        """The next page at once (finding a record; writing the list to a file)."""
        if self.only_ids is not None:
            return
        page = self._fetch(self.search, self.sort_key, self.descending, PAGE_SIZE,
                           len(self.rows), **self.filters)
        self._append(page.rows, len(self.rows) if not page.rows else None)

    def _append(self, rows: list[dict[str, Any]], total: int | None) -> None:
        if total is not None or len(rows) < PAGE_SIZE:
            self.total = total if total is not None else len(self.rows) + len(rows)
            self.counted = True
        if rows:
            first = len(self.draft_rows) + len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            if not self.counted:
                self.total = max(self.total, len(self.rows))
            self.endInsertRows()
        self.total_changed.emit()

    def load_all(self) -> None:
        """Every row that matches, at once (the list written to a spreadsheet)."""
        self.wait()
        while self.canFetchMore():
            before = len(self.rows)
            self.fetch_more_now()
            if len(self.rows) == before:
                break

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        self.sort_key = self.columns[column].sort or self.sort_key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def sort_column(self) -> int:
        for number, column in enumerate(self.columns):
            if column.sort == self.sort_key:
                return number
        return -1

    # Reading
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.draft_rows) + len(self.rows)

    def row(self, number: int) -> dict[str, Any] | None:
        """The row shown at `number`: drafts first, then the stored records."""
        if 0 <= number < len(self.draft_rows):
            return self.draft_rows[number]
        number -= len(self.draft_rows)
        return self.rows[number] if 0 <= number < len(self.rows) else None

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns)
                and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)):
            # The tooltip gives the whole heading when a narrow column cuts it with "…".
            return translate(self.CONTEXT, self.columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks each visible cell for a dozen roles at every paint: the roles a cell
        # never has are answered first, and a row's shown text is made once per read.
        if role not in _ROLES:
            return None
        number, column_number = index.row(), index.column()
        row = self.row(number)
        if row is None or not 0 <= column_number < len(self.columns):
            return None
        if role == _ALIGN:
            return _RIGHT if self.columns[column_number].kind == "number" else None
        if role == _USER:
            return row["id"]
        note = self.draft_notes.get(row["id"], "") if self.draft_notes else ""
        if role == _DISPLAY:
            shown = self._shown.get(number)
            if shown is None:
                shown = self._shown[number] = self._cells(row)
            text = shown[column_number]
            if note and column_number == 0:
                return f"✎ {text} — {note}" if text else f"✎ {note}"
            return text
        if role == _TOOLTIP:
            text = one_line(self.display(row, self.columns[column_number]), 1000)
            if note:
                text = f"{note}\n{text}" if text else note
            return plain_tooltip(text) or None
        if role == _BACKGROUND and note:
            return DRAFT_BACKGROUND
        return None

    def _cells(self, row: dict[str, Any]) -> list[str]:
        """The row's cells as shown. Dates, places and numbers in words cost a little each:
        a row read again with the same values (typing on, sorting back) reuses them."""
        try:
            # Today is part of the key: a consent's state in the list follows the date.
            key: tuple | None = (self._language(), dt.date.today(), tuple(row.items()))
            hash(key)
        except TypeError:  # a draft's list value
            key = None
        found = self._cell_cache.get(key) if key is not None else None
        if found is None:
            # One line, and never a whole megabyte: text from outside can be any length.
            found = [one_line(self.display(row, column)) for column in self.columns]
            if key is not None:
                if len(self._cell_cache) > CELL_CACHE_ROWS:
                    self._cell_cache.clear()
                self._cell_cache[key] = found
        return found

    def display(self, row: dict[str, Any], column: Column) -> str:
        value = row.get(column.key)
        language = self._language()
        if value is None or value == "":
            return ""
        if column.kind == "date":
            return formatting.format_date(str(value), language, "medium")
        if column.kind == "period":
            return formatting.format_period_short(str(value), row.get(column.end) or "",
                                                  language)
        if column.kind == "number":
            return formatting.format_number(value, language)
        if column.kind == "country":
            return formatting.country_name(str(value), language)
        if column.kind == "catalogue":
            return catalogue_label(column.catalogue, str(value))
        if column.kind == "bool":
            return QCoreApplication.translate("PagedTableModel", "Yes") if value else ""
        return str(value)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else _NO_FLAGS

    # Helpers for pages
    def row_id(self, row: int) -> str | None:
        found = self.row(row)
        return found["id"] if found is not None else None

    def row_of(self, record_id: str) -> int:
        for number, row in enumerate(self.draft_rows):
            if row["id"] == record_id:
                return number
        for number, row in enumerate(self.rows):
            if row["id"] == record_id:
                return number + len(self.draft_rows)
        return -1

    def endResetModel(self) -> None:
        self._shown = {}
        super().endResetModel()

    def endInsertRows(self) -> None:
        self._shown = {}  # drafts come first: numbers stay, but to be safe
        super().endInsertRows()

    def retranslate(self) -> None:
        """Headers and catalogue words change with the language; the rows do not."""
        self._shown = {}
        self._cell_cache = {}
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, len(self.columns) - 1))
