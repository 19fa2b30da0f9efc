"""Table models over the store's paged, SQL-sorted and SQL-filtered queries."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.domain import catalogues as cat
from desktop.i18n import formatting
from desktop.ui.text import one_line, plain_tooltip, translate

PAGE_SIZE = 200
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


def catalogue_label(catalogue: tuple[cat.Entry, ...], code: str | None) -> str:
    entry = cat.find(catalogue, code)
    return QCoreApplication.translate("Catalogue", entry.label) if entry else (code or "")


class PagedTableModel(QAbstractTableModel):
    """Rows come from `fetch(search, sort, descending, limit, offset, **filters)` in pages.

    Sorting and filtering are done by SQL; the view asks for more rows as it scrolls
    (canFetchMore/fetchMore), so a table of 100,000 rows opens as fast as one of 20.
    """

    CONTEXT = "PagedTableModel"

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

    # Loading
    def refresh(self, keep_loaded: bool = False) -> None:
        limit = max(PAGE_SIZE, len(self.rows)) if keep_loaded else PAGE_SIZE
        self.beginResetModel()
        drafts = self._drafts() if self._drafts is not None and self.only_ids is None \
            else DraftRows()
        words = [w.casefold() for w in self.search.split()]
        self.draft_rows = [row for row in drafts.new if all(
            w in " ".join(str(v) for v in row.values()).casefold() for w in words)]
        self.draft_notes = drafts.notes
        if self.only_ids is not None:
            wanted = set(self.only_ids)
            page = self._fetch(self.search, self.sort_key, self.descending, None, 0,
                               **self.filters)
            self.rows = [row for row in page.rows if row["id"] in wanted]
            self.total = len(self.rows)
        else:
            page = self._fetch(self.search, self.sort_key, self.descending, limit, 0,
                               **self.filters)
            self.rows, self.total = page.rows, page.total
        self.endResetModel()

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
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self.only_ids is not None:
            return
        page = self._fetch(self.search, self.sort_key, self.descending, PAGE_SIZE,
                           len(self.rows), **self.filters)
        if not page.rows:
            self.total = len(self.rows)
            return
        first = len(self.draft_rows) + len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self.rows.extend(page.rows)
        self.endInsertRows()

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
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return translate(self.CONTEXT, self.columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        row = self.row(index.row())
        if row is None:
            return None
        column = self.columns[index.column()]
        note = self.draft_notes.get(row["id"], "")
        if role == Qt.ItemDataRole.DisplayRole:
            # One line, and never a whole megabyte: text from outside can be any length.
            shown = one_line(self.display(row, column))
            if note and index.column() == 0:
                return f"✎ {shown} — {note}" if shown else f"✎ {note}"
            return shown
        if role == Qt.ItemDataRole.ToolTipRole:
            text = one_line(self.display(row, column), 1000)
            if note:
                text = f"{note}\n{text}" if text else note
            return plain_tooltip(text) or None
        if role == Qt.ItemDataRole.BackgroundRole and note:
            return DRAFT_BACKGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind == "number":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return None

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
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

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

    def retranslate(self) -> None:
        """Headers and catalogue words change with the language; the rows do not."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, len(self.columns) - 1))
